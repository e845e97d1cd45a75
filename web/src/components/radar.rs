//! The five areas as an SVG radar chart. The chart is an image with a text
//! summary; the table beside it (in `report.rs`) carries the same numbers for
//! screen readers and for print.

use crate::i18n::use_i18n;
use naitei_core::report::AreaResult;
use yew::prelude::*;

/// Props: the area results.
#[derive(Properties, PartialEq, Clone)]
pub struct RadarProps {
    /// One result per area, in display order.
    pub areas: Vec<AreaResult>,
}

const C: f32 = 160.0;
const R: f32 = 100.0;

fn point(i: usize, fraction: f32) -> (f32, f32) {
    let angle = (-90.0 + 72.0 * i as f32).to_radians();
    (C + R * fraction * angle.cos(), C + R * fraction * angle.sin())
}

fn polygon(fractions: impl Iterator<Item = f32>) -> String {
    fractions
        .enumerate()
        .map(|(i, f)| {
            let (x, y) = point(i, f);
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The radar chart.
#[function_component(Radar)]
pub fn radar(props: &RadarProps) -> Html {
    let i18n = use_i18n();
    let summary: Vec<String> = props
        .areas
        .iter()
        .map(|a| {
            format!(
                "{} {}",
                i18n.t(&format!("ui.area_short.{}", a.area.id())),
                a.score.map(|s| i18n.score(s)).unwrap_or_else(|| "–".into())
            )
        })
        .collect();
    let shape = polygon(props.areas.iter().map(|a| a.score.unwrap_or(0.0) / 100.0));
    html! {
        <svg class="naitei-radar" viewBox="0 0 320 320" role="img" aria-labelledby="naitei-radar-title">
            <title id="naitei-radar-title">{ format!("{}: {}", i18n.t("ui.report.radar"), summary.join(", ")) }</title>
            { for [0.25f32, 0.5, 0.75, 1.0].iter().map(|f| html! { <polygon class="naitei-radar-ring" points={polygon((0..5).map(|_| *f))} /> }) }
            { for (0..5).map(|i| {
                let (x, y) = point(i, 1.0);
                html! { <line class="naitei-radar-axis" x1={C.to_string()} y1={C.to_string()} x2={format!("{x:.1}")} y2={format!("{y:.1}")} /> }
            }) }
            <polygon class="naitei-radar-shape" points={shape} />
            { for props.areas.iter().enumerate().map(|(i, a)| {
                let (x, y) = point(i, 1.28);
                let anchor = if (x - C).abs() < 5.0 { "middle" } else if x > C { "start" } else { "end" };
                html! {
                    <text class="naitei-radar-label" x={format!("{x:.1}")} y={format!("{:.1}", y + 4.0)} text-anchor={anchor}>
                        { i18n.t(&format!("ui.area_short.{}", a.area.id())) }
                    </text>
                }
            }) }
        </svg>
    }
}
