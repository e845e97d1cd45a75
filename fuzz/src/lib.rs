//! What the fuzz targets share: the built-in content, a fixed candidate and
//! day, and the invariants every evaluation must keep whatever its input.
//!
//! A broken invariant panics with a message that says which one, so libFuzzer
//! saves the input as a crash just as it does for a panic inside the core.

use naitei_core::bank::ItemKind;
use naitei_core::coach::Coaches;
use naitei_core::plan::Task;
use naitei_core::{
    Answer, Answers, Bank, CompanyKind, Config, Content, Date, Evaluation, Format, JapaneseLevel, Lang, Profile, Stage,
};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

/// The built-in bank with its texts.
pub static CONTENT: LazyLock<Content> = LazyLock::new(naitei_content::content);

/// Coaches built from the built-in lexicons: both languages, English only and Japanese only.
pub static COACHES: LazyLock<[(&'static str, Coaches); 3]> = LazyLock::new(|| {
    let all = naitei_content::lexicons();
    let only = |lang: Lang| all.iter().filter(|(l, _)| **l == lang).map(|(l, x)| (*l, x.clone())).collect();
    [("both", Coaches::new(&all)), ("en", Coaches::new(&only(Lang::En))), ("ja", Coaches::new(&only(Lang::Ja)))]
});

/// The day every target evaluates on.
pub fn today() -> Date {
    Date::from_ymd(2026, 11, 21).expect("a valid date")
}

/// The candidate every target evaluates for: a start-up, online, ten days before a first interview.
pub fn profile() -> Profile {
    Profile {
        company: CompanyKind::Startup,
        format: Format::Online,
        next_stage: Stage::FirstInterview,
        interview_date: Date::from_ymd(2026, 12, 1),
        japanese: JapaneseLevel::N2,
        years_experience: 4,
        daily_minutes: 30,
        ..Profile::default()
    }
}

/// `evaluate` with the built-in coaches scoring free text.
pub fn evaluate(bank: &Bank, profile: &Profile, answers: &Answers, today: Date) -> Evaluation {
    let config = Config::with(today, &COACHES[0].1);
    naitei_core::evaluate(bank, profile, answers, &config)
}

fn score_ok(what: &str, s: Option<f32>) {
    if let Some(s) = s {
        assert!(s.is_finite() && (0.0..=100.0).contains(&s), "{what}: score {s} is not in 0..=100");
    }
}

/// Checks what every evaluation promises, whatever the bank, profile and answers:
/// scores in 0..=100, credits in 0..=1, coverage consistent with the counts,
/// weights adding up to 100 %, and a plan that never puts more study on a day
/// than the daily minutes leave after its milestones, nor a module anywhere
/// but between today and the interview, in whole parts.
pub fn check_evaluation(bank: &Bank, profile: &Profile, today: Date, e: &Evaluation) {
    let r = &e.report;
    score_ok("overall", r.overall);
    assert_eq!(r.next_stage, profile.next_stage);
    let next = r.stages.iter().find(|s| s.stage == profile.next_stage).expect("the next stage has a result");
    assert_eq!(r.overall, next.score, "overall is the readiness for the next stage");
    assert_eq!(r.overall.is_some(), r.band.is_some(), "a band exactly when there is a score");
    let band_ids: BTreeSet<&str> = bank.bands.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(r.stages.len(), Stage::ALL.len());
    for s in &r.stages {
        score_ok("stage", s.score);
        assert_eq!(s.score.is_some(), s.band.is_some());
        assert!(s.band.as_deref().is_none_or(|b| band_ids.contains(b)), "unknown band {:?}", s.band);
    }
    assert_eq!(r.areas.len(), 5);
    for a in &r.areas {
        score_ok("area", a.score);
        assert!(a.answered <= a.applicable, "{a:?}");
        assert!((0.0..=1.0).contains(&a.coverage), "{a:?}");
        assert_eq!(a.low_confidence, a.coverage < naitei_core::score::LOW_COVERAGE);
    }
    let percent: u32 = r.method.weights.iter().map(|(_, w)| u32::from(*w)).sum();
    assert_eq!(percent, 100, "the overall score's area weights add up to 100 %: {:?}", r.method.weights);
    assert!(r.answered <= r.applicable);
    assert_eq!(r.items.len(), r.applicable as usize);
    for i in &r.items {
        assert!(bank.item(&i.item).is_some(), "outcome for unknown item {}", i.item);
        if let Some(c) = i.credit {
            assert!(c.is_finite() && (0.0..=1.0).contains(&c), "{}: credit {c}", i.item);
        }
    }
    for x in &r.ignored {
        assert!(x.item.chars().count() <= 100, "ignored ids are cut to 100 characters");
    }

    let p = &e.plan;
    assert_eq!(p.start, today);
    assert!((10..=480).contains(&p.daily_minutes), "daily minutes {}", p.daily_minutes);
    assert!(p.interview >= today, "the interview is never before today");
    let mut last: Option<Date> = None;
    let mut scheduled = 0u32;
    let mut parts: BTreeMap<&str, Vec<(u16, u16, u16)>> = BTreeMap::new();
    let mut partial: BTreeSet<&str> = BTreeSet::new();
    for day in &p.days {
        assert!(last.is_none_or(|l| l < day.date), "days are in date order, once each");
        last = Some(day.date);
        assert_eq!(day.offset, p.interview.days_until(day.date));
        let (mut study, mut fixed) = (0u32, 0u32);
        for t in &day.tasks {
            match t {
                Task::Module { module, part, parts: n, minutes, steps, partial: cut, .. } => {
                    if *cut {
                        partial.insert(module);
                    }
                    assert!(bank.module(module).is_some(), "unknown module {module}");
                    assert!(day.date >= today && day.date < p.interview, "{module} on {}", day.date);
                    assert!(!steps.is_empty() || bank.module(module).is_some_and(|m| m.steps.len() < *n as usize));
                    study += u32::from(*minutes);
                    parts.entry(module).or_default().push((*part, *n, *minutes));
                }
                Task::Milestone { minutes, .. } | Task::Answer { minutes, .. } => fixed += u32::from(*minutes),
            }
        }
        assert!(
            study <= u32::from(p.daily_minutes).saturating_sub(fixed),
            "{}: {study} min of study and {fixed} min of milestones, {} a day",
            day.date,
            p.daily_minutes
        );
        scheduled += study + fixed;
    }
    assert_eq!(scheduled, p.total_minutes, "total minutes are the minutes scheduled, milestones included");
    for (id, ps) in parts {
        let m = bank.module(id).expect("checked above");
        // A module comes in runs (its flag's next step first, the rest, a
        // maintenance repeat), each numbered 1..=n; a step longer than a day
        // comes in pieces that share their part's number.
        let mut runs: Vec<Vec<(u16, u16, u16)>> = Vec::new();
        for x in &ps {
            match runs.last_mut() {
                Some(run) if !(x.0 == 1 && run.last().is_some_and(|l| l.0 == l.1)) => run.push(*x),
                _ => runs.push(vec![*x]),
            }
        }
        for run in &runs {
            let n = run[0].1;
            let mut numbers: Vec<u16> = run.iter().map(|x| x.0).collect();
            numbers.dedup();
            assert_eq!(numbers, (1..=n).collect::<Vec<_>>(), "{id}: parts 1..={n} in order");
            assert!(run.iter().all(|x| x.1 == n), "{id}: one count of parts per run");
            // Steps a milestone does, or a repeat leaves out, are not scheduled: never more than the module.
            let minutes = run.iter().map(|x| u32::from(x.2)).sum::<u32>();
            assert!(minutes <= u32::from(m.minutes), "{id}: {minutes} of {} minutes", m.minutes);
        }
        let _ = &partial;
        assert!(p.left_out.iter().all(|l| l.module != id), "{id} both scheduled and left out");
        assert!(!p.other_stages.iter().any(|o| o == id), "{id} both scheduled and for other stages");
    }
    assert!(serde_json::to_string(e).is_ok(), "an evaluation serialises");
}

/// Answers to the items of the bank as the questionnaire records them, chosen
/// by `pick(n)` (a number below `n`): some items unanswered or skipped,
/// checklists in option order with "none of these" alone, best and worst
/// different. Free text comes from `text`.
pub fn answers_for(bank: &Bank, pick: &mut dyn FnMut(usize) -> usize, text: &mut dyn FnMut() -> String) -> Answers {
    let mut out = Answers::default();
    for item in &bank.items {
        let options = item.kind.options();
        let id = |i: usize| options[i % options.len()].id.clone();
        let needs_options = !matches!(item.kind, ItemKind::Likert { .. } | ItemKind::Text { .. });
        let answer = match &item.kind {
            _ if pick(4) == 0 || (needs_options && options.is_empty()) => continue,
            _ if pick(8) == 0 => Answer::Skipped,
            ItemKind::Single(_) => Answer::Choice(id(pick(options.len()))),
            ItemKind::Multi(_) => {
                let mut ticked: Vec<String> = Vec::new();
                for o in options {
                    if pick(2) == 1 {
                        ticked.push(o.id.clone());
                    }
                }
                if let Some(ex) = options.iter().find(|o| o.exclusive && ticked.contains(&o.id)) {
                    ticked = vec![ex.id.clone()];
                }
                Answer::Choices(ticked)
            }
            ItemKind::BestWorst(_) => {
                let best = pick(options.len());
                let worst = (best + 1 + pick(options.len().saturating_sub(1))) % options.len();
                Answer::BestWorst { best: id(best), worst: id(worst) }
            }
            ItemKind::Likert { .. } => Answer::Rating(1 + pick(5) as u8),
            ItemKind::Text { .. } => Answer::Text(text()),
        };
        out.0.insert(item.id.clone(), answer);
    }
    out
}

/// Free-text answers used when a target needs one.
pub const SAMPLE_TEXTS: [&str; 4] = [
    "How does the team review code?\nWhat is the salary?",
    "In 2023 I led the migration of our billing system; we cut costs by 30%.",
    "私のミスで本番環境を止めてしまいました。すぐに報告し、復旧しました。それ以来、手順書を確認しています。",
    "",
];

/// A tiny deterministic generator for choices derived from fuzz input.
pub struct Picks<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Picks<'a> {
    /// Choices drawn from `bytes`, cycling (all zero when empty).
    pub fn new(bytes: &'a [u8]) -> Picks<'a> {
        Picks { bytes, at: 0 }
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn pick(&mut self, n: usize) -> usize {
        if n == 0 || self.bytes.is_empty() {
            return 0;
        }
        let b = self.bytes[self.at % self.bytes.len()];
        self.at += 1;
        usize::from(b) % n
    }
}

/// A long text is repeated to this many KiB at most.
pub const LONG_TEXT_KIB: usize = 256;

/// The text a coach target checks, and whether it is a long one. An input is
/// used as it is; one that starts with the byte 0xFF (which never starts valid
/// UTF-8, so no text is lost) is a long paste: the next byte `k` sets the
/// length, `k + 1` KiB, and the rest is the text repeated to that length.
/// These are the long texts a candidate can paste, which the fuzzer would not
/// reach by mutation; they find counters that overflow and work that grows
/// faster than the text.
pub fn coach_text(data: &[u8]) -> Option<(String, bool)> {
    match data {
        [0xFF, k, unit @ ..] => {
            let unit = std::str::from_utf8(unit).ok().filter(|u| !u.is_empty())?;
            let bytes = (usize::from(*k) + 1).min(LONG_TEXT_KIB) * 1024;
            Some((unit.repeat(bytes.div_ceil(unit.len())), true))
        }
        [0xFF, ..] => None,
        _ => std::str::from_utf8(data).ok().map(|t| (t.to_owned(), false)),
    }
}
