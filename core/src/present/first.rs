//! Which texts a candidate downloads first. Each language's texts are split
//! into a first file (what the intro, the profile form, the question screens
//! and the notices above them show) and the rest (the feedback on answers,
//! the report, the plan, the coaches, the modules, the exports...), which the
//! widget fetches right after it first renders.
//!
//! The first file holds the keys under [`FIRST_PREFIXES`], every question's
//! prompt, hint, placeholder and option labels, and for every item
//! [`key::item_feedback_read`], so the intro's learning-mode times are the
//! same before the rest arrives. Screens that show anything else wait for the
//! rest (the widget knows whether a language is complete).

use super::question::feedback_minutes;
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

/// Whether `key` belongs in the first file.
pub fn in_first_file(key: &str) -> bool {
    if FIRST_PREFIXES.iter().any(|p| if p.ends_with('.') { key.starts_with(p) } else { key == *p }) {
        return true;
    }
    let Some(rest) = key.strip_prefix("item.") else { return false };
    let mut parts = rest.split('.').skip(1);
    matches!(
        (parts.next(), parts.next(), parts.next(), parts.next()),
        (Some("prompt" | "hint" | "placeholder" | "feedback_read"), None, None, None)
            | (Some("option"), Some(_), Some("label"), None)
    )
}

/// Splits one language's texts into the first file and the rest (no key in
/// both); the first file also gets [`key::item_feedback_read`] for every item.
pub fn split(bank: &Bank, texts: &Texts, lang: Lang) -> (Texts, Texts) {
    let (mut first, mut rest) = (Texts::default(), Texts::default());
    for (k, v) in &texts.0 {
        let part = if in_first_file(k) { &mut first } else { &mut rest };
        part.0.insert(k.clone(), v.clone());
    }
    for item in &bank.items {
        first.0.insert(key::item_feedback_read(&item.id), feedback_minutes(texts, lang, item).to_bits().to_string());
    }
    (first, rest)
}
