//! Turning evaluation results into words: the one place where texts are filled
//! in, scores rounded as shown, counts given their plural, and verdicts
//! explained. The widget and every export call these, so a screen and a file
//! never say different things about the same evaluation.

use crate::date::Date;
use crate::plan::{PlanDay, StudyPlan, Target};
use crate::report::{Cap, Missing};
use crate::text::{key, Texts};

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

/// Where a plan day sits: relative to the interview or the reply deadline, or,
/// when the plan assumed a date, as "day 3" of the plan.
pub fn when(texts: &Texts, plan: &StudyPlan, day: &PlanDay) -> String {
    let n = day.offset.unsigned_abs();
    let count = n.to_string();
    if plan.assumed.is_some() && day.offset < 0 {
        let k = (plan.start.days_until(day.date) + 1).to_string();
        return filled(texts, "ui.export.day_n", &[("n", &k)]);
    }
    if plan.assumed.is_some() && day.offset == 0 {
        return text(texts, "ui.export.on_the_day").to_owned();
    }
    match (plan.target, day.offset) {
        (Target::ReplyDeadline, 0) => text(texts, "ui.export.deadline_day").to_owned(),
        (Target::ReplyDeadline, -1) => text(texts, "ui.export.day_before_deadline").to_owned(),
        (Target::ReplyDeadline, o) if o < 0 => filled(texts, "ui.export.days_before_deadline", &[("n", &count)]),
        (_, 0) => text(texts, "ui.export.interview_day").to_owned(),
        (_, -1) => text(texts, "ui.export.day_before").to_owned(),
        (_, 1) => text(texts, "ui.export.day_after").to_owned(),
        (_, o) if o < 0 => filled(texts, &plural(texts, "ui.export.days_before", n), &[("n", &count)]),
        _ => filled(texts, &plural(texts, "ui.export.days_after", n), &[("n", &count)]),
    }
}

/// The plan's first line: from when to what, how much a day, how much in all.
pub fn plan_summary(texts: &Texts, plan: &StudyPlan) -> String {
    let days = plan.start.days_until(plan.interview).to_string();
    let (start, until) = (date(texts, plan.start), date(texts, plan.interview));
    let (daily, total) = (plan.daily_minutes.to_string(), plan.total_minutes.to_string());
    let key = match (plan.assumed.is_some(), plan.target) {
        (true, _) => "ui.export.plan_summary_no_date",
        (false, Target::ReplyDeadline) => "ui.export.plan_summary_deadline",
        (false, Target::Interview) => "ui.export.plan_summary",
    };
    filled(
        texts,
        key,
        &[("start", &start), ("interview", &until), ("days", &days), ("daily", &daily), ("total", &total)],
    )
}

/// Titles in a running list, each quoted as the language quotes titles (「」 in
/// Japanese), at most three, then "and N more".
pub fn titles(texts: &Texts, titles: &[String]) -> String {
    let quoted: Vec<String> =
        titles.iter().take(3).map(|t| filled(texts, "ui.export.quoted", &[("text", t)])).collect();
    let mut out = quoted.join(text(texts, "ui.export.separator"));
    if titles.len() > 3 {
        let more = filled(texts, "ui.export.more_flags", &[("n", &(titles.len() - 3).to_string())]);
        out = format!("{out}{}{more}", text(texts, "ui.export.separator"));
    }
    out
}

/// Why a score is lower than the answers alone give: "Your answers alone give
/// 98; held down to 55 by: …", or, when the answers alone say ready, that one
/// habit would likely end the process.
pub fn limited_by(texts: &Texts, before: f32, score: f32, caps: &[Cap]) -> String {
    let names: Vec<String> = caps.iter().map(|c| texts.get(&key::check_title(&c.check)).to_owned()).collect();
    let line = filled(
        texts,
        "ui.export.limited_by",
        &[("before", &self::score(before)), ("score", &self::score(score)), ("flags", &titles(texts, &names))],
    );
    let critical = caps.iter().any(|c| c.severity == crate::format::Severity::Critical);
    if critical && before >= 80.0 {
        format!("{line} {}", text(texts, "ui.export.capped_strong"))
    } else {
        line
    }
}

/// "No score yet: answer more questions about Problem solving (about 3 more), …".
pub fn missing(texts: &Texts, missing: &[Missing]) -> String {
    filled(texts, "ui.export.missing", &[("what", &missing_list(texts, missing))])
}

/// "First interview: to see your readiness, answer more questions about …".
pub fn missing_for(texts: &Texts, stage: crate::area::Stage, missing: &[Missing]) -> String {
    let stage = texts.get(&key::stage_name(stage)).to_owned();
    filled(texts, "ui.export.missing_for", &[("stage", &stage), ("what", &missing_list(texts, missing))])
}

/// "Problem solving (about 3 more), Learning and growth (1 more)".
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

/// What a strength, risk or fix is about: a check's title, or an area with its score.
pub fn point_title(texts: &Texts, p: &crate::report::Point) -> String {
    use crate::report::About;
    match &p.about {
        About::Check { check, .. } => texts.get(&key::check_title(check)).to_owned(),
        About::Area { area, score: Some(s) } => {
            let name = texts.get(&key::area_name(*area)).to_owned();
            filled(texts, "ui.export.with_detail", &[("title", &name), ("detail", &score(*s))])
        }
        About::Area { area, score: None } => texts.get(&key::area_name(*area)).to_owned(),
    }
}

/// The next action of a point: its step, with the module it comes from; for a
/// strong area, how to use it. None for a strength that needs nothing more
/// (the next action never restates the strength).
pub fn next_action(texts: &Texts, p: &crate::report::Point) -> Option<String> {
    use crate::report::About;
    match (&p.module, &p.step, &p.about) {
        (Some(m), Some(step), _) => Some(filled(
            texts,
            "ui.export.next_step",
            &[("step", texts.get(&key::module_step(m, step))), ("module", texts.get(&key::module_title(m)))],
        )),
        (Some(m), None, _) => Some(texts.get(&key::module_summary(m)).to_owned()),
        (None, _, About::Area { area, .. }) => Some(texts.get(&key::area_use(*area)).to_owned()),
        (None, _, About::Check { .. }) => None,
    }
}

/// What to say where the next stage has no risk: that other stages have some,
/// or that there is too little to judge, or that none was found.
pub fn no_risks(texts: &Texts, report: &crate::report::Report) -> String {
    let elsewhere: usize = report.later.iter().map(|g| g.risks.len()).sum();
    if report.answered == 0 || report.areas.iter().all(|a| a.score.is_none()) {
        text(texts, "ui.export.not_enough_to_judge").to_owned()
    } else if elsewhere > 0 {
        filled(texts, "ui.export.no_risks_here", &[("n", &elsewhere.to_string())])
    } else {
        text(texts, "ui.export.no_risks").to_owned()
    }
}

/// The heading of a group of risks for another stage: its name, and for a
/// stage before the next one, that it is for other applications.
pub fn stage_heading(texts: &Texts, next: crate::area::Stage, stage: crate::area::Stage) -> String {
    let name = texts.get(&key::stage_name(stage)).to_owned();
    if stage < next {
        filled(texts, "ui.export.with_detail", &[("title", &name), ("detail", text(texts, "ui.export.earlier_note"))])
    } else {
        name
    }
}

/// English read as a foreign language: words a minute the time estimates assume.
pub const WORDS_PER_MINUTE: u32 = 150;
/// Japanese: characters a minute the time estimates assume.
pub const CHARS_PER_MINUTE: u32 = 350;
/// Seconds to decide on an answer once it is read.
pub const SECONDS_TO_CHOOSE: u32 = 10;
/// Minutes to write a free-text answer.
pub const MINUTES_TO_WRITE: u32 = 3;

/// About how many minutes answering `items` takes: reading the prompt, hint
/// and options at [`WORDS_PER_MINUTE`] (English) or [`CHARS_PER_MINUTE`]
/// (Japanese), [`SECONDS_TO_CHOOSE`] per item, [`MINUTES_TO_WRITE`] per
/// free-text item, and in learning mode reading the feedback on the options
/// picked (one, two for best and worst, three ticks on a checklist).
pub fn minutes_to_answer(texts: &Texts, lang: crate::text::Lang, items: &[&crate::bank::Item], learning: bool) -> u32 {
    use crate::bank::ItemKind;
    let units = |t: &str| -> f32 {
        match lang {
            crate::text::Lang::En => t.split_whitespace().count() as f32 / WORDS_PER_MINUTE as f32,
            crate::text::Lang::Ja => t.chars().filter(|c| !c.is_whitespace()).count() as f32 / CHARS_PER_MINUTE as f32,
        }
    };
    let mut minutes = 0.0f32;
    for item in items {
        let mut read = units(texts.get(&key::item_prompt(&item.id)));
        read += texts.find(&key::item_hint(&item.id)).map_or(0.0, units);
        let options = item.kind.options();
        read += options.iter().map(|o| units(texts.get(&key::option_label(&item.id, &o.id)))).sum::<f32>();
        if learning && !options.is_empty() {
            let whys: f32 = options.iter().map(|o| units(texts.get(&key::option_why(&item.id, &o.id)))).sum();
            let picked = match item.kind {
                ItemKind::BestWorst(_) => 2.0,
                ItemKind::Multi(_) => 3.0,
                _ => 1.0,
            };
            read += whys / options.len() as f32 * picked;
        }
        if learning && matches!(item.kind, ItemKind::Likert { .. }) {
            read += units(texts.get(&key::rating_why(&item.id, 3)));
        }
        minutes += read + SECONDS_TO_CHOOSE as f32 / 60.0;
        if matches!(item.kind, ItemKind::Text { .. }) {
            minutes += MINUTES_TO_WRITE as f32;
        }
    }
    // Round to the nearest five minutes: an estimate, not a promise to the minute.
    ((minutes / 5.0).round() as u32 * 5).max(5)
}

/// A plan task, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskView {
    /// The module's or milestone's title, or "Answer 12 more questions in: …".
    pub title: String,
    /// "part 1 of 2 · first steps only · 45 min" (empty for a task of no minutes).
    pub about: String,
    /// The module's summary, on its first part.
    pub summary: Option<String>,
    /// The milestone's detail.
    pub detail: Option<String>,
    /// What can be ticked: (key saved when ticked, text). A module's steps
    /// (`module/step`), a milestone (`milestone/<id>`); none for answering.
    pub checks: Vec<(String, String)>,
}

/// A plan task in words.
pub fn task(texts: &Texts, task: &crate::plan::Task) -> TaskView {
    use crate::plan::Task;
    let minutes = |n: u16| filled(texts, "ui.export.minutes", &[("n", &n.to_string())]);
    let joined = |parts: Vec<String>| parts.into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" · ");
    match task {
        Task::Module { module, part, parts, minutes: m, steps, partial, piece } => {
            let mut about = Vec::new();
            if *parts > 1 {
                about.push(filled(texts, "ui.export.part", &[("n", &part.to_string()), ("of", &parts.to_string())]));
            }
            if let Some((n, of)) = piece {
                about.push(filled(texts, "ui.export.piece", &[("n", &n.to_string()), ("of", &of.to_string())]));
            }
            if *partial {
                about.push(text(texts, "ui.export.partial").to_owned());
            }
            about.push(minutes(*m));
            TaskView {
                title: texts.get(&key::module_title(module)).to_owned(),
                about: joined(about),
                summary: (*part == 1).then(|| texts.get(&key::module_summary(module)).to_owned()),
                detail: None,
                checks: steps
                    .iter()
                    .map(|s| (format!("{module}/{s}"), texts.get(&key::module_step(module, s)).to_owned()))
                    .collect(),
            }
        }
        Task::Milestone { milestone, minutes: m, short } => {
            let mut about = Vec::new();
            if *short {
                about.push(text(texts, "ui.export.short").to_owned());
            }
            if *m > 0 {
                about.push(minutes(*m));
            }
            let title = texts.get(&key::milestone_title(milestone)).to_owned();
            TaskView {
                title: title.clone(),
                about: joined(about),
                summary: None,
                detail: Some(texts.get(&key::milestone_detail(milestone)).to_owned()),
                checks: vec![(format!("milestone/{milestone}"), title)],
            }
        }
        Task::Answer { sections, items, minutes: m } => {
            let names: Vec<String> = sections.iter().map(|s| texts.get(&key::section_title(s)).to_owned()).collect();
            let title = filled(
                texts,
                &plural(texts, "ui.export.answer_task", u32::from(*items)),
                &[("n", &items.to_string()), ("sections", &names.join(text(texts, "ui.export.separator")))],
            );
            TaskView { title, about: minutes(*m), summary: None, detail: None, checks: Vec::new() }
        }
    }
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
