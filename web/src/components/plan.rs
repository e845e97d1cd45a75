//! The study plan: day by day from today to the interview, with checkboxes
//! that are saved, each module's steps, and what did not fit.

use crate::components::plan_day::PlanDayView;
use crate::i18n::use_i18n;
use naitei_core::plan::{Assumed, LeftOutReason, MissedReason, PlanKind, StudyPlan};
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
    let assumed = plan.assumed.map(|a| match a {
        Assumed::NoDate => i18n.t("ui.export.no_date"),
        Assumed::DateInPast => i18n.t("ui.export.date_in_past"),
    });
    html! {
        <div class="naitei-plan">
            <h3>{ i18n.t("ui.plan.heading") }</h3>
            <p>{ crate::components::units::units(&present::plan_summary(&texts, plan)) }</p>
            if let Some(a) = assumed { <p class="naitei-help">{ a }</p> }
            { match plan.kind {
                PlanKind::Starter => html! { <p class="naitei-plan-kind">{ i18n.t("ui.export.plan_starter") }</p> },
                PlanKind::Maintenance => html! { <p class="naitei-plan-kind">{ i18n.t("ui.export.plan_maintenance") }</p> },
                PlanKind::Focused => html! {},
            } }
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
                            <strong>{ i18n.t(&key::module_title(&s.module)) }</strong>{ ": " }
                            { s.left.iter().map(|step| i18n.t(&key::module_step(&s.module, step))).collect::<Vec<_>>().join(" / ") }
                        </li>
                    }) }</ul>
                </section>
            }
            { for [(MissedReason::Passed, "ui.export.missed"), (MissedReason::NoTime, "ui.export.missed_no_time")].into_iter().filter_map(|(reason, k)| {
                let titles: Vec<String> = plan.missed_milestones.iter().filter(|m| m.reason == reason)
                    .map(|m| i18n.t(&key::milestone_title(&m.milestone))).collect();
                (!titles.is_empty()).then(|| html! { <p class="naitei-help">{ i18n.fill(k, &[("milestones", titles.join(", "))]) }</p> })
            }) }
            <div class="naitei-actions naitei-no-print">
                <button type="button" class="naitei-button naitei-primary" onclick={onreport}>{ i18n.t("ui.plan.to_report") }</button>
                <button type="button" class="naitei-button" onclick={onprint}>{ i18n.t("ui.report.print") }</button>
            </div>
        </div>
    }
}
