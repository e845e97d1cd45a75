//! One day of the plan: its tasks, with a saved checkbox per step or milestone.

use crate::i18n::use_i18n;
use crate::state::{make_callback, State};
use naitei_core::plan::{PlanDay, Task};
use naitei_core::session::Action;
use naitei_core::text::key;
use yew::prelude::*;

/// Props: the state and the day.
#[derive(Properties, PartialEq, Clone)]
pub struct PlanDayProps {
    /// App state.
    pub state: UseReducerHandle<State>,
    /// The day.
    pub day: PlanDay,
}

/// A day.
#[function_component(PlanDayView)]
pub fn plan_day_view(props: &PlanDayProps) -> Html {
    let i18n = use_i18n();
    let day = &props.day;
    let done = &props.state.session.done;
    let when = naitei_core::present::when(&i18n.texts(), day);
    let checkbox = |key: String, label: Html| {
        let id = format!("naitei-done-{}-{}", day.date, key.replace('/', "-"));
        let toggle_key = key.clone();
        let onchange = make_callback(&props.state, move |_: Event| Action::ToggleDone(toggle_key.clone()));
        html! {
            <div class="naitei-option">
                <input type="checkbox" id={id.clone()} checked={done.contains(&key)} {onchange} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    html! {
        <li class="naitei-day">
            <h4>{ crate::i18n::date(&i18n, day.date) }<span class="naitei-tag">{ when }</span>
                <span class="naitei-minutes">{ i18n.fill("ui.plan.minutes", &[("n", day.minutes.to_string())]) }</span></h4>
            <ul class="naitei-tasks">{ for day.tasks.iter().map(|t| match t {
                Task::Module { module, part, parts, minutes, steps, partial } => html! {
                    <li class="naitei-task">
                        <p class="naitei-task-title">
                            <strong>{ i18n.t(&key::module_title(module)) }</strong>
                            if *parts > 1 { { format!(" ({})", i18n.fill("ui.plan.part", &[("n", part.to_string()), ("of", parts.to_string())])) } }
                            if *partial { { format!(" ({})", i18n.t("ui.export.partial")) } }
                            { format!(" · {}", i18n.fill("ui.export.minutes", &[("n", minutes.to_string())])) }
                        </p>
                        if *part == 1 { <p class="naitei-help">{ i18n.t(&key::module_summary(module)) }</p> }
                        { for steps.iter().map(|s| checkbox(format!("{module}/{s}"), html! { { i18n.t(&key::module_step(module, s)) } })) }
                        if steps.is_empty() { <p class="naitei-help">{ i18n.t("ui.plan.continue") }</p> }
                    </li>
                },
                Task::Milestone { milestone, short, .. } => html! {
                    <li class="naitei-task naitei-milestone">
                        { checkbox(format!("milestone/{milestone}"), html! {
                            <><strong>{ i18n.t(&key::milestone_title(milestone)) }</strong>
                            if *short { { format!(" ({})", i18n.t("ui.export.short")) } }
                            { " – " }{ i18n.t(&key::milestone_detail(milestone)) }</>
                        }) }
                    </li>
                },
                Task::Answer { sections, items, minutes } => html! {
                    <li class="naitei-task naitei-answer-task">
                        <p class="naitei-task-title"><strong>{
                            i18n.fill(&naitei_core::present::plural(&i18n.texts(), "ui.export.answer_task", u32::from(*items)), &[
                                ("n", items.to_string()),
                                ("sections", sections.iter().map(|s| i18n.t(&key::section_title(s))).collect::<Vec<_>>().join(", ")),
                            ])
                        }</strong>{ format!(" · {}", i18n.fill("ui.export.minutes", &[("n", minutes.to_string())])) }</p>
                    </li>
                },
            }) }</ul>
        </li>
    }
}
