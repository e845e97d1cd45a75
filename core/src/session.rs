//! The questionnaire as a state machine: `Session` + `Action` + `Session::apply`.
//! The widget wraps this in a reducer and only renders and stores it; every
//! rule about moving through the questionnaire lives here, where it is tested
//! without a browser.

use crate::answers::{Answer, Answers, MAX_TEXT_CHARS};
use crate::area::Stage;
use crate::bank::{Bank, Item, ItemKind};
use crate::profile::Profile;
use crate::text::Lang;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Version of the saved session shape; bump it and add a migration when it changes.
pub const SESSION_VERSION: u32 = 1;

/// Which screen the candidate is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Screen {
    /// What the check is and how it works.
    Intro,
    /// The profile form.
    Profile,
    /// One item at `position`.
    Questions,
    /// The readiness report.
    Report,
    /// The study plan.
    Plan,
}

/// When the "why" of each option is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Right after answering.
    Learning,
    /// Only in the report.
    Test,
}

crate::ids::ids!(Screen {
    Intro => "intro",
    Profile => "profile",
    Questions => "questions",
    Report => "report",
    Plan => "plan",
});
crate::ids::ids!(Mode { Learning => "learning", Test => "test" });
crate::ids::ids!(Scope { Quick => "quick", Full => "full" });

/// Which items the candidate answers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The quick check: the items marked `quick` in the bank, which give a
    /// score for every area and stage.
    Quick,
    /// Every item that applies.
    #[default]
    Full,
}

/// Everything the widget saves: profile, answers and where the candidate is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Session {
    /// [`SESSION_VERSION`] when saved.
    pub version: u32,
    /// Current screen.
    pub screen: Screen,
    /// The profile.
    pub profile: Profile,
    /// Answers given so far.
    pub answers: Answers,
    /// Index of the current item among the applicable items.
    pub position: usize,
    /// Learning or test mode.
    pub mode: Mode,
    /// Display language.
    pub lang: Lang,
    /// Best-and-worst items where only one of the two picks is made yet.
    pub pending: BTreeMap<String, (Option<String>, Option<String>)>,
    /// Plan tasks ticked as done (`module/step` or `milestone`).
    pub done: BTreeSet<String>,
    /// Whether the candidate finished the questionnaire at least once.
    pub finished: bool,
    /// Which attempt this is: every retake starts a new run (history keeps one entry per run).
    pub run: u32,
    /// Learning mode: the answer each item had when its feedback was first shown.
    /// That answer counts in the report; a later change is shown as learned.
    pub counted: BTreeMap<String, Answer>,
    /// The quick check or the full one. Answers are kept when the candidate
    /// goes from one to the other.
    pub scope: Scope,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            version: SESSION_VERSION,
            screen: Screen::Intro,
            profile: Profile::default(),
            answers: Answers::default(),
            position: 0,
            mode: Mode::Learning,
            lang: Lang::En,
            pending: BTreeMap::new(),
            done: BTreeSet::new(),
            finished: false,
            run: 0,
            counted: BTreeMap::new(),
            scope: Scope::Full,
        }
    }
}

/// Something the candidate did.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Leave the introduction for the profile form.
    Start,
    /// Change the profile.
    SetProfile(Profile),
    /// Leave the profile form for the first unanswered item.
    BeginQuestions,
    /// Answer an item (single choice, rating or text); stays on the item.
    Answer(String, Answer),
    /// Tick or untick a checklist option; "none of these" clears the others and vice versa.
    Toggle(String, String),
    /// Pick the best option of a best-and-worst item.
    PickBest(String, String),
    /// Pick the worst option of a best-and-worst item.
    PickWorst(String, String),
    /// "Skip / I don't know": record it and go to the next item.
    Skip(String),
    /// Next item (or the report after the last).
    Next,
    /// Previous item (or the profile before the first).
    Back,
    /// Go to the item at this position.
    Jump(usize),
    /// Show the report.
    Finish,
    /// Show the study plan.
    ShowPlan,
    /// Show the report again.
    ShowReport,
    /// Back to the profile form, keeping the answers.
    EditProfile,
    /// Answer again: keep the profile, clear answers and plan ticks.
    Retake,
    /// Change mode.
    SetMode(Mode),
    /// Change language (nothing else changes).
    SetLang(Lang),
    /// Tick or untick a plan task.
    ToggleDone(String),
    /// Choose the quick or the full check. Going from quick to full keeps every
    /// answer and goes on with the first item not answered yet.
    SetScope(Scope),
    /// Learning mode, checklists: show the feedback for the ticks made (they
    /// then count as the answer).
    Reveal(String),
    /// Replace profile, answers and plan ticks with imported ones, and show the report.
    Import(Profile, Answers, BTreeSet<String>),
    /// Another tab or widget saved under the same key: show the merged session
    /// (`export::storage::merge`), kept on a screen and position that exist.
    Synced(Box<Session>),
}

/// Where the candidate is in the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// Items answered (skips not counted).
    pub answered: usize,
    /// Items skipped.
    pub skipped: usize,
    /// Items that apply.
    pub total: usize,
    /// Current position, from 0.
    pub position: usize,
}

impl Session {
    /// The items the candidate goes through: those that apply to the profile
    /// and, in the quick check, are part of it; in bank order.
    ///
    /// The quick check is topped up so that every stage has the answered
    /// items its score needs (`[evidence] stage_items`): where the quick items
    /// for this profile speak to a stage fewer times than that, applicable
    /// items tagged with the stage join it, the quickest to answer first. A quick check never
    /// ends with an unscored stage because of the profile it was run for.
    pub fn items<'b>(&self, bank: &'b Bank) -> Vec<&'b Item> {
        let quick = self.scope == Scope::Quick && bank.items.iter().any(|i| i.quick);
        if !quick {
            return bank.items.iter().filter(|i| i.when.matches(&self.profile)).collect();
        }
        let mut chosen: Vec<bool> = bank.items.iter().map(|i| i.quick && i.when.matches(&self.profile)).collect();
        // Quick to answer first: one choice or a rating before a checklist,
        // a best-and-worst pick or a written answer; then in bank order.
        let quick_kind = |n: &usize| matches!(bank.items[*n].kind, ItemKind::Single(_) | ItemKind::Likert { .. });
        let (mut candidates, slower): (Vec<usize>, Vec<usize>) = (0..bank.items.len()).partition(quick_kind);
        candidates.extend(slower);
        for stage in Stage::ALL {
            let mut have = bank.items.iter().zip(&chosen).filter(|(i, c)| **c && i.stages.contains(&stage)).count();
            for &n in &candidates {
                if have >= bank.evidence.stage_items as usize {
                    break;
                }
                let item = &bank.items[n];
                if !chosen[n] && item.stages.contains(&stage) && item.when.matches(&self.profile) {
                    chosen[n] = true;
                    have += 1;
                }
            }
        }
        bank.items.iter().zip(chosen).filter(|(_, c)| *c).map(|(i, _)| i).collect()
    }

    /// The current item, on the questions screen.
    pub fn current<'b>(&self, bank: &'b Bank) -> Option<&'b Item> {
        self.items(bank).get(self.position).copied()
    }

    /// Progress counts.
    pub fn progress(&self, bank: &Bank) -> Progress {
        let items = self.items(bank);
        let (mut answered, mut skipped) = (0, 0);
        for i in &items {
            match self.answers.get(&i.id) {
                Some(Answer::Skipped) => skipped += 1,
                Some(_) => answered += 1,
                None => {}
            }
        }
        Progress { answered, skipped, total: items.len(), position: self.position }
    }

    /// Applies an action, returning the new session.
    pub fn apply(&self, bank: &Bank, action: Action) -> Session {
        let leaving =
            matches!(action, Action::Next | Action::Back | Action::Jump(_) | Action::Skip(_) | Action::Finish);
        let revealing = match &action {
            Action::Reveal(item) => Some(item.clone()),
            _ => None,
        };
        let answering = match &action {
            Action::Answer(item, _) | Action::PickBest(item, _) | Action::PickWorst(item, _) => Some(item.clone()),
            _ => None,
        };
        let current = self.current(bank).map(|i| i.id.clone()).filter(|_| self.screen == Screen::Questions);
        let mut s = self.step(bank, action);
        if s.mode == Mode::Learning {
            // Checklists count when their feedback is asked for, or when the candidate moves on.
            let checklist = revealing.or(current.filter(|_| leaving));
            if let Some(id) = checklist {
                if let (Some(item), Some(answer)) = (bank.item(&id), s.answers.get(&id).cloned()) {
                    if matches!(item.kind, ItemKind::Multi(_)) && !matches!(answer, Answer::Skipped) {
                        s.counted.entry(id).or_insert(answer);
                    }
                }
            }
            // Choices, ratings and best-and-worst picks show their feedback as soon as they are complete.
            if let Some(id) = answering {
                let shows_at_once = bank.item(&id).is_some_and(|i| {
                    matches!(i.kind, ItemKind::Single(_) | ItemKind::Likert { .. } | ItemKind::BestWorst(_))
                });
                if let (true, Some(answer)) = (shows_at_once, s.answers.get(&id).cloned()) {
                    if !matches!(answer, Answer::Skipped) {
                        s.counted.entry(id).or_insert(answer);
                    }
                }
            }
        }
        s
    }

    /// The answers that count: the first answer shown with feedback where the
    /// candidate changed it later, the current answer everywhere else.
    pub fn scored_answers(&self) -> Answers {
        let mut out = self.answers.clone();
        for (id, answer) in &self.counted {
            out.0.insert(id.clone(), answer.clone());
        }
        out
    }

    /// What an evaluation, an export or a share link takes: the answers that
    /// count, to the items that apply to the profile.
    pub fn answers_that_count(&self, bank: &Bank) -> Answers {
        self.scored_answers().applicable(bank, &self.profile)
    }

    /// Whether the feedback of a checklist has been shown (learning mode).
    pub fn revealed(&self, item: &str) -> bool {
        self.counted.contains_key(item)
    }

    fn step(&self, bank: &Bank, action: Action) -> Session {
        let mut s = self.clone();
        let total = s.items(bank).len();
        let best_pick = matches!(action, Action::PickBest(..));
        match action {
            Action::Start => s.screen = Screen::Profile,
            Action::SetProfile(p) => {
                s.profile = p;
                s.position = s.position.min(s.items(bank).len().saturating_sub(1));
            }
            Action::BeginQuestions => {
                let items = s.items(bank);
                s.position = items.iter().position(|i| s.answers.get(&i.id).is_none()).unwrap_or(0);
                s.screen = if items.is_empty() { Screen::Report } else { Screen::Questions };
            }
            Action::Answer(item, answer) => {
                s.pending.remove(&item);
                s.answers = s.answers.with(&item, capped(answer));
            }
            Action::Toggle(item, option) => {
                let Some(def) = bank.item(&item) else { return s };
                let mut chosen = match s.answers.get(&item) {
                    Some(Answer::Choices(c)) => c.clone(),
                    _ => Vec::new(),
                };
                let exclusive = |id: &str| def.option(id).is_some_and(|o| o.exclusive);
                if let Some(at) = chosen.iter().position(|c| *c == option) {
                    chosen.remove(at);
                } else if exclusive(&option) {
                    chosen = vec![option];
                } else {
                    chosen.retain(|c| !exclusive(c));
                    chosen.push(option);
                }
                // Keep the bank's option order so equal answers compare equal (ids the item
                // does not know, from older progress, stay first as they came).
                let mut ordered: Vec<String> = chosen.iter().filter(|c| def.option(c).is_none()).cloned().collect();
                ordered.extend(def.kind.options().iter().filter(|o| chosen.contains(&o.id)).map(|o| o.id.clone()));
                s.answers = s.answers.with(&item, Answer::Choices(ordered));
            }
            Action::PickBest(item, option) | Action::PickWorst(item, option) if bank.item(&item).is_some() => {
                let (mut best, mut worst) = match (s.answers.get(&item), s.pending.get(&item)) {
                    (Some(Answer::BestWorst { best, worst }), _) => (Some(best.clone()), Some(worst.clone())),
                    (_, Some(p)) => p.clone(),
                    _ => (None, None),
                };
                if best_pick {
                    if worst.as_ref() == Some(&option) {
                        worst = None;
                    }
                    best = Some(option);
                } else {
                    if best.as_ref() == Some(&option) {
                        best = None;
                    }
                    worst = Some(option);
                }
                match (best, worst) {
                    (Some(best), Some(worst)) => {
                        s.pending.remove(&item);
                        s.answers = s.answers.with(&item, Answer::BestWorst { best, worst });
                    }
                    partial => {
                        s.answers.0.remove(&item);
                        s.pending.insert(item, partial);
                    }
                }
            }
            Action::PickBest(..) | Action::PickWorst(..) => {}
            Action::Skip(item) => {
                s.pending.remove(&item);
                s.answers = s.answers.with(&item, Answer::Skipped);
                return s.step(bank, Action::Next);
            }
            Action::Next => {
                // A saved session may hold any position: past the end is the end.
                if s.position.saturating_add(1) >= total {
                    return s.step(bank, Action::Finish);
                }
                s.position += 1;
            }
            Action::Back => {
                if s.position == 0 {
                    s.screen = Screen::Profile;
                } else {
                    s.position -= 1;
                }
            }
            Action::Jump(at) => {
                s.position = at.min(total.saturating_sub(1));
                s.screen = Screen::Questions;
            }
            Action::Finish => {
                s.finished = true;
                s.screen = Screen::Report;
            }
            Action::ShowPlan => s.screen = Screen::Plan,
            Action::ShowReport => s.screen = Screen::Report,
            Action::EditProfile => s.screen = Screen::Profile,
            Action::Retake => {
                s.answers = Answers::default();
                s.counted.clear();
                s.pending.clear();
                s.done.clear();
                s.position = 0;
                s.finished = false;
                s.run = s.run.wrapping_add(1);
                s.screen = Screen::Questions;
            }
            Action::Import(profile, answers, done) => {
                s.profile = profile;
                s.answers = answers;
                s.counted.clear();
                s.done = done;
                s.pending.clear();
                s.position = 0;
                s.finished = true;
                s.run = s.run.wrapping_add(1);
                s.screen = Screen::Report;
            }
            Action::SetMode(m) => s.mode = m,
            Action::SetLang(l) => s.lang = l,
            Action::ToggleDone(key) => {
                if !s.done.remove(&key) {
                    s.done.insert(key);
                }
            }
            Action::Reveal(_) => {}
            Action::Synced(merged) => return merged.resumed(bank),
            Action::SetScope(scope) => {
                let widening = s.scope == Scope::Quick && scope == Scope::Full;
                s.scope = scope;
                if widening && s.screen != Screen::Intro && s.screen != Screen::Profile {
                    return s.step(bank, Action::BeginQuestions);
                }
                s.position = s.position.min(s.items(bank).len().saturating_sub(1));
            }
        }
        s
    }

    /// The session as it can go on with `bank`: a saved position past the end
    /// (the bank or the profile changed since it was saved) goes to the first
    /// unanswered item, else the last; with no item to show, to the profile
    /// form, from which the candidate can always go on. Answers are untouched,
    /// those to items `bank` does not have included.
    pub fn resumed(mut self, bank: &Bank) -> Session {
        let items = self.items(bank);
        if self.position >= items.len() {
            self.position =
                items.iter().position(|i| self.answers.get(&i.id).is_none()).unwrap_or(items.len().saturating_sub(1));
        }
        if self.screen == Screen::Questions && items.is_empty() {
            self.screen = Screen::Profile;
        }
        self
    }

    /// The best and worst picks of an item so far (complete or not).
    pub fn picks(&self, item: &str) -> (Option<&str>, Option<&str>) {
        match (self.answers.get(item), self.pending.get(item)) {
            (Some(Answer::BestWorst { best, worst }), _) => (Some(best), Some(worst)),
            (_, Some((b, w))) => (b.as_deref(), w.as_deref()),
            _ => (None, None),
        }
    }

    /// Whether an item has an answer the candidate can move on from
    /// (anything but a half-made best-and-worst pick).
    pub fn is_answered(&self, item: &Item) -> bool {
        match (&item.kind, self.answers.get(&item.id)) {
            (_, None) => false,
            (ItemKind::Text { .. }, Some(Answer::Text(t))) => !t.trim().is_empty(),
            _ => true,
        }
    }
}

/// A free-text answer is kept up to [`MAX_TEXT_CHARS`] characters, as imports and links keep it.
fn capped(answer: Answer) -> Answer {
    match answer {
        Answer::Text(t) => match t.char_indices().nth(MAX_TEXT_CHARS) {
            Some((at, _)) => Answer::Text(t[..at].to_owned()),
            None => Answer::Text(t),
        },
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::tiny_bank;

    #[test]
    fn a_saved_position_past_the_end_resumes_on_an_item_that_exists() {
        let bank = tiny_bank();
        let s = Session { screen: Screen::Questions, position: 999, ..Session::default() };
        let s = s.apply(&bank, Action::Start).apply(&bank, Action::BeginQuestions);
        assert!(s.current(&bank).is_some());
        let stale = Session { screen: Screen::Questions, position: 999, ..Session::default() }.resumed(&bank);
        assert_eq!(stale.position, 0, "the first unanswered item");
        let mut all = Session { screen: Screen::Questions, position: 999, ..Session::default() };
        for i in all.items(&bank) {
            all.answers = all.answers.clone().with(&i.id, Answer::Skipped);
        }
        let n = all.items(&bank).len();
        assert_eq!(all.resumed(&bank).position, n - 1, "all answered: the last item");
        let other = Answers::default().with("not_in_this_bank", Answer::Choice("x".into()));
        let s = Session { answers: other.clone(), position: 50, screen: Screen::Questions, ..Session::default() };
        assert_eq!(s.resumed(&bank).answers, other, "answers to other banks are kept");
    }

    #[test]
    fn free_text_is_kept_up_to_the_limit() {
        let long = "字".repeat(MAX_TEXT_CHARS + 10);
        let s = run(vec![Action::Answer("questions".into(), Answer::Text(long))]);
        let Some(Answer::Text(t)) = s.answers.get("questions") else { panic!() };
        assert_eq!(t.chars().count(), MAX_TEXT_CHARS);
    }

    fn run(actions: Vec<Action>) -> Session {
        let bank = tiny_bank();
        actions.into_iter().fold(Session::default(), |s, a| s.apply(&bank, a))
    }

    #[test]
    fn the_flow_goes_intro_profile_questions_report() {
        let s = run(vec![Action::Start]);
        assert_eq!(s.screen, Screen::Profile);
        let s = run(vec![Action::Start, Action::BeginQuestions]);
        assert_eq!((s.screen, s.position), (Screen::Questions, 0));
        let bank = tiny_bank();
        let mut s = s;
        for _ in 0..s.items(&bank).len() {
            s = s.apply(&bank, Action::Next);
        }
        assert_eq!(s.screen, Screen::Report);
        assert!(s.finished);
    }

    #[test]
    fn back_from_the_first_item_returns_to_the_profile() {
        let s = run(vec![Action::Start, Action::BeginQuestions, Action::Next, Action::Back]);
        assert_eq!(s.position, 0);
        let s = s.apply(&tiny_bank(), Action::Back);
        assert_eq!(s.screen, Screen::Profile);
    }

    #[test]
    fn skipping_records_a_skip_and_moves_on() {
        let s = run(vec![Action::BeginQuestions, Action::Skip("prep".into())]);
        assert_eq!(s.answers.get("prep"), Some(&Answer::Skipped));
        assert_eq!(s.position, 1);
        assert_eq!(s.progress(&tiny_bank()).skipped, 1);
    }

    #[test]
    fn none_of_these_clears_the_other_ticks_and_the_reverse() {
        let s = run(vec![Action::Toggle("prep".into(), "matrix".into()), Action::Toggle("prep".into(), "star".into())]);
        assert_eq!(s.answers.get("prep"), Some(&Answer::Choices(vec!["matrix".into(), "star".into()])));
        let s = s.apply(&tiny_bank(), Action::Toggle("prep".into(), "none".into()));
        assert_eq!(s.answers.get("prep"), Some(&Answer::Choices(vec!["none".into()])));
        let s = s.apply(&tiny_bank(), Action::Toggle("prep".into(), "star".into()));
        assert_eq!(s.answers.get("prep"), Some(&Answer::Choices(vec!["star".into()])));
        let s = s.apply(&tiny_bank(), Action::Toggle("prep".into(), "star".into()));
        assert_eq!(s.answers.get("prep"), Some(&Answer::Choices(vec![])), "unticking everything is still an answer");
    }

    #[test]
    fn best_and_worst_is_answered_once_both_picks_differ() {
        let s = run(vec![Action::PickBest("mistake".into(), "apologise".into())]);
        assert_eq!(s.answers.get("mistake"), None);
        assert_eq!(s.picks("mistake"), (Some("apologise"), None));
        let s = s.apply(&tiny_bank(), Action::PickWorst("mistake".into(), "apologise".into()));
        assert_eq!(s.picks("mistake"), (None, Some("apologise")), "one option cannot be both");
        let s = s.apply(&tiny_bank(), Action::PickBest("mistake".into(), "explain".into()));
        assert_eq!(
            s.answers.get("mistake"),
            Some(&Answer::BestWorst { best: "explain".into(), worst: "apologise".into() })
        );
    }

    #[test]
    fn changing_language_or_mode_keeps_every_answer() {
        let s = run(vec![Action::Answer("arrival".into(), Answer::Choice("early".into()))]);
        let t = s.apply(&tiny_bank(), Action::SetLang(Lang::Ja)).apply(&tiny_bank(), Action::SetMode(Mode::Test));
        assert_eq!(s.answers, t.answers);
        assert_eq!((t.lang, t.mode), (Lang::Ja, Mode::Test));
    }

    #[test]
    fn retake_keeps_the_profile_and_clears_the_answers() {
        let p = Profile { years_experience: 9, ..Profile::default() };
        let s = run(vec![
            Action::SetProfile(p.clone()),
            Action::Answer("arrival".into(), Answer::Choice("early".into())),
            Action::Finish,
            Action::Retake,
        ]);
        assert_eq!(s.profile, p);
        assert!(s.answers.0.is_empty());
        assert_eq!(s.screen, Screen::Questions);
    }

    #[test]
    fn retaking_or_importing_starts_a_new_run_and_import_shows_the_report() {
        let s = run(vec![Action::Finish, Action::Retake]);
        assert_eq!(s.run, 1);
        let answers = Answers::default().with("arrival", Answer::Choice("early".into()));
        let done: BTreeSet<String> = ["stories/pick".to_string()].into();
        let s = s.apply(&tiny_bank(), Action::Import(Profile::default(), answers.clone(), done.clone()));
        assert_eq!((s.run, s.screen, s.finished), (2, Screen::Report, true));
        assert_eq!((s.answers, s.done), (answers, done));
    }

    #[test]
    fn in_learning_mode_the_first_answer_shown_with_feedback_counts() {
        let bank = tiny_bank();
        let s = run(vec![
            Action::BeginQuestions,
            Action::Answer("arrival".into(), Answer::Choice("on_time".into())),
            Action::Answer("arrival".into(), Answer::Choice("early".into())),
        ]);
        assert_eq!(s.answers.get("arrival"), Some(&Answer::Choice("early".into())), "the change is kept");
        assert_eq!(s.scored_answers().get("arrival"), Some(&Answer::Choice("on_time".into())), "the first counts");
        let e = crate::evaluate(
            &bank,
            &s.profile,
            &s.answers_that_count(&bank),
            &crate::Config { latest: Some(&s.answers), ..crate::Config::new("2026-11-21".parse().unwrap()) },
        );
        assert_eq!(e.report.revised.len(), 1);
        assert_eq!((e.report.revised[0].counted, e.report.revised[0].now), (Some(0.3), Some(1.0)));
    }

    #[test]
    fn in_test_mode_the_last_answer_counts() {
        let s = run(vec![
            Action::SetMode(Mode::Test),
            Action::Answer("arrival".into(), Answer::Choice("on_time".into())),
            Action::Answer("arrival".into(), Answer::Choice("early".into())),
        ]);
        assert_eq!(s.scored_answers().get("arrival"), Some(&Answer::Choice("early".into())));
    }

    #[test]
    fn a_checklist_counts_once_its_feedback_is_asked_for_or_the_candidate_moves_on() {
        let s = run(vec![Action::Start, Action::BeginQuestions]);
        let bank = tiny_bank();
        let at = s.items(&bank).iter().position(|i| i.id == "prep").unwrap();
        let s = s.apply(&bank, Action::Jump(at));
        let s = s.apply(&bank, Action::Toggle("prep".into(), "script".into()));
        assert!(!s.revealed("prep"), "ticking alone shows nothing yet");
        let s = s.apply(&bank, Action::Toggle("prep".into(), "matrix".into()));
        let s = s.apply(&bank, Action::Reveal("prep".into()));
        assert!(s.revealed("prep"));
        let s = s.apply(&bank, Action::Toggle("prep".into(), "script".into()));
        assert_eq!(s.scored_answers().get("prep"), Some(&Answer::Choices(vec!["matrix".into(), "script".into()])));
        let moved_on = run(vec![Action::Start, Action::BeginQuestions])
            .apply(&bank, Action::Jump(at))
            .apply(&bank, Action::Toggle("prep".into(), "star".into()))
            .apply(&bank, Action::Next);
        assert!(moved_on.revealed("prep"));
    }

    #[test]
    fn a_saved_session_round_trips_through_json() {
        let s = run(vec![
            Action::Start,
            Action::PickBest("mistake".into(), "blame".into()),
            Action::ToggleDone("stories/pick".into()),
        ]);
        let back: Session = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
        assert_eq!(back, s);
    }
}
