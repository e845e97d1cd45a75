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
/// The built-in pack without texts and lexicons.
pub const STRUCTURE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/structure.json"));
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

fn checked<T: serde::de::DeserializeOwned>(json: &str) -> T {
    if cfg!(content_broken) {
        panic!("the built-in content has problems: run `cargo run -p naitei-content -- check` to list them with file and line");
    }
    serde_json::from_str(json).expect("the built-in content was checked at build time")
}

/// The built-in pack.
pub fn pack() -> Pack {
    checked(PACK_JSON)
}

/// The built-in bank with its texts.
pub fn content() -> Content {
    Bank::build(&pack()).expect("the built-in pack was checked at build time")
}

/// The built-in pack without texts and lexicons (the structure).
pub fn structure() -> Pack {
    checked(STRUCTURE_JSON)
}

/// The built-in bank without texts. It was validated, texts included, at build
/// time, so it is built here without checking again.
pub fn bank() -> Bank {
    Bank::build_unchecked(&structure())
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
