//! Properties that must hold for any input: scores stay in range, better
//! answers never score lower, results are reproducible and independent of
//! answer order and display language, and no input makes evaluation panic.

use naitei_core::bank::ItemKind;
use naitei_core::report::{limit, Flag};
use naitei_core::testing::{tiny_bank, tiny_pack};
use naitei_core::{evaluate, evaluate_json, Answer, Answers, Bank, Config, Date, Lang, Profile, Severity, Stage};
use proptest::prelude::*;

mod common;
use serde_json::{json, Value};

fn config() -> Config<'static> {
    Config::new("2026-11-21".parse().unwrap())
}

fn profile() -> impl Strategy<Value = Profile> {
    let today: Date = "2026-11-21".parse().unwrap();
    common::profile_with(prop::option::of(-30i32..400).prop_map(move |o| o.map(|o| today.add_days(o))))
}

/// Any answer shape for any item of the bank, valid or not.
fn answer_for(item: &naitei_core::bank::Item) -> BoxedStrategy<Answer> {
    let ids: Vec<String> = item.kind.options().iter().map(|o| o.id.clone()).chain(["nope".to_string()]).collect();
    let valid = match &item.kind {
        ItemKind::Single(_) => prop::sample::select(ids.clone()).prop_map(Answer::Choice).boxed(),
        ItemKind::Multi(_) => prop::sample::subsequence(ids.clone(), 0..ids.len()).prop_map(Answer::Choices).boxed(),
        ItemKind::Likert { .. } => (1u8..=5).prop_map(Answer::Rating).boxed(),
        ItemKind::BestWorst(_) => (prop::sample::select(ids.clone()), prop::sample::select(ids.clone()))
            .prop_map(|(best, worst)| Answer::BestWorst { best, worst })
            .boxed(),
        ItemKind::Text { .. } => ".{0,40}".prop_map(Answer::Text).boxed(),
    };
    prop_oneof![6 => valid, 1 => Just(Answer::Skipped), 1 => (1u8..=5).prop_map(Answer::Rating), 1 => "[a-z]{1,8}".prop_map(Answer::Choice)].boxed()
}

fn answers() -> impl Strategy<Value = Answers> {
    let bank = tiny_bank();
    let per_item: Vec<_> = bank.items.iter().map(|i| (Just(i.id.clone()), prop::option::of(answer_for(i)))).collect();
    per_item.prop_map(|pairs| Answers(pairs.into_iter().filter_map(|(id, a)| a.map(|a| (id, a))).collect()))
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| json!(f)),
        ".{0,30}".prop_map(Value::String),
        prop::sample::select(vec!["arrival", "prep", "early", "matrix", "none", "best", "worst", "text"])
            .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    prop::sample::select(vec![
                        "arrival",
                        "prep",
                        "confident",
                        "bluff",
                        "mistake",
                        "questions",
                        "camera",
                        "best",
                        "worst",
                        "text"
                    ])
                    .prop_map(String::from),
                    "[a-z]{1,6}"
                ],
                inner,
                0..8
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_score_is_between_0_and_100(p in profile(), a in answers()) {
        let r = evaluate(&tiny_bank(), &p, &a, &config()).report;
        let scores = r.areas.iter().map(|a| a.score).chain(r.stages.iter().map(|s| s.score)).chain([r.overall]);
        for s in scores.flatten() {
            prop_assert!((0.0..=100.0).contains(&s), "{s}");
        }
        for a in &r.areas {
            prop_assert!((0.0..=1.0).contains(&a.coverage));
        }
    }

    #[test]
    fn choosing_a_strictly_better_option_never_lowers_any_area_score(p in profile(), a in answers(), pick in 0usize..100) {
        let bank = tiny_bank();
        let singles: Vec<_> = bank.items.iter().filter(|i| matches!(i.kind, ItemKind::Single(_)) && i.when.matches(&p)).collect();
        let item = singles[pick % singles.len()];
        let options = item.kind.options();
        for worse in options {
            for better in options {
                if better.credit.iter().all(|(area, c)| *c >= *worse.credit.get(area)) {
                    let lo = evaluate(&bank, &p, &a.clone().with(&item.id, Answer::Choice(worse.id.clone())), &config()).report;
                    let hi = evaluate(&bank, &p, &a.clone().with(&item.id, Answer::Choice(better.id.clone())), &config()).report;
                    for (l, h) in lo.areas.iter().zip(&hi.areas) {
                        prop_assert!(h.score.unwrap_or(0.0) >= l.score.unwrap_or(0.0), "{:?}: {:?} -> {:?}", l.area, l.score, h.score);
                    }
                }
            }
        }
    }

    #[test]
    fn the_same_inputs_give_the_same_json_from_separately_built_banks(p in profile(), a in answers()) {
        // Two banks built from two parses of the pack, answers read back from
        // their JSON: any hidden state (hash order, a cache, the clock) would
        // show as a different byte in the output.
        let (one, two) = (tiny_bank(), Bank::build(&serde_json::from_str(&serde_json::to_string(&tiny_pack()).unwrap()).unwrap()).unwrap().bank);
        let again: Answers = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
        let first = serde_json::to_string(&evaluate(&one, &p, &a, &config())).unwrap();
        let second = serde_json::to_string(&evaluate(&two, &p, &again, &config())).unwrap();
        prop_assert_eq!(first, second);
    }

    #[test]
    fn the_order_of_answers_changes_nothing(p in profile(), a in answers()) {
        let bank = tiny_bank();
        let entries: Vec<String> = a.0.iter().map(|(k, v)| format!("{}:{}", json!(k), v.to_value())).collect();
        let forward: Value = serde_json::from_str(&format!("{{{}}}", entries.join(","))).unwrap();
        let mut reversed = entries.clone();
        reversed.reverse();
        let backward: Value = serde_json::from_str(&format!("{{{}}}", reversed.join(","))).unwrap();
        prop_assert_eq!(evaluate_json(&bank, &p, &forward, &config()), evaluate_json(&bank, &p, &backward, &config()));
    }

    #[test]
    fn results_do_not_depend_on_the_display_languages_loaded(p in profile(), a in answers()) {
        let english_only = tiny_pack();
        let mut bilingual = english_only.clone();
        let en = bilingual.texts[&Lang::En].clone();
        bilingual.texts.insert(Lang::Ja, en.into_iter().map(|(k, v)| (k, format!("「{v}」です"))).collect());
        let one = Bank::build(&english_only).unwrap();
        let two = Bank::build(&bilingual).unwrap();
        prop_assert_eq!(two.texts.len(), 2);
        prop_assert_eq!(evaluate(&one.bank, &p, &a, &config()), evaluate(&two.bank, &p, &a, &config()));
    }

    #[test]
    fn any_answers_json_gives_a_report_and_a_list_of_what_was_ignored(p in profile(), v in any_json()) {
        let e = evaluate_json(&tiny_bank(), &p, &v, &config());
        let used = e.report.answered as usize;
        let given = v.as_object().map_or(0, |o| o.len());
        prop_assert!(used <= given);
        if !v.is_object() {
            prop_assert_eq!(e.report.ignored.len(), 1);
        }
    }

    #[test]
    fn no_plan_day_exceeds_the_daily_minutes(p in profile(), a in answers()) {
        let plan = evaluate(&tiny_bank(), &p, &a, &config()).plan;
        for day in &plan.days {
            let all: u16 = day.tasks.iter().map(naitei_core::plan::Task::minutes).sum();
            prop_assert!(all <= plan.daily_minutes, "{} > {} on {}", all, plan.daily_minutes, day.date);
            prop_assert!(day.date >= plan.start);
        }
    }
}

fn flag() -> impl Strategy<Value = Flag> {
    (
        prop::sample::select(Severity::MOST_SERIOUS_FIRST.to_vec()),
        prop::sample::subsequence(Stage::ALL.to_vec(), 0..=5),
        "[a-z]{3,8}",
    )
        .prop_map(|(severity, stages, check)| Flag {
            check,
            severity,
            stages,
            modules: vec![],
            stage: Stage::Final,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_new_critical_or_risk_flag_never_raises_any_stage_score_or_band(
        before in 0.0f32..=100.0,
        flags in prop::collection::vec(flag(), 0..8),
        extra in flag(),
        stage in prop::sample::select(Stage::ALL.to_vec()),
    ) {
        let bank = tiny_bank();
        let (without, _) = limit(before, stage, &flags, &bank.limits);
        let mut more = flags.clone();
        more.push(extra);
        let (with, by) = limit(before, stage, &more, &bank.limits);
        prop_assert!(with <= without, "{} then {}", without, with);
        prop_assert!(bank.band(with).min <= bank.band(without).min);
        prop_assert!(with <= before);
        if with < before {
            prop_assert!(!by.is_empty(), "a limited score names what limits it");
        }
    }

    #[test]
    fn answering_more_never_lowers_coverage_or_evidence(p in profile(), a in answers(), b in answers()) {
        let mut more = a.clone();
        for (id, answer) in b.0 {
            more.0.entry(id).or_insert(answer);
        }
        let before = evaluate(&tiny_bank(), &p, &a, &config()).report;
        let after = evaluate(&tiny_bank(), &p, &more, &config()).report;
        for (x, y) in before.areas.iter().zip(&after.areas) {
            prop_assert!(y.coverage >= x.coverage, "{:?}: {} then {}", x.area, x.coverage, y.coverage);
            prop_assert!(y.evidence.answered >= x.evidence.answered);
            prop_assert!(x.score.is_none() || y.score.is_some(), "{:?} lost its score", x.area);
        }
    }

    #[test]
    fn answers_to_items_that_do_not_apply_change_nothing(p in profile(), a in answers(), extra in answers()) {
        let bank = tiny_bank();
        let mut with_stale = a.applicable(&bank, &p);
        for (id, answer) in extra.0 {
            if bank.item(&id).is_some_and(|i| !i.when.matches(&p)) {
                with_stale.0.insert(id, answer);
            }
        }
        let clean = evaluate(&bank, &p, &a.applicable(&bank, &p), &config());
        let mut stale = evaluate(&bank, &p, &with_stale, &config());
        stale.report.ignored.retain(|i| i.reason != naitei_core::answers::Reason::NotApplicable);
        prop_assert_eq!(clean, stale);
    }
}

#[test]
fn huge_input_is_read_within_limits_without_panicking() {
    let mut big = serde_json::Map::new();
    for i in 0..20_000 {
        big.insert(format!("item{i}"), json!("x"));
    }
    big.insert("questions".into(), json!({ "text": "word ".repeat(50_000) }));
    let e = evaluate_json(&tiny_bank(), &Profile::default(), &Value::Object(big), &config());
    assert!(e.report.ignored.len() >= 10_000);
}
