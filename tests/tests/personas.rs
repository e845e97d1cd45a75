//! Personas written by hand, answering the built-in bank: the report must say
//! what a Japanese interviewer would conclude about each of them.

use naitei_core::bank::{Item, ItemKind};
use naitei_core::report::About;
use naitei_core::{evaluate, Answer, Answers, Area, Config, Evaluation, Format, Profile, Severity, Stage};

#[derive(Clone, Copy, PartialEq)]
enum Style {
    Best,
    Worst,
}

/// The answer a persona gives: the best or worst option by credit.
fn answer(item: &Item, style: Style) -> Answer {
    let score = |c: &naitei_core::bank::Choice| c.credit.iter().map(|(a, v)| v * item.weights.get(a)).sum::<f32>();
    let mut options: Vec<_> = item.kind.options().iter().collect();
    options.sort_by(|a, b| score(b).total_cmp(&score(a)));
    let (top, bottom) = (options.first().map(|o| o.id.clone()), options.last().map(|o| o.id.clone()));
    match (&item.kind, style) {
        (ItemKind::Single(_), Style::Best) => Answer::Choice(top.unwrap()),
        (ItemKind::Single(_), Style::Worst) => Answer::Choice(bottom.unwrap()),
        (ItemKind::Multi(o), Style::Best) => {
            Answer::Choices(o.iter().filter(|c| score(c) > 0.0).map(|c| c.id.clone()).collect())
        }
        (ItemKind::Multi(o), Style::Worst) => {
            Answer::Choices(o.iter().filter(|c| score(c) < 0.0).map(|c| c.id.clone()).collect())
        }
        (ItemKind::Likert { reverse }, s) => Answer::Rating(if (s == Style::Best) != *reverse { 5 } else { 1 }),
        (ItemKind::BestWorst(_), Style::Best) => Answer::BestWorst { best: top.unwrap(), worst: bottom.unwrap() },
        (ItemKind::BestWorst(_), Style::Worst) => Answer::BestWorst { best: bottom.unwrap(), worst: top.unwrap() },
        (ItemKind::Text { .. }, _) => Answer::Text("I would ask how the team reviews code.".into()),
    }
}

fn persona(profile: &Profile, style_for: impl Fn(&Item) -> Option<Style>) -> Evaluation {
    let content = naitei_content::content();
    let answers = Answers(
        content
            .bank
            .items
            .iter()
            .filter(|i| i.when.matches(profile))
            .filter_map(|i| style_for(i).map(|s| (i.id.clone(), answer(i, s))))
            .collect(),
    );
    evaluate(&content.bank, profile, &answers, &Config::new("2026-11-21".parse().unwrap()))
}

fn area(e: &Evaluation, a: Area) -> f32 {
    e.report.areas.iter().find(|r| r.area == a).unwrap().score.unwrap()
}

fn technical_heavy(i: &Item) -> bool {
    let w = |a| *i.weights.get(a);
    w(Area::Technical) + w(Area::ProblemSolving) > w(Area::Teamwork) + w(Area::Communication)
}

#[test]
fn a_candidate_who_gives_every_best_answer_is_ready_with_no_risks() {
    let e = persona(&Profile::default(), |_| Some(Style::Best));
    assert_eq!(e.report.band.as_deref(), Some("ready"), "overall {:?}", e.report.overall);
    assert!(e.report.flags.iter().all(|f| f.severity == Severity::Strength), "{:?}", e.report.flags);
    assert!(!e.report.strengths.is_empty());
    assert!(e.report.risks.is_empty());
}

#[test]
fn a_candidate_who_gives_every_worst_answer_must_build_foundations_first() {
    let e = persona(&Profile::default(), |_| Some(Style::Worst));
    assert_eq!(e.report.band.as_deref(), Some("foundation"), "overall {:?}", e.report.overall);
    assert_eq!(e.report.flags[0].severity, Severity::Critical);
    assert!(e.report.strengths.iter().all(|p| !matches!(p.about, About::Area { .. })));
    assert!(!e.plan.days.is_empty() && e.plan.total_minutes > 0);
}

#[test]
fn a_blank_questionnaire_has_no_score_but_still_a_plan() {
    let e = persona(&Profile::default(), |_| None);
    assert_eq!(e.report.overall, None);
    assert_eq!(e.report.answered, 0);
    assert!(e.plan.total_minutes > 0, "unknown areas still get study time");
}

#[test]
fn strong_technically_but_with_cultural_risks_passes_the_technical_stage_not_the_first_interview() {
    let p = Profile { next_stage: Stage::FirstInterview, ..Profile::default() };
    let e = persona(&p, |i| Some(if technical_heavy(i) { Style::Best } else { Style::Worst }));
    assert!(area(&e, Area::Technical) >= 80.0, "technical {}", area(&e, Area::Technical));
    assert!(area(&e, Area::Teamwork) < 40.0, "teamwork {}", area(&e, Area::Teamwork));
    let stage = |s: Stage| e.report.stages.iter().find(|r| r.stage == s).unwrap().score.unwrap();
    assert!(stage(Stage::Technical) > stage(Stage::FirstInterview) + 20.0);
    assert!(e.report.flags[0].severity >= Severity::Risk, "the top flag is a cultural risk: {:?}", e.report.flags[0]);
    assert!(e.report.risks.iter().any(|p| matches!(p.about, About::Check { .. })));
}

#[test]
fn culturally_fluent_but_technically_weak_is_the_reverse() {
    let p = Profile { next_stage: Stage::Technical, ..Profile::default() };
    let e = persona(&p, |i| Some(if technical_heavy(i) { Style::Worst } else { Style::Best }));
    assert!(area(&e, Area::Teamwork) >= 80.0);
    assert!(area(&e, Area::Technical) < 50.0);
    let stage = |s: Stage| e.report.stages.iter().find(|r| r.stage == s).unwrap().score.unwrap();
    assert!(stage(Stage::FirstInterview) > stage(Stage::Technical) + 20.0);
    let tech = e.report.stages.iter().find(|r| r.stage == Stage::Technical).unwrap();
    assert!(tech.fix.is_some(), "the technical stage names its most important fix");
}

#[test]
fn an_online_candidate_gets_the_online_items_and_the_tool_test_the_day_before() {
    let p =
        Profile { format: Format::Online, interview_date: Some("2026-12-01".parse().unwrap()), ..Profile::default() };
    let e = persona(&p, |_| Some(Style::Best));
    let content = naitei_content::content();
    assert!(e.report.items.iter().any(|o| o.item == "online_join"));
    assert!(!e.report.items.iter().any(|o| o.item == "arrival_onsite"), "on-site items do not apply");
    let day_before = e.plan.days.iter().find(|d| d.offset == -1).unwrap();
    assert!(day_before.tasks.iter().any(
        |t| matches!(t, naitei_core::plan::Task::Milestone { milestone, .. } if milestone == "test_online_tools")
    ));
    assert!(content.bank.milestones.iter().any(|m| m.id == "join_early_online"));
}
