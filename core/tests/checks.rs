//! Cultural-fit checks: rules in content raise flags with a severity, the
//! modules that help, and a fix per stage.

use naitei_core::report::About;
use naitei_core::rule::{Facts, Rule};
use naitei_core::testing::{answers, tiny_bank};
use naitei_core::{evaluate, AreaMap, Config, Profile, Severity, Stage};
use std::collections::BTreeMap;

fn flags(spec: &str) -> Vec<(String, Severity)> {
    let e = evaluate(&tiny_bank(), &Profile::default(), &answers(spec), &Config::new("2026-11-21".parse().unwrap()));
    e.report.flags.into_iter().map(|f| (f.check, f.severity)).collect()
}

fn holds(rule: &str, spec: &str, profile: &Profile) -> bool {
    let rule: Rule = serde_json::from_str(rule).unwrap();
    let scores = AreaMap([Some(40.0), Some(90.0), None, None, None]);
    let bank = tiny_bank();
    let applies = |item: &str| bank.item(item).is_some_and(|i| i.when.matches(profile));
    rule.holds(&Facts {
        applies: &applies,
        profile,
        answers: &answers(spec),
        findings: &BTreeMap::new(),
        scores: &scores,
    })
}

#[test]
fn arriving_exactly_on_time_raises_a_risk_with_the_module_that_helps() {
    let e = evaluate(
        &tiny_bank(),
        &Profile::default(),
        &answers("arrival=on_time"),
        &Config::new("2026-11-21".parse().unwrap()),
    );
    let flag = &e.report.flags[0];
    assert_eq!((flag.check.as_str(), flag.severity), ("on_the_dot", Severity::Risk));
    assert_eq!(flag.modules, ["punctuality"]);
    let first = e.report.stages.iter().find(|s| s.stage == Stage::FirstInterview).unwrap();
    let fix = first.fix.as_ref().unwrap();
    assert!(matches!(&fix.about, About::Check { check, .. } if check == "on_the_dot"));
    assert_eq!(fix.module.as_deref(), Some("punctuality"));
}

#[test]
fn flags_come_most_serious_first() {
    assert_eq!(
        flags("arrival=on_time mistake=apologise>blame"),
        [("on_the_dot".to_string(), Severity::Risk), ("apologises".to_string(), Severity::Strength)]
    );
}

#[test]
fn unanswered_items_raise_no_flag() {
    assert!(flags("").is_empty());
    assert!(flags("arrival=-").is_empty());
}

#[test]
fn rules_combine_answers_profile_and_scores() {
    let p = Profile::default();
    assert!(holds(r#"{"chose":{"item":"prep","options":["script"]}}"#, "prep=[matrix,script]", &p));
    assert!(holds(r#"{"missed":{"item":"prep","options":["star"]}}"#, "prep=[matrix]", &p));
    assert!(!holds(r#"{"missed":{"item":"prep","options":["star"]}}"#, "", &p), "missed needs an answer");
    assert!(holds(r#"{"chose_worst":{"item":"mistake","options":["blame"]}}"#, "mistake=apologise>blame", &p));
    assert!(holds(r#"{"rated":{"item":"confident","min":4}}"#, "confident=4", &p));
    assert!(!holds(r#"{"rated":{"item":"confident","max":2}}"#, "confident=4", &p));
    assert!(holds(r#"{"unanswered":{"item":"arrival"}}"#, "arrival=-", &p));
    assert!(holds(r#"{"score":{"area":"technical","below":50}}"#, "", &p));
    assert!(!holds(r#"{"score":{"area":"learning","below":50}}"#, "", &p), "unscored areas never match");
    let rule = r#"{"all":[{"profile":{"next_stage":["first_interview"]}},{"not":{"score":{"area":"communication","below":80}}}]}"#;
    assert!(holds(rule, "", &p));
    assert!(!holds(rule, "", &Profile { next_stage: Stage::Final, ..p.clone() }));
    assert!(holds(
        r#"{"any":[{"chose":{"item":"arrival","options":["late"]}},{"rated":{"item":"bluff","min":4}}]}"#,
        "bluff=5",
        &p
    ));
}

#[test]
fn no_strength_is_set_beside_a_critical_flag_at_the_next_interview() {
    let online = Profile { format: naitei_core::Format::Online, ..Profile::default() };
    let report = |spec: &str| {
        evaluate(&tiny_bank(), &online, &answers(spec), &Config::new("2026-11-21".parse().unwrap())).report
    };
    let strong = "arrival=early mistake=apologise>blame prep=[matrix,star] confident=5 bluff=1";
    let fine = report(&format!("{strong} camera=tested"));
    assert!(fine.strengths.iter().any(|p| matches!(&p.about, About::Check { check, .. } if check == "apologises")));
    let untested = report(&format!("{strong} camera=untested"));
    assert!(untested.flags.iter().any(|f| f.check == "camera_untested"));
    assert!(untested.strengths.is_empty(), "{:?}", untested.strengths);
}

#[test]
fn among_flags_of_one_severity_what_cannot_be_undone_comes_first() {
    let mut pack = naitei_core::testing::tiny_pack();
    let build = |pack: &naitei_core::format::Pack| naitei_core::Bank::build(pack).unwrap().bank;
    // Two risks at the first interview: on_the_dot (bank order first) and a second one.
    let etiquette = pack.sections.iter_mut().find(|s| s.section == "etiquette").unwrap();
    let mut second = etiquette.checks.iter().find(|c| c.id == "on_the_dot").unwrap().clone();
    second.id = "no_route".into();
    etiquette.checks.push(second);
    let en = pack.texts.get_mut(&naitei_core::Lang::En).unwrap();
    for k in ["check.no_route.title", "check.no_route.explain"] {
        en.insert(k.into(), k.into());
    }
    let order = |pack: &naitei_core::format::Pack| -> Vec<String> {
        let e = evaluate(
            &build(pack),
            &Profile::default(),
            &answers("arrival=on_time"),
            &Config::new("2026-11-21".parse().unwrap()),
        );
        e.report.flags.into_iter().map(|f| f.check).collect()
    };
    assert_eq!(order(&pack), ["on_the_dot", "no_route"]);
    let etiquette = pack.sections.iter_mut().find(|s| s.section == "etiquette").unwrap();
    etiquette.checks.iter_mut().find(|c| c.id == "no_route").unwrap().irreversible = true;
    assert_eq!(order(&pack), ["no_route", "on_the_dot"]);
}
