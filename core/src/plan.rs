//! The study plan: choose modules by gap and flag severity, weighted by how
//! close their stage is to the candidate's next one, and schedule them day by
//! day from today to the interview, around the fixed milestones.
//!
//! The plan keeps these promises (each one has a test in `core/tests/plan.rs`):
//! * No day holds more than the daily minutes: a milestone that does not fit
//!   takes its short version, or is listed as not fitting.
//! * No part of a module is shorter than its `min_part`, except the last piece.
//! * The highest priorities come first; a module that does not fit whole keeps
//!   the steps that fit (marked `partial`), else it is left out with the reason.
//! * Nothing is both scheduled and left out; a module that a scheduled
//!   milestone puts into practice is never listed as left out.
//! * A candidate with too few answers for any score gets the starter plan (how
//!   hiring works, a first mock interview, and the sections to answer next); a
//!   candidate with nothing to fix gets the maintenance plan; days left empty
//!   after the priorities are filled with maintenance.

use crate::area::{Area, AreaMap};
use crate::bank::{Bank, Module};
use crate::date::Date;
use crate::format::Severity;
use crate::profile::Profile;
use crate::report::{stage_distance, Flag};
use crate::score::Scores;
use serde::Serialize;
use std::collections::BTreeMap;

/// Days planned when the profile has no interview date.
pub const DEFAULT_DAYS: i32 = 14;
/// Bounds on the daily study time, in minutes.
pub const DAILY_MINUTES: (u16, u16) = (10, 480);
/// An area scoring below this (or not scored) calls for study.
pub const STUDY_BELOW: f32 = 80.0;
/// Maintenance fills at most this many days before the interview (a plan for
/// an interview months away does not list months of mock interviews).
pub const MAINTENANCE_DAYS: i32 = 28;

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
    /// Which kind of plan this is.
    pub kind: PlanKind,
    /// Study minutes per day used for planning: no day holds more.
    pub daily_minutes: u16,
    /// Days that have tasks, in date order.
    pub days: Vec<PlanDay>,
    /// Modules that did not fit at all, highest priority first.
    pub left_out: Vec<LeftOut>,
    /// Modules of which only the first steps fit, with the steps left out.
    pub shortened: Vec<Shortened>,
    /// Milestones that are not in the plan, and why.
    pub missed_milestones: Vec<MissedMilestone>,
    /// Total minutes of study scheduled (modules and the questionnaire task).
    pub total_minutes: u32,
}

/// Which kind of plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanKind {
    /// Too few answers for any score: how hiring works, a first mock
    /// interview, and the sections to answer next.
    Starter,
    /// Modules chosen by the candidate's gaps and flags.
    Focused,
    /// Nothing to fix: mock interviews and a final review.
    Maintenance,
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
    /// Minutes of all tasks (never more than the daily minutes).
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
        /// Only the first steps of the module fit before the interview.
        partial: bool,
    },
    /// A fixed milestone.
    Milestone {
        /// Milestone id.
        milestone: String,
        /// Minutes it takes.
        minutes: u16,
        /// Its short version, because the day had less time.
        short: bool,
    },
    /// Answer more of the questionnaire, so the plan can be made for you.
    Answer {
        /// Section ids to answer, in questionnaire order.
        sections: Vec<String>,
        /// Unanswered items in them.
        items: u16,
        /// Minutes it takes.
        minutes: u16,
    },
}

impl Task {
    /// Minutes the task takes.
    pub fn minutes(&self) -> u16 {
        match self {
            Task::Module { minutes, .. } | Task::Milestone { minutes, .. } | Task::Answer { minutes, .. } => *minutes,
        }
    }
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

/// A module of which only the first steps fit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Shortened {
    /// Module id.
    pub module: String,
    /// Steps scheduled.
    pub steps: Vec<String>,
    /// Steps that did not fit.
    pub left: Vec<String>,
}

/// A milestone that is not in the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MissedMilestone {
    /// Milestone id.
    pub milestone: String,
    /// Why.
    pub reason: MissedReason,
}

/// Why a milestone is not in the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MissedReason {
    /// Its day is already past.
    Passed,
    /// Not even its short version fits the daily minutes.
    NoTime,
}

/// How much a module or flag counts by its distance from the next stage
/// (see [`stage_distance`]): the next stage fully, later ones less the further
/// they are, earlier ones least.
pub fn stage_relevance(distance: u8) -> f32 {
    match distance {
        0 => 1.0,
        1 => 0.5,
        2 => 0.35,
        3..=9 => 0.25,
        _ => 0.15,
    }
}

/// Priority of each applicable module that is worth studying, highest first.
/// Gaps count by the next stage's weights; flags add by severity; both are
/// weighted by how close the module's and the flag's stages are to the next one.
pub fn priorities(
    bank: &Bank,
    profile: &Profile,
    areas: &AreaMap<Option<f32>>,
    weights: &AreaMap<f32>,
    flags: &[Flag],
) -> Vec<(usize, f32)> {
    let next = profile.next_stage;
    let gap = |a: Area| areas.get(a).map_or(50.0, |s| 100.0 - s);
    let mut out: Vec<(usize, f32)> = Vec::new();
    for (i, m) in bank.modules.iter().enumerate().filter(|(_, m)| m.when.matches(profile)) {
        let flag_part: f32 = flags
            .iter()
            .filter(|f| f.severity != Severity::Strength && f.modules.contains(&m.id))
            .map(|f| {
                let points = match f.severity {
                    Severity::Critical => 300.0,
                    Severity::Risk => 150.0,
                    _ => 50.0,
                };
                points * stage_relevance(stage_distance(&f.stages, next).0)
            })
            .sum();
        let needs_study = m.areas.iter().any(|a| areas.get(*a).is_none_or(|s| s < STUDY_BELOW));
        if flag_part == 0.0 && !needs_study {
            continue;
        }
        let area_part =
            m.areas.iter().map(|a| gap(*a) * weights.get(*a) * 5.0).sum::<f32>() / m.areas.len().max(1) as f32;
        let relevance = stage_relevance(stage_distance(&m.stages, next).0);
        out.push((i, (area_part + flag_part) * relevance));
    }
    out.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| bank.modules[a.0].id.cmp(&bank.modules[b.0].id)));
    out
}

/// Orders modules by priority, pulling each module's prerequisites in before it.
fn with_prerequisites(bank: &Bank, profile: &Profile, ranked: &[usize]) -> Vec<usize> {
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
    for &i in ranked {
        add(bank, profile, i, &mut out, 0);
    }
    out
}

/// The days and their free minutes while the plan is being built.
struct Calendar {
    today: Date,
    interview: Date,
    daily: u32,
    days: BTreeMap<Date, PlanDay>,
}

impl Calendar {
    fn free(&self, date: Date) -> u32 {
        self.daily.saturating_sub(self.days.get(&date).map_or(0, |d| u32::from(d.minutes)))
    }

    fn push(&mut self, date: Date, task: Task) {
        let minutes = task.minutes();
        let offset = self.interview.days_until(date);
        let day = self.days.entry(date).or_insert_with(|| PlanDay { date, offset, tasks: Vec::new(), minutes: 0 });
        day.tasks.push(task);
        day.minutes = day.minutes.saturating_add(minutes);
    }

    fn study_days(&self) -> i32 {
        self.today.days_until(self.interview).max(0)
    }

    /// Where `minutes` would go from day `cursor` on, in pieces of at least
    /// `min_part` (a last piece may be shorter): the pieces and the day after
    /// the last, or None when it does not fit before the interview.
    fn fit(&self, cursor: i32, minutes: u32, min_part: u32) -> Option<(Vec<(Date, u32)>, i32)> {
        let mut pieces = Vec::new();
        let mut left = minutes;
        let mut day = cursor;
        while left > 0 {
            if day >= self.study_days() {
                return None;
            }
            let date = self.today.add_days(day);
            let free = self.free(date);
            if free >= left || free >= min_part.max(1) {
                let take = free.min(left);
                pieces.push((date, take));
                left -= take;
                if left == 0 {
                    return Some((pieces, if free > take { day } else { day + 1 }));
                }
            }
            day += 1;
        }
        Some((pieces, day))
    }
}

/// Step minutes: the module's minutes spread over its steps, the remainder to the first ones.
fn step_minutes(module: &Module) -> Vec<u32> {
    let n = module.steps.len().max(1) as u32;
    let (each, extra) = (u32::from(module.minutes) / n, u32::from(module.minutes) % n);
    (0..n).map(|k| each + u32::from(k < extra)).collect()
}

/// Builds the plan from the module priorities and the scores (which tell
/// whether anything is known yet).
pub fn plan(bank: &Bank, profile: &Profile, today: Date, ranked: &[(usize, f32)], scores: &Scores) -> StudyPlan {
    let daily = profile.daily_minutes.clamp(DAILY_MINUTES.0, DAILY_MINUTES.1);
    let (interview, assumed) = match profile.interview_date {
        Some(d) if d >= today => (d, None),
        Some(_) => (today.add_days(DEFAULT_DAYS), Some(Assumed::DateInPast)),
        None => (today.add_days(DEFAULT_DAYS), Some(Assumed::NoDate)),
    };
    let mut cal = Calendar { today, interview, daily: u32::from(daily), days: BTreeMap::new() };
    let mut missed = Vec::new();

    // Milestones first: they are tied to their day (or, for a day before the
    // interview that is already past or full, the nearest earlier free day).
    for m in bank.milestones.iter().filter(|m| m.when.matches(profile)) {
        let mut date = interview.add_days(m.day);
        if m.day < 0 && date < today {
            date = today;
        }
        if m.day < 0 && date >= interview {
            missed.push(MissedMilestone { milestone: m.id.clone(), reason: MissedReason::Passed });
            continue;
        }
        let earliest = if m.day < 0 { today } else { date };
        let mut placed = false;
        let mut d = date;
        while d >= earliest && !placed {
            let free = cal.free(d);
            let (minutes, short) = if u32::from(m.minutes) <= free {
                (m.minutes, false)
            } else if u32::from(m.short) <= free {
                (m.short, true)
            } else {
                d = d.add_days(-1);
                continue;
            };
            cal.push(d, Task::Milestone { milestone: m.id.clone(), minutes, short });
            placed = true;
        }
        if !placed {
            missed.push(MissedMilestone { milestone: m.id.clone(), reason: MissedReason::NoTime });
        }
    }

    let known = scores.areas.iter().any(|(_, s)| s.is_some());
    let needs: Vec<usize> = ranked.iter().map(|(i, _)| *i).collect();
    let applicable = |ids: &[String]| -> Vec<usize> {
        ids.iter()
            .filter_map(|id| bank.modules.iter().position(|m| &m.id == id))
            .filter(|&i| bank.modules[i].when.matches(profile))
            .collect()
    };
    let (kind, chosen) = if !known {
        (PlanKind::Starter, applicable(&bank.starter))
    } else if needs.is_empty() {
        (PlanKind::Maintenance, Vec::new())
    } else {
        (PlanKind::Focused, needs)
    };

    let mut total = 0u32;
    // Answer more first when the next stage lacks evidence (and always in the starter plan).
    let next = crate::area::Stage::ALL.iter().position(|s| *s == profile.next_stage).unwrap_or(0);
    let short_of: Vec<Area> = if known { scores.stage_missing[next].clone() } else { Area::ALL.to_vec() };
    let per_item = bank.minutes_per_item.max(0.1);
    let answer_day = (0..cal.study_days()).map(|k| today.add_days(k)).find(|d| cal.free(*d) as f32 >= per_item);
    if let (false, Some(day)) = (short_of.is_empty(), answer_day) {
        let unanswered =
            |i: &&crate::bank::Item| scores.items.iter().find(|o| o.item == i.id).is_some_and(|o| o.credits.is_none());
        let room = (cal.free(day) as f32 / per_item).floor() as u16;
        let mut sections: Vec<String> = Vec::new();
        let mut items = 0u16;
        for section in &bank.sections {
            let open = bank
                .items
                .iter()
                .filter(|i| &i.section == section && i.when.matches(profile))
                .filter(|i| short_of.iter().any(|a| *i.weights.get(*a) > 0.0))
                .filter(unanswered)
                .count() as u16;
            let fits = open.min(room - items);
            if fits == 0 {
                if items >= room {
                    break;
                }
                continue;
            }
            sections.push(section.clone());
            items += fits;
        }
        let minutes = (f32::from(items) * per_item).ceil() as u16;
        if items > 0 {
            total += u32::from(minutes);
            cal.push(day, Task::Answer { sections, items, minutes });
        }
    }

    let order = with_prerequisites(bank, profile, &chosen);
    let mut cursor = 0i32;
    let mut left_out: Vec<LeftOut> = Vec::new();
    let mut shortened: Vec<Shortened> = Vec::new();
    let mut placed_any: Vec<String> = Vec::new();
    let mut schedule = |cal: &mut Calendar, cursor: &mut i32, module: &Module, total: &mut u32| -> Result<(), ()> {
        let steps = step_minutes(module);
        // A sitting cannot be longer than a day's study time.
        let min_part = u32::from(module.min_part).min(cal.daily);
        // Whole, or else the longest run of first steps that still makes a useful sitting.
        let mut take = module.steps.len();
        let mut found = None;
        while take > 0 {
            let minutes: u32 = steps[..take].iter().sum();
            if minutes >= min_part.min(u32::from(module.minutes)) || take == module.steps.len() {
                if let Some(fit) = cal.fit(*cursor, minutes, min_part) {
                    found = Some((take, fit));
                    break;
                }
            }
            take -= 1;
        }
        let Some((take, (pieces, after))) = found else { return Err(()) };
        let partial = take < module.steps.len();
        let parts = pieces.len() as u16;
        // Each step goes to the piece where its first minute falls.
        let mut starts = Vec::new();
        let mut at = 0u32;
        for m in &steps[..take] {
            starts.push(at);
            at += m;
        }
        let mut from = 0u32;
        for (k, (date, minutes)) in pieces.into_iter().enumerate() {
            let to = from + minutes;
            let mut in_piece: Vec<String> =
                (0..take).filter(|&s| starts[s] >= from && starts[s] < to).map(|s| module.steps[s].clone()).collect();
            if in_piece.is_empty() {
                // The piece continues the step begun before it.
                if let Some(s) = (0..take).rev().find(|&s| starts[s] < from) {
                    in_piece.push(module.steps[s].clone());
                }
            }
            cal.push(
                date,
                Task::Module {
                    module: module.id.clone(),
                    part: k as u16 + 1,
                    parts,
                    minutes: minutes as u16,
                    steps: in_piece,
                    partial,
                },
            );
            *total += minutes;
            from = to;
        }
        if partial {
            shortened.push(Shortened {
                module: module.id.clone(),
                steps: module.steps[..take].to_vec(),
                left: module.steps[take..].to_vec(),
            });
        }
        *cursor = after;
        Ok(())
    };

    for i in order {
        let module = &bank.modules[i];
        if let Some(missing) = module.requires.iter().find(|r| left_out.iter().any(|l| &&l.module == r)) {
            left_out.push(LeftOut {
                module: module.id.clone(),
                minutes: module.minutes,
                reason: LeftOutReason::Needs { module: missing.clone() },
            });
            continue;
        }
        match schedule(&mut cal, &mut cursor, module, &mut total) {
            Ok(()) => placed_any.push(module.id.clone()),
            Err(()) => left_out.push(LeftOut {
                module: module.id.clone(),
                minutes: module.minutes,
                reason: LeftOutReason::NoTime,
            }),
        }
    }

    // Days still empty before the interview: keep practising with the maintenance
    // modules (not in the starter plan, whose first job is to get answers).
    let maintenance = applicable(&bank.maintenance);
    if !maintenance.is_empty() && kind != PlanKind::Starter {
        let empty = |cal: &Calendar, k: i32| !cal.days.contains_key(&today.add_days(k));
        let mut k = cursor.max(cal.study_days() - MAINTENANCE_DAYS).min(cal.study_days());
        let mut turn = 0usize;
        let mut misses = 0usize;
        while k < cal.study_days() && misses < maintenance.len() {
            if !empty(&cal, k) {
                k += 1;
                continue;
            }
            let module = &bank.modules[maintenance[turn % maintenance.len()]];
            turn += 1;
            let mut at = k;
            if schedule(&mut cal, &mut at, module, &mut total).is_ok() {
                placed_any.push(module.id.clone());
                misses = 0;
                k = at.max(k + 1);
            } else {
                misses += 1;
            }
        }
    }

    // Nothing is both scheduled and left out; a module a milestone puts into
    // practice is covered by it.
    let covered: Vec<&String> = bank
        .milestones
        .iter()
        .filter(|m| {
            cal.days
                .values()
                .flat_map(|d| &d.tasks)
                .any(|t| matches!(t, Task::Milestone { milestone, .. } if milestone == &m.id))
        })
        .filter_map(|m| m.module.as_ref())
        .collect();
    left_out.retain(|l| !placed_any.contains(&l.module) && !covered.contains(&&l.module));
    shortened.retain(|s| !left_out.iter().any(|l| l.module == s.module));

    StudyPlan {
        start: today,
        interview,
        assumed,
        kind,
        daily_minutes: daily,
        days: cal.days.into_values().collect(),
        left_out,
        shortened,
        missed_milestones: missed,
        total_minutes: total,
    }
}
