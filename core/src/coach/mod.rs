//! The free-text coaches: rule-based, explainable checks of what a candidate
//! writes, in English and Japanese.
//!
//! * The **reverse-question coach** (analyser `reverse_questions`) puts each
//!   question the candidate plans to ask into a kind (team practices, research,
//!   pay, public facts...) and says how it lands at the candidate's next stage,
//!   why, and how to ask better ([`Coaches::check_questions`]).
//! * The **answer coach** (analysers `star` and `failure_story`) turns a STAR
//!   answer or failure story into a checklist: which parts are there, with the
//!   words that show it, and what to add for the parts that are missing
//!   ([`Coaches::analyse_answer`]).
//!
//! The words they look for are data: `[[question]]` and `[[answer]]` entries
//! of a [`Lexicon`] per language, in `content/lexicon/<lang>.toml` and in a
//! pack's `lexicons`. A host site adds its own entries to the built-in ones
//! with [`Coaches::extended`]. Every verdict carries the matched words as
//! evidence and text keys (`coach.*`) for its messages, so nothing is a black box.
//!
//! Texts are normalised first (case, full-width and half-width forms, curly
//! apostrophes); the language is detected from the characters and a mixed text
//! is matched with both languages' patterns.
//!
//! ```
//! use naitei_core::coach::{AnswerKind, Coaches, Lexicon, LexiconEntry, QuestionKind};
//! use naitei_core::{Lang, Stage};
//! use std::collections::BTreeMap;
//!
//! let en = Lexicon {
//!     questions: vec![LexiconEntry { kind: "pay".into(), patterns: vec!["salary".into()] }],
//!     answers: vec![LexiconEntry { kind: "lesson".into(), patterns: vec!["i learned".into()] }],
//! };
//! let coaches = Coaches::new(&BTreeMap::from([(Lang::En, en)]));
//! let checks = coaches.check_questions("What is the salary?", Stage::FirstInterview);
//! assert_eq!(checks[0].kind, QuestionKind::Pay);
//! assert_eq!(checks[0].better, "coach.reverse_questions.pay.better");
//! let story = coaches.analyse_answer(AnswerKind::FailureStory, "I learned to test first.");
//! assert!(story.findings.contains(&"has_lesson".to_string()));
//! ```

mod answer;
mod lexicon;
mod matcher;
mod normalise;
mod reverse;
#[cfg(test)]
mod spec;

pub use answer::{
    AnswerCheck, AnswerKind, Balance, Part, PartCheck, Timing, CHARS_PER_MINUTE, MAX_SECONDS, MIN_SECONDS,
    WORDS_PER_MINUTE,
};
pub use lexicon::{Cue, Lexicon, LexiconEntry};
pub use matcher::{CHAR_GAP, MAX_GAPS, WORD_GAP};
pub use normalise::normalise;
pub use reverse::{split_questions, QuestionCheck, QuestionKind, Rating};

use crate::analyse::{Analyser, AnalyserId, Verdict};
use crate::profile::Profile;
use crate::text::Lang;
use matcher::Matcher;
use std::collections::BTreeMap;

/// Both coaches, with their lexicons compiled once.
#[derive(Debug, Clone, Default)]
pub struct Coaches {
    lexicons: BTreeMap<Lang, Lexicon>,
    questions: Matcher,
    answers: Matcher,
    /// Japanese counters (割, 倍, 件...), longest first.
    counters: Vec<String>,
}

impl Coaches {
    /// Compiles the lexicons of every language. Entries with an unknown kind and
    /// patterns that do not parse are skipped (`Bank::build` reports them).
    pub fn new(lexicons: &BTreeMap<Lang, Lexicon>) -> Coaches {
        let entries = |pick: fn(&Lexicon) -> &Vec<LexiconEntry>| {
            lexicons.values().flat_map(move |l| pick(l).iter()).collect::<Vec<_>>()
        };
        let questions = entries(|l| &l.questions);
        let answers = entries(|l| &l.answers);
        let question_patterns = questions.iter().flat_map(|e| {
            let kind = QuestionKind::from_id(&e.kind).filter(|k| *k != QuestionKind::Other);
            kind.into_iter().flat_map(move |k| e.patterns.iter().map(move |p| (k as u16, p.as_str())))
        });
        let answer_patterns = answers.iter().flat_map(|e| {
            let cue = Cue::from_id(&e.kind).filter(|c| *c != Cue::Counter);
            cue.into_iter().flat_map(move |c| e.patterns.iter().map(move |p| (c.index() as u16, p.as_str())))
        });
        let mut counters: Vec<String> = answers
            .iter()
            .filter(|e| e.kind == Cue::Counter.id())
            .flat_map(|e| e.patterns.iter().map(|p| normalise(p).trim().to_owned()))
            .filter(|p| !p.is_empty())
            .collect();
        crate::order::sort_by(&mut counters, |a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        counters.dedup();
        Coaches {
            lexicons: lexicons.clone(),
            questions: Matcher::new(question_patterns),
            answers: Matcher::new(answer_patterns),
            counters,
        }
    }

    /// These coaches with `more` entries added to each language's lexicon: how
    /// a host pack extends the built-in word lists.
    pub fn extended(&self, more: &BTreeMap<Lang, Lexicon>) -> Coaches {
        let mut all = self.lexicons.clone();
        for (lang, lex) in more {
            all.entry(*lang).or_default().extend(lex);
        }
        Coaches::new(&all)
    }

    /// The lexicons these coaches were built from.
    pub fn lexicons(&self) -> &BTreeMap<Lang, Lexicon> {
        &self.lexicons
    }

    /// Every text key the coaches can return, for checking that a pack has them all.
    pub fn text_keys() -> Vec<String> {
        let mut keys = Vec::new();
        for kind in QuestionKind::ALL {
            let id = kind.id();
            for what in ["label", "reason", "better"] {
                keys.push(format!("coach.reverse_questions.{id}.{what}"));
            }
            if matches!(kind, QuestionKind::Pay | QuestionKind::Conditions) {
                keys.push(format!("coach.reverse_questions.{id}.reason_in_time"));
                keys.push(format!("coach.reverse_questions.{id}.better_in_time"));
            }
        }
        for rating in ["good", "fine", "avoid"] {
            keys.push(format!("coach.reverse_questions.rating.{rating}"));
        }
        for kind in [AnswerKind::Star, AnswerKind::FailureStory] {
            for part in kind.parts() {
                let base = format!("coach.{}.{}", kind.id(), part.id());
                keys.push(format!("{base}.label"));
                if *part == Part::Length {
                    keys.push(format!("{base}.too_long"));
                    keys.push(format!("{base}.too_short"));
                } else {
                    keys.push(format!("{base}.suggest"));
                }
            }
        }
        crate::order::sort(&mut keys);
        keys
    }
}

impl Analyser for Coaches {
    fn analyse(&self, analyser: AnalyserId, text: &str, profile: &Profile) -> Option<Verdict> {
        match AnswerKind::of(analyser) {
            None => {
                let checks = self.check_questions(text, profile.next_stage);
                let (credit, findings) = reverse::verdict(&checks, profile.next_stage);
                Some(Verdict { credit, findings })
            }
            Some(kind) => {
                let check = self.analyse_answer(kind, text);
                Some(Verdict { credit: check.credit, findings: check.findings })
            }
        }
    }
}
