//! The body of a report: overall score and band with its legend, the five
//! areas (chart and table), stage readiness, strengths and risks, and flags.
//! Shown for the candidate's own results and, read-only, for a shared link.

use crate::components::{flags::Flags, points::Points, radar::Radar, stages::Stages};
use crate::i18n::use_i18n;
use naitei_core::present;
use naitei_core::report::Missing;
use naitei_core::text::key;
use naitei_core::{Area, Report};
use std::rc::Rc;
use yew::prelude::*;

/// Props: the report.
#[derive(Properties, PartialEq, Clone)]
pub struct ReportBodyProps {
    /// The report.
    pub report: Rc<Report>,
}

/// Everything in a report except actions.
#[function_component(ReportBody)]
pub fn report_body(props: &ReportBodyProps) -> Html {
    let i18n = use_i18n();
    let r = &*props.report;
    let texts = i18n.texts();
    let stage_name = i18n.t(&key::stage_name(r.next_stage));
    let band = r.band.clone().unwrap_or_default();
    let weights: Vec<String> =
        Area::ALL.iter().map(|a| format!("{} {}%", i18n.t(&key::area_name(*a)), r.method.weights.get(*a))).collect();
    let verdict = match r.overall {
        Some(overall) => html! {
            <>
                <p class="naitei-overall" id="naitei-overall">
                    <span class="naitei-score">{ i18n.score(overall) }</span>
                    <span class="naitei-out-of">{ " / 100" }</span>
                    <span class={classes!("naitei-band", format!("naitei-band-{band}"))}>{ i18n.t(&key::band_name(&band)) }</span>
                </p>
                <p>{ i18n.fill("ui.report.for_stage", &[("stage", stage_name.clone())]) }</p>
                if !r.limited_by.is_empty() {
                    <p class="naitei-limited">{ present::limited_by(&texts, r.stages.iter().find(|s| s.stage == r.next_stage).and_then(|s| s.before_limits).unwrap_or(overall), overall, &r.limited_by) }</p>
                }
                <p>{ i18n.t(&key::band_legend(&band)) }</p>
            </>
        },
        None => html! {
            <p class="naitei-overall naitei-missing" id="naitei-overall">{ r.stages.iter().find(|s| s.stage == r.next_stage).map(|s| present::missing_for(&texts, s)).unwrap_or_default() }</p>
        },
    };
    html! {
        <>
            <section class="naitei-summary" aria-labelledby="naitei-overall">
                { verdict }
                <div class="naitei-legend">
                    <h4>{ i18n.t("ui.report.how") }</h4>
                    <p>{ i18n.fill("ui.report.method", &[("answered", r.answered.to_string()), ("applicable", r.applicable.to_string())]) }</p>
                    <p>{ i18n.fill("ui.report.weights", &[("weights", weights.join(", "))]) }</p>
                    <ul>{ for r.method.bands.iter().map(|b| html! {
                        <li class={classes!((b.id == band).then_some("naitei-current-band"))}>{ i18n.t(&key::band_legend(&b.id)) }</li>
                    }) }</ul>
                    <ul>{ for r.method.limits.iter().map(|l| html! {
                        <li><strong>{ i18n.t(&key::severity_name(l.severity)) }</strong>{ ": " }{ i18n.t(&key::limit_reason(l.severity)) }</li>
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
                                <td>{ a.score.map(|s| i18n.score(s)).unwrap_or_else(|| present::missing(&texts, &[Missing { area: a.area, more: a.evidence.more }], 0)) }</td>
                                <td>
                                    { i18n.fill("ui.report.answered_of", &[("n", a.answered.to_string()), ("total", a.applicable.to_string())]) }
                                    if a.low_confidence && a.score.is_some() { <span class="naitei-low">{ i18n.t("ui.report.low_confidence") }</span> }
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
            <Points report={r.clone()} />
            <Flags report={r.clone()} />
        </>
    }
}
