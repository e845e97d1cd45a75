//! Display text for the current language, provided to every component as a
//! context. Text comes from the content pack (`ui.*` keys and the bank's
//! texts); `{name}` placeholders are filled by `fill`.

use naitei_core::{Lang, Texts};
use std::rc::Rc;
use yew::prelude::*;

/// The texts of the current language.
#[derive(Clone)]
pub struct I18n {
    /// The language.
    pub lang: Lang,
    texts: Rc<Texts>,
    /// Whether every text is here; else only the first screens' (the rest is on its way, or failed).
    pub complete: bool,
    /// Whether the rest of the texts could not be loaded (so `complete` stays false).
    pub rest_failed: bool,
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && Rc::ptr_eq(&self.texts, &other.texts)
            && self.complete == other.complete
            && self.rest_failed == other.rest_failed
    }
}

impl I18n {
    /// Every text of `lang`.
    pub fn new(lang: Lang, texts: Rc<Texts>) -> I18n {
        I18n { lang, texts, complete: true, rest_failed: false }
    }

    /// Texts of `lang` of which only the first screens' may be here yet.
    pub fn partial(lang: Lang, texts: Rc<Texts>, complete: bool, rest_failed: bool) -> I18n {
        I18n { lang, texts, complete, rest_failed }
    }

    /// What a part of a screen that needs the rest of the texts says instead until they are here:
    /// "Loading…", or why they will not come.
    pub fn waiting(&self) -> String {
        self.t(if self.rest_failed { "ui.notice.rest_failed" } else { "ui.app.loading" })
    }

    /// The text for `key` (the key itself if missing, so a gap is visible).
    pub fn t(&self, key: &str) -> String {
        self.texts.get(key).to_owned()
    }

    /// All texts of this language (for exports written in it).
    pub fn texts(&self) -> Rc<Texts> {
        self.texts.clone()
    }

    /// The text for `key`, if this language has one (for optional texts such as hints).
    pub fn find(&self, key: &str) -> Option<String> {
        self.texts.find(key).map(str::to_owned)
    }

    /// The text for `key` with `{name}` placeholders replaced (core's one filler).
    pub fn fill(&self, key: &str, values: &[(&str, String)]) -> String {
        let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        naitei_core::present::filled(&self.texts, key, &values)
    }

    /// A score as shown everywhere (core's one rounding).
    pub fn score(&self, v: f32) -> String {
        naitei_core::present::score(v)
    }
}

/// The current texts; panics outside the app's provider (a programming error).
#[hook]
pub fn use_i18n() -> I18n {
    use_context::<I18n>().expect("components render inside App's I18n provider")
}
