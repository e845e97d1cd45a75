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

const C: f32 = 0.0;
const R: f32 = 100.0;
/// Label size in the chart's units (the CSS gives the same size).
const FONT: f32 = 13.0;

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

/// A generous estimate of a label's width: a full em for Japanese and other
/// wide characters, two thirds of one for the rest.
fn label_width(text: &str) -> f32 {
    text.chars().map(|c| if c >= '\u{2e80}' { FONT } else { FONT * 0.66 }).sum()
}

/// Where a label goes: its anchor point and its `text-anchor`.
fn label_place(i: usize) -> (f32, f32, &'static str) {
    let (x, y) = point(i, 1.12);
    let anchor = if (x - C).abs() < 5.0 {
        "middle"
    } else if x > C {
        "start"
    } else {
        "end"
    };
    let y = if y < C - 50.0 {
        y - 6.0
    } else if y > C + 50.0 {
        y + FONT
    } else {
        y + FONT * 0.35
    };
    (x, y, anchor)
}

/// Where label `i` starts and ends horizontally, from its anchor and width.
fn label_span(i: usize, label: &str) -> (f32, f32) {
    let (x, _, anchor) = label_place(i);
    let w = label_width(label);
    match anchor {
        "start" => (x, x + w),
        "end" => (x - w, x),
        _ => (x - w / 2.0, x + w / 2.0),
    }
}

/// The smallest box holding the chart and every label, with a margin, as a viewBox.
fn view_box(labels: &[String]) -> String {
    let (mut left, mut right, mut top, mut bottom) = (C - R, C + R, C - R, C + R);
    for (i, label) in labels.iter().enumerate() {
        let (_, y, _) = label_place(i);
        let (l, r) = label_span(i, label);
        left = left.min(l);
        right = right.max(r);
        top = top.min(y - FONT);
        bottom = bottom.max(y + FONT * 0.3);
    }
    let m = 4.0;
    format!("{:.0} {:.0} {:.0} {:.0}", left - m, top - m, right - left + 2.0 * m, bottom - top + 2.0 * m)
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
    let labels: Vec<String> = props.areas.iter().map(|a| i18n.t(&format!("ui.area_short.{}", a.area.id()))).collect();
    html! {
        <svg class="naitei-radar" viewBox={view_box(&labels)} role="img" aria-labelledby="naitei-radar-title">
            <title id="naitei-radar-title">{ format!("{}: {}", i18n.t("ui.report.radar"), summary.join(", ")) }</title>
            { for [0.25f32, 0.5, 0.75, 1.0].iter().map(|f| html! { <polygon class="naitei-radar-ring" points={polygon((0..5).map(|_| *f))} /> }) }
            { for (0..5).map(|i| {
                let (x, y) = point(i, 1.0);
                html! { <line class="naitei-radar-axis" x1={C.to_string()} y1={C.to_string()} x2={format!("{x:.1}")} y2={format!("{y:.1}")} /> }
            }) }
            <polygon class="naitei-radar-shape" points={shape} />
            { for labels.iter().enumerate().map(|(i, label)| {
                let (x, y, anchor) = label_place(i);
                html! {
                    <text class="naitei-radar-label" x={format!("{x:.1}")} y={format!("{y:.1}")} text-anchor={anchor}>{ label.clone() }</text>
                }
            }) }
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn the_view_box_holds_the_longest_labels_in_both_languages() {
        for labels in [
            ["Technical", "Communication", "Problem solving", "Learning", "Teamwork & fit"],
            ["技術力", "コミュニケーション", "問題解決", "学習・成長", "チーム・適応"],
        ] {
            let labels: Vec<String> = labels.iter().map(|l| l.to_string()).collect();
            let b: Vec<f32> = view_box(&labels).split(' ').map(|v| v.parse().unwrap()).collect();
            let (x0, x1) = (b[0], b[0] + b[2]);
            for (i, l) in labels.iter().enumerate() {
                let (l0, l1) = label_span(i, l);
                assert!(l0 >= x0 && l1 <= x1, "{l} fits in {b:?}");
            }
        }
    }
}
