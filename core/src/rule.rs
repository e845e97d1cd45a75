//! The rule language of cultural-fit checks. Rules are data in content files,
//! for example
//! `when = { all = [{ chose = { item = "arrival", options = ["on_the_dot"] } }, { profile = { format = ["onsite"] } }] }`,
//! and `Rule::holds` evaluates them over answers, profile and area scores.

use crate::answers::{Answer, Answers};
use crate::area::{Area, AreaMap};
use crate::profile::{Profile, When};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A condition over the answers, the profile and the area scores.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Rule {
    /// Every inner rule holds.
    All(Vec<Rule>),
    /// At least one inner rule holds.
    Any(Vec<Rule>),
    /// The inner rule does not hold.
    Not(Box<Rule>),
    /// The candidate picked one of `options`: the single choice, any ticked
    /// checklist option, or the "best" pick of a best-and-worst item.
    Chose(OptionRef),
    /// Best-and-worst items: the "worst" pick is one of `options`.
    ChoseWorst(OptionRef),
    /// Checklists: the item was answered and none of `options` was ticked.
    Missed(OptionRef),
    /// Likert items: the rating is within `min..=max`.
    Rated(RatingRef),
    /// Free-text items: the analyser reported `finding`.
    Found(FindingRef),
    /// The item was skipped or left unanswered.
    Unanswered(ItemRef),
    /// The profile matches.
    Profile(When),
    /// An area's score is within bounds (unscored areas never match).
    Score(ScoreRef),
}

/// An item and some of its option ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionRef {
    /// Item id.
    pub item: String,
    /// Option ids of that item.
    pub options: Vec<String>,
}

/// A Likert item and a rating range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatingRef {
    /// Item id.
    pub item: String,
    /// Lowest matching rating (1-5).
    #[serde(default = "one")]
    pub min: u8,
    /// Highest matching rating (1-5).
    #[serde(default = "five")]
    pub max: u8,
}

fn one() -> u8 {
    1
}
fn five() -> u8 {
    5
}

/// A free-text item and an analyser finding id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindingRef {
    /// Item id.
    pub item: String,
    /// Finding id reported by the analyser, such as `blames_others`.
    pub finding: String,
}

/// Just an item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemRef {
    /// Item id.
    pub item: String,
}

/// An area and score bounds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreRef {
    /// The area.
    pub area: Area,
    /// Matches when the score is below this.
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Option::is_none"))]
    pub below: Option<f32>,
    /// Matches when the score is at least this.
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Option::is_none"))]
    pub at_least: Option<f32>,
}

/// What a rule can look at.
pub struct Facts<'a> {
    /// Whether an item applies to the profile (answers to other items are never looked at).
    pub applies: &'a dyn Fn(&str) -> bool,
    /// The candidate's profile.
    pub profile: &'a Profile,
    /// The accepted answers.
    pub answers: &'a Answers,
    /// Findings of the text analysers, by item id.
    pub findings: &'a BTreeMap<String, Vec<String>>,
    /// Area scores (None where nothing was scored).
    pub scores: &'a AreaMap<Option<f32>>,
}

impl Rule {
    /// Whether the rule holds for these facts. Answers to items that do not
    /// apply to the profile are never looked at, and such an item is never
    /// "unanswered".
    pub fn holds(&self, f: &Facts) -> bool {
        let applies = f.applies;
        let answer =
            |item: &str| f.answers.get(item).filter(|a| !matches!(a, Answer::Skipped)).filter(|_| applies(item));
        match self {
            Rule::All(rules) => rules.iter().all(|r| r.holds(f)),
            Rule::Any(rules) => rules.iter().any(|r| r.holds(f)),
            Rule::Not(rule) => !rule.holds(f),
            Rule::Chose(r) => match answer(&r.item) {
                Some(Answer::Choice(o)) => r.options.contains(o),
                Some(Answer::Choices(os)) => os.iter().any(|o| r.options.contains(o)),
                Some(Answer::BestWorst { best, .. }) => r.options.contains(best),
                _ => false,
            },
            Rule::ChoseWorst(r) => match answer(&r.item) {
                Some(Answer::BestWorst { worst, .. }) => r.options.contains(worst),
                _ => false,
            },
            Rule::Missed(r) => match answer(&r.item) {
                Some(Answer::Choices(os)) => !os.iter().any(|o| r.options.contains(o)),
                _ => false,
            },
            Rule::Rated(r) => match answer(&r.item) {
                Some(Answer::Rating(v)) => (r.min..=r.max).contains(v),
                _ => false,
            },
            Rule::Found(r) => f.findings.get(&r.item).is_some_and(|found| found.contains(&r.finding)),
            Rule::Unanswered(r) => applies(&r.item) && answer(&r.item).is_none(),
            Rule::Profile(when) => when.matches(f.profile),
            Rule::Score(r) => match f.scores.get(r.area) {
                Some(score) => r.below.is_none_or(|b| *score < b) && r.at_least.is_none_or(|a| *score >= a),
                None => false,
            },
        }
    }

    /// Every item a rule refers to, with the options it names (for validation).
    pub fn visit_refs<'a>(&'a self, out: &mut Vec<RuleRef<'a>>) {
        match self {
            Rule::All(rules) | Rule::Any(rules) => rules.iter().for_each(|r| r.visit_refs(out)),
            Rule::Not(rule) => rule.visit_refs(out),
            Rule::Chose(r) => out.push(RuleRef::Options("chose", r)),
            Rule::ChoseWorst(r) => out.push(RuleRef::Options("chose_worst", r)),
            Rule::Missed(r) => out.push(RuleRef::Options("missed", r)),
            Rule::Rated(r) => out.push(RuleRef::Rating(r)),
            Rule::Found(r) => out.push(RuleRef::Finding(r)),
            Rule::Unanswered(r) => out.push(RuleRef::Item(&r.item)),
            Rule::Score(r) => out.push(RuleRef::Score(r)),
            Rule::Profile(_) => {}
        }
    }
}

/// A reference from a rule into the bank, for validation.
pub enum RuleRef<'a> {
    /// `chose`, `chose_worst` or `missed`, with the predicate's name.
    Options(&'static str, &'a OptionRef),
    /// `rated`.
    Rating(&'a RatingRef),
    /// `found`.
    Finding(&'a FindingRef),
    /// `unanswered`.
    Item(&'a str),
    /// `score`.
    Score(&'a ScoreRef),
}
