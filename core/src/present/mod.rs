//! Turning evaluation results into words: the one place where texts are filled
//! in, scores rounded as shown, counts given their plural, and verdicts
//! explained. The widget and every export call these, so a screen and a file
//! never say different things about the same evaluation.

//!
//! * [`report`]: verdicts, caps, what is missing, points and their next action.
//! * [`plan`]: where a day sits, the plan's summary, each task in words.
//! * [`question`]: what a question screen shows, feedback, time estimates.
//! * [`summary`]: the top of the report and the three actions it lists.
//! * [`first`]: which texts the first screens need, so the widget fetches them first.

mod first;
mod plan;
mod question;
mod report;
mod summary;

pub use first::*;
pub use plan::*;
pub use question::*;
pub use report::*;
pub use summary::*;

use crate::date::Date;
use crate::text::Texts;

/// How parts of a line are joined, for texts that lack these keys (a host's
/// own content pack, or tests).
const STRUCTURE: [(&str, &str); 15] = [
    ("ui.export.sentence", "{text}."),
    ("ui.export.quoted", "{text}"),
    ("ui.export.weekdays", "Mon Tue Wed Thu Fri Sat Sun"),
    ("ui.export.months", "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
    ("ui.export.date", "{y}-{mm}-{dd}"),
    ("ui.export.label", "{label}: {text}"),
    ("ui.export.with_detail", "{title} ({detail})"),
    ("ui.export.separator", ", "),
    ("ui.export.point", "{what}. {next}"),
    ("ui.export.score_band", "{score} / 100, {band}"),
    ("ui.export.stage_line", "{stage}: {result} {fix}"),
    ("ui.export.flag", "{severity}: {title}"),
    ("ui.export.legend_line", "{band} · {legend}"),
    ("ui.export.then", "{first} {second}"),
    ("ui.export.minutes", "{n} min"),
];

/// The text for `key`, else its structural default, else the key itself.
pub fn text<'a>(texts: &'a Texts, key: &'a str) -> &'a str {
    texts.find(key).or_else(|| STRUCTURE.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)).unwrap_or(key)
}

/// `template` with every `{name}` replaced by its value, in one pass (a value
/// that itself contains `{name}` is left as it is).
///
/// ```
/// use naitei_core::present::fill;
/// assert_eq!(fill("{n} of {total}", &[("n", "3"), ("total", "9")]), "3 of 9");
/// ```
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
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

/// The text for `key`, filled in.
pub fn filled(texts: &Texts, key: &str, values: &[(&str, &str)]) -> String {
    fill(text(texts, key), values)
}

/// The key for a count: `<key>_one` when `n` is 1 and the texts have it (English
/// "1 question"), else `<key>` (languages without plural forms need only that).
pub fn plural(texts: &Texts, key: &str, n: u32) -> String {
    let one = format!("{key}_one");
    if n == 1 && texts.find(&one).is_some() {
        one
    } else {
        key.to_owned()
    }
}

/// A score as shown to the candidate, everywhere: a whole number.
pub fn score(s: f32) -> String {
    format!("{}", s.round() as i32)
}

/// A date in the language's own form, the one formatter for every screen and
/// file: `ui.export.date` with `{y}`, `{m}`, `{d}`, `{mm}`, `{dd}` (zero-padded),
/// `{wd}` (from `ui.export.weekdays`) and `{mon}` (from `ui.export.months`).
///
/// ```
/// # use naitei_core::{present::date, Texts};
/// let mut t = Texts::default();
/// t.0.insert("ui.export.date".into(), "{wd} {d} {mon} {y}".into());
/// t.0.insert("ui.export.weekdays".into(), "Mon Tue Wed Thu Fri Sat Sun".into());
/// t.0.insert("ui.export.months".into(), "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".into());
/// assert_eq!(date(&t, "2026-11-23".parse().unwrap()), "Mon 23 Nov 2026");
/// ```
pub fn date(texts: &Texts, d: Date) -> String {
    let (y, m, day) = d.ymd();
    let pick = |k: &str, i: usize| text(texts, k).split_whitespace().nth(i).unwrap_or_default().to_owned();
    let (wd, mon) = (pick("ui.export.weekdays", d.weekday() as usize), pick("ui.export.months", (m - 1) as usize));
    let (mm, dd, yy, m1, d1) =
        (format!("{m:02}"), format!("{day:02}"), format!("{y:04}"), m.to_string(), day.to_string());
    fill(
        text(texts, "ui.export.date"),
        &[("y", &yy), ("mm", &mm), ("dd", &dd), ("m", &m1), ("d", &d1), ("wd", &wd), ("mon", &mon)],
    )
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
    fn a_count_of_one_takes_the_singular_where_the_language_has_one() {
        let mut texts = Texts::default();
        texts.0.insert("k".into(), "{n} days".into());
        assert_eq!(plural(&texts, "k", 1), "k", "no singular written: the general form");
        texts.0.insert("k_one".into(), "{n} day".into());
        assert_eq!(plural(&texts, "k", 1), "k_one");
        assert_eq!(plural(&texts, "k", 2), "k");
    }

    #[test]
    fn scores_are_shown_as_whole_numbers() {
        assert_eq!(score(71.6), "72");
        assert_eq!(score(55.0), "55");
    }
}
