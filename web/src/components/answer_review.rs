//! Every answer with the why of the options picked: the place test mode shows
//! its feedback, and a review for learning mode too.

use crate::components::coach_panel::CoachPanel;
use crate::components::feedback::{verdict, whys};
use crate::i18n::use_i18n;
use crate::state::{make_callback, State};
use naitei_core::session::{Action, Mode};
use naitei_core::text::key;
use naitei_core::Answer;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props: the app state.
#[derive(Properties, PartialEq, Clone)]
pub struct AnswerReviewProps {
    /// App state.
    pub state: UseReducerHandle<State>,
}

/// The review, open by default in test mode.
#[function_component(AnswerReview)]
pub fn answer_review(props: &AnswerReviewProps) -> Html {
    let i18n = use_i18n();
    let session = &props.state.session;
    let items = session.items(&props.state.bank);
    // The list is long (every item with its reasons): build it only once opened.
    // Test mode opens it at once, since that is where its feedback is shown.
    let open = use_state(|| session.mode == Mode::Test);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            if let Some(d) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()) {
                open.set(d.open());
            }
        })
    };
    html! {
        <section class="naitei-review" aria-labelledby="naitei-review-title">
            <details open={*open} {ontoggle}>
                <summary><h4 id="naitei-review-title">{ i18n.t("ui.report.review") }</h4></summary>
                if *open {
                <ol>{ for items.iter().enumerate().map(|(n, item)| {
                    let answer = session.answers.get(&item.id);
                    let onjump = make_callback(&props.state, move |_: MouseEvent| Action::Jump(n));
                    html! {
                        <li data-item={item.id.clone()}>
                            <p class="naitei-review-prompt">{ i18n.t(&key::item_prompt(&item.id)) }</p>
                            { match answer {
                                None | Some(Answer::Skipped) => html! { <p class="naitei-help">{ i18n.t("ui.report.skipped") }</p> },
                                Some(Answer::Text(t)) => {
                                    let analyser = match &item.kind {
                                        naitei_core::bank::ItemKind::Text { analyser } => AttrValue::from(analyser.clone()),
                                        _ => AttrValue::default(),
                                    };
                                    html! {
                                        <>
                                            <blockquote>{ t.clone() }</blockquote>
                                            <CoachPanel state={props.state.clone()} {analyser} text={AttrValue::from(t.clone())} />
                                        </>
                                    }
                                }
                                Some(a) => html! {
                                    <>
                                        if let Some(v) = verdict(item, a, &session.profile) {
                                            <p class={classes!("naitei-verdict", format!("naitei-{v}"))}>{ i18n.t(&format!("ui.feedback.{v}")) }</p>
                                        }
                                        <dl class="naitei-whys">{ for whys(&i18n, item, a).into_iter().map(|(l, w)| html! { <><dt>{ l }</dt><dd>{ w }</dd></> }) }</dl>
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
