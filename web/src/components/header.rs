//! The title bar with the language switch, usable on every screen.

use crate::i18n::use_i18n;
use crate::state::{make_callback, State};
use naitei_core::session::Action;
use naitei_core::Lang;
use yew::prelude::*;

/// Props: the app state.
#[derive(Properties, PartialEq, Clone)]
pub struct HeaderProps {
    /// App state.
    pub state: UseReducerHandle<State>,
}

/// Title and language switch.
#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let i18n = use_i18n();
    let current = props.state.session.lang;
    let onlang = make_callback(&props.state, Action::SetLang);
    let button = |lang: Lang, label: &'static str| {
        let onclick = onlang.reform(move |_| lang);
        html! {
            <button type="button" class="naitei-lang" lang={lang.tag()} aria-pressed={(lang == current).to_string()} {onclick}>
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
