//! A plain view of the bank in one language: what a host page needs to build
//! its own form (`bank(lang)` in the JS API) and what `naitei-content items` prints.

use crate::area::{Area, Stage};
use crate::bank::{Bank, ItemKind};
use crate::text::{key, Texts};
use serde::Serialize;

/// One item with its text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemView {
    /// Item id.
    pub id: String,
    /// Section id.
    pub section: String,
    /// Kind id: single, multi, likert, best_worst or text.
    pub kind: &'static str,
    /// Stages it speaks to.
    pub stages: Vec<Stage>,
    /// Areas it counts towards.
    pub areas: Vec<Area>,
    /// Whether skipping is offered.
    pub skippable: bool,
    /// Likert only: agreeing is the weak answer.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub reverse: bool,
    /// The question.
    pub prompt: String,
    /// Optional hint.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// Options with label and feedback.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<OptionView>,
}

/// One option with its text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionView {
    /// Option id.
    pub id: String,
    /// Label.
    pub label: String,
    /// Why it is strong or weak.
    pub why: String,
}

/// Every item of the bank, in questionnaire order, with texts from `texts`.
pub fn items(bank: &Bank, texts: &Texts) -> Vec<ItemView> {
    bank.items
        .iter()
        .map(|i| ItemView {
            id: i.id.clone(),
            section: i.section.clone(),
            kind: i.kind.id(),
            stages: i.stages.clone(),
            areas: i.weights.iter().filter(|(_, w)| **w > 0.0).map(|(a, _)| a).collect(),
            skippable: i.skippable,
            reverse: matches!(i.kind, ItemKind::Likert { reverse: true }),
            prompt: texts.get(&key::item_prompt(&i.id)).to_owned(),
            hint: texts.find(&key::item_hint(&i.id)).map(str::to_owned),
            options: i
                .kind
                .options()
                .iter()
                .map(|o| OptionView {
                    id: o.id.clone(),
                    label: texts.get(&key::option_label(&i.id, &o.id)).to_owned(),
                    why: texts.get(&key::option_why(&i.id, &o.id)).to_owned(),
                })
                .collect(),
        })
        .collect()
}
