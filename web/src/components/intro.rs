//! The introduction: what Naitei checks, the quick and the full check with
//! honest times (worked out by core from the texts' length), and that nothing
//! leaves the browser.

use crate::i18n::use_i18n;
use naitei_core::present::{IntroView, READ_CHARS_PER_MINUTE, READ_WORDS_PER_MINUTE};
use naitei_core::session::Scope;
use yew::prelude::*;

/// Props: the figures and what to do on each button.
#[derive(Properties, PartialEq, Clone)]
pub struct IntroProps {
    /// Answers so far and the two checks' sizes and times.
    pub view: IntroView,
    /// Starts the quick or the full check.
    pub onstart: Callback<Scope>,
    /// Goes back to the questions where the candidate left off.
    pub onresume: Callback<()>,
}

/// The first screen.
#[function_component(Intro)]
pub fn intro(props: &IntroProps) -> Html {
    let i18n = use_i18n();
    let v = props.view;
    let (full_n, full) = v.full;
    let time = match v.quick {
        Some((quick_n, quick)) => i18n.fill(
            "ui.intro.point_time",
            &[
                ("quick", quick.to_string()),
                ("quick_n", quick_n.to_string()),
                ("full", full.to_string()),
                ("full_n", full_n.to_string()),
            ],
        ),
        None => i18n.fill("ui.intro.point_time_full", &[("full", full.to_string()), ("full_n", full_n.to_string())]),
    };
    let basis = i18n.fill(
        "ui.intro.time_basis",
        &[("wpm", READ_WORDS_PER_MINUTE.to_string()), ("cpm", READ_CHARS_PER_MINUTE.to_string())],
    );
    let start = |scope: Scope| props.onstart.reform(move |_: MouseEvent| scope);
    html! {
        <div class="naitei-intro">
            <h3>{ i18n.t("ui.intro.heading") }</h3>
            <p>{ i18n.t("ui.intro.lead") }</p>
            <ul class="naitei-points">
                <li>{ i18n.t("ui.intro.point_areas") }</li>
                <li>{ crate::components::units::units(&time) }<span class="naitei-help">{ " " }{ crate::components::units::units(&basis) }</span></li>
                <li>{ i18n.t("ui.intro.point_private") }</li>
                <li>{ i18n.t("ui.intro.point_result") }</li>
            </ul>
            <div class="naitei-actions">
                if let Some((_, quick)) = v.quick {
                    <button type="button" class="naitei-button naitei-primary naitei-start-quick" onclick={start(Scope::Quick)}>
                        { i18n.fill("ui.intro.start_quick", &[("n", quick.to_string())]) }
                    </button>
                }
                <button type="button" class={classes!("naitei-button", v.quick.is_none().then_some("naitei-primary"), "naitei-start-full")} onclick={start(Scope::Full)}>
                    { i18n.fill("ui.intro.start", &[("n", full.to_string())]) }
                </button>
                if v.touched > 0 {
                    <button type="button" class="naitei-button" onclick={props.onresume.reform(|_| ())}>
                        { i18n.fill("ui.intro.resume", &[("n", v.answered.to_string()), ("total", v.total.to_string())]) }
                    </button>
                }
            </div>
        </div>
    }
}
