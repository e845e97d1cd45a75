//! Learning-mode feedback: right after an answer, why the chosen options are
//! strong or weak, and for a checklist that is not strong the good habits it
//! missed. The words and the verdict come from core (`present::FeedbackView`).
//! The live region exists before any answer so screen readers announce it.

use crate::i18n::use_i18n;
use naitei_core::present::FeedbackView;
use yew::prelude::*;

/// Props: the feedback, and how to ask for a checklist's feedback.
#[derive(Properties, PartialEq, Clone)]
pub struct FeedbackProps {
    /// The feedback (empty while nothing is answered).
    pub view: FeedbackView,
    /// Shows a checklist's feedback (its ticks then count as the answer).
    pub onreveal: Callback<()>,
}

/// Feedback under the current item.
#[function_component(Feedback)]
pub fn feedback(props: &FeedbackProps) -> Html {
    let i18n = use_i18n();
    let v = &props.view;
    let lines = |class: &'static str, lines: &[(String, String)]| {
        html! {
            <dl class={classes!("naitei-whys", class)}>
                { for lines.iter().map(|(label, why)| html! { <><dt>{ label }</dt><dd>{ why }</dd></> }) }
            </dl>
        }
    };
    // The reasons are in the rest of the texts, fetched right after the first render.
    if !i18n.complete && (!v.lines.is_empty() || !v.missed.is_empty()) {
        return html! {
            <div class="naitei-feedback" aria-live="polite">
                <p class="naitei-loading" role="status">{ i18n.waiting() }</p>
            </div>
        };
    }
    html! {
        <div class="naitei-feedback" aria-live="polite">
            if v.waiting {
                <button type="button" class="naitei-button naitei-reveal" onclick={props.onreveal.reform(|_| ())}>
                    { i18n.t("ui.questions.check") }
                </button>
            }
            if let Some(verdict) = v.verdict {
                <p class={classes!("naitei-verdict", format!("naitei-{}", verdict.id()))}>{ i18n.t(&format!("ui.feedback.{}", verdict.id())) }</p>
            }
            if !v.lines.is_empty() { { lines("naitei-picked", &v.lines) } }
            if !v.missed.is_empty() {
                <p class="naitei-missed-title">{ i18n.t("ui.feedback.missed") }</p>
                { lines("naitei-missed", &v.missed) }
            }
        </div>
    }
}
