//! A free-text item. Japanese input methods compose text before committing it:
//! while a composition is under way the component neither saves nor re-renders
//! the text box, so the candidate's IME never loses its place or its focus, and
//! Enter that confirms a conversion is never taken for anything else.

use crate::coaches::LazyCoaches;
#[cfg(feature = "full")]
use crate::components::coach_panel::CoachPanel;
use crate::i18n::use_i18n;
use crate::same::Same;
use gloo::events::EventListener;
use naitei_core::answers::MAX_TEXT_CHARS;
use naitei_core::{AnalyserId, Stage};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Texts up to this many characters are coached at every keystroke; longer ones when typing pauses.
const COACH_AT_ONCE: usize = 2_000;
/// The pause, in milliseconds.
const COACH_PAUSE_MS: u32 = 300;

/// Props: the text so far, what reads it, and what to do when it changes.
#[derive(Properties, PartialEq, Clone)]
pub struct FreeTextProps {
    /// Item id.
    pub item: AttrValue,
    /// The text saved so far.
    pub text: AttrValue,
    /// Placeholder, if the item has one.
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// Id of the hint that describes the text box, if any.
    #[prop_or_default]
    pub described: Option<AttrValue>,
    /// The coach that reads the answer.
    pub analyser: AnalyserId,
    /// The coaches.
    pub coaches: Same<LazyCoaches>,
    /// The candidate's next stage (reverse questions are judged for it).
    pub stage: Stage,
    /// Called with the text as it changes (never mid-composition).
    pub onchange: Callback<String>,
}

fn text_of(e: &Event) -> String {
    e.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()).map(|t| t.value()).unwrap_or_default()
}

/// A text box labelled by the question.
#[function_component(FreeText)]
pub fn free_text(props: &FreeTextProps) -> Html {
    let i18n = use_i18n();
    let composing = use_mut_ref(|| false);
    let item = props.item.to_string();
    let saved = props.text.to_string();
    let save = props.onchange.clone();
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
    let near_limit = used * 10 >= MAX_TEXT_CHARS * 9;
    let dot = i18n.t("ui.export.dot");
    html! {
        <div class="naitei-text">
            <textarea id={format!("naitei-text-{item}")} rows="8" value={saved.clone()}
                aria-labelledby={format!("naitei-prompt-{item}")} aria-describedby={props.described.clone()}
                placeholder={props.placeholder.clone()} maxlength={MAX_TEXT_CHARS.to_string()} {oninput} ref={area} />
            <p class="naitei-help naitei-text-count" aria-live="off">
                { i18n.fill("ui.questions.text_count", &[("words", words.to_string()), ("chars", chars.to_string())]) }
                // The limit is shown only near it: a spoken answer is far shorter.
                if near_limit {
                    { dot }
                    { i18n.fill("ui.questions.text_limit", &[("chars", used.to_string()), ("max", MAX_TEXT_CHARS.to_string())]) }
                }
            </p>
            <p class="naitei-help naitei-text-full" aria-live="polite">
                if full { { i18n.fill("ui.questions.text_full", &[("max", MAX_TEXT_CHARS.to_string())]) } }
            </p>
            { coach(props, &coached) }
        </div>
    }
}

/// The coach under the answer (the full module; the light one hands over to it).
#[cfg(feature = "full")]
fn coach(props: &FreeTextProps, coached: &str) -> Html {
    html! { <CoachPanel coaches={props.coaches.clone()} analyser={props.analyser} stage={props.stage} text={AttrValue::from(coached.to_owned())} /> }
}

/// The coach under the answer (the full module; the light one hands over to it).
#[cfg(not(feature = "full"))]
fn coach(_: &FreeTextProps, _: &str) -> Html {
    html! { <crate::components::handover::Handover /> }
}
