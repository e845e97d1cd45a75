//! How well the free-text coaches do on a labelled set written by hand
//! (`tests/data/coach/`, see the README there): precision and recall per
//! question kind and per answer finding, with macro-F1 for each coach.
//!
//! Run with `cargo test -p naitei-tests --test coach_quality -- --nocapture` to see the tables.
//! When a class does poorly, improve the lexicon or the rules, never the labels.

use naitei_core::coach::{AnswerKind, Coaches, QuestionKind, Rating};
use naitei_core::{Lang, Stage};
use std::collections::BTreeMap;

/// The lowest macro-F1 each coach may reach.
const MIN_MACRO_F1: f64 = 0.85;
/// The lowest F1 of any single class, so that one broken kind or finding fails
/// even when the average hides it.
const MIN_CLASS_F1: f64 = 0.6;

fn coaches() -> Coaches {
    Coaches::new(&naitei_content::pack().lexicons)
}

fn data(file: &str) -> String {
    std::fs::read_to_string(naitei_tests::root().join("tests/data/coach").join(file))
        .expect("labelled data is readable")
}

/// True and false positives and false negatives of one class.
#[derive(Default, Clone, Copy)]
struct Counts {
    tp: u32,
    fp: u32,
    fn_: u32,
}

impl Counts {
    fn add(&mut self, gold: bool, predicted: bool) {
        match (gold, predicted) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => {}
        }
    }
    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn counted(&self) -> bool {
        self.tp + self.fp + self.fn_ > 0
    }
}

fn ratio(a: u32, b: u32) -> f64 {
    if b == 0 {
        1.0
    } else {
        f64::from(a) / f64::from(b)
    }
}

/// Prints the table and returns the macro-F1 over the classes that occur.
fn table(title: &str, classes: &BTreeMap<String, Counts>, order: &[String]) -> f64 {
    println!("\n{title}");
    println!("{:<24} {:>9} {:>9} {:>6} {:>4} {:>4} {:>4}", "class", "precision", "recall", "F1", "tp", "fp", "fn");
    let mut f1s = Vec::new();
    for name in order {
        let Some(c) = classes.get(name).filter(|c| c.counted()) else { continue };
        println!(
            "{name:<24} {:>9.2} {:>9.2} {:>6.2} {:>4} {:>4} {:>4}",
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp,
            c.fp,
            c.fn_
        );
        f1s.push(c.f1());
    }
    let macro_f1 = f1s.iter().sum::<f64>() / f1s.len().max(1) as f64;
    println!("{:<24} {:>30.3}", "macro-F1", macro_f1);
    macro_f1
}

fn stage(id: &str) -> Stage {
    Stage::ALL.into_iter().find(|s| s.id() == id).unwrap_or_else(|| panic!("unknown stage `{id}` in questions.tsv"))
}

/// What the question coach got right and wrong on some files.
struct QuestionScores {
    kinds: BTreeMap<String, Counts>,
    ratings: BTreeMap<String, Counts>,
    misses: Vec<String>,
    rows: usize,
    japanese: usize,
}

/// Precision and recall per kind and per rating for the questions in `files`.
fn question_counts(coaches: &Coaches, files: &[&str]) -> QuestionScores {
    let mut kinds: BTreeMap<String, Counts> = BTreeMap::new();
    let mut ratings: BTreeMap<String, Counts> = BTreeMap::new();
    let (mut rows, mut ja, mut misses) = (0, 0, Vec::new());
    for file in files {
        for line in data(file).lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let cols: Vec<&str> = line.split('\t').collect();
            let [lang, st, kind, rating, text] = cols[..] else {
                panic!("{file}: 5 tab-separated columns expected: {line}")
            };
            let gold = QuestionKind::from_id(kind).unwrap_or_else(|| panic!("{file}: unknown kind `{kind}`"));
            let checks = coaches.check_questions(text, stage(st));
            // A row may hold a two-part question (as candidates write them); like the
            // labels, it is judged by its part an interviewer would react to: the worst-rated.
            let got = checks
                .iter()
                .max_by_key(|c| c.rating)
                .unwrap_or_else(|| panic!("{file}: no question found in: {text}"));
            rows += 1;
            ja += usize::from(lang == "ja");
            for k in QuestionKind::ALL {
                kinds.entry(k.id().to_owned()).or_default().add(gold == k, got.kind == k);
            }
            for r in [Rating::Good, Rating::Fine, Rating::Avoid] {
                let id = format!("{r:?}").to_lowercase();
                ratings.entry(id.clone()).or_default().add(rating == id, got.rating == r);
            }
            if got.kind != gold {
                misses.push(format!("  [{lang}] expected {kind}, got {} {:?}: {text}", got.kind.id(), got.evidence));
            }
        }
    }
    QuestionScores { kinds, ratings, misses, rows, japanese: ja }
}

#[test]
fn the_reverse_question_coach_reaches_the_quality_bar() {
    let coaches = coaches();
    let order: Vec<String> = QuestionKind::ALL.iter().map(|k| k.id().to_owned()).collect();
    let rating_order: Vec<String> = ["good", "fine", "avoid"].iter().map(|s| s.to_string()).collect();
    let mut result = 0.0;
    for (name, files) in [
        ("labelled set", &["questions.tsv"][..]),
        ("held-out set", &["questions_holdout.tsv"][..]),
        ("fresh set", &["questions_fresh.tsv"][..]),
        ("unseen set", &["questions_unseen.tsv"][..]),
        ("relocation set", &["questions_relocation.tsv"][..]),
        // Written by someone who never saw the lexicons, and never used to tune them:
        // its figures are the honest estimate on new phrasings. Printed, not asserted.
        ("blind set", &["questions_blind.tsv"][..]),
        (
            "all",
            &[
                "questions.tsv",
                "questions_holdout.tsv",
                "questions_fresh.tsv",
                "questions_unseen.tsv",
                "questions_relocation.tsv",
            ][..],
        ),
    ] {
        let QuestionScores { kinds, ratings, misses, rows, japanese: ja } = question_counts(&coaches, files);
        let macro_f1 =
            table(&format!("Reverse questions, {name}: kind ({rows} questions, {ja} in Japanese)"), &kinds, &order);
        let rating_f1 =
            table(&format!("Reverse questions, {name}: rating at the stage given"), &ratings, &rating_order);
        if name == "blind set" || name == "all" || name == "relocation set" {
            println!("SUMMARY reverse questions, {name}: kind macro-F1 {macro_f1:.3}, rating macro-F1 {rating_f1:.3}");
        }
        if name == "all" {
            assert!(rows >= 80 && ja >= 30, "the set needs 80 questions, 30 in Japanese ({rows}, {ja})");
            if !misses.is_empty() {
                println!("\nMisclassified:\n{}", misses.join("\n"));
            }
            let weak: Vec<String> = kinds
                .iter()
                .filter(|(_, c)| c.counted() && c.f1() < MIN_CLASS_F1)
                .map(|(k, c)| format!("{k} {:.2}", c.f1()))
                .collect();
            assert!(weak.is_empty(), "question kinds below F1 {MIN_CLASS_F1}: {weak:?}");
            result = macro_f1;
        }
    }
    assert!(result >= MIN_MACRO_F1, "reverse-question macro-F1 {result:.3} is below {MIN_MACRO_F1}");
}

/// The findings a labelled answer expects, from its `expect` object.
fn expected(kind: AnswerKind, expect: &serde_json::Map<String, serde_json::Value>) -> Vec<String> {
    let flag = |k: &str| expect.get(k).and_then(|v| v.as_bool()).unwrap_or_else(|| panic!("`expect.{k}` missing"));
    let mut out = Vec::new();
    let pair =
        |k: &str, yes: &str, no: &str, out: &mut Vec<String>| out.push(if flag(k) { yes } else { no }.to_owned());
    match kind {
        AnswerKind::Star => {
            pair("situation", "has_situation", "no_situation", &mut out);
            pair("task", "has_task", "no_task", &mut out);
            pair("action", "has_action", "no_action", &mut out);
            pair("result", "has_result", "no_result", &mut out);
            pair("number", "has_number", "no_number", &mut out);
            pair("conclusion_first", "conclusion_first", "no_conclusion_first", &mut out);
            for k in ["team_as_own", "no_team"] {
                if flag(k) {
                    out.push(k.to_owned());
                }
            }
        }
        AnswerKind::FailureStory => {
            for k in ["owns_mistake", "blames_others"] {
                if flag(k) {
                    out.push(k.to_owned());
                }
            }
            pair("action", "has_action", "no_action", &mut out);
            pair("lesson", "has_lesson", "no_lesson", &mut out);
            pair("applied", "applied_next", "not_applied", &mut out);
        }
    }
    for k in ["too_long", "too_short"] {
        if flag(k) {
            out.push(k.to_owned());
        }
    }
    out
}

#[test]
fn the_answer_coach_reaches_the_quality_bar() {
    let coaches = coaches();
    let mut failures = Vec::new();
    for (name, files) in [
        ("labelled set", &["answers.json"][..]),
        ("held-out set", &["answers_holdout.json"][..]),
        ("fresh set", &["answers_fresh.json"][..]),
        ("unseen set", &["answers_unseen.json"][..]),
        ("blind set", &["answers_blind.json"][..]),
        ("all", &["answers.json", "answers_holdout.json", "answers_fresh.json", "answers_unseen.json"][..]),
    ] {
        let answers: Vec<serde_json::Value> = files
            .iter()
            .flat_map(|f| serde_json::from_str::<Vec<serde_json::Value>>(&data(f)).expect("answers are a JSON list"))
            .collect();
        if name == "all" {
            assert!(answers.len() >= 40, "the set needs 40 answers ({})", answers.len());
        }
        for kind in [AnswerKind::Star, AnswerKind::FailureStory] {
            let mut classes: BTreeMap<String, Counts> = BTreeMap::new();
            let mut langs = BTreeMap::<String, usize>::new();
            let mut misses = Vec::new();
            let all = naitei_core::analyse::findings(kind.analyser());
            for a in answers.iter().filter(|a| a["analyser"] == kind.id()) {
                let (id, text) = (a["id"].as_str().unwrap(), a["text"].as_str().unwrap());
                *langs.entry(a["lang"].as_str().unwrap().to_owned()).or_default() += 1;
                let gold = expected(kind, a["expect"].as_object().expect("`expect` is an object"));
                let got = coaches.analyse_answer(kind, text).findings;
                for f in all {
                    let (g, p) = (gold.iter().any(|x| x == f), got.iter().any(|x| x == f));
                    classes.entry(f.to_string()).or_default().add(g, p);
                    if g != p {
                        misses.push(format!("  {id}: {} `{f}`", if g { "missed" } else { "wrongly found" }));
                    }
                }
            }
            let order: Vec<String> = all.iter().map(|s| s.to_string()).collect();
            let macro_f1 = table(&format!("Answers, {name}: {} findings ({langs:?})", kind.id()), &classes, &order);
            if name == "blind set" || name == "all" {
                println!("SUMMARY answers ({}), {name}: macro-F1 {macro_f1:.3}", kind.id());
            }
            if name != "all" {
                continue;
            }
            if !misses.is_empty() {
                println!("\nDisagreements:\n{}", misses.join("\n"));
            }
            if macro_f1 < MIN_MACRO_F1 {
                failures.push(format!("{} macro-F1 {macro_f1:.3} is below {MIN_MACRO_F1}", kind.id()));
            }
            for (f, c) in classes.iter().filter(|(_, c)| c.counted() && c.f1() < MIN_CLASS_F1) {
                failures.push(format!("{} finding {f} has F1 {:.2}, below {MIN_CLASS_F1}", kind.id(), c.f1()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("; "));
}

#[test]
fn the_built_in_texts_have_every_coach_key_in_both_languages() {
    let content = naitei_content::content();
    for lang in Lang::ALL {
        let texts = &content.texts[&lang];
        let missing: Vec<String> = Coaches::text_keys().into_iter().filter(|k| texts.find(k).is_none()).collect();
        assert!(
            missing.is_empty(),
            "{} texts lack {missing:?}: add them to text/{}/coach.toml",
            lang.tag(),
            lang.tag()
        );
    }
}

#[test]
fn the_built_in_lexicons_cover_both_languages_and_every_kind() {
    let pack = naitei_content::pack();
    for lang in Lang::ALL {
        let lex = &pack.lexicons[&lang];
        for kind in QuestionKind::MATCHED {
            assert!(
                lex.questions.iter().any(|e| e.kind == kind.id()),
                "{} lexicon has no `{}` questions",
                lang.tag(),
                kind.id()
            );
        }
    }
    assert!(pack.lexicons.values().all(|l| l.problems().is_empty()));
}

/// The built-in lexicons without the entries of `kind` (in both languages).
fn without(group: &str, kind: &str) -> Coaches {
    let mut lexicons = naitei_content::pack().lexicons;
    for lex in lexicons.values_mut() {
        let entries = if group == "question" { &mut lex.questions } else { &mut lex.answers };
        entries.retain(|e| e.kind != kind);
    }
    Coaches::new(&lexicons)
}

#[test]
fn the_labelled_sets_catch_a_lexicon_that_lost_a_kind() {
    // A bad lexicon must fail the bar: dropping any one kind's patterns sinks that class.
    let files = [
        "questions.tsv",
        "questions_holdout.tsv",
        "questions_fresh.tsv",
        "questions_unseen.tsv",
        "questions_relocation.tsv",
    ];
    for kind in QuestionKind::MATCHED {
        let scores = question_counts(&without("question", kind.id()), &files);
        let f1 = scores.kinds[kind.id()].f1();
        assert!(f1 < MIN_CLASS_F1, "without its patterns, `{}` still reaches F1 {f1:.2}", kind.id());
    }
    let answers: Vec<serde_json::Value> =
        ["answers.json", "answers_holdout.json", "answers_fresh.json", "answers_unseen.json"]
            .iter()
            .flat_map(|f| serde_json::from_str::<Vec<serde_json::Value>>(&data(f)).unwrap())
            .collect();
    for (kind, cue, finding) in [
        (AnswerKind::Star, "result", "has_result"),
        (AnswerKind::Star, "task", "has_task"),
        (AnswerKind::FailureStory, "lesson", "has_lesson"),
        (AnswerKind::FailureStory, "applied", "applied_next"),
        (AnswerKind::FailureStory, "blame", "blames_others"),
        (AnswerKind::FailureStory, "fix", "has_action"),
    ] {
        let coaches = without("answer", cue);
        let mut c = Counts::default();
        for a in answers.iter().filter(|a| a["analyser"] == kind.id()) {
            let gold = expected(kind, a["expect"].as_object().unwrap());
            let got = coaches.analyse_answer(kind, a["text"].as_str().unwrap()).findings;
            c.add(gold.iter().any(|g| g == finding), got.iter().any(|g| g == finding));
        }
        assert!(c.f1() < MIN_CLASS_F1, "without `{cue}` cues, `{finding}` still reaches F1 {:.2}", c.f1());
    }
}
