//! Readiness for every stage, each with the single most important fix (the
//! report's section gives the heading).

use crate::i18n::use_i18n;
use naitei_core::present;
use naitei_core::text::key;
use naitei_core::Report;
use yew::prelude::*;

/// Props: the report.
#[derive(Properties, PartialEq, Clone)]
pub struct StagesProps {
    /// The report.
    pub report: Report,
}

/// A table of stages.
#[function_component(Stages)]
pub fn stages(props: &StagesProps) -> Html {
    let i18n = use_i18n();
    let texts = i18n.texts();
    html! {
            <table class="naitei-table">
                <thead><tr>
                    <th scope="col">{ i18n.t("ui.report.stage") }</th>
                    <th scope="col">{ i18n.t("ui.report.score") }</th>
                    <th scope="col">{ i18n.t("ui.report.fix") }</th>
                </tr></thead>
                <tbody>{ for props.report.stages.iter().map(|s| html! {
                    <tr class={classes!((s.stage == props.report.next_stage).then_some("naitei-next"))}>
                        <th scope="row">
                            { i18n.t(&key::stage_name(s.stage)) }
                            if s.stage == props.report.next_stage { <span class="naitei-tag">{ i18n.t("ui.report.next") }</span> }
                        </th>
                        <td><span class="naitei-nowrap">{ s.score.map(|v| i18n.score(v)).unwrap_or_default() }
                            { s.band.as_ref().map(|b| format!(" · {}", i18n.t(&key::band_name(b)))).unwrap_or_default() }</span>
                            if !s.limited_by.is_empty() { <p class="naitei-limited">{ present::limited_by(&texts, s.before_limits.unwrap_or_default(), s.score.unwrap_or_default(), &s.limited_by) }</p> }
                            if s.score.is_none() { <p class="naitei-missing">{ present::missing(&texts, &s.missing, s.missing_items) }</p> }
                        </td>
                        <td>{ match (&s.fix, s.score) {
                            (Some(f), _) => match present::next_action(&texts, f) {
                                Some(next) => format!("{} → {next}", present::point_title(&texts, f)),
                                None => present::point_title(&texts, f),
                            },
                            (None, Some(_)) => i18n.t("ui.report.no_fix"),
                            (None, None) => String::new(),
                        } }</td>
                    </tr>
                }) }</tbody>
            </table>
    }
}
