//! The interface between free-text items and the analysers that score them.
//! The rule-based coaches implement `Analyser`; `Neutral` scores nothing, so a
//! text answer counts as answered but moves no score.

use crate::profile::Profile;
use serde::Serialize;

/// Analyser ids that content may name in `analyser = "..."`.
pub const ANALYSERS: &[&str] = &["reverse_questions", "star", "failure_story"];

/// The findings each analyser may report; checks may test for these with `found`.
pub fn findings(analyser: &str) -> &'static [&'static str] {
    match analyser {
        "reverse_questions" => &[
            "none_prepared",
            "good_question",
            "builds_on_research",
            "asks_public_facts",
            "asks_pay_early",
            "asks_conditions_early",
            "rushes_result",
            "critical_topic",
            "private_matter",
        ],
        "star" => &[
            "has_situation",
            "has_task",
            "has_action",
            "has_result",
            "has_number",
            "no_situation",
            "no_task",
            "no_action",
            "no_result",
            "no_number",
            "team_as_own",
            "no_team",
            "conclusion_first",
            "no_conclusion_first",
            "too_long",
            "too_short",
        ],
        "failure_story" => &[
            "owns_mistake",
            "blames_others",
            "has_action",
            "no_action",
            "has_lesson",
            "no_lesson",
            "applied_next",
            "not_applied",
            "too_long",
            "too_short",
        ],
        _ => &[],
    }
}

/// What an analyser made of a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    /// Credit from 0 to 1, applied to every area the item counts towards.
    pub credit: f32,
    /// Finding ids, from `findings(analyser)`.
    pub findings: Vec<String>,
}

/// Scores free-text answers.
pub trait Analyser {
    /// Analyses `text` for the analyser named `analyser`; `None` when it cannot score it.
    fn analyse(&self, analyser: &str, text: &str, profile: &Profile) -> Option<Verdict>;
}

/// Scores nothing: text answers count as answered but do not change any score.
#[derive(Debug, Clone, Copy, Default)]
pub struct Neutral;

impl Analyser for Neutral {
    fn analyse(&self, _analyser: &str, _text: &str, _profile: &Profile) -> Option<Verdict> {
        None
    }
}
