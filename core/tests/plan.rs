//! The study plan: modules chosen by gap and flags, the next stage first,
//! prerequisites first, never more than the daily minutes, around the milestones.

use naitei_core::plan::{Assumed, LeftOutReason, MissedReason, PlanKind, StudyPlan, Task};
use naitei_core::testing::{answers, tiny_bank};
use naitei_core::{evaluate, Config, Date, Format, Profile};

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn plan(profile: Profile, spec: &str) -> StudyPlan {
    evaluate(&tiny_bank(), &profile, &answers(spec), &Config::new(d("2026-11-21"))).plan
}

fn modules_in_order(p: &StudyPlan) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for day in &p.days {
        for t in &day.tasks {
            if let Task::Module { module, .. } = t {
                if !out.contains(module) {
                    out.push(module.clone());
                }
            }
        }
    }
    out
}

fn milestones(p: &StudyPlan) -> Vec<(String, i32)> {
    p.days
        .iter()
        .flat_map(|d| {
            d.tasks.iter().filter_map(move |t| match t {
                Task::Milestone { milestone, .. } => Some((milestone.clone(), d.offset)),
                _ => None,
            })
        })
        .collect()
}

/// Answers that give the tiny bank a score in every area, with a risk flag (arrival on time).
const SOME: &str = "arrival=on_time mistake=explain>blame prep=[matrix] confident=3 bluff=3";

#[test]
fn without_a_date_the_plan_covers_fourteen_days_and_says_it_assumed_so() {
    let p = plan(Profile::default(), SOME);
    assert_eq!(p.interview, d("2026-12-05"));
    assert_eq!(p.assumed, Some(Assumed::NoDate));
    let late = Profile { interview_date: Some(d("2026-01-01")), ..Profile::default() };
    assert_eq!(plan(late, SOME).assumed, Some(Assumed::DateInPast));
}

#[test]
fn no_day_holds_more_than_the_daily_minutes_milestones_included() {
    for daily in [10, 25, 30, 45] {
        for spec in ["", SOME] {
            let p = plan(Profile { daily_minutes: daily, ..Profile::default() }, spec);
            for day in &p.days {
                assert!(day.minutes <= daily, "{daily} a day, {} on {}: {:?}", day.minutes, day.date, day.tasks);
                assert_eq!(day.minutes, day.tasks.iter().map(Task::minutes).sum::<u16>());
            }
        }
    }
}

#[test]
fn a_milestone_longer_than_the_day_takes_its_short_version_or_is_listed() {
    // The tiny bank's mock interview takes 30 minutes and has no short version.
    let p = plan(Profile { daily_minutes: 25, ..Profile::default() }, SOME);
    assert!(!milestones(&p).iter().any(|(m, _)| m == "mock"));
    assert!(p.missed_milestones.iter().any(|m| m.milestone == "mock" && m.reason == MissedReason::NoTime));
}

#[test]
fn flagged_modules_come_first_and_prerequisites_before_them() {
    // on_time raises on_the_dot -> punctuality, which requires basics.
    let p = plan(Profile::default(), SOME);
    let order = modules_in_order(&p);
    assert_eq!(&order[..2], ["basics", "punctuality"]);
}

#[test]
fn long_modules_are_split_into_parts_across_days() {
    let p = plan(Profile { daily_minutes: 30, ..Profile::default() }, SOME);
    let parts: Vec<(u16, u16)> = p
        .days
        .iter()
        .flat_map(|d| &d.tasks)
        .filter_map(|t| match t {
            Task::Module { module, part, parts, .. } if module == "stories" => Some((*part, *parts)),
            _ => None,
        })
        .collect();
    assert!(parts.len() >= 3, "90 minutes at 30 a day: {parts:?}");
    assert_eq!(parts.last().map(|p| p.0), parts.last().map(|p| p.1));
}

#[test]
fn modules_split_between_steps_and_a_long_step_in_useful_pieces() {
    let bank = tiny_bank();
    for daily in [10, 20, 35, 50] {
        let p = plan(Profile { daily_minutes: daily, ..Profile::default() }, SOME);
        for task in p.days.iter().flat_map(|d| &d.tasks) {
            let Task::Module { module, minutes, steps, piece, .. } = task else { continue };
            let m = bank.module(module).unwrap();
            let step_minutes = |s: &String| m.step_minutes[m.steps.iter().position(|x| x == s).unwrap()];
            match piece {
                None => assert_eq!(*minutes, steps.iter().map(step_minutes).sum::<u16>(), "{module}: whole steps"),
                Some((k, n)) => {
                    assert_eq!(steps.len(), 1, "{module}: a piece is of one step");
                    assert!(k == n || *minutes >= m.min_part.min(daily), "{module} piece {k}/{n}: {minutes} min");
                }
            }
        }
    }
}

#[test]
fn milestones_sit_on_their_days_around_the_interview() {
    let onsite = Profile { interview_date: Some(d("2026-12-01")), ..Profile::default() };
    assert_eq!(milestones(&plan(onsite.clone(), SOME)), [("mock".into(), -3), ("thanks".into(), 1)]);
    let online = Profile { format: Format::Online, ..onsite };
    assert_eq!(milestones(&plan(online, SOME)), [("mock".into(), -3), ("tools".into(), -1), ("thanks".into(), 1)]);
}

#[test]
fn when_time_is_short_the_highest_priority_keeps_the_steps_that_fit() {
    // One study day of 45 minutes, 30 taken by the mock interview (moved to today):
    // 15 minutes left. Punctuality's prerequisite `basics` (20 min, one step) fits
    // nowhere, so punctuality cannot follow it; the rest is listed with a reason.
    let tomorrow = Profile { interview_date: Some(d("2026-11-22")), daily_minutes: 45, ..Profile::default() };
    let p = plan(tomorrow, SOME);
    let left: Vec<&str> = p.left_out.iter().map(|l| l.module.as_str()).collect();
    assert!(left.contains(&"basics"), "{left:?}");
    assert_eq!(
        p.left_out.iter().find(|l| l.module == "punctuality").map(|l| &l.reason),
        Some(&LeftOutReason::Needs { module: "basics".into() })
    );
    // The 90-minute `stories` keeps its first step (30 minutes) only if it fits: here nothing fits.
    for day in &p.days {
        assert!(day.minutes <= 45);
    }
}

#[test]
fn a_module_that_does_not_fit_whole_keeps_its_first_steps_and_says_so() {
    // Two study days of 40 minutes; the mock interview takes 30 of the first.
    let soon = Profile { interview_date: Some(d("2026-11-23")), daily_minutes: 40, ..Profile::default() };
    let p = plan(soon, "arrival=early mistake=apologise>blame prep=[] confident=1 bluff=5");
    let partial: Vec<&Task> =
        p.days.iter().flat_map(|d| &d.tasks).filter(|t| matches!(t, Task::Module { partial: true, .. })).collect();
    assert!(!partial.is_empty(), "{:#?}", p);
    for s in &p.shortened {
        assert!(!s.steps.is_empty() && !s.left.is_empty());
        assert!(!p.left_out.iter().any(|l| l.module == s.module));
    }
}

#[test]
fn nothing_is_both_scheduled_and_left_out() {
    for daily in [10, 20, 30, 60] {
        for date in ["2026-11-22", "2026-11-24", "2026-12-10"] {
            let p = plan(Profile { daily_minutes: daily, interview_date: Some(d(date)), ..Profile::default() }, SOME);
            let scheduled = modules_in_order(&p);
            for l in &p.left_out {
                assert!(!scheduled.contains(&l.module), "{} scheduled and left out ({daily}/{date})", l.module);
            }
        }
    }
}

#[test]
fn a_module_whose_prerequisite_was_left_out_is_left_out_too() {
    let today = Profile { interview_date: Some(d("2026-11-21")), ..Profile::default() };
    let p = plan(today, SOME);
    assert!(p.days.iter().all(|d| d.offset >= 0), "no study day left");
    assert!(p.missed_milestones.iter().any(|m| m.milestone == "mock" && m.reason == MissedReason::Passed));
    let punctuality = p.left_out.iter().find(|l| l.module == "punctuality").unwrap();
    assert_eq!(punctuality.reason, LeftOutReason::Needs { module: "basics".into() });
}

#[test]
fn a_strong_candidate_gets_no_study_for_areas_already_strong() {
    let p = plan(Profile::default(), "arrival=early mistake=apologise>blame prep=[matrix,star] confident=5 bluff=1");
    assert!(!modules_in_order(&p).contains(&"punctuality".to_string()));
}

#[test]
fn a_blank_questionnaire_gets_the_starter_plan_that_asks_for_answers_first() {
    let p = plan(Profile::default(), "");
    assert_eq!(p.kind, PlanKind::Starter);
    let first = &p.days[0].tasks[0];
    assert!(matches!(first, Task::Answer { items, .. } if *items > 0), "{first:?}");
}
