//! What a question screen shows: time estimates now; the question and its
//! feedback as plain values.

use crate::text::{key, Texts};

/// English read as a foreign language: words a minute the time estimates assume.
pub const READ_WORDS_PER_MINUTE: u32 = 150;
/// Japanese: characters a minute the time estimates assume.
pub const READ_CHARS_PER_MINUTE: u32 = 350;
/// Seconds to decide on an answer once it is read.
pub const SECONDS_TO_CHOOSE: u32 = 10;
/// Minutes to write a free-text answer.
pub const MINUTES_TO_WRITE: u32 = 3;

/// Minutes to read `t` at [`READ_WORDS_PER_MINUTE`] or [`READ_CHARS_PER_MINUTE`].
fn reading_minutes(t: &str, lang: crate::text::Lang) -> f32 {
    match lang {
        crate::text::Lang::En => t.split_whitespace().count() as f32 / READ_WORDS_PER_MINUTE as f32,
        crate::text::Lang::Ja => t.chars().filter(|c| !c.is_whitespace()).count() as f32 / READ_CHARS_PER_MINUTE as f32,
    }
}

/// About how many minutes answering `items` takes: reading the prompt, hint
/// and options at [`READ_WORDS_PER_MINUTE`] (English) or [`READ_CHARS_PER_MINUTE`]
/// (Japanese), [`SECONDS_TO_CHOOSE`] per item, [`MINUTES_TO_WRITE`] per
/// free-text item, and in learning mode reading the feedback on the options
/// picked (one, two for best and worst, three ticks on a checklist).
pub fn minutes_to_answer(texts: &Texts, lang: crate::text::Lang, items: &[&crate::bank::Item], learning: bool) -> u32 {
    use crate::bank::ItemKind;
    let mut seconds = 0u32;
    for item in items {
        // The first text file (see `split`) carries the words of the opening questions only and
        // no feedback, so it carries these figures instead: the same whole seconds, computed once.
        let (question, feedback) = reading_figures(texts, item)
            .unwrap_or_else(|| (question_seconds(texts, lang, item), feedback_seconds(texts, lang, item)));
        seconds += question + SECONDS_TO_CHOOSE;
        if learning {
            seconds += feedback;
        }
        if matches!(item.kind, ItemKind::Text { .. }) {
            seconds += MINUTES_TO_WRITE * 60;
        }
    }
    // Round to the nearest five minutes: an estimate, not a promise to the minute.
    ((seconds + 150) / 300 * 5).max(5)
}

/// The figures [`key::item_reading`] holds: seconds to read the question, then its feedback.
fn reading_figures(texts: &Texts, item: &crate::bank::Item) -> Option<(u32, u32)> {
    let (question, feedback) = texts.find(&key::item_reading(&item.id))?.split_once(' ')?;
    Some((question.parse().ok()?, feedback.parse().ok()?))
}

/// Whole seconds for `minutes`.
fn whole_seconds(minutes: f32) -> u32 {
    (minutes * 60.0).round() as u32
}

/// About how many seconds reading `item`'s prompt, hint and options takes.
pub fn question_seconds(texts: &Texts, lang: crate::text::Lang, item: &crate::bank::Item) -> u32 {
    let units = |t: &str| reading_minutes(t, lang);
    let mut read = units(texts.get(&key::item_prompt(&item.id)));
    read += texts.find(&key::item_hint(&item.id)).map_or(0.0, units);
    whole_seconds(
        read + item.kind.options().iter().map(|o| units(texts.get(&key::option_label(&item.id, &o.id)))).sum::<f32>(),
    )
}

/// Learning mode: about how many seconds reading the feedback on `item`
/// takes (the reasons for the options picked, on average, or a rating's).
pub fn feedback_seconds(texts: &Texts, lang: crate::text::Lang, item: &crate::bank::Item) -> u32 {
    use crate::bank::ItemKind;
    let units = |t: &str| reading_minutes(t, lang);
    let mut read = 0.0f32;
    let options = item.kind.options();
    if !options.is_empty() {
        let whys: f32 = options.iter().map(|o| units(texts.get(&key::option_why(&item.id, &o.id)))).sum();
        let picked = match item.kind {
            ItemKind::BestWorst(_) => 2.0,
            ItemKind::Multi(_) => 3.0,
            _ => 1.0,
        };
        read += whys / options.len() as f32 * picked;
    }
    if matches!(item.kind, ItemKind::Likert { .. }) {
        read += units(texts.get(&key::rating_why(&item.id, 3)));
    }
    whole_seconds(read)
}

/// How an answer is judged in learning mode, from its credit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Credit of at least [`Verdict::STRONG_FROM`].
    Strong,
    /// Credit of at least [`Verdict::PARTIAL_FROM`].
    Partial,
    /// Less.
    Weak,
}

impl Verdict {
    /// Credit from which an answer is strong (content writes feedback that agrees).
    pub const STRONG_FROM: f32 = 0.8;
    /// Credit from which an answer is partly right.
    pub const PARTIAL_FROM: f32 = 0.4;

    /// The verdict for a credit from 0 to 1.
    pub fn of(credit: f32) -> Verdict {
        if credit >= Self::STRONG_FROM {
            Verdict::Strong
        } else if credit >= Self::PARTIAL_FROM {
            Verdict::Partial
        } else {
            Verdict::Weak
        }
    }

    /// The stable id: `strong`, `partial` or `weak` (`ui.feedback.<id>`).
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Strong => "strong",
            Verdict::Partial => "partial",
            Verdict::Weak => "weak",
        }
    }
}

/// One option as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionView {
    /// Option id (for a rating, "1" to "5").
    pub id: String,
    /// Its label.
    pub label: String,
    /// Checklists: "none of these".
    pub exclusive: bool,
}

/// What the candidate has picked so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picked {
    /// Nothing yet (or skipped).
    Nothing,
    /// A single choice.
    One(String),
    /// Checklist ticks.
    Ticked(Vec<String>),
    /// A rating, 1 to 5.
    Rating(u8),
    /// Best and worst picks, either of which may be missing yet.
    BestWorst {
        /// Best pick.
        best: Option<String>,
        /// Worst pick.
        worst: Option<String>,
    },
    /// Free text.
    Text(String),
}

/// Everything the question screen shows, as plain values.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionView {
    /// Item id.
    pub item: String,
    /// Kind id: single, multi, likert, best_worst or text.
    pub kind: &'static str,
    /// The section's title.
    pub section: String,
    /// The question.
    pub prompt: String,
    /// Optional help.
    pub hint: Option<String>,
    /// Text items: the placeholder.
    pub placeholder: Option<String>,
    /// Text items: which coach reads the answer.
    pub analyser: Option<crate::analyse::AnalyserId>,
    /// The options (five for a rating; none for text).
    pub options: Vec<OptionView>,
    /// What is picked.
    pub picked: Picked,
    /// Whether "skip / I don't know" is offered.
    pub skippable: bool,
    /// Whether the answer lets the candidate go on (a half-made best-and-worst pick does not).
    pub can_go_on: bool,
    /// Whether this is the last item.
    pub last: bool,
    /// Where the candidate is.
    pub progress: crate::session::Progress,
    /// Learning mode: the feedback on the answer so far.
    pub feedback: Option<FeedbackView>,
    /// Whether every item has an answer or a skip (or the report was seen), so
    /// the report can be opened from here.
    pub report_ready: bool,
}

/// Learning-mode feedback on an answer.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedbackView {
    /// The verdict, when the answer can be judged.
    pub verdict: Option<Verdict>,
    /// What was picked, each with why it is strong or weak.
    pub lines: Vec<(String, String)>,
    /// Checklists: the good options not ticked, each with why it helps.
    pub missed: Vec<(String, String)>,
    /// Checklists: the feedback waits for the candidate to ask for it.
    pub waiting: bool,
}

/// The current question of the session, ready to show; None off the questions.
pub fn question(session: &crate::session::Session, bank: &crate::bank::Bank, texts: &Texts) -> Option<QuestionView> {
    use crate::answers::Answer;
    use crate::bank::ItemKind;
    let item = session.current(bank)?;
    let progress = session.progress(bank);
    let label = |o: &str| texts.get(&key::option_label(&item.id, o)).to_owned();
    let options = match &item.kind {
        ItemKind::Likert { .. } => (1u8..=5)
            .map(|r| OptionView {
                id: r.to_string(),
                label: texts.get(&format!("ui.likert.{r}")).to_owned(),
                exclusive: false,
            })
            .collect(),
        kind => kind
            .options()
            .iter()
            .map(|o| OptionView { id: o.id.clone(), label: label(&o.id), exclusive: o.exclusive })
            .collect(),
    };
    let picked = match (&item.kind, session.answers.get(&item.id)) {
        (ItemKind::BestWorst(_), _) => {
            let (best, worst) = session.picks(&item.id);
            Picked::BestWorst { best: best.map(str::to_owned), worst: worst.map(str::to_owned) }
        }
        (_, Some(Answer::Choice(o))) => Picked::One(o.clone()),
        (_, Some(Answer::Choices(os))) => Picked::Ticked(os.clone()),
        (_, Some(Answer::Rating(r))) => Picked::Rating(*r),
        (_, Some(Answer::Text(t))) => Picked::Text(t.clone()),
        _ => Picked::Nothing,
    };
    let analyser = match &item.kind {
        ItemKind::Text { analyser } => Some(*analyser),
        _ => None,
    };
    let learning = session.mode == crate::session::Mode::Learning;
    Some(QuestionView {
        item: item.id.clone(),
        kind: item.kind.id(),
        section: texts.get(&key::section_title(&item.section)).to_owned(),
        prompt: texts.get(&key::item_prompt(&item.id)).to_owned(),
        hint: texts.find(&key::item_hint(&item.id)).map(str::to_owned),
        placeholder: texts.find(&key::item_placeholder(&item.id)).map(str::to_owned),
        analyser,
        options,
        picked,
        skippable: item.skippable,
        can_go_on: session.is_answered(item),
        last: progress.position + 1 >= progress.total,
        progress,
        feedback: (learning && analyser.is_none()).then(|| feedback(session, bank, texts, &item.id)),
        report_ready: session.finished || progress.answered + progress.skipped >= progress.total,
    })
}

/// The feedback on an item's current answer (or an empty one while nothing is
/// answered); checklists wait until the candidate asks for it.
pub fn feedback(
    session: &crate::session::Session,
    bank: &crate::bank::Bank,
    texts: &Texts,
    item: &str,
) -> FeedbackView {
    let empty = FeedbackView { verdict: None, lines: Vec::new(), missed: Vec::new(), waiting: false };
    let Some(item) = bank.item(item) else { return empty };
    let Some(answer) = session.answers.get(&item.id) else { return empty };
    if matches!(item.kind, crate::bank::ItemKind::Multi(_)) && !session.revealed(&item.id) {
        return FeedbackView { waiting: true, ..empty };
    }
    judged(item, answer, &session.profile, texts)
}

/// The verdict and the reasons for one answer to one item.
pub fn judged(
    item: &crate::bank::Item,
    answer: &crate::answers::Answer,
    profile: &crate::profile::Profile,
    texts: &Texts,
) -> FeedbackView {
    use crate::answers::Answer;
    let verdict = crate::score::credit(item, answer, profile, &crate::analyse::Neutral)
        .ok()
        .and_then(|(credits, _)| credits)
        .map(|c| Verdict::of(crate::score::weighted_mean(&c, &item.weights)));
    let option = |o: &str| {
        (texts.get(&key::option_label(&item.id, o)).to_owned(), texts.get(&key::option_why(&item.id, o)).to_owned())
    };
    let lines = match answer {
        Answer::Choice(o) => vec![option(o)],
        Answer::Choices(os) => os.iter().map(|o| option(o)).collect(),
        Answer::BestWorst { best, worst } => {
            let (bl, bw) = option(best);
            let (wl, ww) = option(worst);
            vec![
                (format!("{}: {bl}", texts.get("ui.questions.best")), bw),
                (format!("{}: {wl}", texts.get("ui.questions.worst")), ww),
            ]
        }
        Answer::Rating(r) => vec![(
            texts.get(&format!("ui.likert.{r}")).to_owned(),
            texts.get(&key::rating_why(&item.id, *r)).to_owned(),
        )],
        Answer::Text(_) | Answer::Skipped => Vec::new(),
    };
    // A checklist that is not strong names the good habits that were not ticked.
    let missed = match answer {
        Answer::Choices(ticked) if verdict != Some(Verdict::Strong) => item
            .kind
            .options()
            .iter()
            .filter(|o| !o.exclusive && !ticked.contains(&o.id))
            .filter(|o| o.credit.iter().any(|(a, c)| *c > 0.0 && *item.weights.get(a) > 0.0))
            .map(|o| option(&o.id))
            .collect(),
        _ => Vec::new(),
    };
    FeedbackView { verdict, lines, missed, waiting: false }
}

/// The introduction's figures: what is answered, and the two checks with
/// their number of questions and honest times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IntroView {
    /// Items answered so far (skips not counted).
    pub answered: usize,
    /// Items answered or skipped so far.
    pub touched: usize,
    /// Items of the chosen check.
    pub total: usize,
    /// The quick check: questions and minutes (None when the bank marks none).
    pub quick: Option<(usize, u32)>,
    /// The full check: questions and minutes.
    pub full: (usize, u32),
}

/// The introduction for a session, with times in the language of `texts`.
pub fn intro(
    session: &crate::session::Session,
    bank: &crate::bank::Bank,
    texts: &Texts,
    lang: crate::text::Lang,
) -> IntroView {
    use crate::session::{Mode, Scope, Session};
    let learning = session.mode == Mode::Learning;
    let count = |scope: Scope| {
        let items = Session { scope, ..session.clone() }.items(bank);
        (items.len(), minutes_to_answer(texts, lang, &items, learning))
    };
    let (quick, full) = (count(Scope::Quick), count(Scope::Full));
    let progress = session.progress(bank);
    IntroView {
        answered: progress.answered,
        touched: progress.answered + progress.skipped,
        total: progress.total,
        quick: (quick.0 < full.0).then_some(quick),
        full,
    }
}

/// One answer in the review of all answers.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewItem {
    /// Position in the questionnaire (to go back and change it).
    pub position: usize,
    /// Item id.
    pub item: String,
    /// The question.
    pub prompt: String,
    /// The answer.
    pub answer: ReviewAnswer,
}

/// How an answer shows in the review.
#[derive(Debug, Clone, PartialEq)]
pub enum ReviewAnswer {
    /// Skipped or not answered.
    Skipped,
    /// Free text, read by a coach.
    Text(String, crate::analyse::AnalyserId),
    /// A judged answer with its reasons.
    Judged(FeedbackView),
}

/// Every item the candidate goes through, with the answer and its feedback.
pub fn review(session: &crate::session::Session, bank: &crate::bank::Bank, texts: &Texts) -> Vec<ReviewItem> {
    use crate::answers::Answer;
    use crate::bank::ItemKind;
    session
        .items(bank)
        .into_iter()
        .enumerate()
        .map(|(position, item)| {
            let answer = match (session.answers.get(&item.id), &item.kind) {
                (None | Some(Answer::Skipped), _) => ReviewAnswer::Skipped,
                (Some(Answer::Text(t)), ItemKind::Text { analyser }) => ReviewAnswer::Text(t.clone(), *analyser),
                (Some(a), _) => ReviewAnswer::Judged(judged(item, a, &session.profile, texts)),
            };
            ReviewItem {
                position,
                item: item.id.clone(),
                prompt: texts.get(&key::item_prompt(&item.id)).to_owned(),
                answer,
            }
        })
        .collect()
}
