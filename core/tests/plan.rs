//! The study plan: modules chosen by gap and flags, prerequisites first, within
//! the daily minutes, around the milestones.

use naitei_core::plan::{Assumed, LeftOutReason, StudyPlan, Task};
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

#[test]
fn without_a_date_the_plan_covers_fourteen_days_and_says_it_assumed_so() {
    let p = plan(Profile::default(), "");
    assert_eq!(p.interview, d("2026-12-05"));
    assert_eq!(p.assumed, Some(Assumed::NoDate));
    let late = Profile { interview_date: Some(d("2026-01-01")), ..Profile::default() };
    assert_eq!(plan(late, "").assumed, Some(Assumed::DateInPast));
}

#[test]
fn no_day_holds_more_than_the_daily_minutes() {
    let p = plan(Profile { daily_minutes: 25, ..Profile::default() }, "arrival=on_time");
    assert!(
        p.days.iter().filter(|d| d.offset < 0).all(|d| d.minutes <= 30),
        "the mock interview milestone alone may take 30"
    );
    assert!(p.days.iter().all(|d| d.minutes
        == d.tasks
            .iter()
            .map(|t| match t {
                Task::Module { minutes, .. } | Task::Milestone { minutes, .. } => *minutes,
            })
            .sum::<u16>()));
}

#[test]
fn flagged_modules_come_first_and_prerequisites_before_them() {
    // on_time raises on_the_dot -> punctuality, which requires basics.
    let p = plan(Profile::default(), "arrival=on_time");
    let order = modules_in_order(&p);
    assert_eq!(&order[..2], ["basics", "punctuality"]);
}

#[test]
fn long_modules_are_split_into_parts_across_days() {
    let p = plan(Profile { daily_minutes: 30, ..Profile::default() }, "");
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
fn milestones_sit_on_their_days_around_the_interview() {
    let onsite = Profile { interview_date: Some(d("2026-12-01")), ..Profile::default() };
    assert_eq!(milestones(&plan(onsite.clone(), "")), [("mock".into(), -3), ("thanks".into(), 1)]);
    let online = Profile { format: Format::Online, ..onsite };
    assert_eq!(milestones(&plan(online, "")), [("mock".into(), -3), ("tools".into(), -1), ("thanks".into(), 1)]);
}

#[test]
fn when_time_is_short_the_highest_priorities_stay_and_the_rest_is_listed() {
    let tomorrow = Profile { interview_date: Some(d("2026-11-22")), daily_minutes: 60, ..Profile::default() };
    let p = plan(tomorrow, "arrival=on_time");
    // One study day of 60 minutes, 30 of them taken by the mock interview (moved to today).
    assert_eq!(modules_in_order(&p), ["basics"]);
    assert_eq!(p.left_out.iter().map(|l| l.module.as_str()).collect::<Vec<_>>(), ["punctuality", "stories"]);
    assert_eq!(p.left_out[0].reason, LeftOutReason::NoTime);
}

#[test]
fn a_module_whose_prerequisite_was_left_out_is_left_out_too() {
    let today = Profile { interview_date: Some(d("2026-11-21")), ..Profile::default() };
    let p = plan(today, "arrival=on_time");
    assert!(p.days.iter().all(|d| d.offset >= 0), "no study day left");
    assert_eq!(p.missed_milestones, ["mock"]);
    let punctuality = p.left_out.iter().find(|l| l.module == "punctuality").unwrap();
    assert_eq!(punctuality.reason, LeftOutReason::Needs { module: "basics".into() });
}

#[test]
fn a_strong_candidate_gets_no_study_for_areas_already_strong() {
    let p = plan(Profile::default(), "arrival=early mistake=apologise>blame prep=[matrix,star] confident=5 bluff=1");
    // Communication, teamwork, technical, problem solving >= 80; learning partly scored.
    assert!(!modules_in_order(&p).contains(&"punctuality".to_string()));
}
