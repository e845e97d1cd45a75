//! Taking results out of the browser, all computed here without a server:
//!
//! * [`to_markdown`]: the report and plan as a Markdown document in the
//!   candidate's language, plan steps as task items.
//! * [`to_json`] / [`import_json`]: a versioned JSON file that can be read back.
//! * [`to_ics`]: the plan as an iCalendar file (RFC 5545), one event per day.
//! * [`storage`]: the versioned envelope the widget saves in `localStorage`.
//!
//! Every label comes from `ui.export.*` text keys (`content/text/<lang>/export.toml`).

mod ics;
mod json;
mod markdown;
pub mod storage;

pub use ics::{to_ics, IcsOptions};
pub use json::{import_json, to_json, ImportError, Imported, EXPORT_VERSION, MAX_IMPORT_BYTES};
pub use markdown::{escape as escape_markdown, to_markdown};

use crate::date::Date;
use crate::plan::PlanDay;
use crate::text::Texts;

/// How parts of a line are joined, for texts that lack these keys (a host's
/// own content pack, or tests).
const STRUCTURE: [(&str, &str); 11] = [
    ("ui.export.date", "{y}-{mm}-{dd}"),
    ("ui.export.label", "{label}: {text}"),
    ("ui.export.with_detail", "{title} ({detail})"),
    ("ui.export.separator", ", "),
    ("ui.export.point", "{what}. {next}"),
    ("ui.export.score_band", "{score} / 100, {band}"),
    ("ui.export.stage_line", "{stage}: {result}. {fix}"),
    ("ui.export.flag", "{severity}: {title}"),
    ("ui.export.legend_line", "{band} · {legend}"),
    ("ui.export.then", "{first} {second}"),
    ("ui.export.minutes", "{n} min"),
];

/// The text for `key`, else its structural default, else the key itself.
fn text<'a>(texts: &'a Texts, key: &'a str) -> &'a str {
    texts.find(key).or_else(|| STRUCTURE.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)).unwrap_or(key)
}

/// The text for `key` with every `{name}` replaced by its value, in one pass
/// (a value that itself contains `{name}` is left as it is).
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').and_then(|close| values.iter().find(|(k, _)| *k == &after[..close]).map(|v| (close, v))) {
            Some((close, (_, value))) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A date in the language's own format (`ui.export.date`: `{y}`, `{m}`, `{d}`,
/// or `{mm}` and `{dd}` with a leading zero).
fn date(texts: &Texts, d: Date) -> String {
    let (y, m, day) = d.ymd();
    let template = text(texts, "ui.export.date");
    let (mm, dd) = (format!("{m:02}"), format!("{day:02}"));
    fill(
        template,
        &[("y", &format!("{y:04}")), ("mm", &mm), ("dd", &dd), ("m", &m.to_string()), ("d", &day.to_string())],
    )
}

/// Where a plan day sits relative to the interview, in words.
fn when(texts: &Texts, day: &PlanDay) -> String {
    let n = day.offset.unsigned_abs().to_string();
    match day.offset {
        0 => text(texts, "ui.export.interview_day").to_owned(),
        -1 => text(texts, "ui.export.day_before").to_owned(),
        1 => text(texts, "ui.export.day_after").to_owned(),
        o if o < 0 => fill(text(texts, "ui.export.days_before"), &[("n", &n)]),
        _ => fill(text(texts, "ui.export.days_after"), &[("n", &n)]),
    }
}

/// A score as shown to the candidate: one decimal at most.
fn score(s: f32) -> String {
    format!("{}", (s * 10.0).round() / 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_names_once_and_keeps_the_rest() {
        assert_eq!(fill("{n} of {total}", &[("n", "3"), ("total", "9")]), "3 of 9");
        assert_eq!(fill("{a} {b} {", &[("a", "{b}"), ("b", "x")]), "{b} x {");
        assert_eq!(fill("{unknown}", &[]), "{unknown}");
    }

    #[test]
    fn dates_follow_the_language_template() {
        let mut texts = Texts::default();
        let d: Date = "2026-01-05".parse().unwrap();
        assert_eq!(date(&texts, d), "2026-01-05");
        texts.0.insert("ui.export.date".into(), "{y}年{m}月{d}日".into());
        assert_eq!(date(&texts, d), "2026年1月5日");
    }
}
