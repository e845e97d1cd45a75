//! The introduction: what Naitei checks, the quick and the full check with
//! honest times (worked out by core from the texts' length), and that nothing
//! leaves the browser.

use crate::i18n::use_i18n;
use crate::state::State;
use naitei_core::present;
use naitei_core::session::{Action, Mode, Scope};
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
    let texts = i18n.texts();
    let session = &props.state.session;
    let bank = &props.state.bank;
    let progress = session.progress(bank);
    let learning = session.mode == Mode::Learning;
    let count = |scope: Scope| {
        let items = naitei_core::session::Session { scope, ..session.clone() }.items(bank);
        (items.len(), present::minutes_to_answer(&texts, i18n.lang, &items, learning))
    };
    let (full_n, full) = count(Scope::Full);
    let (quick_n, quick) = count(Scope::Quick);
    let has_quick = quick_n < full_n;
    let start = |scope: Scope| {
        let state = props.state.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::SetScope(scope));
            state.dispatch(Action::Start);
        })
    };
    let resume = (progress.answered + progress.skipped > 0).then(|| {
        let state = props.state.clone();
        let onclick = Callback::from(move |_: MouseEvent| state.dispatch(Action::BeginQuestions));
        let label = i18n
            .fill("ui.intro.resume", &[("n", progress.answered.to_string()), ("total", progress.total.to_string())]);
        html! { <button type="button" class="naitei-button" {onclick}>{ label }</button> }
    });
    let time = if has_quick {
        i18n.fill(
            "ui.intro.point_time",
            &[
                ("quick", quick.to_string()),
                ("quick_n", quick_n.to_string()),
                ("full", full.to_string()),
                ("full_n", full_n.to_string()),
            ],
        )
    } else {
        i18n.fill("ui.intro.point_time_full", &[("full", full.to_string()), ("full_n", full_n.to_string())])
    };
    let basis = i18n.fill(
        "ui.intro.time_basis",
        &[("wpm", present::WORDS_PER_MINUTE.to_string()), ("cpm", present::CHARS_PER_MINUTE.to_string())],
    );
    html! {
        <div class="naitei-intro">
            <h3>{ i18n.t("ui.intro.heading") }</h3>
            <p>{ i18n.t("ui.intro.lead") }</p>
            <ul class="naitei-points">
                <li>{ i18n.t("ui.intro.point_areas") }</li>
                <li>{ time }<span class="naitei-help">{ " " }{ basis }</span></li>
                <li>{ i18n.t("ui.intro.point_private") }</li>
                <li>{ i18n.t("ui.intro.point_result") }</li>
            </ul>
            <div class="naitei-actions">
                if has_quick {
                    <button type="button" class="naitei-button naitei-primary naitei-start-quick" onclick={start(Scope::Quick)}>
                        { i18n.fill("ui.intro.start_quick", &[("n", quick.to_string())]) }
                    </button>
                }
                <button type="button" class={classes!("naitei-button", (!has_quick).then_some("naitei-primary"), "naitei-start-full")} onclick={start(Scope::Full)}>
                    { i18n.fill("ui.intro.start", &[("n", full.to_string())]) }
                </button>
                { for resume }
            </div>
        </div>
    }
}
