//! The report in words: caps, what is missing, points and their next actions.

use super::{filled, plural, score, text};
use crate::report::{Cap, Missing};
use crate::severity::Severity;
use crate::text::{key, Texts};

/// Titles in a running list, each quoted as the language quotes titles (「」 in
/// Japanese), at most three, then "and N more".
pub fn titles(texts: &Texts, titles: &[String]) -> String {
    let quoted: Vec<String> =
        titles.iter().take(3).map(|t| filled(texts, "ui.export.quoted", &[("text", t)])).collect();
    let mut out = quoted.join(text(texts, "ui.export.separator"));
    if titles.len() > 3 {
        let more = filled(texts, "ui.export.more_flags", &[("n", &(titles.len() - 3).to_string())]);
        out = format!("{out}{}{more}", text(texts, "ui.export.separator"));
    }
    out
}

/// Why a score is lower than the answers alone give: "Your answers alone give
/// 98; held down to 55 by: …", or, when the answers alone say ready, that one
/// habit would likely end the process.
pub fn limited_by(texts: &Texts, before: f32, score: f32, caps: &[Cap]) -> String {
    let names: Vec<String> = caps.iter().map(|c| texts.get(&key::check_title(&c.check)).to_owned()).collect();
    // When the answers alone give exactly the most the flags allow, nothing was
    // taken off: say that the two meet.
    let k = if self::score(before) == self::score(score) { "ui.export.limited_equal" } else { "ui.export.limited_by" };
    let line = filled(
        texts,
        k,
        &[("before", &self::score(before)), ("score", &self::score(score)), ("flags", &titles(texts, &names))],
    );
    // When the answers alone say ready, say what kind of cap it is: one habit
    // that would end the process, or mostly that with other risks besides.
    let critical = caps.iter().filter(|c| c.severity == crate::format::Severity::Critical).count();
    let note = match (critical, caps.len() > critical) {
        (0, _) => None,
        (_, false) => Some("ui.export.capped_strong"),
        (_, true) => Some("ui.export.capped_mostly"),
    };
    match note.filter(|_| before >= 80.0) {
        Some(k) => filled(texts, "ui.export.then", &[("first", &line), ("second", text(texts, k))]),
        None => line,
    }
}

/// "No score yet. Answer more questions about Problem solving (about 3 more), …"
/// for an area, or for a stage with `items` more of its own questions to answer.
pub fn missing(texts: &Texts, missing: &[Missing], items: u32) -> String {
    filled(texts, "ui.export.missing", &[("what", &missing_list(texts, missing, items))])
}

/// "First interview: to see your readiness, answer more questions about …".
pub fn missing_for(texts: &Texts, stage: &crate::report::StageResult) -> String {
    let name = texts.get(&key::stage_name(stage.stage)).to_owned();
    let what = missing_list(texts, &stage.missing, stage.missing_items);
    filled(texts, "ui.export.missing_for", &[("stage", &name), ("what", &what)])
}

/// "Problem solving (about 3 more), Learning and growth (1 more), questions
/// about this stage (about 2 more)".
fn missing_list(texts: &Texts, missing: &[Missing], items: u32) -> String {
    let parts: Vec<String> = missing
        .iter()
        .map(|m| {
            let area = texts.get(&key::area_name(m.area)).to_owned();
            match m.more {
                Some(n) => {
                    filled(texts, &plural(texts, "ui.export.more_about", n), &[("n", &n.to_string()), ("area", &area)])
                }
                None => filled(texts, "ui.export.skipped_about", &[("area", &area)]),
            }
        })
        .chain((items > 0).then(|| filled(texts, "ui.export.stage_items", &[("n", &items.to_string())])))
        .collect();
    parts.join(text(texts, "ui.export.separator"))
}

/// What a strength, risk or fix is about: a check's title, or an area with its score.
pub fn point_title(texts: &Texts, p: &crate::report::Point) -> String {
    use crate::report::About;
    match &p.about {
        About::Check { check, .. } => texts.get(&key::check_title(check)).to_owned(),
        About::Area { area, score: Some(s) } => {
            let name = texts.get(&key::area_name(*area)).to_owned();
            filled(texts, "ui.export.with_detail", &[("title", &name), ("detail", &score(*s))])
        }
        About::Area { area, score: None } => texts.get(&key::area_name(*area)).to_owned(),
    }
}

/// The next action of a point: its step, with the module it comes from; for a
/// strong area, how to use it. None for a strength that needs nothing more
/// (the next action never restates the strength).
pub fn next_action(texts: &Texts, p: &crate::report::Point) -> Option<String> {
    use crate::report::About;
    match (&p.module, &p.step, &p.about) {
        (Some(m), Some(step), _) => Some(filled(
            texts,
            "ui.export.next_step",
            &[("step", texts.get(&key::module_step(m, step))), ("module", texts.get(&key::module_title(m)))],
        )),
        (Some(m), None, _) => Some(texts.get(&key::module_summary(m)).to_owned()),
        (None, _, About::Area { area, .. }) => Some(texts.get(&key::area_use(*area)).to_owned()),
        (None, _, About::Check { .. }) => None,
    }
}

/// The line that says answers were kept but do not count, because their
/// questions no longer apply to the situation given (after a switch to online
/// interviews, say); None when every kept answer counts.
pub fn kept_aside(texts: &Texts, report: &crate::report::Report) -> Option<String> {
    let n = report.ignored.iter().filter(|i| i.reason == crate::answers::Reason::NotApplicable).count();
    (n > 0).then(|| filled(texts, &plural(texts, "ui.export.kept_aside", n as u32), &[("n", &n.to_string())]))
}

/// What the strengths list says when it is empty: held back beside a critical
/// flag, too little answered, none clear after every question, or none clear yet.
pub fn no_strengths(texts: &Texts, report: &crate::report::Report) -> String {
    if report.strengths_held_back {
        text(texts, "ui.export.strengths_held").to_owned()
    } else if too_little(report) {
        text(texts, "ui.export.not_enough_to_judge_strengths").to_owned()
    } else if report.answered >= report.applicable {
        // Every question is answered: more answers would not help, the plan would.
        text(texts, "ui.export.no_strengths_all_answered").to_owned()
    } else {
        text(texts, "ui.export.no_strengths").to_owned()
    }
}

/// Too little answered to say "none found": nothing scored, or not the next
/// stage (a candidate holding an offer who answered three offer questions).
fn too_little(report: &crate::report::Report) -> bool {
    report.answered == 0
        || report.areas.iter().all(|a| a.score.is_none())
        || report.stages.iter().any(|s| s.stage == report.next_stage && s.score.is_none())
}

/// What to say where the next stage has no risk: that other stages have some,
/// or that there is too little to judge, or that none was found.
pub fn no_risks(texts: &Texts, report: &crate::report::Report) -> String {
    let elsewhere: usize = report.later.iter().map(|g| g.risks.len()).sum();
    if too_little(report) {
        text(texts, "ui.export.not_enough_to_judge").to_owned()
    } else if let Some(f) =
        report.flags.iter().find(|f| f.severity == Severity::Critical && f.stage != report.next_stage)
    {
        // A habit that would end a later round is named even here.
        let (title, stage) =
            (texts.get(&key::check_title(&f.check)).to_owned(), texts.get(&key::stage_name(f.stage)).to_owned());
        filled(
            texts,
            "ui.export.no_risks_here_critical",
            &[("title", &title), ("stage", &stage), ("n", &elsewhere.to_string())],
        )
    } else if elsewhere > 0 {
        filled(texts, "ui.export.no_risks_here", &[("n", &elsewhere.to_string())])
    } else {
        text(texts, "ui.export.no_risks").to_owned()
    }
}

/// The heading of a group of risks for another stage: its name, and for a
/// stage before the next one, that it is for other applications.
pub fn stage_heading(texts: &Texts, next: crate::area::Stage, stage: crate::area::Stage) -> String {
    let name = texts.get(&key::stage_name(stage)).to_owned();
    if stage < next {
        filled(texts, "ui.export.with_detail", &[("title", &name), ("detail", text(texts, "ui.export.earlier_note"))])
    } else {
        name
    }
}
