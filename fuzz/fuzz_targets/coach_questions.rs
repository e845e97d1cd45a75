//! The reverse-question coach on any text, as a candidate types it: with the
//! built-in lexicons of both languages, of English only and of Japanese only,
//! for every stage (a long text, see `coach_text`, with both languages at one
//! stage). Never a panic; every question found is a piece of the
//! text, its kind does not depend on the stage, its rating is the kind's
//! rating at that stage, its evidence is words of the (normalised) question,
//! its text keys exist, and the analyser's credit is in 0..=1.
#![no_main]

use libfuzzer_sys::fuzz_target;
use naitei_core::analyse::{findings, Analyser};
use naitei_core::coach::{normalise, split_questions, Coaches, QuestionKind};
use naitei_core::{Profile, Stage};
use naitei_fuzz::{coach_text, COACHES};
use std::collections::BTreeSet;
use std::sync::LazyLock;

static KEYS: LazyLock<BTreeSet<String>> = LazyLock::new(|| Coaches::text_keys().into_iter().collect());

fuzz_target!(|data: &[u8]| {
    let Some((text, long)) = coach_text(data) else { return };
    let text = text.as_str();
    let questions = split_questions(text);
    for q in &questions {
        assert!(text.contains(q), "{q:?} is a piece of the text");
        assert_eq!(*q, q.trim());
        assert!(q.chars().any(char::is_alphanumeric));
    }
    // The kind of a question does not depend on the stage, so the full check at
    // every stage is made with both languages' lexicons; each language alone is
    // checked at one stage chosen by the input.
    let some_stage = Stage::ALL[data.len() % Stage::ALL.len()];
    for (n, (name, coaches)) in COACHES.iter().enumerate().take(if long { 1 } else { 3 }) {
        let stages: &[Stage] = if n == 0 && !long { &Stage::ALL } else { std::slice::from_ref(&some_stage) };
        let mut kinds: Option<Vec<QuestionKind>> = None;
        for &stage in stages {
            let checks = coaches.check_questions(text, stage);
            assert_eq!(checks.len(), questions.len(), "{name}: one check per question");
            for (c, q) in checks.iter().zip(&questions) {
                assert_eq!(c.text, *q);
                assert_eq!(c.rating, c.kind.rating(stage));
                assert!(c.kind == QuestionKind::Other || !c.evidence.is_empty(), "{name}: {c:?} has no evidence");
                let normal = normalise(q);
                for e in &c.evidence {
                    assert!(
                        !e.is_empty() && normal.contains(e.as_str()),
                        "{name}: evidence {e:?} is not in {normal:?}"
                    );
                }
                assert!(!c.also.contains(&c.kind));
                assert!(KEYS.contains(&c.reason) && KEYS.contains(&c.better), "{name}: {} / {}", c.reason, c.better);
                assert!((0.0..=1.0).contains(&c.credit()));
            }
            let now: Vec<QuestionKind> = checks.iter().map(|c| c.kind).collect();
            assert!(kinds.as_ref().is_none_or(|k| *k == now), "{name}: the kind does not depend on the stage");
            kinds = Some(now);
        }

        // As the analyser of a free-text item in the report.
        let profile = Profile { next_stage: some_stage, ..Profile::default() };
        let v = coaches
            .analyse(naitei_core::AnalyserId::ReverseQuestions, text, &profile)
            .expect("the coach scores questions");
        assert!(v.credit.is_finite() && (0.0..=1.0).contains(&v.credit), "{name}: credit {}", v.credit);
        let known = findings(naitei_core::AnalyserId::ReverseQuestions);
        assert!(v.findings.iter().all(|f| known.contains(&f.as_str())), "{name}: {:?}", v.findings);
        if questions.is_empty() {
            assert_eq!(v.findings, ["none_prepared"], "{name}: no questions is none prepared");
            assert_eq!(v.credit, 0.0);
        }
    }
});
