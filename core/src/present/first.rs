//! Which texts a candidate downloads first. Each language's texts are split
//! into a first file (what the intro, the profile form, the question screens
//! and the notices above them show) and the rest (the feedback on answers,
//! the report, the plan, the coaches, the modules, the exports...), which the
//! widget fetches right after it first renders.
//!
//! The first file holds the keys under [`FIRST_PREFIXES`], the prompt, hint,
//! placeholder and option labels of the items that can open a session
//! ([`first_items`]: the first [`FIRST_QUESTIONS`] questions for any profile
//! and either scope), and for every item [`key::item_reading`], so the
//! intro's times are the same before the rest arrives. Later
//! questions, and screens that show anything else, wait for the rest (the
//! widget knows whether a language is complete); it is fetched right after the
//! first render, so on a normal connection it is there long before them.

use super::question::{feedback_seconds, question_seconds};
use crate::bank::Bank;
use crate::text::{key, Lang, Texts};

/// Key prefixes (or whole keys) of the first file: the header, the intro, the
/// profile form, the questions with their progress and ratings, the notices
/// (shared-link errors included) and the section titles.
pub const FIRST_PREFIXES: [&str; 12] = [
    "ui.app.",
    "ui.intro.",
    "ui.profile.",
    "ui.questions.",
    "ui.progress.",
    "ui.likert.",
    "ui.feedback.",
    "ui.notice.",
    "ui.shared.own_progress_safe",
    "ui.share.error.",
    "ui.export.dot",
    "section.",
];

/// How many questions from the start of any session have their words in the
/// first file: the first question never waits for the rest of the texts, and
/// the two after it do not either if the rest is slow.
pub const FIRST_QUESTIONS: usize = 3;

/// The items that can be among the first [`FIRST_QUESTIONS`] questions of a
/// session, for any profile, in either scope. A session lists the items that
/// apply in the bank's order (the quick check a subset of them), so an item can
/// be among its first N only if fewer than N items before it are shown to
/// every profile: items without a condition (for the quick check, quick items
/// without a condition). This keeps a few more items than strictly needed and
/// never one too few.
pub fn first_items(bank: &Bank) -> Vec<&str> {
    let (mut always, mut always_quick) = (0, 0);
    let mut out = Vec::new();
    for item in &bank.items {
        if always < FIRST_QUESTIONS || always_quick < FIRST_QUESTIONS {
            out.push(item.id.as_str());
        }
        if item.when.is_always() {
            always += 1;
            always_quick += usize::from(item.quick);
        }
    }
    out
}

/// Whether `key` belongs in the first file; `first` is [`first_items`].
pub fn in_first_file(key: &str, first: &[&str]) -> bool {
    if FIRST_PREFIXES.iter().any(|p| if p.ends_with('.') { key.starts_with(p) } else { key == *p }) {
        return true;
    }
    let Some(rest) = key.strip_prefix("item.") else { return false };
    let mut parts = rest.split('.');
    let item = parts.next().unwrap_or_default();
    let words = matches!(
        (parts.next(), parts.next(), parts.next(), parts.next()),
        (Some("prompt" | "hint" | "placeholder"), None, None, None) | (Some("option"), Some(_), Some("label"), None)
    );
    words && first.contains(&item)
}

/// Splits one language's texts into the first file and the rest (no key in
/// both); the first file also gets [`key::item_reading`] for every item.
pub fn split(bank: &Bank, texts: &Texts, lang: Lang) -> (Texts, Texts) {
    let (mut first, mut rest) = (Texts::default(), Texts::default());
    let opening = first_items(bank);
    for (k, v) in &texts.0 {
        let part = if in_first_file(k, &opening) { &mut first } else { &mut rest };
        part.0.insert(k.clone(), v.clone());
    }
    for item in &bank.items {
        let (question, feedback) = (question_seconds(texts, lang, item), feedback_seconds(texts, lang, item));
        first.0.insert(key::item_reading(&item.id), format!("{question} {feedback}"));
    }
    (first, rest)
}
