//! One item: its prompt as the group's legend, the input for its kind, and in
//! learning mode the feedback right after answering. Focus moves to the new
//! question when the item changes, so keyboard and screen-reader users follow.

use crate::components::{
    best_worst::BestWorst, checklist::Checklist, choice::Choice, feedback::Feedback, free_text::FreeText,
    rating::Rating,
};
use crate::i18n::use_i18n;
use crate::state::State;
use naitei_core::bank::ItemKind;
use naitei_core::session::Mode;
use naitei_core::text::key;
use yew::prelude::*;

/// Props: the state and the item id.
#[derive(Properties, PartialEq, Clone)]
pub struct QuestionProps {
    /// App state.
    pub state: UseReducerHandle<State>,
    /// Item id.
    pub item: AttrValue,
}

/// The current item.
#[function_component(Question)]
pub fn question(props: &QuestionProps) -> Html {
    let i18n = use_i18n();
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(props.item.clone(), move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    let bank = &props.state.bank;
    let Some(item) = bank.item(&props.item) else { return html! {} };
    let prompt = i18n.t(&key::item_prompt(&item.id));
    let hint = i18n.find(&key::item_hint(&item.id));
    let hint_id = format!("naitei-hint-{}", item.id);
    let described = hint.as_ref().map(|_| hint_id.clone());
    let input = match &item.kind {
        ItemKind::Single(_) => {
            html! { <Choice state={props.state.clone()} item={props.item.clone()} described={described.clone()} /> }
        }
        ItemKind::Multi(_) => {
            html! { <Checklist state={props.state.clone()} item={props.item.clone()} described={described.clone()} /> }
        }
        ItemKind::Likert { .. } => {
            html! { <Rating state={props.state.clone()} item={props.item.clone()} described={described.clone()} /> }
        }
        ItemKind::BestWorst(_) => {
            html! { <BestWorst state={props.state.clone()} item={props.item.clone()} described={described.clone()} /> }
        }
        ItemKind::Text { .. } => {
            html! { <FreeText state={props.state.clone()} item={props.item.clone()} described={described.clone()} /> }
        }
    };
    let learning = props.state.session.mode == Mode::Learning;
    let prompt_id = format!("naitei-prompt-{}", item.id);
    let heading = html! { <h3 class="naitei-prompt" id={prompt_id} tabindex="-1" ref={heading}>{ prompt }</h3> };
    let hint = hint.map(|h| html! { <p class="naitei-help" id={hint_id}>{ h }</p> });
    // Option groups get a fieldset whose legend is the question; free text is labelled by it.
    let body = if matches!(item.kind, ItemKind::Text { .. }) {
        html! { <div class="naitei-group">{ heading }{ for hint }{ input }</div> }
    } else {
        html! { <fieldset class="naitei-group"><legend>{ heading }</legend>{ for hint }{ input }</fieldset> }
    };
    html! {
        <article class="naitei-question" data-item={item.id.clone()} data-kind={item.kind.id()}>
            { body }
            if learning {
                <Feedback state={props.state.clone()} item={props.item.clone()} />
            }
        </article>
    }
}
