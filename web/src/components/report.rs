//! The readiness report: overall score and band with its legend, the five
//! areas (chart and table), stage readiness, flags, strengths and risks, and a
//! review of every answer.

use crate::components::{answer_review::AnswerReview, flags::Flags, points::Points, radar::Radar, stages::Stages};
use crate::i18n::use_i18n;
use crate::state::{make_callback, State};
use naitei_core::session::Action;
use naitei_core::text::key;
use naitei_core::{Area, Evaluation};
use std::rc::Rc;
use yew::prelude::*;

/// Props: the state and the evaluation.
#[derive(Properties, PartialEq, Clone)]
pub struct ReportProps {
    /// App state.
    pub state: UseReducerHandle<State>,
    /// The evaluation.
    pub evaluation: Rc<Evaluation>,
}

fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The report screen.
#[function_component(ReportView)]
pub fn report_view(props: &ReportProps) -> Html {
    let i18n = use_i18n();
    let r = &props.evaluation.report;
    let onplan = make_callback(&props.state, |_: MouseEvent| Action::ShowPlan);
    let onretake = make_callback(&props.state, |_: MouseEvent| Action::Retake);
    let onprofile = make_callback(&props.state, |_: MouseEvent| Action::EditProfile);
    let onquestions = make_callback(&props.state, |_: MouseEvent| Action::Jump(0));
    let onprint = Callback::from(|_: MouseEvent| print());
    let stage_name = i18n.t(&key::stage_name(r.next_stage));

    let Some(overall) = r.overall else {
        return html! {
            <div class="naitei-report">
                <h3>{ i18n.t("ui.report.heading") }</h3>
                <p class="naitei-empty">{ i18n.t("ui.report.no_score") }</p>
                <div class="naitei-actions naitei-no-print">
                    <button type="button" class="naitei-button naitei-primary" onclick={onquestions}>{ i18n.t("ui.report.answer") }</button>
                </div>
            </div>
        };
    };
    let band = r.band.clone().unwrap_or_default();
    let weights: Vec<String> =
        Area::ALL.iter().map(|a| format!("{} {}%", i18n.t(&key::area_name(*a)), r.method.weights.get(*a))).collect();
    html! {
        <div class="naitei-report">
            <h3>{ i18n.t("ui.report.heading") }</h3>
            <section class="naitei-summary" aria-labelledby="naitei-overall">
                <p class="naitei-overall" id="naitei-overall">
                    <span class="naitei-score">{ i18n.score(overall) }</span>
                    <span class="naitei-out-of">{ " / 100" }</span>
                    <span class={classes!("naitei-band", format!("naitei-band-{band}"))}>{ i18n.t(&key::band_name(&band)) }</span>
                </p>
                <p>{ i18n.fill("ui.report.for_stage", &[("stage", stage_name)]) }</p>
                <p>{ i18n.t(&key::band_legend(&band)) }</p>
                <div class="naitei-legend">
                    <h4>{ i18n.t("ui.report.how") }</h4>
                    <p>{ i18n.fill("ui.report.method", &[("answered", r.answered.to_string()), ("applicable", r.applicable.to_string())]) }</p>
                    <p>{ i18n.fill("ui.report.weights", &[("weights", weights.join(", "))]) }</p>
                    <ul>{ for r.method.bands.iter().map(|b| html! {
                        <li class={classes!((b.id == band).then_some("naitei-current-band"))}>{ i18n.t(&key::band_legend(&b.id)) }</li>
                    }) }</ul>
                </div>
            </section>
            <section class="naitei-areas" aria-labelledby="naitei-areas-title">
                <h4 id="naitei-areas-title">{ i18n.t("ui.report.areas") }</h4>
                <div class="naitei-chart-and-table">
                    <Radar areas={r.areas.clone()} />
                    <table class="naitei-table">
                        <caption>{ i18n.t("ui.report.areas_table") }</caption>
                        <thead><tr>
                            <th scope="col">{ i18n.t("ui.report.area") }</th>
                            <th scope="col">{ i18n.t("ui.report.score") }</th>
                            <th scope="col">{ i18n.t("ui.report.coverage") }</th>
                        </tr></thead>
                        <tbody>{ for r.areas.iter().map(|a| html! {
                            <tr>
                                <th scope="row">{ i18n.t(&key::area_name(a.area)) }</th>
                                <td>{ a.score.map(|s| i18n.score(s)).unwrap_or_else(|| "–".into()) }</td>
                                <td>
                                    { i18n.fill("ui.report.answered_of", &[("n", a.answered.to_string()), ("total", a.applicable.to_string())]) }
                                    if a.low_confidence { <span class="naitei-low">{ i18n.t("ui.report.low_confidence") }</span> }
                                </td>
                            </tr>
                        }) }</tbody>
                    </table>
                </div>
                <ul class="naitei-narratives">{ for r.areas.iter().filter_map(|a| a.band.as_ref().map(|b| html! {
                    <li><strong>{ i18n.t(&key::area_name(a.area)) }</strong>{ " " }{ i18n.t(&key::area_band(a.area, b)) }</li>
                })) }</ul>
            </section>
            <Stages report={r.clone()} />
            <Points report={r.clone()} bank={props.state.bank.clone()} />
            <Flags report={r.clone()} />
            <AnswerReview state={props.state.clone()} />
            <div class="naitei-actions naitei-no-print">
                <button type="button" class="naitei-button naitei-primary" onclick={onplan}>{ i18n.t("ui.report.to_plan") }</button>
                <button type="button" class="naitei-button" onclick={onprint}>{ i18n.t("ui.report.print") }</button>
                <button type="button" class="naitei-button" onclick={onprofile}>{ i18n.t("ui.report.edit_profile") }</button>
                <button type="button" class="naitei-button" onclick={onretake}>{ i18n.t("ui.report.retake") }</button>
            </div>
        </div>
    }
}
