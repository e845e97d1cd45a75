//! A problem found in content: where it is and what to do about it, in words a
//! content author who is not a programmer can act on.

use crate::text::Lang;
use serde::Serialize;
use std::fmt;

/// Which part of the content a problem is in. The content checker turns this
/// into a file name and line; a JSON pack reports it as a path in the pack.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "in", rename_all = "snake_case")]
pub enum Place {
    /// `bank/manifest.toml`, or `manifest` in a pack.
    Manifest,
    /// `bank/items/<section>.toml`, or that entry of `sections` in a pack.
    Section(String),
    /// `bank/modules.toml`, or `modules` in a pack.
    Modules,
    /// A coach lexicon: `lexicon/<lang>.toml`, or `lexicons.<lang>` in a pack.
    Lexicon {
        /// The language.
        lang: Lang,
    },
    /// A text of one language.
    Text {
        /// The language.
        lang: Lang,
        /// The text key.
        key: String,
    },
}

/// One problem in content.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Problem {
    /// Where it is.
    pub place: Place,
    /// The id to look for there, if any.
    pub id: Option<String>,
    /// What is wrong and what to do.
    pub message: String,
}

impl Problem {
    /// A problem at `place`, about `id`.
    pub fn new(place: Place, id: Option<&str>, message: String) -> Problem {
        Problem { place, id: id.map(|s| s.chars().take(80).collect()), message }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Manifest => write!(f, "manifest"),
            Place::Section(s) => write!(f, "section `{s}`"),
            Place::Modules => write!(f, "modules"),
            Place::Lexicon { lang } => write!(f, "{} lexicon", lang.tag()),
            Place::Text { lang, key } => write!(f, "{} text `{key}`", lang.tag()),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}
