//! naitei-core: the pure assessment model of Naitei.
//!
//! It turns a candidate's [`Profile`] and [`Answers`] into a readiness
//! [`Report`] and a [`StudyPlan`], using a validated [`Bank`] of items, checks
//! and modules. It does no I/O and reads no clock (`today` is an input); the
//! same inputs always give the same output.
//!
//! ```
//! use naitei_core::{evaluate, Answers, Config, Date, Profile};
//! # let bank = naitei_core::testing::tiny_bank();
//! let today: Date = "2026-11-21".parse().unwrap();
//! let answers: Answers = serde_json::from_str(r#"{"arrival": "early"}"#).unwrap();
//! let result = evaluate(&bank, &Profile::default(), &answers, &Config::new(today));
//! assert!(result.report.overall.is_some());
//! ```

pub mod analyse;
pub mod answers;
pub mod area;
pub mod bank;
pub mod coach;
pub mod date;
pub mod embed;
pub mod export;
pub mod flags;
pub mod format;
pub mod history;
mod ids;
pub mod order;
pub mod plan;
pub mod present;
pub mod problem;
pub mod profile;
pub mod report;
pub mod rule;
pub mod score;
pub mod session;
pub mod severity;
pub mod share;
pub mod text;
pub mod view;

#[doc(hidden)]
pub mod testing;

pub use analyse::{Analyser, AnalyserId, Neutral, Verdict};
pub use answers::{Answer, Answers, Ignored};
pub use area::{Area, AreaMap, Stage};
pub use bank::{Bank, Content};
pub use date::Date;
pub use format::Pack;
pub use plan::StudyPlan;
pub use problem::{Place, Problem};
pub use profile::{CompanyKind, Format, Industry, JapaneseLevel, Profile, Region};
pub use report::Report;
pub use severity::Severity;
pub use text::{Lang, Texts};

use serde::Serialize;

/// What evaluation needs besides the bank, profile and answers.
pub struct Config<'a> {
    /// Today's date (the plan starts here).
    pub today: Date,
    /// Scores free-text answers.
    pub analyser: &'a dyn Analyser,
    /// The answers as they are now, when they differ from the answers that
    /// count (learning mode: an answer changed after its feedback was shown).
    /// The report lists those items as revised; they change no score.
    pub latest: Option<&'a Answers>,
}

impl Config<'static> {
    /// A config for `today` with the neutral analyser (free text counts as
    /// answered but scores nothing; use the coaches for real scores).
    pub fn new(today: Date) -> Config<'static> {
        Config { today, analyser: &Neutral, latest: None }
    }
}

impl<'a> Config<'a> {
    /// A config for `today` that scores free text with `analyser`.
    pub fn with(today: Date, analyser: &'a dyn Analyser) -> Config<'a> {
        Config { today, analyser, latest: None }
    }
}

/// The result of an evaluation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    /// The readiness report.
    pub report: Report,
    /// The study plan.
    pub plan: StudyPlan,
}

/// Scores the answers, raises the checks, writes the report and plans the study.
///
/// Only answers to items that apply to the profile count, anywhere: an answer
/// kept from an earlier profile is listed in `report.ignored` and changes
/// nothing else.
pub fn evaluate(bank: &Bank, profile: &Profile, answers: &Answers, config: &Config) -> Evaluation {
    let scores = score::score(bank, profile, answers, config.analyser);
    let applicable = answers.applicable(bank, profile);
    let flags = report::flags(bank, profile, &scores, &applicable);
    let weights = score::weights_for(bank, profile, profile.next_stage);
    let ranked = plan::priorities(bank, profile, &scores.areas, &weights, &flags);
    let revised = revisions(bank, profile, &applicable, config);
    let plan = plan::plan(
        bank,
        profile,
        config.today,
        plan::Inputs { ranked: &ranked, scores: &scores, flags: &flags, answers: &applicable },
    );
    let report = report::report(bank, profile, scores, flags, &ranked, revised);
    Evaluation { report, plan }
}

/// Items whose answer now differs from the one that counts, with both credits.
fn revisions(bank: &Bank, profile: &Profile, counted: &Answers, config: &Config) -> Vec<report::Revision> {
    let Some(latest) = config.latest else { return Vec::new() };
    let credit = |item: &bank::Item, a: Option<&Answer>| {
        let a = a?;
        let (credits, _) = score::credit(item, a, profile, config.analyser).ok()?;
        credits.map(|c| score::weighted_mean(&c, &item.weights))
    };
    bank.items
        .iter()
        .filter(|i| i.when.matches(profile))
        .filter(|i| counted.get(&i.id).is_some() && latest.get(&i.id) != counted.get(&i.id))
        .map(|i| report::Revision {
            item: i.id.clone(),
            counted: credit(i, counted.get(&i.id)),
            now: credit(i, latest.get(&i.id)),
        })
        .collect()
}

/// Like [`evaluate`], for answers in any JSON shape: what cannot be read is
/// listed in `report.ignored` instead of failing.
pub fn evaluate_json(bank: &Bank, profile: &Profile, answers: &serde_json::Value, config: &Config) -> Evaluation {
    let (answers, mut ignored) = Answers::from_json(answers);
    let mut result = evaluate(bank, profile, &answers, config);
    ignored.append(&mut result.report.ignored);
    result.report.ignored = ignored;
    result
}
