//! The top of the report: what a candidate reads first, before any section.
//! Score and band, what holds the score down (or the lowest area when nothing
//! does), and the three actions to start with, chosen here so the screen and
//! any other view list the same three.

use super::{limited_by, missing_for, next_action, point_title, score};
use crate::report::{Point, Report};
use crate::text::{key, Texts};

/// How many next actions the summary lists.
pub const SUMMARY_ACTIONS: usize = 3;

/// Up to this many flags, their section starts open; more start folded, so a
/// long list does not push everything after it several screens down.
pub const FLAGS_SHOWN_OPEN: usize = 3;

/// One next action: what it is about and what to do.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryAction {
    /// What it is about (a check's title, an area with its score).
    pub about: String,
    /// What to do.
    pub next: String,
}

/// The report's opening lines, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The overall score as shown, when there is one.
    pub score: Option<String>,
    /// The band's id (for its colour) and name.
    pub band: Option<(String, String)>,
    /// "Readiness for your next stage: …".
    pub stage: String,
    /// Why the score is not higher: the checks that hold it down, else the
    /// lowest area; or what to answer before there is a score.
    pub limits: Option<String>,
    /// Up to three next actions, the most pressing first.
    pub actions: Vec<SummaryAction>,
    /// Whether the flags' section starts folded.
    pub fold_flags: bool,
}

/// The summary of `report`. The actions come from the next stage's risks (most
/// serious first), then the next stage's most important fix, then risks for
/// other stages, then the weakest areas, each listed once.
pub fn summary(texts: &Texts, report: &Report) -> Summary {
    let stage_name = texts.get(&key::stage_name(report.next_stage)).to_owned();
    let stage = super::filled(texts, "ui.report.for_stage", &[("stage", &stage_name)]);
    let next = report.stages.iter().find(|s| s.stage == report.next_stage);
    let limits = match report.overall {
        None => next.map(|s| missing_for(texts, s)),
        Some(overall) if !report.limited_by.is_empty() => {
            let before = next.and_then(|s| s.before_limits).unwrap_or(overall);
            Some(limited_by(texts, before, overall, &report.limited_by))
        }
        Some(_) => lowest_area(report).map(|(area, s)| {
            let name = texts.get(&key::area_name(area)).to_owned();
            super::filled(texts, "ui.report.lowest_area", &[("area", &name), ("score", &score(s))])
        }),
    };
    let mut candidates: Vec<&Point> = report.risks.iter().collect();
    candidates.extend(next.and_then(|s| s.fix.as_ref()));
    candidates.extend(report.later.iter().flat_map(|g| g.risks.iter()));
    let mut actions: Vec<SummaryAction> = Vec::new();
    for p in candidates {
        let Some(next) = next_action(texts, p) else { continue };
        if actions.len() < SUMMARY_ACTIONS && !actions.iter().any(|a| a.next == next) {
            actions.push(SummaryAction { about: point_title(texts, p), next });
        }
    }
    let mut areas: Vec<_> = report.areas.iter().filter_map(|a| a.score.map(|s| (a, s))).collect();
    crate::order::sort_by(&mut areas, |(_, x), (_, y)| x.total_cmp(y));
    for (a, _) in areas {
        let next = texts.get(&key::area_use(a.area)).to_owned();
        if actions.len() < SUMMARY_ACTIONS && !actions.iter().any(|x| x.next == next) {
            let p =
                Point { about: crate::report::About::Area { area: a.area, score: a.score }, module: None, step: None };
            actions.push(SummaryAction { about: point_title(texts, &p), next });
        }
    }
    Summary {
        score: report.overall.map(score),
        band: report.band.as_ref().map(|b| (b.clone(), texts.get(&key::band_name(b)).to_owned())),
        stage,
        limits,
        actions,
        fold_flags: report.flags.len() > FLAGS_SHOWN_OPEN,
    }
}

/// The area with the lowest score, when some area has one.
fn lowest_area(report: &Report) -> Option<(crate::area::Area, f32)> {
    report.areas.iter().filter_map(|a| a.score.map(|s| (a.area, s))).min_by(|x, y| x.1.total_cmp(&y.1))
}

/// The written (free-text) answers among `answers`, in questionnaire order,
/// each with its question and the coach that reads it: what a mentor opening
/// a shared link reads besides the scores.
pub fn written_answers(
    profile: &crate::profile::Profile,
    answers: &crate::answers::Answers,
    bank: &crate::bank::Bank,
    texts: &Texts,
) -> Vec<super::ReviewItem> {
    let session = crate::session::Session {
        profile: profile.clone(),
        answers: answers.clone(),
        scope: crate::session::Scope::Full,
        ..Default::default()
    };
    super::review(&session, bank, texts)
        .into_iter()
        .filter(|r| matches!(r.answer, super::ReviewAnswer::Text(..)))
        .collect()
}

/// Words found in a candidate's text, each quoted as the language quotes
/// (「…」 in Japanese) and joined as the language joins a list: the coaches'
/// evidence, so "1203分、30分" reads as quoted words rather than loose numbers.
pub fn quoted_words(texts: &Texts, words: &[String]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| super::filled(texts, "ui.export.quoted", &[("text", w)])).collect();
    quoted.join(super::text(texts, "ui.export.separator"))
}
