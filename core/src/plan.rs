//! The study plan: choose modules by gap and flag severity, order them by
//! priority with prerequisites first, and schedule them day by day from today
//! to the interview within the daily minutes, around the fixed milestones.

use crate::area::{Area, AreaMap};
use crate::bank::{Bank, Module};
use crate::date::Date;
use crate::format::Severity;
use crate::profile::Profile;
use crate::report::Flag;
use serde::Serialize;
use std::collections::BTreeMap;

/// Days planned when the profile has no interview date.
pub const DEFAULT_DAYS: i32 = 14;
/// Bounds on the daily study time, in minutes.
pub const DAILY_MINUTES: (u16, u16) = (10, 480);
/// An area scoring below this (or not scored) calls for study.
pub const STUDY_BELOW: f32 = 80.0;

/// The plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StudyPlan {
    /// First day of the plan (today).
    pub start: Date,
    /// Interview date (assumed when the profile has none).
    pub interview: Date,
    /// Why the date was assumed, if it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assumed: Option<Assumed>,
    /// Study minutes per day used for planning.
    pub daily_minutes: u16,
    /// Days that have tasks, in date order.
    pub days: Vec<PlanDay>,
    /// Modules that did not fit, highest priority first.
    pub left_out: Vec<LeftOut>,
    /// Milestones whose day had already passed.
    pub missed_milestones: Vec<String>,
    /// Total minutes of study scheduled.
    pub total_minutes: u32,
}

/// Why the plan assumed an interview date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Assumed {
    /// No date was given.
    NoDate,
    /// The date given is already past.
    DateInPast,
}

/// One day of the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanDay {
    /// The date.
    pub date: Date,
    /// Days relative to the interview (-1 = the day before).
    pub offset: i32,
    /// What to do.
    pub tasks: Vec<Task>,
    /// Minutes of all tasks.
    pub minutes: u16,
}

/// One task on one day.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Task {
    /// Work on a study module (maybe one part of it).
    Module {
        /// Module id.
        module: String,
        /// Part number, from 1.
        part: u16,
        /// Number of parts the module was split into.
        parts: u16,
        /// Minutes for this part.
        minutes: u16,
        /// Step ids to work on in this part.
        steps: Vec<String>,
    },
    /// A fixed milestone.
    Milestone {
        /// Milestone id.
        milestone: String,
        /// Minutes it takes.
        minutes: u16,
    },
}

/// A module that was not scheduled.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LeftOut {
    /// Module id.
    pub module: String,
    /// Its minutes.
    pub minutes: u16,
    /// Why.
    pub reason: LeftOutReason,
}

/// Why a module was left out.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum LeftOutReason {
    /// Not enough study time before the interview.
    NoTime,
    /// A module it requires was left out.
    Needs {
        /// That module.
        module: String,
    },
}

/// Priority of each applicable module that is worth studying, highest first.
/// Gaps count by the next stage's weights; flags add by severity.
pub fn priorities(
    bank: &Bank,
    profile: &Profile,
    areas: &AreaMap<Option<f32>>,
    weights: &AreaMap<f32>,
    flags: &[Flag],
) -> Vec<(usize, f32)> {
    let gap = |a: Area| areas.get(a).map_or(50.0, |s| 100.0 - s);
    let mut out: Vec<(usize, f32)> = Vec::new();
    for (i, m) in bank.modules.iter().enumerate().filter(|(_, m)| m.when.matches(profile)) {
        let flag_part: f32 = flags
            .iter()
            .filter(|f| f.severity != Severity::Strength && f.modules.contains(&m.id))
            .map(|f| match f.severity {
                Severity::Critical => 300.0,
                Severity::Risk => 150.0,
                _ => 50.0,
            })
            .sum();
        let needs_study = m.areas.iter().any(|a| areas.get(*a).is_none_or(|s| s < STUDY_BELOW));
        if flag_part == 0.0 && !needs_study {
            continue;
        }
        let area_part =
            m.areas.iter().map(|a| gap(*a) * weights.get(*a) * 5.0).sum::<f32>() / m.areas.len().max(1) as f32;
        out.push((i, area_part + flag_part));
    }
    out.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| bank.modules[a.0].id.cmp(&bank.modules[b.0].id)));
    out
}

/// Orders modules by priority, pulling each module's prerequisites in before it.
fn with_prerequisites(bank: &Bank, profile: &Profile, ranked: &[(usize, f32)]) -> Vec<usize> {
    fn add(bank: &Bank, profile: &Profile, i: usize, out: &mut Vec<usize>, depth: usize) {
        if out.contains(&i) || depth > bank.modules.len() {
            return;
        }
        for r in &bank.modules[i].requires {
            if let Some(j) = bank.modules.iter().position(|m| &m.id == r) {
                if bank.modules[j].when.matches(profile) {
                    add(bank, profile, j, out, depth + 1);
                }
            }
        }
        if !out.contains(&i) {
            out.push(i);
        }
    }
    let mut out = Vec::new();
    for &(i, _) in ranked {
        add(bank, profile, i, &mut out, 0);
    }
    out
}

/// Builds the plan.
pub fn plan(bank: &Bank, profile: &Profile, today: Date, ranked: &[(usize, f32)]) -> StudyPlan {
    let daily = profile.daily_minutes.clamp(DAILY_MINUTES.0, DAILY_MINUTES.1);
    let (interview, assumed) = match profile.interview_date {
        Some(d) if d >= today => (d, None),
        Some(_) => (today.add_days(DEFAULT_DAYS), Some(Assumed::DateInPast)),
        None => (today.add_days(DEFAULT_DAYS), Some(Assumed::NoDate)),
    };
    let study_days = today.days_until(interview).max(0);
    let mut days: BTreeMap<Date, PlanDay> = BTreeMap::new();
    let mut used: BTreeMap<Date, u32> = BTreeMap::new();
    let mut missed = Vec::new();
    let push = |days: &mut BTreeMap<Date, PlanDay>, date: Date, task: Task, minutes: u16| {
        let day = days.entry(date).or_insert_with(|| PlanDay {
            date,
            offset: interview.days_until(date),
            tasks: Vec::new(),
            minutes: 0,
        });
        day.tasks.push(task);
        day.minutes = day.minutes.saturating_add(minutes);
    };

    for m in bank.milestones.iter().filter(|m| m.when.matches(profile)) {
        let mut date = interview.add_days(m.day);
        if m.day < 0 && date < today {
            date = today;
        }
        if m.day < 0 && date >= interview {
            missed.push(m.id.clone());
            continue;
        }
        *used.entry(date).or_default() += u32::from(m.minutes);
        push(&mut days, date, Task::Milestone { milestone: m.id.clone(), minutes: m.minutes }, m.minutes);
    }

    let order = with_prerequisites(bank, profile, ranked);
    let capacity =
        |d: &Date, used: &BTreeMap<Date, u32>| u32::from(daily).saturating_sub(used.get(d).copied().unwrap_or(0));
    let mut remaining: u64 = (0..study_days).map(|k| u64::from(capacity(&today.add_days(k), &used))).sum();
    let mut cursor = 0i32;
    let mut left_out: Vec<LeftOut> = Vec::new();
    let mut total = 0u32;
    for i in order {
        let module: &Module = &bank.modules[i];
        if let Some(missing) = module.requires.iter().find(|r| left_out.iter().any(|l| &&l.module == r)) {
            left_out.push(LeftOut {
                module: module.id.clone(),
                minutes: module.minutes,
                reason: LeftOutReason::Needs { module: missing.clone() },
            });
            continue;
        }
        if u64::from(module.minutes) > remaining {
            left_out.push(LeftOut {
                module: module.id.clone(),
                minutes: module.minutes,
                reason: LeftOutReason::NoTime,
            });
            continue;
        }
        // Place the module's minutes from the cursor onwards, splitting across days.
        let mut pieces: Vec<(Date, u16)> = Vec::new();
        let mut left = u32::from(module.minutes);
        while left > 0 && cursor < study_days {
            let date = today.add_days(cursor);
            let free = capacity(&date, &used);
            if free == 0 {
                cursor += 1;
                continue;
            }
            let take = free.min(left);
            *used.entry(date).or_default() += take;
            pieces.push((date, take as u16));
            left -= take;
        }
        remaining -= u64::from(module.minutes);
        total += u32::from(module.minutes);
        let parts = pieces.len() as u16;
        let n = module.steps.len();
        for (k, (date, minutes)) in pieces.into_iter().enumerate() {
            let (from, to) = (k * n / parts as usize, (k + 1) * n / parts as usize);
            let task = Task::Module {
                module: module.id.clone(),
                part: k as u16 + 1,
                parts,
                minutes,
                steps: module.steps[from..to].to_vec(),
            };
            push(&mut days, date, task, minutes);
        }
    }
    StudyPlan {
        start: today,
        interview,
        assumed,
        daily_minutes: daily,
        days: days.into_values().collect(),
        left_out,
        missed_milestones: missed,
        total_minutes: total,
    }
}
