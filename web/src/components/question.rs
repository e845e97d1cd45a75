//! One item: its prompt as the group's legend, the input for its kind, and in
//! learning mode the feedback right after answering. Everything shown comes
//! from core's `present::QuestionView`; answers go out through callbacks.
//! Focus moves to a new question only after the candidate acted (never on
//! load, so a host page is not scrolled to the widget).

use crate::coaches::LazyCoaches;
use crate::components::{
    best_worst::BestWorst, checklist::Checklist, choice::Choice, feedback::Feedback, free_text::FreeText,
    rating::Rating,
};
use crate::same::Same;
use naitei_core::present::{Picked, QuestionView};
use naitei_core::{Answer, Stage};
use std::rc::Rc;
use yew::prelude::*;

/// Props: what to show and what to do with each kind of answer.
#[derive(Properties, PartialEq, Clone)]
pub struct QuestionProps {
    /// The question.
    pub view: Rc<QuestionView>,
    /// The coaches (free-text items).
    pub coaches: Same<LazyCoaches>,
    /// The candidate's next stage.
    pub stage: Stage,
    /// A single choice, rating or text.
    pub onanswer: Callback<Answer>,
    /// A checklist tick.
    pub ontoggle: Callback<String>,
    /// A best pick.
    pub onbest: Callback<String>,
    /// A worst pick.
    pub onworst: Callback<String>,
    /// Asks for a checklist's feedback.
    pub onreveal: Callback<()>,
    /// Whether to move focus to the prompt when the item changes.
    #[prop_or_default]
    pub focus: bool,
}

/// The current item.
#[function_component(Question)]
pub fn question(props: &QuestionProps) -> Html {
    let v = &props.view;
    let heading = use_node_ref();
    {
        let (heading, focus) = (heading.clone(), props.focus);
        use_effect_with(v.item.clone(), move |_| {
            if focus {
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    }
    let item = AttrValue::from(v.item.clone());
    let hint_id = format!("naitei-hint-{}", v.item);
    let described = v.hint.as_ref().map(|_| AttrValue::from(hint_id.clone()));
    let options = Rc::new(v.options.clone());
    let input = match (v.kind, &v.picked) {
        ("single", picked) => {
            let chosen = match picked {
                Picked::One(o) => Some(AttrValue::from(o.clone())),
                _ => None,
            };
            let onchoose = props.onanswer.reform(Answer::Choice);
            html! { <Choice {item} {options} {chosen} {onchoose} {described} /> }
        }
        ("multi", picked) => {
            let ticked = Rc::new(match picked {
                Picked::Ticked(t) => t.clone(),
                _ => Vec::new(),
            });
            html! { <Checklist {item} {options} {ticked} ontoggle={props.ontoggle.clone()} {described} /> }
        }
        ("likert", picked) => {
            let rating = match picked {
                Picked::Rating(r) => Some(*r),
                _ => None,
            };
            let onrate = props.onanswer.reform(Answer::Rating);
            html! { <Rating {item} {options} {rating} {onrate} {described} /> }
        }
        ("best_worst", picked) => {
            let (best, worst) = match picked {
                Picked::BestWorst { best, worst } => {
                    (best.clone().map(AttrValue::from), worst.clone().map(AttrValue::from))
                }
                _ => (None, None),
            };
            html! { <BestWorst {item} {options} {best} {worst} onbest={props.onbest.clone()} onworst={props.onworst.clone()} {described} /> }
        }
        (_, picked) => {
            let text = match picked {
                Picked::Text(t) => AttrValue::from(t.clone()),
                _ => AttrValue::default(),
            };
            let analyser = v.analyser.unwrap_or(naitei_core::AnalyserId::Star);
            let placeholder = v.placeholder.clone().map(AttrValue::from);
            let onchange = props.onanswer.reform(Answer::Text);
            html! { <FreeText {item} {text} {placeholder} {described} {analyser} coaches={props.coaches.clone()} stage={props.stage} {onchange} /> }
        }
    };
    let prompt_id = format!("naitei-prompt-{}", v.item);
    let heading = html! { <h3 class="naitei-prompt" id={prompt_id} tabindex="-1" ref={heading}>{ &v.prompt }</h3> };
    let hint = v.hint.as_ref().map(|h| html! { <p class="naitei-help" id={hint_id}>{ h }</p> });
    // Option groups get a fieldset whose legend is the question; free text is labelled by it.
    let body = if v.kind == "text" {
        html! { <div class="naitei-group">{ heading }{ for hint }{ input }</div> }
    } else {
        html! { <fieldset class="naitei-group"><legend>{ heading }</legend>{ for hint }{ input }</fieldset> }
    };
    html! {
        <article class="naitei-question" data-item={v.item.clone()} data-kind={v.kind}>
            { body }
            if let Some(view) = v.feedback.clone() {
                <Feedback {view} onreveal={props.onreveal.clone()} />
            }
        </article>
    }
}
