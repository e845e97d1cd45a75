//! Embedding options. `Options::default()` is the single source of defaults;
//! the JS side forwards only what the host set (attributes or the options
//! object), and documents each option with the default given here.

use naitei_core::{CompanyKind, Lang, Region, Stage};
use serde::Deserialize;

/// Colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Follow the visitor's system setting.
    #[default]
    Auto,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl Theme {
    /// The `data-theme` attribute value.
    pub fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// What a host page can set.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// Display language; default: the saved choice, else the page's language, else English.
    pub lang: Option<Lang>,
    /// Colour theme; default auto.
    pub theme: Theme,
    /// Preset for the next stage in the profile form.
    pub stage: Option<Stage>,
    /// Preset for the company kind.
    pub company: Option<CompanyKind>,
    /// Preset for the region.
    pub region: Option<Region>,
    /// Key under which progress is saved in localStorage; default "default".
    pub storage_key: String,
    /// A content pack (already fetched by the JS side) to use instead of the built-in bank.
    #[serde(skip)]
    pub pack: Option<String>,
    /// Include free-text answers in the `naitei:complete` event; default false.
    pub share_text_answers: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lang: None,
            theme: Theme::Auto,
            stage: None,
            company: None,
            region: None,
            storage_key: "default".into(),
            pack: None,
            share_text_answers: false,
        }
    }
}
