//! Shared helpers for the cross-crate tests in `tests/tests/`.

use naitei_core::bank::{Bank, Choice, Item, ItemKind};
use naitei_core::rule::Rule;
use naitei_core::{Answer, Answers, Profile};
use std::path::PathBuf;

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ sits in the workspace").to_path_buf()
}

/// How a simulated candidate answers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Style {
    /// The option a Japanese interviewer rates highest.
    Best,
    /// The option rated lowest.
    Worst,
}

/// An option's credit weighted by the item's area weights.
fn value(item: &Item, c: &Choice) -> f32 {
    c.credit.iter().map(|(a, v)| v * item.weights.get(a)).sum::<f32>()
}

/// The answer a simulated candidate gives to `item`.
pub fn answer(item: &Item, style: Style) -> Answer {
    let mut options: Vec<&Choice> = item.kind.options().iter().collect();
    options.sort_by(|a, b| value(item, b).total_cmp(&value(item, a)));
    let (top, bottom) = (options.first().map(|o| o.id.clone()), options.last().map(|o| o.id.clone()));
    match (&item.kind, style) {
        (ItemKind::Single(_), Style::Best) => Answer::Choice(top.unwrap_or_default()),
        (ItemKind::Single(_), Style::Worst) => Answer::Choice(bottom.unwrap_or_default()),
        (ItemKind::Multi(o), Style::Best) => {
            Answer::Choices(o.iter().filter(|c| value(item, c) > 0.0).map(|c| c.id.clone()).collect())
        }
        (ItemKind::Multi(o), Style::Worst) => {
            Answer::Choices(o.iter().filter(|c| value(item, c) < 0.0).map(|c| c.id.clone()).collect())
        }
        (ItemKind::Likert { reverse }, s) => Answer::Rating(if (s == Style::Best) != *reverse { 5 } else { 1 }),
        (ItemKind::BestWorst(_), Style::Best) => {
            Answer::BestWorst { best: top.unwrap_or_default(), worst: bottom.unwrap_or_default() }
        }
        (ItemKind::BestWorst(_), Style::Worst) => {
            Answer::BestWorst { best: bottom.unwrap_or_default(), worst: top.unwrap_or_default() }
        }
        (ItemKind::Text { analyser }, Style::Best) => Answer::Text(model_text(analyser.id()).into()),
        (ItemKind::Text { .. }, Style::Worst) => Answer::Text("I don't have anything in particular.".into()),
    }
}

/// A free-text answer a strong candidate would write, per analyser.
fn model_text(analyser: &str) -> &'static str {
    match analyser {
        "reverse_questions" => {
            "I read on your engineering blog that the team moved to trunk-based development last year. \
             How do new members learn the review rules in their first month? \
             What is the biggest technical challenge the team I would join faces this year?"
        }
        "failure_story" => {
            "In my second year I deployed a database migration without testing it on a copy of production data, \
             and the order service was down for forty minutes. It was my mistake: I had skipped the checklist to \
             save time. I told my lead at once, rolled back, and wrote a short report. I learned that a checklist \
             exists for the days I feel rushed. Since then I run every migration on a staging copy first, and I \
             added that step to our team's release template, which two other teams now use."
        }
        _ => {
            "In short, I cut our checkout page's load time by 45 percent. Our online shop lost customers at \
             checkout because the page took six seconds to load on phones. As the backend engineer on a team of \
             four, my task was to find the cause within one sprint. I measured each request, found that one query \
             ran 120 times per page, and replaced it with a single batched query plus a small cache. I also added \
             a load test to our pipeline so the problem could not come back. As a result the page loaded in 3.3 \
             seconds and abandoned checkouts fell by 12 percent over the next month."
        }
    }
}

/// Every applicable item answered in one style, or by `style_for` (None: left unanswered).
pub fn answers_by(bank: &Bank, profile: &Profile, style_for: impl Fn(&Item) -> Option<Style>) -> Answers {
    Answers(
        bank.items
            .iter()
            .filter(|i| i.when.matches(profile))
            .filter_map(|i| style_for(i).map(|s| (i.id.clone(), answer(i, s))))
            .collect(),
    )
}

/// One answer that makes `rule` hold on its own, when a single answer can.
pub fn trigger(bank: &Bank, rule: &Rule) -> Option<(String, Answer)> {
    match rule {
        Rule::Any(rules) => rules.iter().find_map(|r| trigger(bank, r)),
        Rule::All(rules) if rules.len() == 1 => trigger(bank, &rules[0]),
        Rule::Chose(r) => {
            let item = bank.item(&r.item)?;
            let picked = r.options.first()?.clone();
            let answer = match &item.kind {
                ItemKind::Single(_) => Answer::Choice(picked),
                ItemKind::Multi(_) => Answer::Choices(vec![picked]),
                ItemKind::BestWorst(options) => {
                    let worst = options.iter().map(|o| o.id.clone()).find(|o| *o != picked)?;
                    Answer::BestWorst { best: picked, worst }
                }
                _ => return None,
            };
            Some((r.item.clone(), answer))
        }
        Rule::ChoseWorst(r) => {
            let item = bank.item(&r.item)?;
            let picked = r.options.first()?.clone();
            let best = item.kind.options().iter().map(|o| o.id.clone()).find(|o| *o != picked)?;
            Some((r.item.clone(), Answer::BestWorst { best, worst: picked }))
        }
        Rule::Rated(r) => Some((r.item.clone(), Answer::Rating(r.min.max(1)))),
        _ => None,
    }
}
