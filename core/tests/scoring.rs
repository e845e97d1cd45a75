//! Scoring, as a candidate would check it: credit per answer, area scores,
//! coverage, stage readiness and bands.

use naitei_core::answers::Reason;
use naitei_core::testing::{answers, tiny_bank};
use naitei_core::{evaluate, Area, Config, Date, Evaluation, Format, Profile, Stage};

fn today() -> Date {
    "2026-11-21".parse().unwrap()
}

fn run(profile: &Profile, spec: &str) -> Evaluation {
    evaluate(&tiny_bank(), profile, &answers(spec), &Config::new(today()))
}

fn area(e: &Evaluation, a: Area) -> Option<f32> {
    e.report.areas.iter().find(|r| r.area == a).unwrap().score
}

#[test]
fn with_nothing_answered_there_is_no_score_and_the_report_says_so() {
    let e = run(&Profile::default(), "");
    assert_eq!(e.report.overall, None);
    assert_eq!(e.report.band, None);
    assert_eq!(e.report.answered, 0);
    assert!(e.report.areas.iter().all(|a| a.score.is_none() && a.low_confidence));
}

#[test]
fn a_single_choice_earns_the_credit_of_the_option_picked() {
    // arrival counts for teamwork (2) and communication (1); on_time has credit 0.3.
    let e = run(&Profile::default(), "arrival=on_time");
    assert_eq!(area(&e, Area::Teamwork), Some(30.0));
    assert_eq!(area(&e, Area::Communication), Some(30.0));
    assert_eq!(area(&e, Area::Technical), None, "nothing technical was answered");
}

#[test]
fn skipping_lowers_coverage_but_never_the_score() {
    let answered = run(&Profile::default(), "arrival=early");
    let skipped = run(&Profile::default(), "arrival=early mistake=-");
    assert_eq!(area(&answered, Area::Teamwork), area(&skipped, Area::Teamwork));
    let tw = skipped.report.areas.iter().find(|a| a.area == Area::Teamwork).unwrap();
    assert_eq!((tw.answered, tw.applicable), (1, 2));
    assert_eq!(tw.coverage, 0.5);
    assert!(!tw.low_confidence, "exactly half is enough");
}

#[test]
fn an_area_under_half_covered_is_low_confidence() {
    // learning: prep and questions apply; only questions is answered but text is not scored.
    let e = run(&Profile::default(), "bluff=1");
    let tech = e.report.areas.iter().find(|a| a.area == Area::Technical).unwrap();
    assert_eq!((tech.answered, tech.applicable), (1, 2));
    let learning = e.report.areas.iter().find(|a| a.area == Area::Learning).unwrap();
    assert!(learning.low_confidence);
}

#[test]
fn checklist_credit_adds_up_and_bad_habits_subtract() {
    assert_eq!(area(&run(&Profile::default(), "prep=[matrix,star]"), Area::Technical), Some(100.0));
    assert_eq!(area(&run(&Profile::default(), "prep=[matrix]"), Area::Technical), Some(50.0));
    assert_eq!(area(&run(&Profile::default(), "prep=[matrix,script]"), Area::Technical), Some(25.0));
    assert_eq!(area(&run(&Profile::default(), "prep=[none]"), Area::Technical), Some(0.0));
    assert_eq!(
        area(&run(&Profile::default(), "prep=[]"), Area::Technical),
        Some(0.0),
        "an empty checklist is an answer"
    );
}

#[test]
fn none_of_these_cannot_be_ticked_with_other_options() {
    let e = run(&Profile::default(), "prep=[none,matrix]");
    assert_eq!(e.report.ignored[0].reason, Reason::ExclusiveWithOthers);
    assert_eq!(area(&e, Area::Technical), None);
}

#[test]
fn likert_ratings_run_from_zero_to_full_credit_and_reverse_keyed_items_flip() {
    assert_eq!(area(&run(&Profile::default(), "confident=5"), Area::ProblemSolving), Some(100.0));
    assert_eq!(area(&run(&Profile::default(), "confident=3"), Area::ProblemSolving), Some(50.0));
    assert_eq!(area(&run(&Profile::default(), "bluff=5"), Area::Technical), Some(0.0));
    assert_eq!(area(&run(&Profile::default(), "bluff=1"), Area::Technical), Some(100.0));
}

fn credit(e: &Evaluation, item: &str) -> Option<f32> {
    e.report.items.iter().find(|o| o.item == item).and_then(|o| o.credit)
}

#[test]
fn best_and_worst_gives_partial_credit_for_each_pick() {
    assert_eq!(credit(&run(&Profile::default(), "mistake=apologise>blame"), "mistake"), Some(1.0));
    assert_eq!(credit(&run(&Profile::default(), "mistake=explain>blame"), "mistake"), Some(0.75));
    assert_eq!(credit(&run(&Profile::default(), "mistake=blame>apologise"), "mistake"), Some(0.0));
    let same = run(&Profile::default(), "mistake=blame>blame");
    assert_eq!(same.report.ignored[0].reason, Reason::SameBestAndWorst);
}

#[test]
fn free_text_counts_as_answered_but_the_neutral_analyser_scores_nothing() {
    let e = run(&Profile::default(), r#"questions="How does your team review code?""#);
    let learning = e.report.areas.iter().find(|a| a.area == Area::Learning).unwrap();
    assert_eq!(learning.answered, 1);
    assert_eq!(learning.score, None);
}

#[test]
fn items_for_online_interviews_apply_only_to_online_candidates() {
    let onsite = Profile::default();
    let online = Profile { format: Format::Online, ..Profile::default() };
    assert_eq!(run(&onsite, "").report.applicable + 1, run(&online, "").report.applicable);
    let e = run(&onsite, "camera=tested");
    assert_eq!(e.report.ignored[0].reason, Reason::NotApplicable);
}

#[test]
fn unknown_items_options_and_wrong_shapes_are_ignored_with_a_reason() {
    let e = run(&Profile::default(), "ghost=x arrival=teleport confident=early prep=4");
    let reasons: Vec<String> = e.report.ignored.iter().map(ToString::to_string).collect();
    assert_eq!(reasons.len(), 4, "{reasons:?}");
    assert!(reasons.iter().any(|r| r.contains("`ghost`") && r.contains("no item")));
    assert!(reasons.iter().any(|r| r.contains("no option `teleport`")));
    assert!(reasons.iter().any(|r| r.contains("`confident`") && r.contains("likert")));
    assert!(reasons.iter().any(|r| r.contains("`prep`") && r.contains("multi")));
}

#[test]
fn overall_readiness_is_weighted_for_the_next_stage() {
    // Strong technically, weak on etiquette: ready for the technical stage, not the first interview.
    let spec = "prep=[matrix,star] confident=5 bluff=1 arrival=late mistake=blame>apologise";
    let first = run(&Profile { next_stage: Stage::FirstInterview, ..Profile::default() }, spec);
    let tech = run(&Profile { next_stage: Stage::Technical, ..Profile::default() }, spec);
    assert!(first.report.overall.unwrap() < 40.0, "{:?}", first.report.overall);
    assert!(tech.report.overall.unwrap() > 80.0, "{:?}", tech.report.overall);
    assert_eq!(first.report.stages.len(), 5, "readiness for every stage");
}

#[test]
fn the_profile_changes_weights_through_modifiers_in_content() {
    // The tiny bank doubles learning for start-ups.
    let large = run(&Profile { next_stage: Stage::Screening, ..Profile::default() }, "prep=[matrix]");
    let startup = Profile {
        next_stage: Stage::Screening,
        company: naitei_core::profile::CompanyKind::Startup,
        ..Profile::default()
    };
    let startup = run(&startup, "prep=[matrix]");
    assert_eq!(large.report.method.weights.get(Area::Learning), &25);
    assert_eq!(startup.report.method.weights.get(Area::Learning), &40);
}

#[test]
fn the_legend_shares_add_up_to_one_hundred_percent() {
    for stage in Stage::ALL {
        let e = run(&Profile { next_stage: stage, ..Profile::default() }, "arrival=early");
        let total: u32 = e.report.method.weights.iter().map(|(_, w)| u32::from(*w)).sum();
        assert_eq!(total, 100, "{stage:?}");
    }
}

#[test]
fn bands_follow_the_manifest_cut_points() {
    let bank = tiny_bank();
    assert_eq!(bank.band(0.0).id, "low");
    assert_eq!(bank.band(49.9).id, "low");
    assert_eq!(bank.band(50.0).id, "mid");
    assert_eq!(bank.band(100.0).id, "high");
}
