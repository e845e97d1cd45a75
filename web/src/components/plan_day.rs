//! One day of the plan: its tasks, with a saved checkbox per step or milestone.
//! Every word comes from core's `present::task`, as in the Markdown and the calendar.

use crate::components::units::units;
use crate::i18n::use_i18n;
use naitei_core::plan::{PlanDay, Task};
use naitei_core::present;
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

/// Props: the day, where it sits ("3 days before the interview"), what is done.
#[derive(Properties, PartialEq, Clone)]
pub struct PlanDayProps {
    /// The day.
    pub day: PlanDay,
    /// Where the day sits, in words.
    pub when: AttrValue,
    /// Keys of the tasks ticked as done (`module/step`, `milestone/<id>`).
    pub done: Rc<BTreeSet<String>>,
    /// Called with a task's key when it is ticked or unticked.
    pub ontoggle: Callback<String>,
}

/// A day.
#[function_component(PlanDayView)]
pub fn plan_day_view(props: &PlanDayProps) -> Html {
    let i18n = use_i18n();
    let texts = i18n.texts();
    let day = &props.day;
    let done = &props.done;
    let checkbox = |key: &str, label: Html| {
        let id = format!("naitei-done-{}-{}", day.date, key.replace('/', "-"));
        let toggle_key = key.to_owned();
        let onchange = props.ontoggle.reform(move |_: Event| toggle_key.clone());
        html! {
            <div class="naitei-option">
                <input type="checkbox" id={id.clone()} checked={done.contains(key)} {onchange} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    html! {
        <li class="naitei-day">
            <h4>{ units(&present::date(&texts, day.date)) }<span class="naitei-tag">{ units(&props.when) }</span>
                <span class="naitei-minutes naitei-nowrap">{ i18n.fill("ui.export.minutes", &[("n", day.minutes.to_string())]) }</span></h4>
            <ul class="naitei-tasks">{ for day.tasks.iter().map(|t| {
                let v = present::task(&texts, t);
                let about = (!v.about.is_empty()).then(|| units(&format!(" · {}", v.about)));
                match t {
                    Task::Module { .. } => html! {
                        <li class="naitei-task">
                            <p class="naitei-task-title"><strong>{ v.title.clone() }</strong>{ for about }</p>
                            if let Some(summary) = v.summary.clone() { <p class="naitei-help">{ summary }</p> }
                            { for v.checks.iter().map(|(k, step)| checkbox(k, html! { { step.clone() } })) }
                        </li>
                    },
                    Task::Milestone { .. } => html! {
                        <li class="naitei-task naitei-milestone">
                            { for v.checks.first().map(|(k, _)| checkbox(k, html! {
                                <><strong>{ v.title.clone() }</strong>{ for about.clone() }{ " – " }{ v.detail.clone().unwrap_or_default() }</>
                            })) }
                        </li>
                    },
                    Task::Answer { .. } => html! {
                        <li class="naitei-task naitei-answer-task">
                            <p class="naitei-task-title"><strong>{ v.title.clone() }</strong>{ for about }</p>
                        </li>
                    },
                }
            }) }</ul>
        </li>
    }
}
