//! Turning evaluation results into words: the one place where texts are filled
//! in, scores rounded as shown, counts given their plural, and verdicts
//! explained. The widget and every export call these, so a screen and a file
//! never say different things about the same evaluation.

use crate::plan::PlanDay;
use crate::report::{Cap, Missing};
use crate::text::{key, Texts};

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

/// Where a plan day sits relative to the interview, in words.
pub fn when(texts: &Texts, day: &PlanDay) -> String {
    let n = day.offset.unsigned_abs();
    let count = n.to_string();
    match day.offset {
        0 => text(texts, "ui.export.interview_day").to_owned(),
        -1 => text(texts, "ui.export.day_before").to_owned(),
        1 => text(texts, "ui.export.day_after").to_owned(),
        o if o < 0 => filled(texts, &plural(texts, "ui.export.days_before", n), &[("n", &count)]),
        _ => filled(texts, &plural(texts, "ui.export.days_after", n), &[("n", &count)]),
    }
}

/// "Held down by: …" for the flags that cap a score.
pub fn limited_by(texts: &Texts, caps: &[Cap]) -> String {
    let titles: Vec<String> = caps.iter().map(|c| texts.get(&key::check_title(&c.check)).to_owned()).collect();
    filled(texts, "ui.export.limited_by", &[("flags", &titles.join(text(texts, "ui.export.separator")))])
}

/// "No score yet: answer 3 more questions about Problem solving, …".
pub fn missing(texts: &Texts, missing: &[Missing]) -> String {
    filled(texts, "ui.export.missing", &[("what", &missing_list(texts, missing))])
}

/// "To see your readiness for the technical interview, answer 3 more …".
pub fn missing_for(texts: &Texts, stage: crate::area::Stage, missing: &[Missing]) -> String {
    let stage = texts.get(&key::stage_name(stage)).to_owned();
    filled(texts, "ui.export.missing_for", &[("stage", &stage), ("what", &missing_list(texts, missing))])
}

/// "answer 3 more questions about Problem solving, answer 1 more question about …".
fn missing_list(texts: &Texts, missing: &[Missing]) -> String {
    let parts: Vec<String> = missing
        .iter()
        .map(|m| {
            let area = texts.get(&key::area_name(m.area)).to_owned();
            match m.more {
                Some(n) => {
                    filled(texts, &plural(texts, "ui.export.more_about", n), &[("n", &n.to_string()), ("area", &area)])
                }
                None => filled(texts, "ui.export.skipped_about", &[("area", &area)]),
            }
        })
        .collect();
    parts.join(text(texts, "ui.export.separator"))
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
