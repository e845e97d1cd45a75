//! A free-text item. Japanese input methods compose text before committing it:
//! while a composition is under way the component neither saves nor re-renders
//! the text box, so the candidate's IME never loses its place or its focus, and
//! Enter that confirms a conversion is never taken for anything else.

use crate::components::choice::OptionsProps;
use crate::components::coach_panel::CoachPanel;
use crate::i18n::use_i18n;
use gloo::events::EventListener;
use naitei_core::session::Action;
use naitei_core::text::key;
use naitei_core::Answer;
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn text_of(e: &Event) -> String {
    e.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()).map(|t| t.value()).unwrap_or_default()
}

/// A text box labelled by the question.
#[function_component(FreeText)]
pub fn free_text(props: &OptionsProps) -> Html {
    let i18n = use_i18n();
    let composing = use_mut_ref(|| false);
    let item = props.item.to_string();
    let saved = match props.state.session.answers.get(&item) {
        Some(Answer::Text(t)) => t.clone(),
        _ => String::new(),
    };
    let save = {
        let (state, item) = (props.state.clone(), item.clone());
        Callback::from(move |text: String| state.dispatch(Action::Answer(item.clone(), Answer::Text(text))))
    };
    let oninput = {
        let (composing, save) = (composing.clone(), save.clone());
        Callback::from(move |e: InputEvent| {
            if !*composing.borrow() && !e.is_composing() {
                save.emit(text_of(&e));
            }
        })
    };
    // Yew has no composition listeners: attach them to the element directly.
    let area = use_node_ref();
    {
        let (area, composing, save) = (area.clone(), composing.clone(), save.clone());
        use_effect_with(item.clone(), move |_| {
            let listeners = area.cast::<web_sys::HtmlTextAreaElement>().map(|target| {
                let start = {
                    let composing = composing.clone();
                    EventListener::new(&target, "compositionstart", move |_| *composing.borrow_mut() = true)
                };
                let end = EventListener::new(&target, "compositionend", move |e| {
                    *composing.borrow_mut() = false;
                    save.emit(text_of(e));
                });
                (start, end)
            });
            move || drop(listeners)
        });
    }
    let placeholder = i18n.find(&key::item_placeholder(&item));
    let analyser = match props.state.bank.item(&item).map(|i| &i.kind) {
        Some(naitei_core::bank::ItemKind::Text { analyser }) => AttrValue::from(analyser.clone()),
        _ => AttrValue::default(),
    };
    let words = saved.split_whitespace().count();
    let chars = saved.chars().filter(|c| !c.is_whitespace()).count();
    html! {
        <div class="naitei-text">
            <textarea id={format!("naitei-text-{item}")} rows="8" value={saved.clone()}
                aria-labelledby={format!("naitei-prompt-{item}")} aria-describedby={props.described.clone()}
                placeholder={placeholder} {oninput} ref={area} />
            <p class="naitei-help" aria-live="off">{ i18n.fill("ui.questions.text_count", &[("words", words.to_string()), ("chars", chars.to_string())]) }</p>
            <CoachPanel state={props.state.clone()} analyser={analyser} text={saved.clone()} />
        </div>
    }
}
