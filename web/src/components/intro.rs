//! The introduction: what Naitei checks, how long it takes, and that nothing
//! leaves the browser.

use crate::i18n::use_i18n;
use crate::state::{make_callback, State};
use naitei_core::session::Action;
use yew::prelude::*;

/// Props: the app state.
#[derive(Properties, PartialEq, Clone)]
pub struct IntroProps {
    /// App state.
    pub state: UseReducerHandle<State>,
}

/// The first screen.
#[function_component(Intro)]
pub fn intro(props: &IntroProps) -> Html {
    let i18n = use_i18n();
    let progress = props.state.session.progress(&props.state.bank);
    let onstart = make_callback(&props.state, |_: MouseEvent| Action::Start);
    let resume = (progress.answered + progress.skipped > 0).then(|| {
        let onclick = make_callback(&props.state, |_: MouseEvent| Action::BeginQuestions);
        let label = i18n
            .fill("ui.intro.resume", &[("n", progress.answered.to_string()), ("total", progress.total.to_string())]);
        html! { <button type="button" class="naitei-button" {onclick}>{ label }</button> }
    });
    html! {
        <div class="naitei-intro">
            <h3>{ i18n.t("ui.intro.heading") }</h3>
            <p>{ i18n.t("ui.intro.lead") }</p>
            <ul class="naitei-points">
                <li>{ i18n.t("ui.intro.point_areas") }</li>
                <li>{ i18n.t("ui.intro.point_time") }</li>
                <li>{ i18n.t("ui.intro.point_private") }</li>
                <li>{ i18n.t("ui.intro.point_result") }</li>
            </ul>
            <div class="naitei-actions">
                <button type="button" class="naitei-button naitei-primary" onclick={onstart}>{ i18n.t("ui.intro.start") }</button>
                { for resume }
            </div>
        </div>
    }
}
