//! The answer coach on any text, as a candidate types a STAR answer or a
//! failure story: with the built-in lexicons of both languages, of English
//! only and of Japanese only. Never a panic; the checklist has the kind's
//! parts in order, a suggestion exactly for the lines not ticked, text keys
//! that exist, evidence that is words of the (normalised) text, findings the
//! analyser declares, a credit in 0..=1, and a speaking time that follows from
//! the counts. The analyser (how the report scores the text) says the same.
//! A long text (see `coach_text`) is checked with both languages' lexicons.
#![no_main]

use libfuzzer_sys::fuzz_target;
use naitei_core::analyse::{findings, Analyser, Verdict};
use naitei_core::coach::{normalise, AnswerKind, Coaches, CHARS_PER_MINUTE, WORDS_PER_MINUTE};
use naitei_core::Profile;
use naitei_fuzz::{coach_text, COACHES};
use std::collections::BTreeSet;
use std::sync::LazyLock;

static KEYS: LazyLock<BTreeSet<String>> = LazyLock::new(|| Coaches::text_keys().into_iter().collect());

fuzz_target!(|data: &[u8]| {
    let Some((text, long)) = coach_text(data) else { return };
    let text = text.as_str();
    let normal = normalise(text);
    for (name, coaches) in COACHES.iter().take(if long { 1 } else { 3 }) {
        for kind in [AnswerKind::Star, AnswerKind::FailureStory] {
            let c = coaches.analyse_answer(kind, text);
            assert_eq!(c.kind, kind);
            let parts: Vec<_> = c.parts.iter().map(|p| p.part).collect();
            assert_eq!(parts, kind.parts(), "{name}: the kind's parts, in order");
            for p in &c.parts {
                assert_eq!(p.suggestion.is_some(), !p.ok, "{name}: {p:?}");
                assert!(KEYS.contains(&p.label), "{name}: {}", p.label);
                assert!(p.suggestion.as_ref().is_none_or(|s| KEYS.contains(s)), "{name}: {:?}", p.suggestion);
                for e in &p.evidence {
                    assert!(!e.is_empty() && normal.contains(e.as_str()), "{name}: evidence {e:?} of {:?}", p.part);
                }
            }
            let known = findings(kind.analyser());
            let mut seen = BTreeSet::new();
            for f in &c.findings {
                assert!(known.contains(&f.as_str()) && seen.insert(f), "{name}: finding {f} in {:?}", c.findings);
            }
            assert!(c.credit.is_finite() && (0.0..=1.0).contains(&c.credit), "{name}: credit {}", c.credit);
            let seconds = c.timing.words as f32 * 60.0 / WORDS_PER_MINUTE
                + c.timing.japanese_chars as f32 * 60.0 / CHARS_PER_MINUTE;
            assert_eq!(c.timing.seconds, seconds.round() as u32);
            let v = coaches.analyse(kind.analyser(), text, &Profile::default());
            assert_eq!(
                v,
                Some(Verdict { credit: c.credit, findings: c.findings.clone() }),
                "{name}: the analyser agrees"
            );
        }
    }
});
