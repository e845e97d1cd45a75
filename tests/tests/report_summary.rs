//! The top of the report (`present::summary`) with the built-in bank and texts:
//! at most three actions, none repeated, the most pressing first, and never a
//! "next action" that restates a strength the candidate already has.

use naitei_core::present::{next_action, summary, SUMMARY_ACTIONS};
use naitei_core::report::About;
use naitei_core::{evaluate, Config, Lang, Profile, Severity, Stage};
use naitei_tests::{answers_by, Style};

const TODAY: &str = "2026-11-21";

#[test]
fn the_summary_lists_three_distinct_actions_most_pressing_first_in_both_languages() {
    let content = naitei_content::content();
    let coaches = naitei_content::coaches();
    let bank = &content.bank;
    for (style, stage) in
        [(Style::Worst, Stage::FirstInterview), (Style::Best, Stage::Technical), (Style::Worst, Stage::Offer)]
    {
        let profile = Profile { next_stage: stage, ..Profile::default() };
        let answers = answers_by(bank, &profile, |_| Some(style));
        let e = evaluate(bank, &profile, &answers, &Config::with(TODAY.parse().unwrap(), &coaches));
        for lang in Lang::ALL {
            let texts = naitei_content::texts(lang);
            let s = summary(&texts, &e.report);
            assert!(s.actions.len() <= SUMMARY_ACTIONS, "{style:?} {stage:?}: at most three actions");
            assert!(!s.actions.is_empty(), "{style:?} {stage:?}: something to start with");
            for (i, a) in s.actions.iter().enumerate() {
                assert!(!a.next.is_empty() && !a.about.is_empty());
                assert!(
                    s.actions[..i].iter().all(|b| b.next != a.next),
                    "{style:?} {stage:?}: `{}` listed twice",
                    a.next
                );
            }
            if let Some(first) = e.report.risks.first().and_then(|r| next_action(&texts, r)) {
                assert_eq!(s.actions[0].next, first, "{style:?} {stage:?}: the most serious risk comes first");
            }
            assert!(s.score.is_some() && s.limits.is_some(), "{style:?} {stage:?}: a score and what holds it down");
        }
    }
}

#[test]
fn a_strength_the_candidate_already_has_gets_no_next_action_restating_it() {
    let content = naitei_content::content();
    let coaches = naitei_content::coaches();
    let bank = &content.bank;
    let texts = naitei_content::texts(Lang::En);
    let profile = Profile::default();
    let answers = answers_by(bank, &profile, |_| Some(Style::Best));
    let e = evaluate(bank, &profile, &answers, &Config::with(TODAY.parse().unwrap(), &coaches));
    let strengths: Vec<_> = e
        .report
        .strengths
        .iter()
        .filter(|p| matches!(p.about, About::Check { severity: Severity::Strength, .. }))
        .collect();
    assert!(!strengths.is_empty(), "best answers raise strengths");
    for p in strengths {
        assert_eq!(next_action(&texts, p), None, "{p:?}");
    }
}

#[test]
fn a_candidate_who_answered_everything_is_not_told_to_answer_more_for_strengths() {
    // Weak on offer etiquette, fine elsewhere, every question answered: no offer-stage strength,
    // and "answer more questions" would send them to a questionnaire they have finished.
    let content = naitei_content::content();
    let coaches = naitei_content::coaches();
    let bank = &content.bank;
    let profile = Profile { next_stage: Stage::Offer, ..Profile::default() };
    let answers =
        answers_by(bank, &profile, |i| Some(if i.stages == [Stage::Offer] { Style::Worst } else { Style::Best }));
    let e = evaluate(bank, &profile, &answers, &Config::with(TODAY.parse().unwrap(), &coaches));
    assert!(e.report.strengths.is_empty() && e.report.answered == e.report.applicable);
    for lang in Lang::ALL {
        let texts = naitei_content::texts(lang);
        let said = naitei_core::present::no_strengths(&texts, &e.report);
        assert_eq!(said, texts.get("ui.export.no_strengths_all_answered"), "{lang:?}");
        assert_ne!(said, texts.get("ui.export.no_strengths"));
    }
}
