//! The interface between free-text items and the analysers that score them.
//! The rule-based coaches implement `Analyser`; `Neutral` scores nothing, so a
//! text answer counts as answered but moves no score.

use crate::profile::Profile;
use serde::{Deserialize, Serialize};

/// The analysers a text item can name in `analyser = "..."`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnalyserId {
    /// The reverse-question coach.
    ReverseQuestions,
    /// The answer coach, for STAR stories.
    Star,
    /// The answer coach, for failure stories.
    FailureStory,
}

crate::ids::ids!(AnalyserId { ReverseQuestions => "reverse_questions", Star => "star", FailureStory => "failure_story" });

/// The findings each analyser may report; checks may test for these with `found`.
pub fn findings(analyser: AnalyserId) -> &'static [&'static str] {
    match analyser {
        AnalyserId::ReverseQuestions => &[
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
        AnalyserId::Star => &[
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
        AnalyserId::FailureStory => &[
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
    fn analyse(&self, analyser: AnalyserId, text: &str, profile: &Profile) -> Option<Verdict>;
}

/// Scores nothing: text answers count as answered but do not change any score.
#[derive(Debug, Clone, Copy, Default)]
pub struct Neutral;

impl Analyser for Neutral {
    fn analyse(&self, _analyser: AnalyserId, _text: &str, _profile: &Profile) -> Option<Verdict> {
        None
    }
}
