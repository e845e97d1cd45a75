//! Retake history: a short record of each finished attempt, kept in the
//! browser, so a candidate can see whether the study plan is working.

use crate::area::{AreaMap, Stage};
use crate::date::Date;
use crate::profile::{CompanyKind, Format, JapaneseLevel, Profile};
use crate::Evaluation;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Version of the saved history shape.
pub const HISTORY_VERSION: u32 = 1;
/// Attempts kept; older ones are dropped first.
pub const HISTORY_LIMIT: usize = 20;

/// The parts of the profile that explain a change of score between attempts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileSummary {
    /// Kind of company.
    pub company: CompanyKind,
    /// Interview format.
    pub format: Format,
    /// The stage the overall score was weighted for.
    pub next_stage: Stage,
    /// Japanese level.
    pub japanese: JapaneseLevel,
    /// Interview date, if given.
    #[serde(default)]
    pub interview_date: Option<Date>,
}

impl From<&Profile> for ProfileSummary {
    fn from(p: &Profile) -> Self {
        ProfileSummary {
            company: p.company,
            format: p.format,
            next_stage: p.next_stage,
            japanese: p.japanese,
            interview_date: p.interview_date,
        }
    }
}

/// One finished attempt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// The day it was finished.
    pub date: Date,
    /// The situation it was answered for.
    pub profile: ProfileSummary,
    /// Overall readiness for `profile.next_stage` (None when nothing was scored).
    pub overall: Option<f32>,
    /// Band of the overall score.
    #[serde(default)]
    pub band: Option<String>,
    /// Area scores.
    pub areas: AreaMap<Option<f32>>,
    /// Readiness per stage.
    pub stages: BTreeMap<Stage, Option<f32>>,
    /// Items answered.
    pub answered: u32,
    /// Items that applied.
    pub applicable: u32,
    /// The session's run (see `Session::run`); history keeps one entry per run.
    #[serde(default)]
    pub run: u32,
}

impl Attempt {
    /// The record of an evaluation finished on `date`.
    pub fn new(date: Date, profile: &Profile, evaluation: &Evaluation) -> Attempt {
        let r = &evaluation.report;
        Attempt {
            date,
            profile: profile.into(),
            overall: r.overall,
            band: r.band.clone(),
            areas: AreaMap::from_fn(|a| r.areas.iter().find(|x| x.area == a).and_then(|x| x.score)),
            stages: r.stages.iter().map(|s| (s.stage, s.score)).collect(),
            answered: r.answered,
            applicable: r.applicable,
            run: 0,
        }
    }
}

/// The attempts, oldest first, at most [`HISTORY_LIMIT`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct History {
    /// [`HISTORY_VERSION`] when saved.
    pub version: u32,
    /// Attempts, newest last.
    pub attempts: Vec<Attempt>,
}

impl Default for History {
    fn default() -> Self {
        History { version: HISTORY_VERSION, attempts: Vec::new() }
    }
}

/// How the latest attempt differs from the one before, in points (latest minus
/// previous, one decimal); None where either side has no score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// Date of the earlier attempt.
    pub from: Date,
    /// Date of the later attempt.
    pub to: Date,
    /// Change of the overall score.
    pub overall: Option<f32>,
    /// Change per area.
    pub areas: AreaMap<Option<f32>>,
    /// Change per stage.
    pub stages: BTreeMap<Stage, Option<f32>>,
    /// False when the overall scores were weighted for different next stages,
    /// so their change says less.
    pub same_stage: bool,
    /// Change in items answered.
    pub answered: i64,
}

impl History {
    /// Records the result of a run: it replaces the newest entry when that is the
    /// same run (answers changed after finishing), and is added otherwise.
    /// Returns whether the history changed.
    pub fn record(&mut self, run: u32, mut attempt: Attempt) -> bool {
        attempt.run = run;
        match self.attempts.last_mut() {
            Some(last) if last.run == run => {
                let changed = *last != attempt;
                *last = attempt;
                changed
            }
            _ => self.push(attempt),
        }
    }

    /// Adds an attempt as the newest, dropping the oldest beyond [`HISTORY_LIMIT`].
    /// An attempt equal to the newest one (the same report shown again) is not
    /// added twice; returns whether it was added.
    pub fn push(&mut self, attempt: Attempt) -> bool {
        if self.attempts.last() == Some(&attempt) {
            return false;
        }
        self.attempts.push(attempt);
        let extra = self.attempts.len().saturating_sub(HISTORY_LIMIT);
        self.attempts.drain(..extra);
        true
    }

    /// Forgets every attempt.
    pub fn clear(&mut self) {
        self.attempts.clear();
    }

    /// The newest attempt.
    pub fn latest(&self) -> Option<&Attempt> {
        self.attempts.last()
    }

    /// The newest attempt compared with the one before it, once there are two.
    pub fn compare_latest(&self) -> Option<Comparison> {
        match self.attempts.as_slice() {
            [.., previous, latest] => Some(compare(previous, latest)),
            _ => None,
        }
    }
}

/// How `latest` differs from `previous`.
pub fn compare(previous: &Attempt, latest: &Attempt) -> Comparison {
    let change = |a: Option<f32>, b: Option<f32>| Some(((b? - a?) * 10.0).round() / 10.0);
    Comparison {
        from: previous.date,
        to: latest.date,
        overall: change(previous.overall, latest.overall),
        areas: AreaMap::from_fn(|a| change(*previous.areas.get(a), *latest.areas.get(a))),
        stages: Stage::ALL
            .iter()
            .map(|s| {
                let get = |x: &Attempt| x.stages.get(s).copied().flatten();
                (*s, change(get(previous), get(latest)))
            })
            .collect(),
        same_stage: previous.profile.next_stage == latest.profile.next_stage,
        answered: i64::from(latest.answered) - i64::from(previous.answered),
    }
}

#[cfg(test)]
mod record_tests {
    use super::*;
    use crate::testing::{answers, tiny_bank};
    use crate::{evaluate, Config, Profile};

    fn attempt(spec: &str) -> Attempt {
        let e =
            evaluate(&tiny_bank(), &Profile::default(), &answers(spec), &Config::new("2026-11-21".parse().unwrap()));
        Attempt::new("2026-11-21".parse().unwrap(), &Profile::default(), &e)
    }

    #[test]
    fn changing_answers_after_finishing_updates_that_run_and_a_retake_adds_one() {
        let mut h = History::default();
        assert!(h.record(0, attempt("arrival=late")));
        assert!(h.record(0, attempt("arrival=early")), "same run: replaced");
        assert_eq!(h.attempts.len(), 1);
        assert!(!h.record(0, attempt("arrival=early")), "nothing changed");
        assert!(h.record(1, attempt("arrival=on_time")), "a retake is a new run");
        assert_eq!(h.attempts.len(), 2);
        let c = h.compare_latest().unwrap();
        assert!(c.overall.unwrap() < 0.0, "early -> on time is worse: {:?}", c.overall);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::area::Area;
    use crate::testing::{answers, tiny_bank};
    use crate::{evaluate, Config};

    fn attempt(date: &str, spec: &str) -> Attempt {
        let date: Date = date.parse().unwrap();
        let e = evaluate(&tiny_bank(), &Profile::default(), &answers(spec), &Config::new(date));
        Attempt::new(date, &Profile::default(), &e)
    }

    #[test]
    fn an_attempt_records_the_scores_of_the_report() {
        let a = attempt("2026-11-21", "arrival=early mistake=apologise>blame");
        assert_eq!(a.overall, Some(100.0));
        assert_eq!(*a.areas.get(Area::Teamwork), Some(100.0));
        assert_eq!(*a.areas.get(Area::Technical), None);
        assert_eq!(a.stages.len(), 5);
        assert_eq!((a.answered, a.applicable), (2, 6));
    }

    #[test]
    fn the_history_keeps_the_newest_attempts_and_skips_repeats() {
        let mut h = History::default();
        for day in 1..=25 {
            assert!(h.push(attempt(&format!("2026-10-{day:02}"), "arrival=early")));
        }
        assert_eq!(h.attempts.len(), HISTORY_LIMIT);
        assert_eq!(h.attempts[0].date.to_string(), "2026-10-06");
        assert_eq!(h.latest().unwrap().date.to_string(), "2026-10-25");
        assert!(!h.push(attempt("2026-10-25", "arrival=early")), "the same report shown again");
        h.clear();
        assert!(h.latest().is_none() && h.compare_latest().is_none());
    }

    #[test]
    fn the_comparison_gives_changes_and_none_where_a_side_is_unscored() {
        let mut h = History::default();
        h.push(attempt("2026-11-01", "arrival=on_time"));
        assert!(h.compare_latest().is_none(), "one attempt has nothing to compare with");
        h.push(attempt("2026-11-08", "arrival=early confident=4"));
        let c = h.compare_latest().unwrap();
        assert_eq!((c.from.to_string(), c.to.to_string()), ("2026-11-01".to_string(), "2026-11-08".to_string()));
        assert!(c.overall.unwrap() > 0.0, "{c:?}");
        assert!(c.areas.get(Area::Teamwork).unwrap() > 0.0);
        assert_eq!(*c.areas.get(Area::ProblemSolving), None, "not scored the first time");
        assert_eq!(*c.areas.get(Area::Technical), None, "scored neither time");
        assert_eq!(c.answered, 1);
        assert!(c.same_stage);
    }

    #[test]
    fn a_history_round_trips_through_json() {
        let mut h = History::default();
        h.push(attempt("2026-11-01", "arrival=on_time confident=2"));
        let back: History = serde_json::from_str(&serde_json::to_string(&h).unwrap()).unwrap();
        assert_eq!(back, h);
    }
}
