//! The coaches' word lists, as content authors write them in
//! `content/lexicon/<lang>.toml` and host sites send them in a pack's `lexicons`.
//!
//! ```toml
//! [[question]]
//! kind = "pay"                      # a question kind (see QuestionKind)
//! patterns = ["salary", "overtime", "paid holiday*", "年収", "残業"]
//!
//! [[answer]]
//! kind = "lesson"                   # an answer cue (see Cue)
//! patterns = ["i learned", "taught me", "学んだ", "教訓"]
//! ```
//!
//! Pattern syntax (see `matcher`): words in Latin letters match whole words,
//! `word*` matches the start of a word, `a .. b` allows a few words (or, in
//! Japanese, a few characters) in between, and Japanese matches inside longer
//! text. Case, full-width and half-width forms do not matter.

use super::matcher::Pattern;
use super::reverse::QuestionKind;
use serde::{Deserialize, Serialize};

/// One language's word lists for the coaches.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    /// Patterns that show what kind of reverse question a line is.
    #[serde(rename = "question", default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Vec::is_empty"))]
    pub questions: Vec<LexiconEntry>,
    /// Patterns that show the parts of a STAR answer or failure story.
    #[serde(rename = "answer", default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Vec::is_empty"))]
    pub answers: Vec<LexiconEntry>,
}

/// Patterns for one question kind or answer cue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconEntry {
    /// The question kind (in `[[question]]`) or answer cue (in `[[answer]]`).
    pub kind: String,
    /// The words and phrases that point to it.
    pub patterns: Vec<String>,
}

impl Lexicon {
    /// Adds `other`'s entries after this one's (a host pack extends the built-in lists this way).
    pub fn extend(&mut self, other: &Lexicon) {
        self.questions.extend(other.questions.iter().cloned());
        self.answers.extend(other.answers.iter().cloned());
    }

    /// Whether there is nothing in it.
    pub fn is_empty(&self) -> bool {
        self.questions.is_empty() && self.answers.is_empty()
    }

    /// Every problem in the lists: the text to look for (a kind or a pattern)
    /// and what is wrong, in words a content author can act on.
    pub fn problems(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let groups: [(&str, &[LexiconEntry], Vec<&str>); 2] = [
            ("question", &self.questions, QuestionKind::MATCHED.iter().map(|k| k.id()).collect()),
            ("answer", &self.answers, Cue::ALL.iter().map(|c| c.id()).collect()),
        ];
        for (group, entries, known) in groups {
            for e in entries {
                if !known.contains(&e.kind.as_str()) {
                    out.push((
                        e.kind.clone(),
                        format!(
                            "A `[[{group}]]` entry has kind `{}`, which the coaches do not know. Use one of: {}.",
                            e.kind,
                            known.join(", ")
                        ),
                    ));
                }
                if e.patterns.is_empty() {
                    out.push((
                        e.kind.clone(),
                        format!("The `[[{group}]]` entry `{}` has no patterns. Add some, or delete the entry.", e.kind),
                    ));
                }
                for p in &e.patterns {
                    if let Err(why) = Pattern::parse(p) {
                        out.push((p.clone(), format!("The pattern \"{p}\" in `[[{group}]]` `{}` {why}", e.kind)));
                    }
                }
            }
        }
        out
    }
}

/// What a pattern in `[[answer]]` points to. Each cue is a clue, not a verdict:
/// the answer coach combines them sentence by sentence (see `answer`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Cue {
    /// Where and when, what was going on ("at my last job", 当時, 〜していました).
    Situation,
    /// The candidate's own responsibility or goal ("my role was", 担当, 任され).
    Task,
    /// A concrete step taken ("i rewrote", 導入, 分析).
    Action,
    /// An outcome ("as a result", "dropped", 削減, 短縮).
    Result,
    /// A phrase that announces the point first ("in short", 結論から).
    Conclusion,
    /// The candidate in the first person singular (i, my, 私, 自分).
    Me,
    /// Credit shared with others (we, our, together, 私たち, 一緒に).
    We,
    /// Other people at work (team, colleagues, チーム, メンバー).
    Team,
    /// Work bigger than one person (project, migration, プロジェクト).
    Project,
    /// Work done alone by nature (personal project, 個人開発).
    Personal,
    /// A claim to have done everything alone ("single-handedly", 一人で).
    Solo,
    /// A mistake ("forgot", "underestimated", ミス, 怠っ).
    Mistake,
    /// Taking responsibility ("my mistake", 私の責任).
    Own,
    /// Regret forms that own what happened (Japanese 〜てしまい, "i should have").
    Regret,
    /// Putting the cause on others ("not my fault", 〜のせいで, 〜が悪かった).
    Blame,
    /// What was done about a mistake ("apologised", "rolled back", 報告, 復旧).
    Fix,
    /// What was learned ("i learned", 学んだ, 痛感).
    Lesson,
    /// Using the lesson later ("since then", 以来, 次のプロジェクトでは).
    Applied,
    /// A number written as a word ("half", "twice", 半分).
    Number,
    /// A Japanese counter that makes a kanji numeral a number (割, 倍, 件).
    Counter,
}

impl Cue {
    /// Every cue.
    pub const ALL: [Cue; 20] = [
        Cue::Situation,
        Cue::Task,
        Cue::Action,
        Cue::Result,
        Cue::Conclusion,
        Cue::Me,
        Cue::We,
        Cue::Team,
        Cue::Project,
        Cue::Personal,
        Cue::Solo,
        Cue::Mistake,
        Cue::Own,
        Cue::Regret,
        Cue::Blame,
        Cue::Fix,
        Cue::Lesson,
        Cue::Applied,
        Cue::Number,
        Cue::Counter,
    ];

    /// The id used as `kind` in `[[answer]]`.
    pub fn id(self) -> &'static str {
        match self {
            Cue::Situation => "situation",
            Cue::Task => "task",
            Cue::Action => "action",
            Cue::Result => "result",
            Cue::Conclusion => "conclusion",
            Cue::Me => "me",
            Cue::We => "we",
            Cue::Team => "team",
            Cue::Project => "project",
            Cue::Personal => "personal",
            Cue::Solo => "solo",
            Cue::Mistake => "mistake",
            Cue::Own => "own",
            Cue::Regret => "regret",
            Cue::Blame => "blame",
            Cue::Fix => "fix",
            Cue::Lesson => "lesson",
            Cue::Applied => "applied",
            Cue::Number => "number",
            Cue::Counter => "counter",
        }
    }

    /// The cue with this id.
    pub fn from_id(id: &str) -> Option<Cue> {
        Cue::ALL.into_iter().find(|c| c.id() == id)
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// Cues of one family compete for the same words (the longer match wins);
    /// cues of different families may share words: `5人のチーム` both sets the
    /// scene and mentions the team.
    pub(crate) fn family(self) -> u8 {
        match self {
            Cue::Situation | Cue::Task | Cue::Action | Cue::Result | Cue::Conclusion => 0,
            Cue::Me | Cue::We | Cue::Team | Cue::Project | Cue::Personal | Cue::Solo => 1,
            Cue::Mistake | Cue::Own | Cue::Regret | Cue::Blame | Cue::Fix | Cue::Lesson | Cue::Applied => 2,
            Cue::Number | Cue::Counter => 3,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(kind: &str, patterns: &[&str]) -> LexiconEntry {
        LexiconEntry { kind: kind.into(), patterns: patterns.iter().map(|p| p.to_string()).collect() }
    }

    #[test]
    fn an_unknown_kind_is_reported_with_the_kinds_that_exist() {
        let lex = Lexicon { questions: vec![entry("salary", &["pay"])], answers: vec![] };
        let p = lex.problems();
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].0, "salary");
        assert!(p[0].1.contains("pay, conditions"), "{}", p[0].1);
    }

    #[test]
    fn empty_patterns_and_entries_without_patterns_are_reported() {
        let lex = Lexicon { questions: vec![], answers: vec![entry("lesson", &["learned", " "]), entry("fix", &[])] };
        let p = lex.problems();
        assert!(p.iter().any(|(id, m)| id == " " && m.contains("is empty")), "{p:?}");
        assert!(p.iter().any(|(id, m)| id == "fix" && m.contains("no patterns")), "{p:?}");
    }

    #[test]
    fn a_host_lexicon_adds_to_the_built_in_one() {
        let mut built_in = Lexicon { questions: vec![entry("pay", &["salary"])], answers: vec![] };
        built_in.extend(&Lexicon { questions: vec![entry("pay", &["stock options"])], answers: vec![] });
        assert_eq!(built_in.questions.len(), 2);
    }
}
