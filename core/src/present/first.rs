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
use crate::area::Stage;
use crate::bank::Bank;
use crate::profile::{CompanyKind, Format, Industry, JapaneseLevel, Profile, Region};
use crate::session::{Scope, Session};
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
/// session, for any profile, in either scope: exactly those, found by opening
/// both scopes for every profile the bank's conditions tell apart
/// ([`distinct_profiles`]), with the same [`Session::items`] the widget uses.
pub fn first_items(bank: &Bank) -> Vec<&str> {
    let mut opening = vec![false; bank.items.len()];
    for profile in distinct_profiles(bank) {
        for scope in [Scope::Quick, Scope::Full] {
            let session = Session { scope, profile: profile.clone(), ..Session::default() };
            for item in session.items(bank).into_iter().take(FIRST_QUESTIONS) {
                if let Some(n) = bank.items.iter().position(|i| i.id == item.id) {
                    opening[n] = true;
                }
            }
        }
    }
    bank.items.iter().zip(opening).filter(|(_, o)| *o).map(|(i, _)| i.id.as_str()).collect()
}

/// One profile for every way the bank's item conditions ([`crate::profile::When`]) can
/// answer: for each field, the values some condition names and one that none names (they all
/// answer alike), and for the years of experience both sides of every bound. Which items a
/// session lists depends on the profile through those conditions only.
pub fn distinct_profiles(bank: &Bank) -> Vec<Profile> {
    fn told_apart<T: Copy + PartialEq>(
        all: &[T],
        named: impl Fn(&crate::profile::When) -> &[T],
        bank: &Bank,
    ) -> Vec<T> {
        let mentioned = |v: &T| bank.items.iter().any(|i| named(&i.when).contains(v));
        let mut out: Vec<T> = all.iter().copied().filter(|v| mentioned(v)).collect();
        out.extend(all.iter().copied().find(|v| !mentioned(v)));
        out
    }
    // Every field of the conditions is read below: a new one fails to compile here until it is.
    let crate::profile::When {
        company: _,
        industry: _,
        region: _,
        format: _,
        next_stage: _,
        japanese: _,
        min_years: _,
        max_years: _,
    } = crate::profile::When::default();
    let mut years = vec![0u8, u8::MAX];
    for w in bank.items.iter().map(|i| &i.when) {
        years.extend(w.min_years.into_iter().flat_map(|m| [m.saturating_sub(1), m]));
        years.extend(w.max_years.into_iter().flat_map(|m| [m, m.saturating_add(1)]));
    }
    years.sort_unstable();
    years.dedup();
    // Every profile field the conditions read, each over the values that answer differently.
    let mut out = vec![Profile::default()];
    macro_rules! vary {
        ($field:ident, $values:expr) => {{
            let values = $values;
            out = out.iter().flat_map(|p| values.iter().map(move |v| Profile { $field: *v, ..p.clone() })).collect();
        }};
    }
    vary!(company, told_apart(&CompanyKind::ALL, |w| &w.company, bank));
    vary!(industry, told_apart(&Industry::ALL, |w| &w.industry, bank));
    vary!(region, told_apart(&Region::ALL, |w| &w.region, bank));
    vary!(format, told_apart(&Format::ALL, |w| &w.format, bank));
    vary!(next_stage, told_apart(&Stage::ALL, |w| &w.next_stage, bank));
    vary!(japanese, told_apart(&JapaneseLevel::ALL, |w| &w.japanese, bank));
    vary!(years_experience, years);
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
