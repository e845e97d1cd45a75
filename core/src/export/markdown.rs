//! The report and the plan as one Markdown document (CommonMark with GitHub
//! tables and task items), for printing, keeping or sending to a mentor.

use super::{date, fill, score, text};
use crate::plan::{LeftOutReason, Task};
use crate::profile::{JapaneseLevel, Profile};
use crate::report::{Cap, Missing, Point};
use crate::text::{key, Texts};
use crate::Evaluation;
use serde::Serialize;
use std::collections::BTreeSet;

/// Makes text safe to put inline in Markdown: line breaks and runs of spaces
/// become one space, characters with a meaning in Markdown are escaped, and a
/// start that would open a list or heading is escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        for c in word.chars() {
            if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#' | '&') {
                out.push('\\');
            }
            out.push(c);
        }
    }
    if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    }
    let digits = out.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && out[digits..].starts_with(['.', ')']) {
        out.insert(digits, '\\');
    }
    out
}

/// The serde id of a profile value (`"sme"`, `"public_sector"`...).
fn id(v: impl Serialize) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// The report and plan as Markdown in the language of `texts`. Plan steps and
/// milestones are task items, ticked when their key (`module/step`,
/// `milestone/<id>`) is in `done`.
pub fn to_markdown(evaluation: &Evaluation, profile: &Profile, texts: &Texts, done: &BTreeSet<String>) -> String {
    let (report, plan) = (&evaluation.report, &evaluation.plan);
    let t = |k: &str| escape(text(texts, k));
    let f = |k: &str, v: &[(&str, &str)]| fill(&escape(text(texts, k)), v);
    let day = |d| escape(&date(texts, d));
    let mut out = String::new();
    let mut ln = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };

    // Title and situation.
    ln(&format!("# {}\n", t("ui.export.title")));
    ln(&format!("{}\n", f("ui.export.made_on", &[("date", &day(plan.start))])));
    let stage = t(&key::stage_name(profile.next_stage));
    let mut situation = vec![
        t(&format!("ui.profile.company.{}", id(profile.company))),
        t(&format!("ui.profile.industry.{}", id(profile.industry))),
        t(&format!("ui.profile.region.{}", id(profile.region))),
        t(&format!("ui.profile.format.{}", id(profile.format))),
        match profile.interview_date {
            Some(d) => f("ui.export.stage_on", &[("stage", &stage), ("date", &day(d))]),
            None => stage.clone(),
        },
        match t(&format!("ui.profile.japanese.{}", id(profile.japanese))) {
            level if level.is_empty() || profile.japanese == JapaneseLevel::NotGiven => String::new(),
            level => f("ui.export.japanese_level", &[("level", &level)]),
        },
        f("ui.export.years", &[("n", &profile.years_experience.to_string())]),
        f("ui.export.minutes_a_day", &[("n", &plan.daily_minutes.to_string())]),
    ];
    situation.retain(|s| !s.is_empty());
    let bold = |s: &str| format!("**{s}**");
    let label = |l: &str, text: &str| fill(&t("ui.export.label"), &[("label", l), ("text", text)]);
    let detail = |title: &str, d: &str| fill(&t("ui.export.with_detail"), &[("title", title), ("detail", d)]);
    let sep = text(texts, "ui.export.separator");
    ln(&format!("{}\n", label(&bold(&t("ui.export.situation")), &situation.join(text(texts, "ui.export.dot")))));

    // Why a score is held down, and what is missing for one.
    let capped = |before: Option<f32>, now: f32, by: &[Cap]| {
        escape(&crate::present::limited_by(texts, before.unwrap_or(now), now, by))
    };
    let missing = |m: &[Missing], items: u32| escape(&crate::present::missing(texts, m, items));

    // Overall score and legend.
    ln(&format!("## {}\n", t("ui.export.overall")));
    match (report.overall, &report.band) {
        (Some(s), Some(b)) => {
            ln(&format!(
                "**{}**\n",
                f(
                    "ui.export.overall_score",
                    &[("score", &score(s)), ("band", &t(&key::band_name(b))), ("stage", &stage)]
                )
            ));
            if !report.limited_by.is_empty() {
                let before = report.stages.iter().find(|x| x.stage == report.next_stage).and_then(|x| x.before_limits);
                ln(&format!("{}\n", capped(before, s, &report.limited_by)));
            }
        }
        _ if report.answered == 0 => ln(&format!("{}\n", t("ui.export.no_score"))),
        _ => {
            let now = report.stages.iter().find(|s| s.stage == report.next_stage);
            ln(&format!("{}\n", escape(&now.map(|s| crate::present::missing_for(texts, s)).unwrap_or_default())))
        }
    }
    ln(&format!(
        "{}\n",
        f("ui.export.answered", &[("n", &report.answered.to_string()), ("total", &report.applicable.to_string())])
    ));
    // What a point is about, and its next action.
    let what = |p: &Point| escape(&crate::present::point_title(texts, p));
    let next = |p: &Point| crate::present::next_action(texts, p).map(|n| escape(&n)).unwrap_or_default();
    let item = |p: &Point| {
        let n = next(p);
        if n.is_empty() {
            format!("- {}", bold(&what(p)))
        } else {
            format!("- {}", f("ui.export.point", &[("what", &bold(&what(p))), ("next", &n)]))
        }
    };

    // What to work on first, then what holds: the eye lands here after the score.
    for (heading, none, points) in [
        ("ui.export.risks", crate::present::no_risks as fn(&Texts, &crate::report::Report) -> String, &report.risks),
        ("ui.export.strengths", crate::present::no_strengths, &report.strengths),
    ] {
        ln(&format!("## {}\n", t(heading)));
        if points.is_empty() {
            ln(&escape(&none(texts, report)));
        }
        for p in points {
            ln(&item(p));
        }
        ln("");
    }
    if let Some(line) = crate::present::kept_aside(texts, report) {
        ln(&format!("{}\n", escape(&line)));
    }
    if !report.revised.is_empty() {
        ln(&format!("## {}\n", t("ui.export.revised")));
        for r in &report.revised {
            ln(&format!("- {}", t(&key::item_prompt(&r.item))));
        }
        ln("");
    }

    // Stages.
    ln(&format!("\n## {}\n", t("ui.export.stages")));
    for s in &report.stages {
        let sentence = |text: &str| f("ui.export.sentence", &[("text", text)]);
        let result = match (s.score, &s.band) {
            (Some(v), Some(b)) if s.limited_by.is_empty() => {
                sentence(&f("ui.export.score_band", &[("score", &score(v)), ("band", &t(&key::band_name(b)))]))
            }
            (Some(v), Some(b)) => f(
                "ui.export.then",
                &[
                    (
                        "first",
                        &sentence(&f(
                            "ui.export.score_band",
                            &[("score", &score(v)), ("band", &t(&key::band_name(b)))],
                        )),
                    ),
                    ("second", &capped(s.before_limits, v, &s.limited_by)),
                ],
            ),
            _ if s.missing.is_empty() && s.missing_items == 0 => sentence(&t("ui.export.not_scored")),
            _ => sentence(&missing(&s.missing, s.missing_items)),
        };
        let fix = match &s.fix {
            Some(p) => {
                // A fix already listed among the top risks above keeps its next
                // action there only.
                let n = if report.risks.contains(p) { String::new() } else { next(p) };
                let fix = f("ui.export.fix", &[("what", &what(p))]);
                if n.is_empty() {
                    fix
                } else {
                    f("ui.export.then", &[("first", &fix), ("second", &n)])
                }
            }
            None if s.score.is_none() => String::new(),
            None => t("ui.export.no_fix"),
        };
        let stage = bold(&t(&key::stage_name(s.stage)));
        ln(&format!("- {}", f("ui.export.stage_line", &[("stage", &stage), ("result", &result), ("fix", &fix)])));
    }

    // Areas.
    ln(&format!("## {}\n", t("ui.export.areas")));
    ln(&format!(
        "| {} | {} | {} | {} |\n| --- | ---: | --- | --- |",
        t("ui.export.area"),
        t("ui.export.score"),
        t("ui.export.band"),
        t("ui.export.coverage")
    ));
    for a in &report.areas {
        let mut answered =
            f("ui.export.answered_of", &[("n", &a.answered.to_string()), ("total", &a.applicable.to_string())]);
        if a.low_confidence && a.score.is_some() {
            answered = detail(&answered, &t("ui.export.low_confidence"));
        }
        ln(&format!(
            "| {} | {} | {} | {answered} |",
            t(&key::area_name(a.area)),
            a.score.map_or_else(|| t("ui.export.not_scored"), score),
            a.band.as_deref().map_or_else(String::new, |b| t(&key::band_name(b))),
        ));
    }

    // The plan, day by day.
    ln(&format!("## {}\n", t("ui.export.plan")));
    ln(&format!("{}\n", escape(&crate::present::plan_summary(texts, plan))));
    for note in crate::present::plan_notes(texts, plan) {
        ln(&format!("{}\n", escape(&note)));
    }
    let tick = |k: &str| if done.contains(k) { "- [x]" } else { "- [ ]" };
    for d in &plan.days {
        let minutes = f("ui.export.minutes", &[("n", &d.minutes.to_string())]);
        let dot = text(texts, "ui.export.dot");
        ln(&format!("### {}{dot}{}{dot}{minutes}\n", day(d.date), escape(&crate::present::when(texts, plan, d))));
        for task in &d.tasks {
            let v = crate::present::task(texts, task);
            let title = if v.about.is_empty() {
                bold(&escape(&v.title))
            } else {
                detail(&bold(&escape(&v.title)), &escape(&v.about))
            };
            match task {
                Task::Module { .. } => {
                    ln(&format!("{title}\n"));
                    if let Some(summary) = &v.summary {
                        ln(&format!("{}\n", escape(summary)));
                    }
                    for (k, step) in &v.checks {
                        ln(&format!("{} {}", tick(k), escape(step)));
                    }
                    ln("");
                }
                Task::Milestone { .. } => {
                    let line = label(&title, &escape(v.detail.as_deref().unwrap_or_default()));
                    let k = v.checks.first().map(|c| c.0.as_str()).unwrap_or_default();
                    ln(&format!("{} {line}\n", tick(k)));
                }
                Task::Answer { .. } => ln(&format!("- [ ] {title}\n")),
            }
        }
    }
    if !plan.other_stages.is_empty() {
        ln(&format!("### {}\n", t("ui.export.other_stages")));
        for m in &plan.other_stages {
            ln(&format!("- {}", t(&key::module_title(m))));
        }
        ln("");
    }
    if !plan.shortened.is_empty() {
        ln(&format!("### {}\n", t("ui.export.shortened")));
        for s in &plan.shortened {
            ln(&format!("- {}", bold(&t(&key::module_title(&s.module)))));
            for step in &s.left {
                ln(&format!("  - {}", t(&key::module_step(&s.module, step))));
            }
        }
        ln("");
    }
    if !plan.left_out.is_empty() {
        ln(&format!("### {}\n", t("ui.export.left_out")));
        for l in &plan.left_out {
            let reason = match &l.reason {
                LeftOutReason::NoTime => t("ui.export.reason_time"),
                LeftOutReason::Needs { module } => {
                    f("ui.export.reason_needs", &[("module", &t(&key::module_title(module)))])
                }
            };
            let minutes = f("ui.export.minutes", &[("n", &l.minutes.to_string())]);
            ln(&format!("- {}", label(&detail(&t(&key::module_title(&l.module)), &minutes), &reason)));
        }
    }
    // Risks for other stages: after the plan, titles only (the flags below explain them).
    if !report.later.is_empty() {
        ln(&format!("## {}\n", t("ui.export.later")));
        for group in &report.later {
            ln(&format!("### {}\n", escape(&crate::present::stage_heading(texts, report.next_stage, group.stage))));
            // Titles only: each is explained, with what to study, under the flags below.
            for p in &group.risks {
                ln(&format!("- {}", bold(&what(p))));
            }
            ln("");
        }
    }
    // Flags.
    ln(&format!("\n## {}\n", t("ui.export.flags")));
    if report.flags.is_empty() {
        ln(&format!("{}\n", t("ui.export.no_flags")));
    }
    // Under the stage each matters for most (the next stage first), most
    // serious first within a stage: the order the flags come in.
    let mut heading = None;
    for flag in &report.flags {
        if heading != Some(flag.stage) {
            heading = Some(flag.stage);
            ln(&format!("### {}\n", escape(&crate::present::stage_heading(texts, report.next_stage, flag.stage))));
        }
        let (severity, title) = (t(&key::severity_name(flag.severity)), t(&key::check_title(&flag.check)));
        ln(&format!("#### {}\n", f("ui.export.flag", &[("severity", &severity), ("title", &title)])));
        ln(&format!("{}\n", t(&key::check_explain(&flag.check))));
        if let Some(reason) = texts.find(&key::check_reason(&flag.check)) {
            ln(&format!("{}\n", label(&t(&key::severity_why(flag.severity)), &escape(reason))));
        }
        if !flag.modules.is_empty() {
            let titles: Vec<String> = flag.modules.iter().map(|m| t(&key::module_title(m))).collect();
            ln(&format!("{}\n", f("ui.export.study", &[("modules", &titles.join(sep))])));
        }
    }

    // How to read the scores: bands, caps and weights.
    ln(&format!("## {}\n", t("ui.export.legend")));
    let bands = &report.method.bands;
    for b in bands {
        let (band, legend) = (bold(&t(&key::band_name(&b.id))), t(&key::band_legend(&b.id)));
        ln(&format!("- {}", f("ui.export.legend_line", &[("band", &band), ("legend", &legend)])));
    }
    for l in &report.method.limits {
        let severity = bold(&t(&key::severity_name(l.severity)));
        ln(&format!("- {}", label(&severity, &t(&key::limit_reason(l.severity)))));
    }
    let weights: Vec<String> =
        report.method.weights.iter().map(|(a, w)| format!("{} {w}%", t(&key::area_name(a)))).collect();
    ln(&format!("\n{}\n", f("ui.export.method", &[("stage", &stage), ("weights", &weights.join(sep))])));

    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{answers, tiny_bank};
    use crate::{evaluate, Config};

    #[test]
    fn markdown_characters_are_escaped_and_lines_joined() {
        assert_eq!(escape("a *b* [c](d) <e> f|g"), r"a \*b\* \[c\](d) \<e\> f\|g");
        assert_eq!(escape("one\ntwo   three "), "one two three");
        assert_eq!(escape("- not a list"), r"\- not a list");
        assert_eq!(escape("1. not a list"), r"1\. not a list");
        assert_eq!(escape("# not a heading"), r"\# not a heading");
        assert_eq!(escape("面接の「逆質問」"), "面接の「逆質問」");
        assert_eq!(escape("C# & R&D"), r"C\# \& R\&D");
    }

    fn sample(done: &[&str]) -> String {
        let bank = tiny_bank();
        let profile = Profile { interview_date: Some("2026-11-30".parse().unwrap()), ..Profile::default() };
        let e = evaluate(
            &bank,
            &profile,
            &answers("arrival=on_time mistake=apologise>blame prep=[script]"),
            &Config::new("2026-11-21".parse().unwrap()),
        );
        let texts = crate::text::Texts::default();
        to_markdown(&e, &profile, &texts, &done.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn the_document_has_every_part_in_order() {
        let md = sample(&[]);
        // Where the eye lands first: the score, then what to work on, then
        // what holds; the stages and areas; the plan; every flag under its
        // stage; how to read the scores last.
        let order = [
            "# ui.export.title",
            "## ui.export.overall",
            "## ui.export.risks",
            "## ui.export.strengths",
            "## ui.export.stages",
            "## ui.export.areas",
            "## ui.export.plan",
            "## ui.export.flags",
            "### stage.first\\_interview.name",
            "#### severity.risk.name: check.on\\_the\\_dot.title",
            "## ui.export.legend",
        ];
        let mut at = 0;
        for part in order {
            let found = md[at..].find(part).unwrap_or_else(|| panic!("{part} missing after {at} in\n{md}"));
            at += found;
        }
        assert!(md.contains("| area.technical.name |"), "{md}");
    }

    #[test]
    fn plan_steps_are_task_items_ticked_when_done() {
        let md = sample(&["punctuality/route", "milestone/mock"]);
        assert!(md.contains("- [x] module.punctuality.step.route"), "{md}");
        assert!(md.contains("- [ ] module.punctuality.step.rehearse"), "{md}");
        assert!(md.contains("- [x] **milestone.mock.title**"), "{md}");
        assert!(md.contains("- [ ] **milestone.thanks.title**"), "{md}");
    }
}
