//! Top strengths and top risks, each with a concrete next action.

use crate::i18n::{use_i18n, I18n};
use naitei_core::report::{About, Point};
use naitei_core::text::key;
use naitei_core::Report;
use yew::prelude::*;

/// Props: the report and the bank (for each module's first step).
#[derive(Properties, PartialEq, Clone)]
pub struct PointsProps {
    /// The report.
    pub report: Report,
    /// The bank.
    pub bank: std::rc::Rc<naitei_core::Bank>,
}

/// What a point is about, in words.
pub fn point_title(i18n: &I18n, p: &Point) -> String {
    match &p.about {
        About::Check { check, .. } => i18n.t(&key::check_title(check)),
        About::Area { area, score } => match score {
            Some(s) => format!("{} ({})", i18n.t(&key::area_name(*area)), i18n.score(*s)),
            None => i18n.t(&key::area_name(*area)),
        },
    }
}

/// The next action: the module's first step, or how to use a strong area.
pub fn next_action(i18n: &I18n, p: &Point, module_step: Option<String>) -> String {
    match (&p.module, &p.about) {
        (Some(m), _) => {
            let title = i18n.t(&key::module_title(m));
            match module_step {
                Some(step) => format!("{title}: {}", i18n.t(&key::module_step(m, &step))),
                None => title,
            }
        }
        (None, About::Area { area, .. }) => i18n.t(&key::area_use(*area)),
        (None, About::Check { check, .. }) => i18n.t(&key::check_explain(check)),
    }
}

/// "Title: next action", for the stage table.
pub fn point_text(i18n: &I18n, p: &Point) -> String {
    match &p.module {
        Some(m) => format!("{} → {}", point_title(i18n, p), i18n.t(&key::module_title(m))),
        None => point_title(i18n, p),
    }
}

/// Strengths and risks side by side.
#[function_component(Points)]
pub fn points(props: &PointsProps) -> Html {
    let i18n = use_i18n();
    let list = |title: &str, class: &'static str, points: &[Point], empty: &str| {
        html! {
            <section class={classes!("naitei-points-list", class)}>
                <h4>{ i18n.t(title) }</h4>
                if points.is_empty() {
                    <p>{ i18n.t(empty) }</p>
                } else {
                    <ul>{ for points.iter().map(|p| html! {
                        <li>
                            <strong>{ point_title(&i18n, p) }</strong>
                            <p>{ i18n.t("ui.report.next_action") }{ " " }{ next_action(&i18n, p, first_step(&props.bank, p)) }</p>
                        </li>
                    }) }</ul>
                }
            </section>
        }
    };
    let r = &props.report;
    html! {
        <>
            <div class="naitei-two-columns">
                { list("ui.report.strengths", "naitei-strengths", &r.strengths, "ui.report.no_strengths") }
                { list("ui.report.risks", "naitei-risks", &r.risks, "ui.report.no_risks") }
            </div>
            if !r.later.is_empty() {
                <section class="naitei-later" aria-labelledby="naitei-later-title">
                    <h4 id="naitei-later-title">{ i18n.t("ui.export.later") }</h4>
                    { for r.later.iter().map(|group| html! {
                        <>
                            <h5>{ i18n.t(&key::stage_name(group.stage)) }</h5>
                            <ul>{ for group.risks.iter().map(|p| html! {
                                <li>
                                    <strong>{ point_title(&i18n, p) }</strong>
                                    <p>{ i18n.t("ui.report.next_action") }{ " " }{ next_action(&i18n, p, first_step(&props.bank, p)) }</p>
                                </li>
                            }) }</ul>
                        </>
                    }) }
                </section>
            }
            if !r.revised.is_empty() {
                <section class="naitei-revised" aria-labelledby="naitei-revised-title">
                    <h4 id="naitei-revised-title">{ i18n.t("ui.export.revised") }</h4>
                    <ul>{ for r.revised.iter().map(|rev| html! { <li>{ i18n.t(&key::item_prompt(&rev.item)) }</li> }) }</ul>
                </section>
            }
        </>
    }
}

/// The first step of the point's module.
fn first_step(bank: &naitei_core::Bank, p: &Point) -> Option<String> {
    let m = p.module.as_ref()?;
    bank.module(m).and_then(|m| m.steps.first().cloned())
}
