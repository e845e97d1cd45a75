//! The reverse-question coach: what a candidate plans to ask at the end of an
//! interview, one question per line, each put in a kind with the reason and a
//! better way to ask.
//!
//! How a question gets its kind (every step is explainable from the evidence):
//!
//! 1. The question is matched against the `[[question]]` patterns of the lexicons.
//! 2. If it matches a kind to avoid, the most serious one wins, in this order:
//!    the interviewer's private matters, critical topics, rushing the result,
//!    pay, conditions, public facts. A research preface does not save a
//!    question that asks for something on the website. A condition asked in
//!    the context of moving to Japan (remote work until the visa is issued, a
//!    start date that allows for the visa) is not a condition but a visa and
//!    relocation question: `conditions` does not count when `visa_relocation`
//!    is seen. Pay still does: a relocation package is a benefit.
//! 3. Otherwise, if it builds on the candidate's own research ("I read...",
//!    「拝見しました」), it is `research`; otherwise, if it is about the visa,
//!    moving to Japan or the working language, it is `visa_relocation` (that
//!    context is the point of the question, even when it mentions the team).
//! 4. Otherwise the good kind (or a polite question about the selection
//!    process, `next_steps`) with the most evidence wins, measured in matched
//!    characters so that a specific phrase outweighs a loose word; ties go in
//!    the order interviewer's experience, technical challenges, technology
//!    choice, team practices, growth, direction, next steps.
//! 5. Otherwise "no questions" is `none_prepared`, and anything else is `other`.
//!
//! Stage: pay (salary, overtime, holidays, benefits) and conditions (remote
//! work, transfers, side jobs, office days) are fine only at the offer stage,
//! when the written conditions are read and discussed before accepting. Before
//! the offer the candidate does not raise them (house position 4 in
//! `content/README.md`): if the company raises pay in the final interview, or HR
//! or an agent asks for current and expected pay, answering is right, but that
//! is not a question the candidate asks. Visa, relocation, team make-up,
//! onboarding and the working language are legitimate at every stage for a
//! foreign candidate (house position 5), and asking when the result will come
//! is a question about the process (`next_steps`), not pressure; asking about
//! one's chances or how it went is.

use super::matcher::Scan;
use super::Coaches;
use crate::area::Stage;
use serde::Serialize;

/// What kind of reverse question a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// How the team works: code review, sharing knowledge, sprints, testing.
    TeamPractices,
    /// The technical problems the team is facing now.
    TechChallenges,
    /// How technology is chosen and who decides.
    TechChoice,
    /// Support for learning and growth; what makes people succeed in the role.
    Growth,
    /// Where the company or product is going in the coming years.
    Direction,
    /// Visa, relocation to Japan, onboarding for people moving from abroad,
    /// the working language: legitimate at every stage for a foreign candidate.
    VisaRelocation,
    /// Builds on the candidate's own research ("I read...", 「拝見しました」).
    Research,
    /// The interviewer's own experience of the company.
    InterviewerExperience,
    /// Facts on the company's website: founding year, main services, head count.
    PublicFacts,
    /// Salary, overtime, holidays and benefits.
    Pay,
    /// Remote work, transfers, location, start date, side jobs.
    Conditions,
    /// Pushing for the result: chances, how it went, an answer by a set day.
    RushesResult,
    /// Critical or sensitive topics: falling share, lay-offs, losses, people leaving.
    CriticalTopic,
    /// The interviewer's private matters: their pay, family, age, home.
    PrivateMatter,
    /// A polite question about the rest of the selection process, including
    /// roughly when the result will come.
    NextSteps,
    /// "No questions".
    NonePrepared,
    /// Nothing recognised.
    Other,
}

/// How a question lands with a Japanese interviewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    /// Shows interest, preparation and how the candidate thinks.
    Good,
    /// Acceptable, but does little for the candidate.
    Fine,
    /// Likely to cost points at this stage.
    Avoid,
}

impl QuestionKind {
    /// Every kind a lexicon can name (all but `other`), in lexicon order.
    pub const MATCHED: [QuestionKind; 16] = [
        QuestionKind::TeamPractices,
        QuestionKind::TechChallenges,
        QuestionKind::TechChoice,
        QuestionKind::Growth,
        QuestionKind::Direction,
        QuestionKind::VisaRelocation,
        QuestionKind::Research,
        QuestionKind::InterviewerExperience,
        QuestionKind::PublicFacts,
        QuestionKind::Pay,
        QuestionKind::Conditions,
        QuestionKind::RushesResult,
        QuestionKind::CriticalTopic,
        QuestionKind::PrivateMatter,
        QuestionKind::NextSteps,
        QuestionKind::NonePrepared,
    ];

    /// Every kind.
    pub const ALL: [QuestionKind; 17] = {
        let mut all = [QuestionKind::Other; 17];
        let mut i = 0;
        while i < 16 {
            all[i] = QuestionKind::MATCHED[i];
            i += 1;
        }
        all
    };

    const AVOID_ORDER: [QuestionKind; 6] = [
        QuestionKind::PrivateMatter,
        QuestionKind::CriticalTopic,
        QuestionKind::RushesResult,
        QuestionKind::Pay,
        QuestionKind::Conditions,
        QuestionKind::PublicFacts,
    ];

    const GOOD_ORDER: [QuestionKind; 6] = [
        QuestionKind::InterviewerExperience,
        QuestionKind::TechChallenges,
        QuestionKind::TechChoice,
        QuestionKind::TeamPractices,
        QuestionKind::Growth,
        QuestionKind::Direction,
    ];

    /// The stable id (lexicon `kind`, text keys, JSON).
    pub fn id(self) -> &'static str {
        match self {
            QuestionKind::TeamPractices => "team_practices",
            QuestionKind::TechChallenges => "tech_challenges",
            QuestionKind::TechChoice => "tech_choice",
            QuestionKind::Growth => "growth",
            QuestionKind::Direction => "direction",
            QuestionKind::VisaRelocation => "visa_relocation",
            QuestionKind::Research => "research",
            QuestionKind::InterviewerExperience => "interviewer_experience",
            QuestionKind::PublicFacts => "public_facts",
            QuestionKind::Pay => "pay",
            QuestionKind::Conditions => "conditions",
            QuestionKind::RushesResult => "rushes_result",
            QuestionKind::CriticalTopic => "critical_topic",
            QuestionKind::PrivateMatter => "private_matter",
            QuestionKind::NextSteps => "next_steps",
            QuestionKind::NonePrepared => "none_prepared",
            QuestionKind::Other => "other",
        }
    }

    /// The kind with this id.
    pub fn from_id(id: &str) -> Option<QuestionKind> {
        QuestionKind::ALL.into_iter().find(|k| k.id() == id)
    }

    fn index(self) -> usize {
        self as usize
    }

    /// Whether a question of this kind is fine to ask when the next stage is
    /// `stage`: pay and conditions from the final interview on (house
    /// position 4: the final round is where conditions are settled).
    pub fn in_time(self, stage: Stage) -> bool {
        match self {
            QuestionKind::Pay | QuestionKind::Conditions => matches!(stage, Stage::Final | Stage::Offer),
            _ => true,
        }
    }

    /// How the kind lands at `stage`.
    pub fn rating(self, stage: Stage) -> Rating {
        match self {
            QuestionKind::TeamPractices
            | QuestionKind::TechChallenges
            | QuestionKind::TechChoice
            | QuestionKind::Growth
            | QuestionKind::Direction
            | QuestionKind::VisaRelocation
            | QuestionKind::Research
            | QuestionKind::InterviewerExperience => Rating::Good,
            QuestionKind::NextSteps | QuestionKind::Other => Rating::Fine,
            QuestionKind::Pay | QuestionKind::Conditions if self.in_time(stage) => Rating::Fine,
            _ => Rating::Avoid,
        }
    }

    /// The analyser finding this kind raises at `stage`, if any (besides
    /// `good_question`, which every good kind raises).
    pub fn finding(self, stage: Stage) -> Option<&'static str> {
        match self {
            QuestionKind::Research => Some("builds_on_research"),
            QuestionKind::PublicFacts => Some("asks_public_facts"),
            QuestionKind::Pay if !self.in_time(stage) => Some("asks_pay_early"),
            QuestionKind::Conditions if !self.in_time(stage) => Some("asks_conditions_early"),
            QuestionKind::RushesResult => Some("rushes_result"),
            QuestionKind::CriticalTopic => Some("critical_topic"),
            QuestionKind::PrivateMatter => Some("private_matter"),
            QuestionKind::NonePrepared => Some("none_prepared"),
            _ => None,
        }
    }

    /// Text key of the kind's name.
    pub fn label_key(self) -> String {
        format!("coach.reverse_questions.{}.label", self.id())
    }
}

/// The verdict on one question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionCheck {
    /// The question as the candidate wrote it (trimmed, list markers removed).
    pub text: String,
    /// Its kind.
    pub kind: QuestionKind,
    /// How it lands at the candidate's next stage.
    pub rating: Rating,
    /// The words that decided the kind (normalised: lower case, half-width).
    pub evidence: Vec<String>,
    /// Other kinds the question also touches, for information.
    pub also: Vec<QuestionKind>,
    /// Text key: why the kind lands as it does.
    pub reason: String,
    /// Text key: a better way to ask (or, for good questions, how to make it stronger).
    pub better: String,
}

impl QuestionCheck {
    /// Credit of this question: research 1, other good kinds 0.85, fine 0.5, avoid 0.
    pub fn credit(&self) -> f32 {
        match (self.rating, self.kind) {
            (Rating::Good, QuestionKind::Research) => 1.0,
            (Rating::Good, _) => 0.85,
            (Rating::Fine, _) => 0.5,
            (Rating::Avoid, _) => 0.0,
        }
    }
}

/// Cuts the text into questions: one per line, and several on one line when
/// they end with `?`, `？` or 「か。」. List markers (`-`, `・`, `1.`, `①`, `Q:`)
/// are removed; lines with no letters are dropped.
pub fn split_questions(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = strip_marker(line);
        let mut start = 0;
        let mut prev = ' ';
        for (i, c) in line.char_indices() {
            let cut = matches!(c, '?' | '？') || (matches!(c, '。' | '｡' | '.') && prev == 'か');
            if cut {
                push_question(&line[start..i + c.len_utf8()], &mut out);
                start = i + c.len_utf8();
            }
            prev = c;
        }
        push_question(&line[start..], &mut out);
    }
    out
}

fn push_question<'a>(piece: &'a str, out: &mut Vec<&'a str>) {
    let piece = strip_marker(piece).trim();
    if piece.chars().any(char::is_alphanumeric) {
        out.push(piece);
    }
}

fn strip_marker(line: &str) -> &str {
    let s = line.trim_start_matches(|c: char| c.is_whitespace() || "-*•・●○◆■□▶>→＊－".contains(c));
    let mut chars = s.char_indices().peekable();
    // "(1)", "1.", "1)", "１．", "①", "Q:", "Q1." at the start.
    let mut end = 0;
    let mut saw_digit = false;
    while let Some(&(i, c)) = chars.peek() {
        let is_digit = c.is_ascii_digit() || ('０'..='９').contains(&c);
        let opener = i == 0 && matches!(c, '(' | '（' | 'q' | 'Q' | 'Ｑ');
        if is_digit || opener {
            saw_digit |= is_digit;
            chars.next();
            continue;
        }
        if ('\u{2460}'..='\u{2473}').contains(&c) && i == 0 {
            return s[c.len_utf8()..].trim_start();
        }
        let closer = matches!(c, '.' | ')' | '、' | '．' | '）' | ':' | '：');
        let q_marker = s.starts_with(['q', 'Q', 'Ｑ']);
        if closer && (saw_digit || q_marker) && i > 0 {
            end = i + c.len_utf8();
        }
        break;
    }
    if end > 0 {
        s[end..].trim_start()
    } else {
        s
    }
}

impl Coaches {
    /// Checks each question in `text` for a candidate whose next stage is `stage`.
    /// An empty list means no questions were written.
    pub fn check_questions(&self, text: &str, stage: Stage) -> Vec<QuestionCheck> {
        split_questions(text).into_iter().map(|q| self.check_question(q, stage)).collect()
    }

    /// Checks one question.
    pub fn check_question(&self, question: &str, stage: Stage) -> QuestionCheck {
        let scan = Scan::new(question);
        let hits = self.questions.scan(&scan, |_| 0);
        // A kind's weight is the length of its evidence: a specific phrase
        // ("written down") outweighs a loose word ("decision").
        let mut weight = [0u32; QuestionKind::ALL.len()];
        for h in &hits {
            weight[h.cue as usize] += h.len();
        }
        let touched = weight;
        // Remote work or a start date asked about in the context of moving to
        // Japan is a relocation question, not a condition for joining.
        if weight[QuestionKind::VisaRelocation.index()] > 0 {
            weight[QuestionKind::Conditions.index()] = 0;
        }
        let seen = |k: QuestionKind| weight[k.index()] > 0;
        let avoid = QuestionKind::AVOID_ORDER.into_iter().find(|k| seen(*k));
        let best = QuestionKind::GOOD_ORDER.into_iter().chain([QuestionKind::NextSteps]).filter(|k| seen(*k)).fold(
            None,
            |best: Option<QuestionKind>, k| match best {
                Some(b) if weight[b.index()] >= weight[k.index()] => Some(b),
                _ => Some(k),
            },
        );
        let kind = avoid
            .or(seen(QuestionKind::Research).then_some(QuestionKind::Research))
            .or(seen(QuestionKind::VisaRelocation).then_some(QuestionKind::VisaRelocation))
            .or(best)
            .or(seen(QuestionKind::NonePrepared).then_some(QuestionKind::NonePrepared))
            .unwrap_or(QuestionKind::Other);
        let mut evidence: Vec<String> = Vec::new();
        for h in hits.iter().filter(|h| h.cue as usize == kind.index()) {
            let e = scan.evidence(h).to_owned();
            if !evidence.contains(&e) {
                evidence.push(e);
            }
        }
        let also = QuestionKind::MATCHED
            .into_iter()
            .filter(|k| *k != kind && *k != QuestionKind::NonePrepared && touched[k.index()] > 0)
            .collect();
        let rating = kind.rating(stage);
        let later = matches!(kind, QuestionKind::Pay | QuestionKind::Conditions) && kind.in_time(stage);
        let suffix = if later { "_in_time" } else { "" };
        QuestionCheck {
            text: question.to_owned(),
            kind,
            rating,
            evidence,
            also,
            reason: format!("coach.reverse_questions.{}.reason{suffix}", kind.id()),
            better: format!("coach.reverse_questions.{}.better{suffix}", kind.id()),
        }
    }
}

/// Findings and credit for a list of checked questions.
pub(crate) fn verdict(checks: &[QuestionCheck], stage: Stage) -> (f32, Vec<String>) {
    let asked: Vec<&QuestionCheck> = checks.iter().filter(|c| c.kind != QuestionKind::NonePrepared).collect();
    let mut findings: Vec<&str> = Vec::new();
    if asked.is_empty() {
        return (0.0, vec!["none_prepared".to_owned()]);
    }
    for c in &asked {
        if c.rating == Rating::Good {
            findings.push("good_question");
        }
        findings.extend(c.kind.finding(stage));
    }
    let order = crate::analyse::findings(crate::analyse::AnalyserId::ReverseQuestions);
    crate::order::sort_by_key(&mut findings, |f| order.iter().position(|o| o == f));
    findings.dedup();
    let total: f32 = checks.iter().map(QuestionCheck::credit).sum();
    let credit = (total / checks.len().max(2) as f32).clamp(0.0, 1.0);
    (credit, findings.into_iter().map(str::to_owned).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_question_per_line_and_several_on_a_line_split_at_question_marks() {
        let text = "- How do you review code?\n\n2. What is the salary? And overtime?\n・開発体制はどうですか。年収はいくらですか。";
        assert_eq!(
            split_questions(text),
            [
                "How do you review code?",
                "What is the salary?",
                "And overtime?",
                "開発体制はどうですか。",
                "年収はいくらですか。"
            ]
        );
    }

    #[test]
    fn a_research_preface_stays_with_its_question() {
        let text = "御社のブログを拝見しました。移行で苦労された点は何ですか。";
        assert_eq!(split_questions(text), [text]);
    }

    #[test]
    fn list_markers_are_removed() {
        assert_eq!(split_questions("① 研修制度はありますか"), ["研修制度はありますか"]);
        assert_eq!(split_questions("Q: Who decides?"), ["Who decides?"]);
        assert_eq!(split_questions("(3) Who decides?"), ["Who decides?"]);
        assert_eq!(split_questions("2022 plans?"), ["2022 plans?"]);
    }

    #[test]
    fn pay_and_conditions_are_in_time_from_the_final_interview_and_relocation_always() {
        assert_eq!(QuestionKind::Pay.rating(Stage::FirstInterview), Rating::Avoid);
        assert_eq!(QuestionKind::Pay.rating(Stage::Technical), Rating::Avoid);
        assert_eq!(QuestionKind::Pay.rating(Stage::Final), Rating::Fine);
        assert_eq!(QuestionKind::Pay.rating(Stage::Offer), Rating::Fine);
        assert_eq!(QuestionKind::VisaRelocation.rating(Stage::Screening), Rating::Good);
        assert_eq!(QuestionKind::Conditions.rating(Stage::Technical), Rating::Avoid);
        assert_eq!(QuestionKind::Conditions.rating(Stage::Final), Rating::Fine);
        assert_eq!(QuestionKind::Conditions.rating(Stage::Offer), Rating::Fine);
        assert_eq!(QuestionKind::Pay.finding(Stage::Offer), None);
    }
}
