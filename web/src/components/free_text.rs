//! A free-text item. Japanese input methods compose text before committing it:
//! while a composition is under way the component neither saves nor re-renders
//! the text box, so the candidate's IME never loses its place or its focus, and
//! Enter that confirms a conversion is never taken for anything else.
//!
//! The box takes at most [`MAX_TEXT_CHARS`] characters (the limit imports and
//! share links keep), counted as the browser counts them, with a counter and a
//! message at the limit. A long text is coached once typing pauses, so every
//! keystroke stays quick.

use crate::components::choice::OptionsProps;
use crate::components::coach_panel::CoachPanel;
use crate::i18n::use_i18n;
use gloo::events::EventListener;
use naitei_core::answers::MAX_TEXT_CHARS;
use naitei_core::session::Action;
use naitei_core::text::key;
use naitei_core::Answer;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Texts up to this many characters are coached at every keystroke; longer ones when typing pauses.
const COACH_AT_ONCE: usize = 2_000;
/// The pause, in milliseconds.
const COACH_PAUSE_MS: u32 = 300;

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
    // The coach follows a long text once typing pauses.
    let coached = {
        let saved = saved.clone();
        use_state(move || saved)
    };
    let pause = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    {
        let (coached, pause) = (coached.clone(), pause.clone());
        use_effect_with(saved.clone(), move |text| {
            let text = text.clone();
            if text.len() <= COACH_AT_ONCE {
                *pause.borrow_mut() = None;
                coached.set(text);
            } else if *coached != text {
                *pause.borrow_mut() =
                    Some(gloo::timers::callback::Timeout::new(COACH_PAUSE_MS, move || coached.set(text)));
            }
        });
    }
    let words = saved.split_whitespace().count();
    let chars = saved.chars().filter(|c| !c.is_whitespace()).count();
    // Counted as the browser's maxlength counts (UTF-16 units), so the counter stops where typing does.
    let used = saved.encode_utf16().count();
    let full = used >= MAX_TEXT_CHARS;
    html! {
        <div class="naitei-text">
            <textarea id={format!("naitei-text-{item}")} rows="8" value={saved.clone()}
                aria-labelledby={format!("naitei-prompt-{item}")} aria-describedby={props.described.clone()}
                placeholder={placeholder} maxlength={MAX_TEXT_CHARS.to_string()} {oninput} ref={area} />
            <p class="naitei-help naitei-text-count" aria-live="off">
                { i18n.fill("ui.questions.text_count", &[("words", words.to_string()), ("chars", chars.to_string())]) }
                { " · " }
                { i18n.fill("ui.questions.text_limit", &[("chars", used.to_string()), ("max", MAX_TEXT_CHARS.to_string())]) }
            </p>
            <p class="naitei-help naitei-text-full" aria-live="polite">
                if full { { i18n.fill("ui.questions.text_full", &[("max", MAX_TEXT_CHARS.to_string())]) } }
            </p>
            <CoachPanel state={props.state.clone()} analyser={analyser} text={(*coached).clone()} />
        </div>
    }
}
