//! Top strengths and risks for the next stage, each with its next action, and
//! the risks that concern other stages under their own headings. The words
//! come from core's `present`, as in the Markdown export.

use crate::i18n::use_i18n;
use naitei_core::present;
use naitei_core::report::Point;
use naitei_core::text::key;
use naitei_core::{Report, Texts};
use yew::prelude::*;

/// Props: the report.
#[derive(Properties, PartialEq, Clone)]
pub struct PointsProps {
    /// The report.
    pub report: Report,
}

/// One point: what it is about, then its next action if it has one.
fn point(texts: &Texts, next_label: &str, p: &Point) -> Html {
    html! {
        <li>
            <strong>{ present::point_title(texts, p) }</strong>
            if let Some(next) = present::next_action(texts, p) {
                <p>{ next_label.to_owned() }{ " " }{ next }</p>
            }
        </li>
    }
}

/// Strengths and risks side by side, then other stages' risks and revised answers.
#[function_component(Points)]
pub fn points(props: &PointsProps) -> Html {
    let i18n = use_i18n();
    let texts = i18n.texts();
    let r = &props.report;
    let next_label = i18n.t("ui.report.next_action");
    let list = |title: &str, class: &'static str, points: &[Point], empty: String| {
        html! {
            <section class={classes!("naitei-points-list", class)}>
                <h5>{ i18n.t(title) }</h5>
                if points.is_empty() {
                    <p>{ empty }</p>
                } else {
                    <ul>{ for points.iter().map(|p| point(&texts, &next_label, p)) }</ul>
                }
            </section>
        }
    };
    html! {
        <>
            <div class="naitei-two-columns">
                { list("ui.report.strengths", "naitei-strengths", &r.strengths, present::no_strengths(&texts, r)) }
                { list("ui.report.risks", "naitei-risks", &r.risks, present::no_risks(&texts, r)) }
            </div>
            if !r.later.is_empty() {
                <section class="naitei-later" aria-labelledby="naitei-later-title">
                    <h5 id="naitei-later-title">{ i18n.t("ui.export.later") }</h5>
                    { for r.later.iter().map(|group| html! {
                        <>
                            <h6>{ present::stage_heading(&texts, r.next_stage, group.stage) }</h6>
                            <ul>{ for group.risks.iter().map(|p| point(&texts, &next_label, p)) }</ul>
                        </>
                    }) }
                </section>
            }
            if let Some(line) = present::kept_aside(&texts, r) {
                <p class="naitei-help naitei-kept-aside">{ line }</p>
            }
            if !r.revised.is_empty() {
                <section class="naitei-revised" aria-labelledby="naitei-revised-title">
                    <h5 id="naitei-revised-title">{ i18n.t("ui.export.revised") }</h5>
                    <ul>{ for r.revised.iter().map(|rev| html! { <li>{ i18n.t(&key::item_prompt(&rev.item)) }</li> }) }</ul>
                </section>
            }
        </>
    }
}
