//! Every answer with the why of the options picked: the place test mode shows
//! its feedback, and a review for learning mode too. Built from core's
//! `present::review`.

use crate::coaches::LazyCoaches;
use crate::components::coach_panel::CoachPanel;
use crate::i18n::use_i18n;
use crate::same::Same;
use naitei_core::present::{ReviewAnswer, ReviewItem};
use naitei_core::Stage;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props: the answers to review, and how to go back to one.
#[derive(Properties, PartialEq, Clone)]
pub struct AnswerReviewProps {
    /// The items with their answers, built only when the review is opened.
    pub items: Callback<(), Rc<Vec<ReviewItem>>>,
    /// Open at first (test mode shows its feedback here).
    pub open: bool,
    /// The coaches, for free-text answers.
    pub coaches: Same<LazyCoaches>,
    /// The candidate's next stage.
    pub stage: Stage,
    /// Goes back to the item at this position.
    pub onjump: Callback<usize>,
}

/// The review.
#[function_component(AnswerReview)]
pub fn answer_review(props: &AnswerReviewProps) -> Html {
    let i18n = use_i18n();
    // The list is long (every item with its reasons): build it only once opened.
    let open = use_state(|| props.open);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            if let Some(d) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()) {
                open.set(d.open());
            }
        })
    };
    let items = if *open { props.items.emit(()) } else { Rc::new(Vec::new()) };
    html! {
        <section class="naitei-review" aria-labelledby="naitei-review-title">
            <details open={*open} {ontoggle}>
                <summary><h4 id="naitei-review-title">{ i18n.t("ui.report.review") }</h4></summary>
                if *open {
                <ol>{ for items.iter().map(|r| {
                    let at = r.position;
                    let onjump = props.onjump.reform(move |_: MouseEvent| at);
                    html! {
                        <li data-item={r.item.clone()}>
                            <p class="naitei-review-prompt">{ &r.prompt }</p>
                            { match &r.answer {
                                ReviewAnswer::Skipped => html! { <p class="naitei-help">{ i18n.t("ui.report.skipped") }</p> },
                                ReviewAnswer::Text(t, analyser) => html! {
                                    <>
                                        <blockquote>{ t.clone() }</blockquote>
                                        <CoachPanel coaches={props.coaches.clone()} analyser={*analyser} stage={props.stage} text={AttrValue::from(t.clone())} />
                                    </>
                                },
                                ReviewAnswer::Judged(v) => html! {
                                    <>
                                        if let Some(verdict) = v.verdict {
                                            <p class={classes!("naitei-verdict", format!("naitei-{}", verdict.id()))}>{ i18n.t(&format!("ui.feedback.{}", verdict.id())) }</p>
                                        }
                                        <dl class="naitei-whys">{ for v.lines.iter().map(|(l, w)| html! { <><dt>{ l }</dt><dd>{ w }</dd></> }) }</dl>
                                        if !v.missed.is_empty() {
                                            <p class="naitei-missed-title">{ i18n.t("ui.feedback.missed") }</p>
                                            <dl class="naitei-whys naitei-missed">{ for v.missed.iter().map(|(l, w)| html! { <><dt>{ l }</dt><dd>{ w }</dd></> }) }</dl>
                                        }
                                    </>
                                },
                            } }
                            <button type="button" class="naitei-link naitei-no-print" onclick={onjump}>{ i18n.t("ui.report.change_answer") }</button>
                        </li>
                    }
                }) }</ol>
                }
            </details>
        </section>
    }
}
