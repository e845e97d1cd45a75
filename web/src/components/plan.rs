//! The study plan: day by day from today to the interview, with checkboxes
//! that are saved, each module's steps, and what did not fit.

use crate::components::plan_day::PlanDayView;
use crate::i18n::use_i18n;
use naitei_core::plan::{LeftOutReason, StudyPlan};
use naitei_core::present;
use naitei_core::text::key;
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

/// Props: the plan, what is done, and what to do on a tick or to go back.
#[derive(Properties, PartialEq, Clone)]
pub struct PlanProps {
    /// The plan.
    pub plan: Rc<StudyPlan>,
    /// Keys of the tasks ticked as done.
    pub done: Rc<BTreeSet<String>>,
    /// Ticks or unticks a task.
    pub ontoggle: Callback<String>,
    /// Back to the report.
    pub onreport: Callback<()>,
}

/// The plan screen.
#[function_component(PlanView)]
pub fn plan_view(props: &PlanProps) -> Html {
    let i18n = use_i18n();
    let texts = i18n.texts();
    let plan = &*props.plan;
    let onreport = props.onreport.reform(|_: MouseEvent| ());
    let onprint = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let notes = present::plan_notes(&texts, plan);
    html! {
        <div class="naitei-plan">
            <h3>{ i18n.t("ui.plan.heading") }</h3>
            <p>{ crate::components::units::units(&present::plan_summary(&texts, plan)) }</p>
            { for notes.iter().map(|n| html! { <p class="naitei-help">{ n }</p> }) }
            <ol class="naitei-days">{ for plan.days.iter().map(|d| html! {
                <PlanDayView day={d.clone()} when={present::when(&texts, plan, d)} done={props.done.clone()} ontoggle={props.ontoggle.clone()} />
            }) }</ol>
            if !plan.other_stages.is_empty() {
                <section class="naitei-left-out" aria-labelledby="naitei-other-stages-title">
                    <h4 id="naitei-other-stages-title">{ i18n.t("ui.export.other_stages") }</h4>
                    <ul>{ for plan.other_stages.iter().map(|m| html! { <li>{ i18n.t(&key::module_title(m)) }</li> }) }</ul>
                </section>
            }
            if !plan.left_out.is_empty() {
                <section class="naitei-left-out" aria-labelledby="naitei-left-out-title">
                    <h4 id="naitei-left-out-title">{ i18n.t("ui.export.left_out") }</h4>
                    <ul>{ for plan.left_out.iter().map(|l| html! {
                        <li>
                            { i18n.fill("ui.export.with_detail", &[
                                ("title", i18n.t(&key::module_title(&l.module))),
                                ("detail", i18n.fill("ui.export.minutes", &[("n", l.minutes.to_string())])),
                            ]) }{ " – " }
                            { match &l.reason {
                                LeftOutReason::NoTime => i18n.t("ui.export.reason_time"),
                                LeftOutReason::Needs { module } => i18n.fill("ui.export.reason_needs", &[("module", i18n.t(&key::module_title(module)))]),
                            } }
                        </li>
                    }) }</ul>
                </section>
            }
            if !plan.shortened.is_empty() {
                <section class="naitei-left-out" aria-labelledby="naitei-shortened-title">
                    <h4 id="naitei-shortened-title">{ i18n.t("ui.export.shortened") }</h4>
                    <ul>{ for plan.shortened.iter().map(|s| html! {
                        <li>
                            <strong>{ i18n.t(&key::module_title(&s.module)) }</strong>
                            <ul>{ for s.left.iter().map(|step| html! { <li>{ i18n.t(&key::module_step(&s.module, step)) }</li> }) }</ul>
                        </li>
                    }) }</ul>
                </section>
            }
            <div class="naitei-actions naitei-no-print">
                <button type="button" class="naitei-button naitei-primary" onclick={onreport}>{ i18n.t("ui.plan.to_report") }</button>
                <button type="button" class="naitei-button" onclick={onprint}>{ i18n.t("ui.report.print") }</button>
            </div>
        </div>
    }
}
