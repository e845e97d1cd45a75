//! The plan in words: where a day sits, the summary, each task.

use super::{date, filled, plural, text};
use crate::plan::{Assumed, MissedReason, PlanDay, PlanKind, StudyPlan, Target};
use crate::text::{key, Texts};

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

/// The notes under the plan's summary, in order: why the date was assumed,
/// what kind of plan this is, and the milestones it leaves out and why.
pub fn plan_notes(texts: &Texts, plan: &StudyPlan) -> Vec<String> {
    let offer = plan.target == Target::ReplyDeadline;
    let days = plan.start.days_until(plan.interview).to_string();
    let mut notes = Vec::new();
    if let Some(assumed) = plan.assumed {
        let k = match (assumed, offer) {
            (Assumed::NoDate, false) => "ui.export.no_date",
            (Assumed::NoDate, true) => "ui.export.no_date_offer",
            (Assumed::DateInPast, false) => "ui.export.date_in_past",
            (Assumed::DateInPast, true) => "ui.export.date_in_past_offer",
        };
        notes.push(filled(texts, k, &[("days", &days)]));
    }
    match (plan.kind, offer) {
        (PlanKind::Starter, _) => notes.push(text(texts, "ui.export.plan_starter").to_owned()),
        (PlanKind::Maintenance, false) => notes.push(text(texts, "ui.export.plan_maintenance").to_owned()),
        (PlanKind::Maintenance, true) => notes.push(text(texts, "ui.export.plan_nothing_offer").to_owned()),
        (PlanKind::Focused, _) => {}
    }
    for (reason, k) in [
        (MissedReason::Passed, "ui.export.missed"),
        (MissedReason::NoTime, "ui.export.missed_no_time"),
        (MissedReason::NoDate, if offer { "ui.export.when_dated_offer" } else { "ui.export.when_dated" }),
    ] {
        let titles: Vec<String> = plan
            .missed_milestones
            .iter()
            .filter(|m| m.reason == reason)
            .map(|m| texts.get(&key::milestone_title(&m.milestone)).to_owned())
            .collect();
        if !titles.is_empty() {
            notes.push(filled(texts, k, &[("milestones", &titles.join(text(texts, "ui.export.separator")))]));
        }
    }
    notes
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
    let joined = |parts: Vec<String>| {
        parts.into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(text(texts, "ui.export.dot"))
    };
    match task {
        Task::Module { module, part, parts, minutes: m, again: Some(first), .. } => {
            // A return to steps done on an earlier day: one line that points there,
            // ticked on its own, instead of the same steps printed once more.
            let again = match parts {
                1 => text(texts, "ui.export.again").to_owned(),
                _ => filled(texts, "ui.export.again_n", &[("n", &part.to_string()), ("of", &parts.to_string())]),
            };
            let about = vec![again, minutes(*m)];
            let line = filled(texts, "ui.export.again_steps", &[("date", &crate::present::date(texts, *first))]);
            TaskView {
                title: texts.get(&key::module_title(module)).to_owned(),
                about: joined(about),
                summary: None,
                detail: None,
                checks: vec![(format!("{module}/again/{part}"), line)],
            }
        }
        Task::Module { module, part, parts, minutes: m, steps, partial, piece, again: None } => {
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
                detail: Some(match short.then(|| texts.find(&key::milestone_detail_short(milestone))).flatten() {
                    Some(brief) => brief.to_owned(),
                    None => texts.get(&key::milestone_detail(milestone)).to_owned(),
                }),
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
