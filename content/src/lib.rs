//! naitei-content: the built-in bank of items, checks and study modules, in
//! English and Japanese. The TOML files under `bank/`, `text/` and `lexicon/`
//! are checked and compiled at build time (see `build.rs`), so a broken bank
//! never builds and the widget parses small, known-good documents.
//!
//! Besides the whole pack, the build writes the same content split up: the
//! structure (ids, weights, rules; what the widget embeds), the coaches'
//! lexicons and one text file per language (what the widget fetches after its
//! first render). Only what a program uses ends up in its binary.

use naitei_core::{Bank, Content, Lang, Pack, Texts};

/// The whole built-in pack as compact JSON.
pub const PACK_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/pack.json"));
/// The built-in bank as `Bank::build` made it from the checked pack, in postcard (every field, in
/// declaration order).
pub const BANK: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bank.bin"));
/// [`BANK`] cut down to what asking the questions reads (`Bank::questionnaire_only`), in postcard.
pub const QUESTIONNAIRE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/questionnaire.bin"));
/// The coaches' lexicons by language (`naitei-lexicons.json` next to the widget).
pub const LEXICONS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicons.json"));
/// The English texts, a JSON object from text key to text.
pub const TEXTS_EN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/texts-en.json"));
/// The Japanese texts, a JSON object from text key to text.
pub const TEXTS_JA_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/texts-ja.json"));

#[cfg(all(content_broken, not(feature = "cli")))]
compile_error!(
    "the built-in content has problems: run `cargo run -p naitei-content -- check` to list them with file and line"
);

/// Decodes a built-in document with `decode` (it was checked at build time, unless the build said
/// the content is broken: then this says what to run).
fn built_in<T, E: std::fmt::Debug>(decode: impl FnOnce() -> Result<T, E>) -> T {
    if cfg!(content_broken) {
        panic!("the built-in content has problems: run `cargo run -p naitei-content -- check` to list them with file and line");
    }
    decode().expect("the built-in content was checked at build time")
}

fn checked<T: serde::de::DeserializeOwned>(json: &str) -> T {
    built_in(|| serde_json::from_str(json))
}

/// The built-in pack.
pub fn pack() -> Pack {
    checked(PACK_JSON)
}

/// The built-in bank with its texts.
pub fn content() -> Content {
    Bank::build(&pack()).expect("the built-in pack was checked at build time")
}

/// The built-in bank without texts. It was built and validated, texts
/// included, at build time: here it is only decoded.
pub fn bank() -> Bank {
    built_in(|| postcard::from_bytes(BANK))
}

/// The built-in bank with only what asking the questions reads (no checks,
/// modules or milestones): for a program that neither evaluates nor plans, as
/// the light widget module.
pub fn questionnaire() -> Bank {
    built_in(|| postcard::from_bytes(QUESTIONNAIRE))
}

/// The free-text coaches built from the built-in lexicons: the analyser every
/// evaluation of the built-in bank uses (the widget, the JS API and the command
/// line), so one input gives one report everywhere.
pub fn coaches() -> naitei_core::coach::Coaches {
    naitei_core::coach::Coaches::new(&lexicons())
}

/// The built-in lexicons of the coaches, by language.
pub fn lexicons() -> std::collections::BTreeMap<Lang, naitei_core::coach::Lexicon> {
    checked(LEXICONS_JSON)
}

/// The text file of a language, as JSON.
pub fn texts_json(lang: Lang) -> &'static str {
    match lang {
        Lang::En => TEXTS_EN_JSON,
        Lang::Ja => TEXTS_JA_JSON,
    }
}

/// The two text files of a language the widget fetches, as JSON: what the
/// first screens show (`naitei-<lang>-first.json`) and the rest
/// (`naitei-<lang>-rest.json`); see `naitei_core::present::split`.
pub fn texts_parts_json(lang: Lang) -> (String, String) {
    let (first, rest) = naitei_core::present::split(&bank(), &texts(lang), lang);
    (serde_json::to_string(&first).unwrap(), serde_json::to_string(&rest).unwrap())
}

/// The built-in texts of a language.
pub fn texts(lang: Lang) -> Texts {
    checked(texts_json(lang))
}

#[cfg(feature = "cli")]
pub mod source;

#[cfg(test)]
mod tests {
    /// The bank the widget decodes (postcard, written with every field) is the bank built from the
    /// checked pack: nothing is lost or shifted by the binary form.
    #[test]
    fn the_embedded_bank_is_the_bank_built_from_the_pack() {
        let built = naitei_core::Bank::build(&super::pack()).expect("the built-in pack is valid");
        assert_eq!(super::bank(), built.bank);
    }

    /// The light widget module asks its questions from the questionnaire alone: every item, option,
    /// section and figure the questions read is the whole bank's, and nothing for a report is there.
    #[test]
    fn the_questionnaire_asks_what_the_whole_bank_asks() {
        let (whole, questionnaire) = (super::bank(), super::questionnaire());
        assert_eq!(questionnaire.items, whole.items);
        assert_eq!(questionnaire.sections, whole.sections);
        assert_eq!(questionnaire.evidence, whole.evidence);
        assert_eq!(questionnaire.minutes_per_item, whole.minutes_per_item);
        for item in &whole.items {
            assert_eq!(questionnaire.item(&item.id), Some(item));
        }
        assert!(questionnaire.checks.is_empty() && questionnaire.modules.is_empty());
        assert!(!whole.checks.is_empty() && !whole.modules.is_empty());
    }
}
