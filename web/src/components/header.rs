//! The title bar with the language switch, usable on every screen.

use crate::i18n::use_i18n;
use naitei_core::Lang;
use yew::prelude::*;

/// Props: the language shown and how to change it.
#[derive(Properties, PartialEq, Clone)]
pub struct HeaderProps {
    /// The language chosen.
    pub lang: Lang,
    /// Called with the language picked.
    pub onlang: Callback<Lang>,
}

/// Title and language switch.
#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let i18n = use_i18n();
    let button = |lang: Lang, label: &'static str| {
        let onclick = props.onlang.reform(move |_| lang);
        html! {
            <button type="button" class="naitei-lang" lang={lang.tag()} aria-pressed={(lang == props.lang).to_string()} {onclick}>
                { label }
            </button>
        }
    };
    html! {
        <header class="naitei-header">
            <h2 id="naitei-title" class="naitei-title">{ i18n.t("ui.app.title") }</h2>
            <div class="naitei-langs" role="group" aria-label={i18n.t("ui.app.language")}>
                { button(Lang::En, "English") }
                { button(Lang::Ja, "日本語") }
            </div>
        </header>
    }
}
