//! The answer coach: a checklist for a STAR answer or a failure story, shown
//! while the candidate types.
//!
//! The text is cut into sentences and matched against the `[[answer]]` cues of
//! the lexicons. The parts are then decided from the cues, sentence by sentence:
//!
//! * **situation, task, action, result**: a cue of that part anywhere (a year
//!   such as 2021 also sets the scene).
//! * **number**: a sentence with a result cue also holds a number: digits (a
//!   year such as 2021 does not count), a number word (`half`, `twice`, 半分),
//!   or a kanji numeral followed by a counter (三割, 二倍, 五件).
//! * **conclusion first** (PREP): the first sentence states the point: it has a
//!   result or a conclusion cue ("in short", 結論から, 〜した経験があります), or
//!   it is the candidate's own action ("I migrated...") rather than the scene.
//! * **team**: claiming the team's work as one's own (`team_as_own`) is flagged when
//!   1. the candidate says they did it alone ("single-handedly", 私一人で) in a
//!      setting with a team or a project; or
//!   2. a project clearly bigger than one person is told with "I" and no one
//!      else appears at all (no "we", no team, no colleague); or
//!   3. the team is mentioned, but only as scenery: every sentence with an
//!      action or a result has no "we" or team word, and at least three "I" words.
//!
//!   A personal project ("side project", 個人開発) is never flagged. `no_team`
//!   just says no one else appears.
//! * **failure stories**: the mistake is owned when one sentence has an
//!   ownership phrase ("my mistake", 私の責任), or a mistake word together with
//!   the first person or a regret form (〜てしまい) and no blame (a Japanese
//!   sentence that names no one else counts as the first person, since Japanese
//!   leaves the subject out); others are
//!   blamed when a blame phrase appears ("not my fault", 〜のせいで,
//!   〜が悪かった); action, lesson and application each need their cue.
//! * **length**: speaking time at about 120 English words or 250 Japanese
//!   characters a minute (house position 10: a candidate speaking a second
//!   language, calmly; the bank's "write about N words" use the same figures); over two and a half minutes is too long, under 30
//!   seconds too short. The range follows house position 10 in
//!   `content/README.md`: a typical answer takes 30-60 seconds and a project
//!   story told with STAR about one to two minutes, so every length the bank
//!   asks for lies inside it (`tests/tests/model_answers.rs` checks this),
//!   with some room above two minutes before a long answer is flagged.

use super::lexicon::Cue;
use super::matcher::{Hit, Scan};
use super::Coaches;
use crate::analyse::AnalyserId;
use crate::text::Lang;
use serde::Serialize;

/// English words spoken per minute.
pub const WORDS_PER_MINUTE: f32 = 120.0;
/// Japanese characters spoken per minute.
pub const CHARS_PER_MINUTE: f32 = 250.0;
/// Longest answer, in seconds: a STAR story takes one to two minutes, and
/// beyond two and a half it becomes a monologue.
pub const MAX_SECONDS: f32 = 150.0;
/// Shortest answer worth telling, in seconds: below half a minute there is no
/// room for the situation, the actions and the result.
pub const MIN_SECONDS: f32 = 30.0;

/// Which kind of story an answer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerKind {
    /// A STAR answer: situation, task, action, result.
    Star,
    /// A failure story: owned mistake, what was done, lesson, applied since.
    FailureStory,
}

impl AnswerKind {
    /// The analyser that reads this kind of answer.
    pub fn analyser(self) -> AnalyserId {
        match self {
            AnswerKind::Star => AnalyserId::Star,
            AnswerKind::FailureStory => AnalyserId::FailureStory,
        }
    }

    /// The analyser's id (also the `coach.<id>.*` text keys).
    pub fn id(self) -> &'static str {
        self.analyser().id()
    }

    /// The kind an analyser reads, if it reads answers (not reverse questions).
    pub fn of(analyser: AnalyserId) -> Option<AnswerKind> {
        match analyser {
            AnalyserId::Star => Some(AnswerKind::Star),
            AnalyserId::FailureStory => Some(AnswerKind::FailureStory),
            AnalyserId::ReverseQuestions => None,
        }
    }

    /// The checklist's parts, in the order shown.
    pub fn parts(self) -> &'static [Part] {
        match self {
            AnswerKind::Star => &[
                Part::ConclusionFirst,
                Part::Situation,
                Part::Task,
                Part::Action,
                Part::Result,
                Part::Number,
                Part::Team,
                Part::Length,
            ],
            AnswerKind::FailureStory => {
                &[Part::OwnsMistake, Part::Blame, Part::Action, Part::Lesson, Part::Applied, Part::Length]
            }
        }
    }
}

/// One line of the checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// The first sentence states the point (PREP).
    ConclusionFirst,
    /// The scene: where, when, what was going on.
    Situation,
    /// The candidate's own responsibility or goal.
    Task,
    /// Concrete steps (in a failure story: what was done about the mistake).
    Action,
    /// The outcome.
    Result,
    /// The outcome has a number.
    Number,
    /// The team's part is credited (the team's work is not claimed as one's own).
    Team,
    /// Speaking time within 30 seconds to 2½ minutes.
    Length,
    /// The candidate owns the mistake.
    OwnsMistake,
    /// Blaming others (found is bad).
    Blame,
    /// What was learned.
    Lesson,
    /// How the lesson was used later.
    Applied,
}

impl Part {
    /// The stable id.
    pub fn id(self) -> &'static str {
        match self {
            Part::ConclusionFirst => "conclusion_first",
            Part::Situation => "situation",
            Part::Task => "task",
            Part::Action => "action",
            Part::Result => "result",
            Part::Number => "number",
            Part::Team => "team",
            Part::Length => "length",
            Part::OwnsMistake => "owns_mistake",
            Part::Blame => "blame",
            Part::Lesson => "lesson",
            Part::Applied => "applied",
        }
    }
}

/// One line of the checklist, as shown to the candidate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartCheck {
    /// Which part.
    pub part: Part,
    /// Whether what the part looks for was found in the text (for `blame`,
    /// blaming words; for `team`, the team's work claimed as one's own; for
    /// `length`, a length outside the guideline).
    pub found: bool,
    /// Whether the line is ticked: the part is as it should be.
    pub ok: bool,
    /// The matched words (normalised), or the words that raised a problem.
    pub evidence: Vec<String>,
    /// Text key of the line's label.
    pub label: String,
    /// Text key of what to do, when the line is not ticked.
    pub suggestion: Option<String>,
}

/// How often the candidate says "I" and how often the team appears.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Balance {
    /// First person singular: I, my, me, 私, 自分.
    pub me: u32,
    /// Shared credit: we, our, together, 私たち, 一緒に.
    pub we: u32,
    /// Other people at work: team, colleagues, チーム, メンバー.
    pub team: u32,
}

/// Estimated speaking time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Timing {
    /// Words in Latin script or digits.
    pub words: u32,
    /// Japanese characters (kana, kanji, Japanese punctuation).
    pub japanese_chars: u32,
    /// Estimated seconds spoken.
    pub seconds: u32,
}

/// The checklist for one answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerCheck {
    /// STAR or failure story.
    pub kind: AnswerKind,
    /// Languages detected from the characters (both for mixed text).
    pub langs: Vec<Lang>,
    /// The checklist, in display order.
    pub parts: Vec<PartCheck>,
    /// "I" against the team.
    pub balance: Balance,
    /// Speaking time.
    pub timing: Timing,
    /// Analyser finding ids (see `analyse::findings`).
    pub findings: Vec<String>,
    /// Credit 0-1.
    pub credit: f32,
}

impl AnswerCheck {
    /// The line for `part`, if the checklist has it.
    pub fn part(&self, part: Part) -> Option<&PartCheck> {
        self.parts.iter().find(|p| p.part == part)
    }
}

const KANJI_NUMERALS: &str = "〇一二三四五六七八九十百千万億半両";

/// Per-sentence cue counts and the words behind them.
struct Facts<'s> {
    scan: &'s Scan,
    hits: Vec<Hit>,
    counts: Vec<[u16; Cue::ALL.len()]>,
    numbers: Vec<Vec<String>>,
}

impl<'s> Facts<'s> {
    fn new(coaches: &Coaches, scan: &'s Scan) -> Facts<'s> {
        let mut hits = coaches.answers.scan(scan, |c| Cue::ALL.get(usize::from(c)).map_or(9, |c| c.family()));
        let n = scan.sentences.len().max(1);
        let mut numbers = vec![Vec::new(); n];
        for (word, s, start) in scan.tokens() {
            let year = word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) && matches!(&word[..2], "19" | "20");
            if year {
                // A year sets the scene ("in 2021", 2021年): it counts as a situation cue.
                hits.push(Hit::found(Cue::Situation.index() as u16, start, start + word.len(), s));
            } else if word.starts_with(|c: char| c.is_ascii_digit()) {
                // Quoted with its counter when one follows (30分, 3割, 120件): a bare "30" says less.
                let rest = &scan.text[start + word.len()..];
                match coaches.counters.iter().find(|k| rest.starts_with(k.as_str())) {
                    Some(counter) => numbers[s].push(format!("{word}{counter}")),
                    None => numbers[s].push(word.to_owned()),
                }
            }
        }
        crate::order::sort_by_key(&mut hits, |h| (h.start, h.cue));
        let mut counts = vec![[0u16; Cue::ALL.len()]; n];
        for h in &hits {
            counts[h.sentence as usize][h.cue as usize] += 1;
        }
        for h in hits.iter().filter(|h| h.cue as usize == Cue::Number.index()) {
            numbers[h.sentence as usize].push(scan.evidence(h).to_owned());
        }
        if scan.ja_chars > 0 {
            kanji_numbers(scan, &coaches.counters, &mut numbers);
        }
        Facts { scan, hits, counts, numbers }
    }

    fn count(&self, cue: Cue) -> usize {
        self.counts.iter().map(|c| usize::from(c[cue.index()])).sum()
    }

    fn has(&self, s: usize, cue: Cue) -> bool {
        self.counts.get(s).is_some_and(|c| c[cue.index()] > 0)
    }

    fn words(&self, cues: &[Cue], sentences: Option<&[usize]>) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for h in &self.hits {
            let cue_ok = cues.iter().any(|c| c.index() == h.cue as usize);
            let sentence_ok = sentences.is_none_or(|ss| ss.contains(&(h.sentence as usize)));
            if cue_ok && sentence_ok {
                let e = self.scan.evidence(h).to_owned();
                if !out.contains(&e) && out.len() < 6 {
                    out.push(e);
                }
            }
        }
        out
    }
}

/// Finds kanji numerals followed by a counter (三割, 二倍, 十件, 半分), per sentence.
fn kanji_numbers(scan: &Scan, counters: &[String], numbers: &mut [Vec<String>]) {
    let text = scan.text.as_str();
    let mut iter = text.char_indices().peekable();
    let mut prev_numeral = false;
    while let Some((i, c)) = iter.next() {
        let numeral = KANJI_NUMERALS.contains(c);
        if !numeral || prev_numeral {
            prev_numeral = numeral;
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if !KANJI_NUMERALS.contains(d) {
                break;
            }
            end = j + d.len_utf8();
            iter.next();
        }
        prev_numeral = false;
        let rest = &text[end..];
        // 十分 on its own means "enough", not ten minutes; 十分の一 is a tenth.
        if &text[i..end] == "十" && rest.starts_with('分') && !rest['分'.len_utf8()..].starts_with('の') {
            continue;
        }
        if let Some(counter) = counters.iter().find(|k| rest.starts_with(k.as_str())) {
            let s = scan.sentence_of(i);
            if let Some(list) = numbers.get_mut(s) {
                list.push(format!("{}{counter}", &text[i..end]));
            }
        }
    }
}

impl Coaches {
    /// Checks a STAR answer or failure story and returns its checklist.
    pub fn analyse_answer(&self, kind: AnswerKind, text: &str) -> AnswerCheck {
        let scan = Scan::new(text);
        let f = Facts::new(self, &scan);
        let n = scan.sentences.len();
        let mut langs = Vec::new();
        if scan.has_latin() {
            langs.push(Lang::En);
        }
        if scan.ja_chars > 0 {
            langs.push(Lang::Ja);
        }
        let seconds = scan.words() as f32 * 60.0 / WORDS_PER_MINUTE + scan.ja_chars as f32 * 60.0 / CHARS_PER_MINUTE;
        let timing = Timing {
            words: scan.words() as u32,
            japanese_chars: scan.ja_chars as u32,
            seconds: seconds.round() as u32,
        };
        let too_long = seconds > MAX_SECONDS;
        let too_short = seconds < MIN_SECONDS;
        let balance =
            Balance { me: f.count(Cue::Me) as u32, we: f.count(Cue::We) as u32, team: f.count(Cue::Team) as u32 };

        let key = |part: Part, what: &str| format!("coach.{}.{}.{what}", kind.id(), part.id());
        let line = |part: Part, found: bool, ok: bool, evidence: Vec<String>| PartCheck {
            part,
            found,
            ok,
            evidence,
            label: key(part, "label"),
            suggestion: (!ok).then(|| match part {
                Part::Length if too_long => key(part, "too_long"),
                Part::Length => key(part, "too_short"),
                _ => key(part, "suggest"),
            }),
        };
        let cue_line = |part: Part, cues: &[Cue]| {
            let ev = f.words(cues, None);
            let found = cues.iter().any(|c| f.count(*c) > 0);
            line(part, found, found, ev)
        };
        let length = line(Part::Length, too_long || too_short, !(too_long || too_short), Vec::new());

        let mut parts = Vec::new();
        let mut findings: Vec<&str> = Vec::new();
        let credit = match kind {
            AnswerKind::Star => {
                let first = [Cue::Result, Cue::Conclusion];
                let own_action = f.has(0, Cue::Action) && f.has(0, Cue::Me) && !f.has(0, Cue::Situation);
                let conclusion = n > 0 && (first.iter().any(|c| f.has(0, *c)) || own_action);
                let ev = f.words(&[Cue::Result, Cue::Conclusion, Cue::Action], Some(&[0]));
                parts.push(line(
                    Part::ConclusionFirst,
                    conclusion,
                    conclusion,
                    if conclusion { ev } else { Vec::new() },
                ));
                parts.push(cue_line(Part::Situation, &[Cue::Situation]));
                parts.push(cue_line(Part::Task, &[Cue::Task]));
                parts.push(cue_line(Part::Action, &[Cue::Action]));
                parts.push(cue_line(Part::Result, &[Cue::Result]));
                let result_sentences: Vec<usize> = (0..n).filter(|s| f.has(*s, Cue::Result)).collect();
                let mut nums: Vec<String> = Vec::new();
                for s in &result_sentences {
                    for x in &f.numbers[*s] {
                        if !nums.contains(x) {
                            nums.push(x.clone());
                        }
                    }
                }
                parts.push(line(Part::Number, !nums.is_empty(), !nums.is_empty(), nums));

                let (team_as_own, no_team, why) = team_rule(&f, n);
                let ev = if team_as_own { why } else { f.words(&[Cue::We, Cue::Team], None) };
                parts.push(line(Part::Team, team_as_own, !team_as_own, ev));
                parts.push(length);

                for p in &parts {
                    let (yes, no) = match p.part {
                        Part::ConclusionFirst => ("conclusion_first", "no_conclusion_first"),
                        Part::Situation => ("has_situation", "no_situation"),
                        Part::Task => ("has_task", "no_task"),
                        Part::Action => ("has_action", "no_action"),
                        Part::Result => ("has_result", "no_result"),
                        Part::Number => ("has_number", "no_number"),
                        _ => continue,
                    };
                    findings.push(if p.ok { yes } else { no });
                }
                if team_as_own {
                    findings.push("team_as_own");
                }
                if no_team {
                    findings.push("no_team");
                }
                let weights = [
                    (Part::ConclusionFirst, 0.15),
                    (Part::Situation, 0.10),
                    (Part::Task, 0.15),
                    (Part::Action, 0.25),
                    (Part::Result, 0.25),
                    (Part::Number, 0.10),
                ];
                let mut c: f32 =
                    weights.iter().filter(|(p, _)| parts.iter().any(|x| x.part == *p && x.ok)).map(|(_, w)| w).sum();
                if team_as_own {
                    c *= 0.7;
                }
                c
            }
            AnswerKind::FailureStory => {
                // Japanese leaves the subject out: a mistake in a Japanese sentence
                // that names no one else is the speaker's own.
                let japanese = |s: usize| {
                    let (a, b) = scan.sentences[s];
                    scan.text[a..b].chars().any(super::normalise::is_japanese)
                };
                let owning: Vec<usize> = (0..n)
                    .filter(|&s| {
                        let own_subject =
                            f.has(s, Cue::Me) || f.has(s, Cue::Regret) || (japanese(s) && !f.has(s, Cue::Team));
                        f.has(s, Cue::Own) || (f.has(s, Cue::Mistake) && own_subject && !f.has(s, Cue::Blame))
                    })
                    .collect();
                let owns = !owning.is_empty();
                let ev = f.words(&[Cue::Own, Cue::Mistake, Cue::Regret], Some(&owning));
                parts.push(line(Part::OwnsMistake, owns, owns, ev));
                let blames = f.count(Cue::Blame) > 0;
                parts.push(line(Part::Blame, blames, !blames, f.words(&[Cue::Blame], None)));
                parts.push(cue_line(Part::Action, &[Cue::Fix]));
                parts.push(cue_line(Part::Lesson, &[Cue::Lesson]));
                parts.push(cue_line(Part::Applied, &[Cue::Applied]));
                parts.push(length);
                if owns {
                    findings.push("owns_mistake");
                }
                if blames {
                    findings.push("blames_others");
                }
                for p in &parts {
                    let (yes, no) = match p.part {
                        Part::Action => ("has_action", "no_action"),
                        Part::Lesson => ("has_lesson", "no_lesson"),
                        Part::Applied => ("applied_next", "not_applied"),
                        _ => continue,
                    };
                    findings.push(if p.ok { yes } else { no });
                }
                let weights =
                    [(Part::OwnsMistake, 0.30), (Part::Action, 0.20), (Part::Lesson, 0.25), (Part::Applied, 0.25)];
                let mut c: f32 =
                    weights.iter().filter(|(p, _)| parts.iter().any(|x| x.part == *p && x.ok)).map(|(_, w)| w).sum();
                if blames {
                    c *= 0.5;
                }
                c
            }
        };
        if too_long {
            findings.push("too_long");
        }
        if too_short {
            findings.push("too_short");
        }
        let credit = if too_long || too_short { credit - 0.1 } else { credit };
        let order = crate::analyse::findings(kind.analyser());
        crate::order::sort_by_key(&mut findings, |x| order.iter().position(|o| o == x));
        AnswerCheck {
            kind,
            langs,
            parts,
            balance,
            timing,
            findings: findings.into_iter().map(str::to_owned).collect(),
            credit: credit.clamp(0.0, 1.0),
        }
    }
}

/// Whether the team's work is claimed as the candidate's own, whether no one
/// else appears, and the words behind a claim (see the module docs).
fn team_rule(f: &Facts, n: usize) -> (bool, bool, Vec<String>) {
    let (me, we, team) = (f.count(Cue::Me), f.count(Cue::We), f.count(Cue::Team));
    let (project, personal, solo) = (f.count(Cue::Project), f.count(Cue::Personal), f.count(Cue::Solo));
    let no_team = we == 0 && team == 0;
    let work: Vec<usize> = (0..n).filter(|&s| f.has(s, Cue::Action) || f.has(s, Cue::Result)).collect();
    let in_work = |cue: Cue| work.iter().map(|&s| usize::from(f.counts[s][cue.index()])).sum::<usize>();
    let alone = solo > 0 && (team + we + project) > 0;
    let nobody_else = personal == 0 && project > 0 && no_team && me >= 1;
    let scenery =
        personal == 0 && !no_team && in_work(Cue::We) == 0 && in_work(Cue::Team) == 0 && in_work(Cue::Me) >= 3;
    let flagged = alone || nobody_else || scenery;
    let why = if !flagged {
        Vec::new()
    } else if alone {
        f.words(&[Cue::Solo], None)
    } else {
        f.words(&[Cue::Me], if scenery { Some(&work) } else { None })
    };
    (flagged, no_team, why)
}
