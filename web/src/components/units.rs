//! Numbers kept with their units when a line wraps. Japanese writes a count
//! and its counter with no space between (45分, 18問, 3割), and a line break
//! between them ("45" at the end of one line, "分" at the start of the next)
//! reads as a mistake. `units` renders a text with each such pair in a span
//! that does not wrap; everything else wraps as usual.

use yew::prelude::*;

/// Counters that follow a number, longest first so "時間" wins over "時".
const UNITS: [&str; 24] = [
    "時間", "週間", "か月", "ヶ月", "文字", "日目", "問目", "分", "日", "問", "点", "件", "割", "倍", "人", "年", "月",
    "回", "秒", "歳", "社", "%", "％", "位",
];

/// Splits `text` into plain runs and number-with-unit runs (true), in order.
pub fn split(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let (mut plain, mut i) = (0, 0);
    while i < text.len() {
        let rest = &text[i..];
        let starts_number = rest.starts_with(|c: char| c.is_ascii_digit())
            && !text[..i].ends_with(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
        if starts_number {
            let digits = rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(rest.len());
            let number = rest[..digits].trim_end_matches(['.', ',']);
            if let Some(unit) = UNITS.iter().find(|u| rest[number.len()..].starts_with(**u)) {
                if plain < i {
                    out.push((&text[plain..i], false));
                }
                let end = i + number.len() + unit.len();
                out.push((&text[i..end], true));
                plain = end;
                i = end;
                continue;
            }
            i += digits.max(1);
            continue;
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
    if plain < text.len() {
        out.push((&text[plain..], false));
    }
    out
}

/// `text` with every number and its unit kept on one line.
pub fn units(text: &str) -> Html {
    split(text)
        .into_iter()
        .map(|(part, whole)| {
            if whole {
                html! { <span class="naitei-nowrap">{ part.to_owned() }</span> }
            } else {
                html! { { part.to_owned() } }
            }
        })
        .collect::<Html>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn numbers_stay_with_their_units() {
        assert_eq!(
            split("1日最大45分、合計585分"),
            [("1日", true), ("最大", false), ("45分", true), ("、合計", false), ("585分", true)]
        );
        assert_eq!(split("18問中18問"), [("18問", true), ("中", false), ("18問", true)]);
        assert_eq!(
            split("全96問中6問目 · 回答済み5問"),
            [("全", false), ("96問", true), ("中", false), ("6問目", true), (" · 回答済み", false), ("5問", true)]
        );
        assert_eq!(split("45 min, 2026-11-28"), [("45 min, 2026-11-28", false)]);
        assert_eq!(split("2026年11月28日(土)"), [("2026年", true), ("11月", true), ("28日", true), ("(土)", false)]);
    }
}
