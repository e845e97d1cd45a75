//! The study plan: choose modules by gap and flag severity, weighted by how
//! close their stage is to the candidate's next one, and schedule them day by
//! day from today to the interview, around the fixed milestones.
//!
//! The plan keeps these promises (each one has a test in `core/tests/plan.rs`):
//! * No day holds more than the daily minutes: a milestone that does not fit
//!   takes its short version, or is listed as not fitting.
//! * No part of a module is shorter than its `min_part`, except the last piece.
//! * What the next interview needs comes first: the next step of each of its
//!   critical flags (one step, on the first days), then the modules for those
//!   flags, then its core modules in the bank's order (what every such round
//!   asks), then the next step of each of its other risks (none planned
//!   twice; checked on every archetype in tests/tests/archetypes.rs), then
//!   its risk modules, then its other gaps and advice. Modules that only
//!   help other stages are not scheduled before it: they are listed in
//!   `other_stages` (not in the starter plan, whose job is to get answers).
//! * Without a known date, nothing is tied to the day before or the day of the
//!   interview: those milestones are listed for when the date is known. At the
//!   offer stage the plan counts down to the reply deadline (a week when none
//!   is given) and adds no maintenance mock interviews.
//! * Modules are split between steps, never inside one, unless a single step is
//!   longer than a day (then each piece says which piece of that step it is).
//! * A module that does not fit whole keeps the steps that fit (marked
//!   `partial`), else it is left out with the reason.
//! * Nothing is both scheduled and left out; a module that a scheduled
//!   milestone puts into practice is never listed as left out.
//! * A candidate with too few answers for any score gets the starter plan (how
//!   hiring works, a first mock interview, and the sections to answer next); a
//!   candidate with nothing to fix gets the maintenance plan; days left empty
//!   after the priorities are filled with maintenance.

use crate::answers::Answers;
use crate::area::{Area, AreaMap, Stage};
use crate::bank::{Bank, Module};
use crate::date::Date;
use crate::flags::{stage_distance, Flag};
use crate::profile::Profile;
use crate::score::Scores;
use crate::severity::Severity;
use serde::Serialize;
use std::collections::BTreeMap;

/// Days planned when the profile has no interview date.
pub const DEFAULT_DAYS: i32 = 14;
/// Days planned at the offer stage when no reply deadline is given: a week is
/// the usual time a company gives.
pub const DEFAULT_REPLY_DAYS: i32 = 7;
/// Bounds on the daily study time, in minutes.
pub const DAILY_MINUTES: (u16, u16) = (10, 480);
/// An area scoring below this (or not scored) calls for study.
pub const STUDY_BELOW: f32 = 80.0;
/// Maintenance fills at most this many days before the interview (a plan for
/// an interview months away does not list months of mock interviews).
pub const MAINTENANCE_DAYS: i32 = 28;
/// Days between two starts of a maintenance module that a milestone puts into
/// practice (one mock interview every few days); other maintenance modules
/// (a review) come back every other day at most.
pub const MAINTENANCE_GAP: i32 = 4;

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
    /// What the plan counts down to: the interview, or (at the offer stage) the
    /// date the candidate must reply by.
    pub target: Target,
    /// Study minutes per day used for planning: no day holds more.
    pub daily_minutes: u16,
    /// Days that have tasks, in date order.
    pub days: Vec<PlanDay>,
    /// Modules that did not fit at all, highest priority first.
    pub left_out: Vec<LeftOut>,
    /// Modules of which only the first steps fit, with the steps left out.
    pub shortened: Vec<Shortened>,
    /// Modules that would help at other stages only: for after this interview,
    /// or for other applications. Highest priority first.
    pub other_stages: Vec<String>,
    /// Milestones that are not in the plan, and why.
    pub missed_milestones: Vec<MissedMilestone>,
    /// Minutes of everything scheduled: the sum of the days.
    pub total_minutes: u32,
}

/// What the plan counts down to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    /// The next interview (or the screening deadline).
    Interview,
    /// The date the candidate must reply to an offer by.
    ReplyDeadline,
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
        /// When one step is longer than a day: this is piece `.0` of `.1` of it.
        #[serde(skip_serializing_if = "Option::is_none")]
        piece: Option<(u16, u16)>,
        /// A sitting that goes over steps an earlier day already holds (a
        /// maintenance module coming back): the day of the module's first
        /// sitting. Such a sitting is numbered among the returns only (`part`
        /// of `parts` counts them), so "part 2 of 6" never labels a repeat.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        again: Option<Date>,
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
    /// It is tied to the interview day (or the day before), and the date is
    /// not known.
    NoDate,
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

/// A module worth studying, with how urgent it is for the next stage.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranked {
    /// Index into `bank.modules`.
    pub module: usize,
    /// 0: a critical flag at the next stage; 1: a core module of the next
    /// stage with a gap; 2: a risk there; 3: another gap or advice there; 4:
    /// other stages only.
    pub tier: u8,
    /// Priority within the tier (core modules go in the bank's order instead):
    /// gaps by the next stage's weights plus flags by severity, weighted by how
    /// close their stages are.
    pub priority: f32,
}

/// Every applicable module worth studying, most urgent first.
pub fn priorities(
    bank: &Bank,
    profile: &Profile,
    areas: &AreaMap<Option<f32>>,
    weights: &AreaMap<f32>,
    flags: &[Flag],
) -> Vec<Ranked> {
    let next = profile.next_stage;
    let at = Stage::ALL.iter().position(|s| *s == next).unwrap_or(0);
    let gap = |a: Area| areas.get(a).map_or(50.0, |s| 100.0 - s);
    let mut out: Vec<Ranked> = Vec::new();
    for (i, m) in bank.modules.iter().enumerate().filter(|(_, m)| m.when.matches(profile)) {
        let mut tier = u8::MAX;
        let mut flag_part = 0.0f32;
        for f in flags.iter().filter(|f| f.severity != Severity::Strength && f.modules.contains(&m.id)) {
            let (distance, _) = stage_distance(&f.stages, next);
            let points = match f.severity {
                Severity::Critical => 300.0,
                Severity::Risk => 150.0,
                _ => 50.0,
            };
            flag_part += points * stage_relevance(distance);
            tier = tier.min(match (distance, f.severity) {
                (0, Severity::Critical) => 0,
                (0, Severity::Risk) => 2,
                (0, _) => 3,
                _ => 4,
            });
        }
        let needs_study = !m.only_for_flags && m.areas.iter().any(|a| areas.get(*a).is_none_or(|s| s < STUDY_BELOW));
        if needs_study {
            let core = bank.core[at].contains(&m.id);
            tier = tier.min(match (core, m.concerns(next)) {
                (true, _) => 1,
                (false, true) => 3,
                (false, false) => 4,
            });
        }
        if tier == u8::MAX {
            continue;
        }
        // A module that prepares only other stages waits for them, whatever
        // flag names it (an offer module before a first interview), unless
        // the flag is critical at the next stage.
        if tier > 0 && !m.concerns(next) {
            tier = 4;
        }
        let area_part =
            m.areas.iter().map(|a| gap(*a) * weights.get(*a) * 5.0).sum::<f32>() / m.areas.len().max(1) as f32;
        let relevance = stage_relevance(stage_distance(&m.stages, next).0);
        out.push(Ranked { module: i, tier, priority: (area_part + flag_part) * relevance });
    }
    let core_place = |r: &Ranked| bank.core[at].iter().position(|id| *id == bank.modules[r.module].id);
    crate::order::sort_by(&mut out, |a, b| {
        a.tier
            .cmp(&b.tier)
            .then_with(|| if a.tier == 1 { core_place(a).cmp(&core_place(b)) } else { std::cmp::Ordering::Equal })
            .then(b.priority.total_cmp(&a.priority))
            .then_with(|| bank.modules[a.module].id.cmp(&bank.modules[b.module].id))
    });
    out
}

/// Orders modules by priority, pulling in before each module what must come
/// first: its prerequisites (`requires`, when they apply) and `first(i)`.
fn with_prerequisites(
    bank: &Bank,
    profile: &Profile,
    ranked: &[usize],
    first: &dyn Fn(usize) -> Vec<usize>,
) -> Vec<usize> {
    fn add(
        bank: &Bank,
        profile: &Profile,
        first: &dyn Fn(usize) -> Vec<usize>,
        i: usize,
        out: &mut Vec<usize>,
        depth: usize,
    ) {
        if out.contains(&i) || depth > bank.modules.len() {
            return;
        }
        let required = bank.modules[i]
            .requires
            .iter()
            .filter_map(|r| bank.modules.iter().position(|m| &m.id == r))
            .filter(|&j| bank.modules[j].when.matches(profile));
        for j in required.chain(first(i)) {
            add(bank, profile, first, j, out, depth + 1);
        }
        if !out.contains(&i) {
            out.push(i);
        }
    }
    let mut out = Vec::new();
    for &i in ranked {
        add(bank, profile, first, i, &mut out, 0);
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

/// Where a module's steps would go: one piece per day (or per piece of a step
/// longer than a day).
struct Piece {
    date: Date,
    minutes: u32,
    steps: Vec<usize>,
    piece: Option<(u16, u16)>,
}

impl Calendar {
    fn free(&self, date: Date) -> u32 {
        self.daily.saturating_sub(self.days.get(&date).map_or(0, |d| u32::from(d.minutes)))
    }

    fn push(&mut self, date: Date, task: Task) {
        let minutes = task.minutes();
        let offset = self.interview.days_until(date);
        let day = self.days.entry(date).or_insert_with(|| PlanDay { date, offset, tasks: Vec::new(), minutes: 0 });
        day.minutes = day.minutes.saturating_add(minutes);
        // The first part of a module that lands on the day of a step of it done
        // first (a flag's next step) joins that step's task: one task per
        // module and day.
        if let Task::Module { module, minutes: more, steps, part: 1, parts, piece: None, .. } = &task {
            let earlier = day
                .tasks
                .iter_mut()
                .find(|t| matches!(t, Task::Module { module: was, piece: None, part: 1, .. } if was == module));
            if let Some(Task::Module { minutes: m, steps: done, parts: n, .. }) = earlier {
                done.extend(steps.iter().cloned());
                *m += *more;
                *n = *parts;
                return;
            }
        }
        day.tasks.push(task);
    }

    fn study_days(&self) -> i32 {
        self.today.days_until(self.interview).max(0)
    }

    /// Where `steps` (indices with their minutes) would go from day `cursor` on:
    /// whole steps on the first day with room for them; a step longer than a day
    /// in pieces of at least `min_part`. The pieces and the day to go on from,
    /// or None when they do not fit before the interview.
    /// `wait[k]` is the days to leave before step k after the step before it.
    fn fit(&self, cursor: i32, steps: &[(usize, u32)], min_part: u32, wait: &[u8]) -> Option<(Vec<Piece>, i32)> {
        let mut extra: BTreeMap<Date, u32> = BTreeMap::new();
        let free =
            |extra: &BTreeMap<Date, u32>, d: Date| self.free(d).saturating_sub(extra.get(&d).copied().unwrap_or(0));
        let mut pieces: Vec<Piece> = Vec::new();
        let mut day = cursor;
        let mut resume: Option<i32> = None;
        for &(step, minutes) in steps {
            if let (Some(last), Some(&w)) = (pieces.last(), wait.get(step)) {
                let after = self.today.days_until(last.date) + i32::from(w);
                if w > 0 && after > day {
                    day = after;
                    // The days in between stay open to the modules after this one.
                    resume.get_or_insert(self.today.days_until(last.date));
                }
            }
            if minutes <= self.daily {
                // A whole step: the first day from here with room for it.
                loop {
                    if day >= self.study_days() {
                        return None;
                    }
                    let date = self.today.add_days(day);
                    if free(&extra, date) >= minutes {
                        *extra.entry(date).or_default() += minutes;
                        match pieces.last_mut() {
                            Some(p) if p.date == date && p.piece.is_none() => {
                                p.minutes += minutes;
                                p.steps.push(step);
                            }
                            _ => pieces.push(Piece { date, minutes, steps: vec![step], piece: None }),
                        }
                        break;
                    }
                    day += 1;
                }
            } else {
                // Longer than a day: pieces of at least `min_part` on the days that have room.
                let mut left = minutes;
                let first = pieces.len();
                while left > 0 {
                    if day >= self.study_days() {
                        return None;
                    }
                    let date = self.today.add_days(day);
                    let room = free(&extra, date);
                    if room >= left || room >= min_part.max(1) {
                        let take = room.min(left);
                        *extra.entry(date).or_default() += take;
                        pieces.push(Piece { date, minutes: take, steps: vec![step], piece: Some((0, 0)) });
                        left -= take;
                        if left == 0 {
                            break;
                        }
                    }
                    day += 1;
                }
                let n = (pieces.len() - first) as u16;
                for (k, p) in pieces[first..].iter_mut().enumerate() {
                    p.piece = Some((k as u16 + 1, n));
                }
            }
        }
        let next = match (resume, pieces.last()) {
            (Some(k), _) => k,
            (None, Some(p)) if free(&extra, p.date) > 0 => self.today.days_until(p.date),
            (None, Some(p)) => self.today.days_until(p.date) + 1,
            (None, None) => cursor,
        };
        Some((pieces, next))
    }
}

/// What the plan is built from: the module priorities, the scores (which tell
/// whether anything is known yet), the flags and the answers that count.
pub struct Inputs<'a> {
    /// Modules worth studying, most urgent first ([`priorities`]).
    pub ranked: &'a [Ranked],
    /// The scores.
    pub scores: &'a Scores,
    /// The raised flags.
    pub flags: &'a [Flag],
    /// The answers that count.
    pub answers: &'a Answers,
}

/// Builds the plan.
pub fn plan(bank: &Bank, profile: &Profile, today: Date, inputs: Inputs<'_>) -> StudyPlan {
    let Inputs { ranked, scores, flags, answers } = inputs;
    let daily = profile.daily_minutes.clamp(DAILY_MINUTES.0, DAILY_MINUTES.1);
    let offer = profile.next_stage == Stage::Offer;
    let default_days = if offer { DEFAULT_REPLY_DAYS } else { DEFAULT_DAYS };
    let (interview, assumed) = match profile.interview_date {
        Some(d) if d >= today => (d, None),
        Some(_) => (today.add_days(default_days), Some(Assumed::DateInPast)),
        None => (today.add_days(default_days), Some(Assumed::NoDate)),
    };
    let target = if offer { Target::ReplyDeadline } else { Target::Interview };
    let mut cal = Calendar { today, interview, daily: u32::from(daily), days: BTreeMap::new() };
    let mut missed = Vec::new();

    // Milestones first: they are tied to their day (or, for a day before the
    // interview that is already past or full, the nearest earlier free day).
    // One whose day has already passed (a mock three days before, with two
    // days left) has no day of its own: it waits until the next steps of the
    // top risks are placed, then takes the first day with room.
    let place_milestone = |cal: &mut Calendar, m: &crate::bank::Milestone, date: Date, earliest: Date| {
        let mut d = date;
        while d >= earliest {
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
            return true;
        }
        false
    };
    let mut overdue: Vec<&crate::bank::Milestone> = Vec::new();
    for m in bank.milestones.iter().filter(|m| m.when.matches(profile)) {
        if assumed.is_some() && m.day >= -1 {
            missed.push(MissedMilestone { milestone: m.id.clone(), reason: MissedReason::NoDate });
            continue;
        }
        let date = interview.add_days(m.day);
        if m.day < 0 && date < today {
            if today < interview {
                overdue.push(m);
            } else {
                missed.push(MissedMilestone { milestone: m.id.clone(), reason: MissedReason::Passed });
            }
            continue;
        }
        if m.day < 0 && date >= interview {
            missed.push(MissedMilestone { milestone: m.id.clone(), reason: MissedReason::Passed });
            continue;
        }
        let earliest = if m.day < 0 { today } else { date };
        if !place_milestone(&mut cal, m, date, earliest) {
            missed.push(MissedMilestone { milestone: m.id.clone(), reason: MissedReason::NoTime });
        }
    }
    let scheduled_milestone = |cal: &Calendar, id: &str| {
        cal.days
            .values()
            .flat_map(|d| &d.tasks)
            .any(|t| matches!(t, Task::Milestone { milestone, .. } if milestone == id))
    };
    // Steps a scheduled milestone does itself are not planned again; its short
    // version does not do them, so then they are planned.
    let in_full = |cal: &Calendar, id: &str| {
        cal.days
            .values()
            .flat_map(|d| &d.tasks)
            .any(|t| matches!(t, Task::Milestone { milestone, short: false, .. } if milestone == id))
    };
    let covered: Vec<(String, String)> =
        bank.milestones.iter().filter(|m| in_full(&cal, &m.id)).flat_map(|m| m.covers.iter().cloned()).collect();

    let known = scores.areas.iter().any(|(_, s)| s.is_some());
    let applicable = |ids: &[String]| -> Vec<usize> {
        ids.iter()
            .filter_map(|id| bank.modules.iter().position(|m| &m.id == id))
            .filter(|&i| bank.modules[i].when.matches(profile) && bank.modules[i].concerns(profile.next_stage))
            .collect()
    };
    let now: Vec<usize> = ranked.iter().filter(|r| r.tier < 4).map(|r| r.module).collect();
    let mut other_stages: Vec<String> =
        ranked.iter().filter(|r| r.tier == 4).map(|r| bank.modules[r.module].id.clone()).collect();
    if !known {
        other_stages.clear();
    }
    // When the answers do not yet score the next stage, nothing says its core
    // is ready: its core modules are planned (after any critical flag's), as
    // an honest "prepare what every such round asks" while answers are missing.
    let at = Stage::ALL.iter().position(|s| *s == profile.next_stage).unwrap_or(0);
    let mut now = now;
    if known && (!scores.stage_missing[at].is_empty() || scores.stage_items_missing[at] > 0) {
        let criticals = ranked.iter().filter(|r| r.tier == 0).count().min(now.len());
        let missing: Vec<usize> = applicable(&bank.core[at]).into_iter().filter(|i| !now.contains(i)).collect();
        now.splice(criticals..criticals, missing);
    }
    let (kind, chosen) = if !known {
        (PlanKind::Starter, applicable(&bank.starter))
    } else if now.is_empty() {
        (PlanKind::Maintenance, Vec::new())
    } else {
        (PlanKind::Focused, now)
    };

    // Answer more first: in the starter plan, when the next stage lacks
    // evidence, or when items of the next stage were never answered (after a
    // change of profile, say).
    let next = Stage::ALL.iter().position(|s| *s == profile.next_stage).unwrap_or(0);
    let short_of: Vec<Area> = if known { scores.stage_missing[next].clone() } else { Area::ALL.to_vec() };
    let per_item = bank.minutes_per_item.max(0.1);
    let open = |i: &&crate::bank::Item| {
        i.when.matches(profile)
            && answers.get(&i.id).is_none()
            && (short_of.iter().any(|a| *i.weights.get(*a) > 0.0) || i.stages.contains(&profile.next_stage))
    };
    // As many as the scores need, and no more: going through the open items in
    // questionnaire order, an item counts when it gives evidence to an area or
    // to the next stage that still lacks some, or (once scores exist) when it
    // speaks to the next stage and was never answered.
    let mut area_need: AreaMap<u32> = AreaMap(Area::ALL.map(|a| scores.evidence.get(a).more.unwrap_or(0)));
    let mut stage_need = scores.stage_items_missing[next];
    let mut wanted: Vec<&crate::bank::Item> = Vec::new();
    for item in bank.items.iter().filter(|i| open(i)) {
        let areas: Vec<Area> =
            Area::ALL.into_iter().filter(|a| *area_need.get(*a) > 0 && *item.weights.get(*a) > 0.0).collect();
        let for_stage = item.stages.contains(&profile.next_stage);
        if areas.is_empty() && !(for_stage && (stage_need > 0 || known)) {
            continue;
        }
        for a in areas {
            *area_need.get_mut(a) -= 1;
        }
        if for_stage {
            stage_need = stage_need.saturating_sub(1);
        }
        wanted.push(item);
    }
    let answer_day = (0..cal.study_days()).map(|k| today.add_days(k)).find(|d| cal.free(*d) as f32 >= per_item);
    if let Some(day) = answer_day {
        let room = (cal.free(day) as f32 / per_item).floor() as usize;
        wanted.truncate(room);
        let mut sections: Vec<String> = Vec::new();
        for section in &bank.sections {
            if wanted.iter().any(|i| &i.section == section) {
                sections.push(section.clone());
            }
        }
        let items = wanted.len() as u16;
        if items > 0 {
            let minutes = (f32::from(items) * per_item).ceil() as u16;
            cal.push(day, Task::Answer { sections, items, minutes });
        }
    }

    // The next stage's core modules keep their listed order among the chosen
    // ones (reading an offer before accepting it), except that a critical
    // flag's module waits for nothing.
    let core = &bank.core[next];
    let core_place = |i: usize| core.iter().position(|id| *id == bank.modules[i].id);
    let critical = |i: usize| ranked.iter().any(|r| r.module == i && r.tier == 0);
    let earlier_core = |i: usize| -> Vec<usize> {
        match core_place(i) {
            Some(k) if !critical(i) => {
                chosen.iter().copied().filter(|&j| core_place(j).is_some_and(|c| c < k)).collect()
            }
            _ => Vec::new(),
        }
    };
    let order = with_prerequisites(bank, profile, &chosen, &earlier_core);
    let mut cursor = 0i32;
    let mut left_out: Vec<LeftOut> = Vec::new();
    let mut shortened: Vec<Shortened> = Vec::new();
    let mut placed_any: Vec<String> = Vec::new();
    // Which of a module's steps to schedule: all, the ones a maintenance repeat
    // does again, or one step alone; never one a milestone does or that was
    // scheduled already (`done`).
    enum Steps<'s> {
        All,
        Repeat,
        Only(&'s str),
    }
    let mut schedule = |cal: &mut Calendar,
                        cursor: &mut i32,
                        module: &Module,
                        which: Steps<'_>,
                        done: &[(String, String)],
                        partial_ok: bool|
     -> Result<(), ()> {
        let is =
            |k: usize, list: &[(String, String)]| list.iter().any(|(m, s)| m == &module.id && s == &module.steps[k]);
        let wanted: Vec<usize> = (0..module.steps.len())
            .filter(|&k| match which {
                Steps::All => true,
                Steps::Repeat => module.repeat_steps.is_empty() || module.repeat_steps.contains(&module.steps[k]),
                Steps::Only(step) => module.steps[k] == step,
            })
            .filter(|&k| !is(k, &covered) && !is(k, done))
            .collect();
        if wanted.is_empty() {
            return Ok(());
        }
        let minutes = |k: usize| u32::from(module.step_minutes.get(k).copied().unwrap_or(module.minutes));
        // A sitting cannot be longer than a day's study time.
        let min_part = u32::from(module.min_part).min(cal.daily);
        // Whole, or else the longest run of first steps that still makes a useful sitting.
        let mut found = None;
        for take in (1..=wanted.len()).rev() {
            let steps: Vec<(usize, u32)> = wanted[..take].iter().map(|&k| (k, minutes(k))).collect();
            let total: u32 = steps.iter().map(|s| s.1).sum();
            if take < wanted.len() && (!partial_ok || total < min_part.min(u32::from(module.minutes))) {
                break;
            }
            if let Some(fit) = cal.fit(*cursor, &steps, min_part, &module.wait_days) {
                found = Some((take, fit));
                break;
            }
        }
        let Some((take, (pieces, after))) = found else { return Err(()) };
        let partial = take < wanted.len();
        let parts = pieces.len() as u16;
        for (k, p) in pieces.into_iter().enumerate() {
            cal.push(
                p.date,
                Task::Module {
                    module: module.id.clone(),
                    part: k as u16 + 1,
                    parts,
                    minutes: p.minutes as u16,
                    steps: p.steps.iter().map(|&s| module.steps[s].clone()).collect(),
                    partial,
                    piece: p.piece,
                    again: None,
                },
            );
        }
        if partial {
            shortened.push(Shortened {
                module: module.id.clone(),
                steps: wanted[..take].iter().map(|&k| module.steps[k].clone()).collect(),
                left: wanted[take..].iter().map(|&k| module.steps[k].clone()).collect(),
            });
        }
        *cursor = after;
        Ok(())
    };

    // The next step of each critical flag at the next interview, then of the
    // risks among its top risks, each on the first day with room: one short
    // sitting that starts each fix before anything else. After the next
    // stage's core modules (so their order stands: read an offer before
    // negotiating it), the same for its other risks, before any whole risk
    // module or advice: every risk at the next interview gets at least its
    // first fix when there is room for one sitting.
    let mut done: Vec<(String, String)> = Vec::new();
    let mut first_only: Vec<Shortened> = Vec::new();
    let at_next: Vec<&Flag> =
        if kind == PlanKind::Focused { crate::flags::for_stage(flags, profile.next_stage) } else { Vec::new() };
    type Schedule<'f> =
        dyn FnMut(&mut Calendar, &mut i32, &Module, Steps<'_>, &[(String, String)], bool) -> Result<(), ()> + 'f;
    let next_steps = |schedule: &mut Schedule<'_>,
                      cal: &mut Calendar,
                      done: &mut Vec<(String, String)>,
                      placed: &mut Vec<String>,
                      of: &[&Flag],
                      from: i32| {
        for f in of {
            let step = bank.checks.iter().find(|c| c.id == f.check).and_then(|c| c.next_step.clone());
            let Some((m, s)) = step.filter(|(m, _)| f.modules.contains(m)) else { continue };
            let Some(module) = bank.module(&m) else { continue };
            let planned = cal
                .days
                .values()
                .flat_map(|d| &d.tasks)
                .any(|t| matches!(t, Task::Module { module, steps, .. } if *module == m && steps.contains(&s)));
            if planned || done.iter().any(|d| d.0 == m && d.1 == s) {
                continue;
            }
            let mut earliest = from;
            if schedule(cal, &mut earliest, module, Steps::Only(&s), done, true).is_ok() {
                placed.push(m.clone());
                done.push((m, s));
            }
        }
    };
    // In the report's order: the criticals, then the risks among its top risks.
    let critical: Vec<&Flag> = at_next.iter().copied().filter(|f| f.severity == Severity::Critical).collect();
    let room = crate::flags::TOP_RISKS.saturating_sub(critical.len());
    let risks: Vec<&Flag> = at_next.iter().copied().filter(|f| f.severity == Severity::Risk).collect();
    let top: Vec<&Flag> = critical.into_iter().chain(risks.iter().copied().take(room)).collect();
    next_steps(&mut schedule, &mut cal, &mut done, &mut placed_any, &top, 0);
    for m in overdue {
        // The first day with room before the interview.
        let day = (0..cal.study_days()).map(|k| today.add_days(k)).find(|d| cal.free(*d) >= u32::from(m.short));
        if !day.is_some_and(|d| place_milestone(&mut cal, m, d, d)) {
            missed.push(MissedMilestone { milestone: m.id.clone(), reason: MissedReason::NoTime });
        } else if in_full(&cal, &m.id) {
            // Done in full, it does its steps itself: they are not planned again.
            done.extend(m.covers.iter().cloned());
        }
    }
    let other_risks: Vec<&Flag> = risks.iter().copied().skip(room).collect();
    let tier_of = |i: usize| ranked.iter().find(|r| r.module == i).map(|r| r.tier);
    let mut other_risks_placed = false;

    // The other risks' steps come once the next stage's core modules are all
    // placed, before the first module that is neither core nor critical.
    let last_core = order.iter().rposition(|&i| core_place(i).is_some());
    for (k, i) in order.into_iter().enumerate() {
        let after_core = last_core.is_none_or(|l| k > l);
        if !other_risks_placed && after_core && tier_of(i).is_some_and(|t| t >= 2) {
            next_steps(&mut schedule, &mut cal, &mut done, &mut placed_any, &other_risks, cursor);
            other_risks_placed = true;
        }
        let module = &bank.modules[i];
        if let Some(missing) = module.requires.iter().find(|r| left_out.iter().any(|l| &&l.module == r)) {
            left_out.push(LeftOut {
                module: module.id.clone(),
                minutes: module.minutes,
                reason: LeftOutReason::Needs { module: missing.clone() },
            });
            continue;
        }
        match schedule(&mut cal, &mut cursor, module, Steps::All, &done, true) {
            Ok(()) => placed_any.push(module.id.clone()),
            Err(()) => {
                let first: Vec<String> = done.iter().filter(|d| d.0 == module.id).map(|d| d.1.clone()).collect();
                if first.is_empty() {
                    left_out.push(LeftOut {
                        module: module.id.clone(),
                        minutes: module.minutes,
                        reason: LeftOutReason::NoTime,
                    });
                } else {
                    // Its first step is in the plan; the rest did not fit.
                    let left = module.steps.iter().filter(|s| !first.contains(s)).cloned().collect();
                    first_only.push(Shortened { module: module.id.clone(), steps: first, left });
                }
            }
        }
    }

    if !other_risks_placed {
        next_steps(&mut schedule, &mut cal, &mut done, &mut placed_any, &other_risks, cursor);
    }

    // Days still empty before the interview: keep practising with the maintenance
    // modules (not in the starter plan, whose first job is to get answers; not
    // at the offer stage, where there is no interview to practise for). A
    // module that comes back repeats only its `repeat_steps`, and only whole;
    // a module a milestone puts into practice starts at most every
    // `MAINTENANCE_GAP` days, and never in the days around that milestone.
    let maintenance = applicable(&bank.maintenance);
    if !maintenance.is_empty() && kind != PlanKind::Starter && !offer {
        let empty = |cal: &Calendar, k: i32| !cal.days.contains_key(&today.add_days(k));
        let days_with = |cal: &Calendar, found: &dyn Fn(&Task) -> bool| -> Vec<i32> {
            cal.days.values().filter(|d| d.tasks.iter().any(found)).map(|d| today.days_until(d.date)).collect()
        };
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
            let repeat = placed_any.contains(&module.id);
            let repeat_minutes: u32 = (0..module.steps.len())
                .filter(|&s| {
                    !repeat || module.repeat_steps.is_empty() || module.repeat_steps.contains(&module.steps[s])
                })
                .map(|s| u32::from(module.step_minutes.get(s).copied().unwrap_or(0)))
                .sum();
            let span = repeat_minutes.div_ceil(cal.daily.max(1)) as i32;
            let last = days_with(&cal, &|t| matches!(t, Task::Module { module: m, .. } if *m == module.id));
            let practised_on = days_with(&cal, &|t| {
                matches!(t, Task::Milestone { milestone, .. }
                    if bank.milestones.iter().any(|m| &m.id == milestone && m.module.as_deref() == Some(&module.id)))
            });
            // A module a milestone practises (a mock interview with a partner)
            // needs days between sittings; a review comes every other day.
            let with_partner = bank.milestones.iter().any(|m| m.module.as_deref() == Some(&module.id));
            let gap = if with_partner { MAINTENANCE_GAP } else { 2 };
            let too_soon = last.iter().any(|&d| (k - d).abs() < gap);
            let near_milestone = practised_on.iter().any(|&d| k > d - 3 - span && k <= d + 1);
            let mut at = k;
            let which = if repeat { Steps::Repeat } else { Steps::All };
            if !too_soon && !near_milestone && schedule(&mut cal, &mut at, module, which, &[], false).is_ok() {
                placed_any.push(module.id.clone());
                misses = 0;
                k = at.max(k + 1);
            } else {
                misses += 1;
                if misses >= maintenance.len() {
                    // Nothing can start today: try the next day.
                    misses = 0;
                    k += 1;
                }
            }
        }
    }

    // A module's sittings are numbered over the whole plan ("part 2 of 4"),
    // however many passes placed them (a flag's next step first, the rest
    // later), so its summary comes once, at its first sitting. A whole sitting
    // with exactly the steps of an earlier whole sitting (a review coming
    // back) goes over them again: it points to that day and is numbered among
    // the returns, not as a part. A piece of a long step never is a return.
    let mut shown: Vec<(String, Vec<String>, Date)> = Vec::new();
    for day in cal.days.values_mut() {
        for task in &mut day.tasks {
            if let Task::Module { module, steps, again, piece: None, .. } = task {
                match shown.iter().find(|(m, s, _)| m == module && s == steps) {
                    Some((_, _, first)) => *again = Some(*first),
                    None => shown.push((module.clone(), steps.clone(), day.date)),
                }
            }
        }
    }
    let mut sittings: BTreeMap<(String, bool), u16> = BTreeMap::new();
    for task in cal.days.values().flat_map(|d| &d.tasks) {
        if let Task::Module { module, again, .. } = task {
            *sittings.entry((module.clone(), again.is_some())).or_default() += 1;
        }
    }
    let mut seen: BTreeMap<(String, bool), u16> = BTreeMap::new();
    for task in cal.days.values_mut().flat_map(|d| d.tasks.iter_mut()) {
        if let Task::Module { module, part, parts, again, .. } = task {
            let key = (module.clone(), again.is_some());
            let k = seen.entry(key.clone()).or_default();
            *k += 1;
            (*part, *parts) = (*k, sittings[&key]);
        }
    }

    // Nothing is both scheduled and left out; a module a milestone puts into
    // practice is covered by it.
    let practised: Vec<&String> =
        bank.milestones.iter().filter(|m| scheduled_milestone(&cal, &m.id)).filter_map(|m| m.module.as_ref()).collect();
    shortened.extend(first_only);
    left_out.retain(|l| !placed_any.contains(&l.module) && !practised.contains(&&l.module));
    shortened.retain(|s| !left_out.iter().any(|l| l.module == s.module));
    // Each module is in one place only: scheduled, shortened, left out, or for
    // other stages.
    other_stages.retain(|m| {
        !placed_any.contains(m) && !left_out.iter().any(|l| &l.module == m) && !shortened.iter().any(|s| &s.module == m)
    });
    let total_minutes = cal.days.values().map(|d| u32::from(d.minutes)).sum();

    StudyPlan {
        start: today,
        interview,
        assumed,
        kind,
        target,
        daily_minutes: daily,
        days: cal.days.into_values().collect(),
        left_out,
        shortened,
        other_stages,
        missed_milestones: missed,
        total_minutes,
    }
}
