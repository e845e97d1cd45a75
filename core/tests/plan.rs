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

/// The tiny bank with edits, planned for `profile` and `spec`.
fn plan_edited(edit: impl FnOnce(&mut naitei_core::format::Pack), profile: Profile, spec: &str) -> StudyPlan {
    let mut pack = naitei_core::testing::tiny_pack();
    edit(&mut pack);
    let bank = naitei_core::Bank::build(&pack).expect("the edited pack is valid").bank;
    evaluate(&bank, &profile, &answers(spec), &Config::new(d("2026-11-21"))).plan
}

fn check<'p>(pack: &'p mut naitei_core::format::Pack, id: &str) -> &'p mut naitei_core::format::CheckDef {
    pack.sections.iter_mut().flat_map(|s| &mut s.checks).find(|c| c.id == id).unwrap()
}

#[test]
fn without_a_date_nothing_is_tied_to_the_interview_day_or_the_day_before() {
    let online = Profile { format: Format::Online, ..Profile::default() };
    let p = plan(online, SOME);
    assert_eq!(
        milestones(&p),
        [("mock".into(), -3)],
        "the mock interview still happens, three days before the assumed date"
    );
    let undated: Vec<&str> =
        p.missed_milestones.iter().filter(|m| m.reason == MissedReason::NoDate).map(|m| m.milestone.as_str()).collect();
    assert_eq!(undated, ["tools", "thanks"]);
}

#[test]
fn at_the_offer_stage_the_plan_counts_down_a_week_to_the_reply_and_adds_no_mock_interviews() {
    let offer = Profile { next_stage: naitei_core::Stage::Offer, ..Profile::default() };
    let maintained = |pack: &mut naitei_core::format::Pack| pack.manifest.plan.maintenance = vec!["stories".into()];
    let p = plan_edited(
        maintained,
        offer.clone(),
        "arrival=early mistake=apologise>blame prep=[matrix,star] confident=5 bluff=1",
    );
    assert_eq!(p.interview, d("2026-11-28"));
    assert_eq!(p.target, naitei_core::plan::Target::ReplyDeadline);
    assert!(!modules_in_order(&p).contains(&"stories".to_string()), "{:?}", modules_in_order(&p));
    // Before any other stage the same answers get the maintenance module.
    let p = plan_edited(
        maintained,
        Profile::default(),
        "arrival=early mistake=apologise>blame prep=[matrix,star] confident=5 bluff=1",
    );
    assert!(modules_in_order(&p).contains(&"stories".to_string()));
}

#[test]
fn a_critical_flag_at_the_next_interview_starts_with_its_next_step_on_the_first_day() {
    // An online first interview, camera never tested: critical, next step basics/read.
    let online = Profile { format: Format::Online, interview_date: Some(d("2026-12-01")), ..Profile::default() };
    let two_steps = |pack: &mut naitei_core::format::Pack| {
        let basics = pack.modules.iter_mut().find(|m| m.id == "basics").unwrap();
        basics.steps = vec!["read".into(), "try".into()];
        basics.minutes = 40;
        check(pack, "camera_untested").next_step = Some("basics/try".into());
        let en = pack.texts.get_mut(&naitei_core::Lang::En).unwrap();
        en.insert("module.basics.step.try".into(), "module.basics.step.try".into());
    };
    let p = plan_edited(two_steps, online, "arrival=on_time camera=untested");
    // The step comes first; the rest of the module follows (here on the same
    // day, as one task), without doing the step again.
    let basics: Vec<&Vec<String>> = p
        .days
        .iter()
        .flat_map(|d| &d.tasks)
        .filter_map(|t| match t {
            Task::Module { module, steps, .. } if module == "basics" => Some(steps),
            _ => None,
        })
        .collect();
    assert!(matches!(&p.days[0].tasks[0], Task::Module { module, .. } if module == "basics"), "{:?}", p.days[0]);
    assert_eq!(basics, [&vec!["try".to_string(), "read".to_string()]]);
}

#[test]
fn the_next_stages_core_modules_come_before_its_risks_in_the_listed_order() {
    // `on_time` raises the risk on_the_dot (punctuality); stories is core for
    // the first interview with a gap in its areas.
    let cored = |pack: &mut naitei_core::format::Pack| {
        pack.manifest.plan.core.insert(naitei_core::Stage::FirstInterview, vec!["stories".into()]);
    };
    let p = plan_edited(cored, Profile::default(), SOME);
    let order = modules_in_order(&p);
    let at = |m: &str| order.iter().position(|x| x == m).unwrap();
    assert!(at("stories") < at("punctuality"), "{order:?}");
}

#[test]
fn a_module_only_for_flags_is_never_chosen_for_an_area_gap() {
    // A weak technical area calls for `stories`; marked only_for_flags, it is not chosen.
    let weak = "arrival=early mistake=apologise>blame prep=[script] confident=1 bluff=5";
    assert!(modules_in_order(&plan(Profile::default(), weak)).contains(&"stories".to_string()));
    let only = |pack: &mut naitei_core::format::Pack| {
        pack.modules.iter_mut().find(|m| m.id == "stories").unwrap().only_for_flags = true;
    };
    let p = plan_edited(only, Profile::default(), weak);
    assert!(!modules_in_order(&p).contains(&"stories".to_string()), "{:?}", modules_in_order(&p));
    assert!(!p.other_stages.contains(&"stories".to_string()));
}

#[test]
fn a_short_milestone_says_what_its_short_version_is_when_the_pack_has_one() {
    let short = |pack: &mut naitei_core::format::Pack| {
        let mock = pack.manifest.milestones.iter_mut().find(|m| m.id == "mock").unwrap();
        mock.short = Some(15);
        let en = pack.texts.get_mut(&naitei_core::Lang::En).unwrap();
        en.insert("milestone.mock.detail_short".into(), "Record two answers and play them back.".into());
    };
    let dated = Profile { interview_date: Some(d("2026-12-01")), daily_minutes: 20, ..Profile::default() };
    let p = plan_edited(short, dated, SOME);
    let task = p.days.iter().flat_map(|d| &d.tasks).find(|t| matches!(t, Task::Milestone { short: true, .. })).unwrap();
    let mut pack = naitei_core::testing::tiny_pack();
    short(&mut pack);
    let view = naitei_core::present::task(&naitei_core::Texts(pack.texts[&naitei_core::Lang::En].clone()), task);
    assert_eq!(view.detail.as_deref(), Some("Record two answers and play them back."));
}

#[test]
fn the_starter_plan_asks_for_as_many_answers_as_a_score_needs_and_lists_no_other_stages() {
    let p = plan(Profile { daily_minutes: 480, ..Profile::default() }, "");
    assert_eq!(p.kind, PlanKind::Starter);
    assert!(p.other_stages.is_empty());
    assert!(matches!(&p.days[0].tasks[0], Task::Answer { items, .. } if *items > 0), "{:?}", p.days[0]);
}

#[test]
fn a_step_that_waits_for_someone_else_comes_days_after_the_step_before_it() {
    // `punctuality` asks a partner on one day and rehearses with them two days later.
    let waits = |pack: &mut naitei_core::format::Pack| {
        let m = pack.modules.iter_mut().find(|m| m.id == "punctuality").unwrap();
        m.wait_days.insert("rehearse".into(), 2);
    };
    let p = plan_edited(waits, Profile { interview_date: Some(d("2026-12-10")), ..Profile::default() }, SOME);
    let day_of = |step: &str| {
        p.days
            .iter()
            .find(|d| {
                d.tasks.iter().any(|t| matches!(t, Task::Module { module, steps, .. } if module == "punctuality" && steps.iter().any(|s| s == step)))
            })
            .map(|d| d.date)
            .unwrap()
    };
    assert!(day_of("route").days_until(day_of("rehearse")) >= 2, "{:#?}", p.days);
    // The day in between is not left empty when other study is waiting.
    let between = day_of("route").add_days(1);
    assert!(p.days.iter().any(|d| d.date == between), "{:#?}", p.days);
}

#[test]
fn a_step_a_milestone_does_is_planned_again_only_when_its_short_version_is_used() {
    // The mock interview does punctuality's rehearsal; its short version does not.
    let covers = |pack: &mut naitei_core::format::Pack| {
        let mock = pack.manifest.milestones.iter_mut().find(|m| m.id == "mock").unwrap();
        mock.covers = vec!["punctuality/rehearse".into()];
        mock.short = Some(15);
    };
    let rehearsed = |p: &StudyPlan| {
        p.days.iter().flat_map(|d| &d.tasks).any(
            |t| matches!(t, Task::Module { module, steps, .. } if module == "punctuality" && steps.iter().any(|s| s == "rehearse")),
        )
    };
    let roomy = Profile { interview_date: Some(d("2026-12-01")), daily_minutes: 60, ..Profile::default() };
    assert!(!rehearsed(&plan_edited(covers, roomy, SOME)), "the full mock interview rehearses");
    let tight = Profile { interview_date: Some(d("2026-12-01")), daily_minutes: 20, ..Profile::default() };
    let p = plan_edited(covers, tight, SOME);
    assert!(p.days.iter().flat_map(|d| &d.tasks).any(|t| matches!(t, Task::Milestone { short: true, .. })));
    assert!(rehearsed(&p), "the short one does not: {:#?}", p.days);
}
