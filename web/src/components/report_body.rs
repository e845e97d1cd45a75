//! The body of a report. It opens with the summary a candidate reads first
//! (score and band, what holds it down, the three actions to start with, the
//! way to the plan), then a list of the sections below, each foldable: the five
//! areas (chart and table), stage readiness, strengths and risks, the flags,
//! and how the score is worked out. Shown for the candidate's own results and,
//! read-only, for a shared link.

use crate::components::sections::{JumpNav, Section};
use crate::components::units::units;
use crate::components::{flags::Flags, points::Points, radar::Radar, stages::Stages};
use crate::i18n::use_i18n;
use naitei_core::present;
use naitei_core::report::Missing;
use naitei_core::text::key;
use naitei_core::{Area, Report};
use std::rc::Rc;
use yew::prelude::*;

/// Props: the report, the way to the plan, and sections the screen adds below.
#[derive(Properties, PartialEq, Clone)]
pub struct ReportBodyProps {
    /// The report.
    pub report: Rc<Report>,
    /// Shows the plan (the candidate's own report only).
    #[prop_or_default]
    pub onplan: Option<Callback<()>>,
    /// Sections the screen shows after the body (ids and names), for the jump list.
    #[prop_or_default]
    pub more: Vec<(AttrValue, String)>,
}

/// The summary, the jump list and the report's sections.
#[function_component(ReportBody)]
pub fn report_body(props: &ReportBodyProps) -> Html {
    let i18n = use_i18n();
    let r = &*props.report;
    let texts = i18n.texts();
    let summary = present::summary(&texts, r);
    let weights: Vec<String> =
        Area::ALL.iter().map(|a| format!("{} {}%", i18n.t(&key::area_name(*a)), r.method.weights.get(*a))).collect();
    let band = r.band.clone().unwrap_or_default();
    let verdict = match (&summary.score, &summary.band) {
        (Some(score), Some((id, name))) => html! {
            <>
                <p class="naitei-overall" id="naitei-overall">
                    <span class="naitei-score">{ score.clone() }</span>
                    <span class="naitei-out-of">{ " / 100" }</span>
                    <span class={classes!("naitei-band", format!("naitei-band-{id}"))}>{ name.clone() }</span>
                </p>
                <p>{ summary.stage.clone() }</p>
                if let Some(limits) = summary.limits.clone() {
                    <p class={classes!(if r.limited_by.is_empty() { "naitei-lowest" } else { "naitei-limited" })}>{ units(&limits) }</p>
                }
            </>
        },
        _ => html! {
            <p class="naitei-overall naitei-missing" id="naitei-overall">{ summary.limits.clone().unwrap_or_default() }</p>
        },
    };
    let flags_title =
        i18n.fill("ui.report.flags_count", &[("title", i18n.t("ui.report.flags")), ("n", r.flags.len().to_string())]);
    let mut targets: Vec<(AttrValue, String)> = vec![
        ("naitei-sec-areas".into(), i18n.t("ui.report.areas")),
        ("naitei-sec-points".into(), i18n.t("ui.report.points")),
        ("naitei-sec-stages".into(), i18n.t("ui.report.stages")),
        ("naitei-sec-flags".into(), flags_title.clone()),
    ];
    targets.extend(props.more.iter().cloned());
    html! {
        <>
            <section class="naitei-summary" aria-labelledby="naitei-overall">
                { verdict }
                if !summary.actions.is_empty() {
                    <h4 id="naitei-top-actions-title">{ i18n.t("ui.report.start_with") }</h4>
                    <ol class="naitei-top-actions" aria-labelledby="naitei-top-actions-title">{ for summary.actions.iter().map(|a| html! {
                        <li><strong>{ a.about.clone() }</strong>{ " " }{ units(&a.next) }</li>
                    }) }</ol>
                }
                if let Some(onplan) = props.onplan.clone() {
                    <div class="naitei-actions naitei-no-print">
                        <button type="button" class="naitei-button naitei-primary naitei-to-plan" onclick={onplan.reform(|_: MouseEvent| ())}>
                            { i18n.t("ui.report.to_plan") }
                        </button>
                    </div>
                }
                <details class="naitei-legend">
                    <summary>{ i18n.t("ui.report.how") }</summary>
                    <p>{ i18n.fill("ui.report.method", &[("answered", r.answered.to_string()), ("applicable", r.applicable.to_string())]) }</p>
                    <p>{ i18n.fill("ui.report.weights", &[("weights", weights.join(", "))]) }</p>
                    <ul>{ for r.method.bands.iter().map(|b| html! {
                        <li class={classes!((b.id == band).then_some("naitei-current-band"))}>{ i18n.t(&key::band_legend(&b.id)) }</li>
                    }) }</ul>
                    <ul>{ for r.method.limits.iter().map(|l| html! {
                        <li><strong>{ i18n.t(&key::severity_name(l.severity)) }</strong>{ ": " }{ i18n.t(&key::limit_reason(l.severity)) }</li>
                    }) }</ul>
                </details>
            </section>
            <JumpNav label={i18n.t("ui.report.sections")} {targets} />
            <Section id="naitei-sec-areas" class="naitei-areas" title={i18n.t("ui.report.areas")}>
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
                                    <span class="naitei-nowrap">{ i18n.fill("ui.report.answered_of", &[("n", a.answered.to_string()), ("total", a.applicable.to_string())]) }</span>
                                    if a.low_confidence && a.score.is_some() { <span class="naitei-low">{ i18n.t("ui.report.low_confidence") }</span> }
                                </td>
                            </tr>
                        }) }</tbody>
                    </table>
                </div>
                <ul class="naitei-narratives">{ for r.areas.iter().filter_map(|a| a.band.as_ref().map(|b| html! {
                    <li><strong>{ i18n.t(&key::area_name(a.area)) }</strong>{ " " }{ i18n.t(&key::area_band(a.area, b)) }</li>
                })) }</ul>
            </Section>
            <Section id="naitei-sec-points" class="naitei-points" title={i18n.t("ui.report.points")}>
                <Points report={r.clone()} />
            </Section>
            <Section id="naitei-sec-stages" class="naitei-stages" title={i18n.t("ui.report.stages")}>
                <Stages report={r.clone()} />
            </Section>
            <Section id="naitei-sec-flags" class="naitei-flags" title={flags_title} open={!summary.fold_flags}>
                <Flags report={r.clone()} />
            </Section>
        </>
    }
}
