//! Scoring: credit per item, area scores with coverage and evidence, and
//! readiness per stage before flags limit it.
//!
//! An answered item earns a credit from 0 to 1 in each area it counts towards.
//! An area's score is the weighted mean of those credits, times 100, shown only
//! once enough of the area is answered (the manifest's `[evidence]`). Skipped
//! or unanswered items lower coverage, never the score. Readiness for a stage
//! is the mean of the area scores weighted for that stage (and the profile),
//! where items tagged with the stage count fully and the others at
//! `BACKGROUND`; it is shown only when every area that weighs in the stage has
//! a score. Flags then limit it (`report`).

use crate::analyse::Analyser;
use crate::answers::{Answer, Answers, Ignored, Reason};
use crate::area::{Area, AreaMap, Stage};
use crate::bank::{Bank, Choice, Item, ItemKind};
use crate::profile::Profile;
use serde::Serialize;
use std::collections::BTreeMap;

/// Weight of an item in the readiness of a stage it is not tagged with.
pub const BACKGROUND: f32 = 0.3;
/// Coverage below which an area is marked low-confidence.
pub const LOW_COVERAGE: f32 = 0.5;

/// The outcome of one applicable item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemOutcome {
    /// Item id.
    pub item: String,
    /// Whether the candidate gave a usable answer (skips do not count).
    pub answered: bool,
    /// Credit 0-1 averaged over the item's areas; None when unanswered or unscored.
    pub credit: Option<f32>,
    /// Credit per area, for the areas the item counts towards.
    #[serde(skip)]
    pub credits: Option<AreaMap<f32>>,
}

/// How much of an area is answered, against what a score needs.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct AreaEvidence {
    /// Sum of the area weights of the scored answers.
    pub answered: f32,
    /// Sum of the area weights of the items that apply.
    pub applicable: f32,
    /// Answered weight needed before the area gets a score.
    pub needed: f32,
    /// About how many further items to answer to reach `needed` (0 once
    /// reached), counting items of the median weight of those left; None when
    /// the items left cannot reach it.
    pub more: Option<u32>,
}

impl AreaEvidence {
    /// Whether enough is answered for a score.
    pub fn enough(&self) -> bool {
        self.more == Some(0)
    }
}

/// Everything scoring produces, before the report is written.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// Outcome per applicable item, in bank order.
    pub items: Vec<ItemOutcome>,
    /// Area scores 0-100 (None when too little of the area is answered).
    pub areas: AreaMap<Option<f32>>,
    /// How much of each area is answered.
    pub evidence: AreaMap<AreaEvidence>,
    /// Answered and applicable item counts per area.
    pub counts: AreaMap<(u32, u32)>,
    /// Readiness 0-100 per stage before flags limit it, in `Stage::ALL` order
    /// (None while an area the stage needs has no score).
    pub stages: [Option<f32>; 5],
    /// Per stage, the areas it needs that have no score yet.
    pub stage_missing: [Vec<Area>; 5],
    /// Per stage, how many more items tagged with it must be answered (0: enough).
    pub stage_items_missing: [u32; 5],
    /// Area weights per stage after profile modifiers, normalised to sum to 1.
    pub stage_weights: [AreaMap<f32>; 5],
    /// Analyser findings by item id.
    pub findings: BTreeMap<String, Vec<String>>,
    /// Answers that were not used.
    pub ignored: Vec<Ignored>,
}

/// Scores the answers.
pub fn score(bank: &Bank, profile: &Profile, answers: &Answers, analyser: &dyn Analyser) -> Scores {
    let mut ignored = Vec::new();
    let mut findings = BTreeMap::new();
    for id in answers.0.keys() {
        match bank.item(id) {
            None => ignored.push(Ignored::new(id, Reason::UnknownItem)),
            Some(item) if !item.when.matches(profile) => ignored.push(Ignored::new(id, Reason::NotApplicable)),
            Some(_) => {}
        }
    }
    let mut items = Vec::new();
    let mut applicable_items: Vec<&Item> = Vec::new();
    for item in bank.items.iter().filter(|i| i.when.matches(profile)) {
        applicable_items.push(item);
        let (answered, credits) = match answers.get(&item.id) {
            None | Some(Answer::Skipped) => (false, None),
            Some(Answer::Text(t)) if t.trim().is_empty() => (false, None),
            Some(answer) => match credit(item, answer, profile, analyser) {
                Ok((credits, found)) => {
                    if !found.is_empty() {
                        findings.insert(item.id.clone(), found);
                    }
                    (true, credits)
                }
                Err(reason) => {
                    ignored.push(Ignored::new(&item.id, reason));
                    (false, None)
                }
            },
        };
        let credit = credits.as_ref().map(|c| weighted_mean(c, &item.weights));
        items.push(ItemOutcome { item: item.id.clone(), answered, credit, credits });
    }

    let area_scores = |multiplier: &dyn Fn(&Item) -> f32| -> AreaMap<Option<f32>> {
        AreaMap::from_fn(|area| {
            let (mut num, mut den) = (0.0f32, 0.0f32);
            for (item, outcome) in applicable_items.iter().zip(&items) {
                let w = item.weights.get(area) * multiplier(item);
                if let (Some(c), true) = (&outcome.credits, w > 0.0) {
                    num += w * c.get(area);
                    den += w;
                }
            }
            (den > 0.0).then(|| round1(100.0 * num / den))
        })
    };
    let evidence = AreaMap::from_fn(|area| {
        let mut answered = 0.0f32;
        let mut applicable = 0.0f32;
        let mut count = 0u32;
        let mut items_here = 0u32;
        let mut left: Vec<f32> = Vec::new();
        for (item, outcome) in applicable_items.iter().zip(&items) {
            let w = *item.weights.get(area);
            if w <= 0.0 {
                continue;
            }
            applicable += w;
            items_here += 1;
            if outcome.credits.is_some() {
                answered += w;
                count += 1;
            } else {
                left.push(w);
            }
        }
        let needed = bank.evidence.needed(applicable);
        let share_of_items = (items_here as f32 * bank.evidence.area_share).ceil() as u32;
        let needed_items = bank.evidence.area_items.min(share_of_items);
        crate::order::sort_by(&mut left, |a, b| a.total_cmp(b));
        let more = if answered + 1e-4 >= needed && count >= needed_items {
            Some(0)
        } else if answered + left.iter().sum::<f32>() + 1e-4 < needed || count + (left.len() as u32) < needed_items {
            None
        } else {
            // A candidate answers the next items whatever their weight: count in
            // items of the median weight, never fewer than the item minimum asks.
            let median = left.get(left.len() / 2).copied().unwrap_or(1.0).max(0.1);
            let by_weight = ((needed - answered).max(0.0) / median).ceil() as u32;
            Some(by_weight.max(needed_items.saturating_sub(count)).min(left.len() as u32).max(1))
        };
        AreaEvidence { answered, applicable, needed, more }
    });
    let enough = |area: Area| evidence.get(area).enough();
    let mut areas = area_scores(&|_| 1.0);
    for area in Area::ALL {
        if !enough(area) {
            *areas.get_mut(area) = None;
        }
    }
    let counts = AreaMap::from_fn(|area| {
        let mut n = (0, 0);
        for (item, outcome) in applicable_items.iter().zip(&items) {
            if *item.weights.get(area) > 0.0 {
                n.1 += 1;
                n.0 += u32::from(outcome.answered);
            }
        }
        n
    });

    let stage_weights = Stage::ALL.map(|s| weights_for(bank, profile, s));
    let mut stages = [None; 5];
    let mut stage_missing: [Vec<Area>; 5] = Default::default();
    let mut stage_items_missing = [0u32; 5];
    for (i, stage) in Stage::ALL.iter().enumerate() {
        let weights = &stage_weights[i];
        let missing: Vec<Area> =
            Area::ALL.into_iter().filter(|a| *weights.get(*a) >= bank.evidence.stage_share && !enough(*a)).collect();
        let tagged: Vec<&ItemOutcome> =
            applicable_items.iter().zip(&items).filter(|(it, _)| it.stages.contains(stage)).map(|(_, o)| o).collect();
        let answered_here = tagged.iter().filter(|o| o.credits.is_some()).count() as u32;
        let needed_here = bank.evidence.stage_items.min(tagged.len() as u32);
        stage_items_missing[i] = needed_here.saturating_sub(answered_here);
        if missing.is_empty() && stage_items_missing[i] == 0 {
            let mut per_area = area_scores(&|item: &Item| if item.stages.contains(stage) { 1.0 } else { BACKGROUND });
            for area in Area::ALL {
                if !enough(area) {
                    *per_area.get_mut(area) = None;
                }
            }
            stages[i] = combine(&per_area, weights);
        }
        stage_missing[i] = missing;
    }
    Scores {
        items,
        areas,
        evidence,
        counts,
        stages,
        stage_missing,
        stage_items_missing,
        stage_weights,
        findings,
        ignored,
    }
}

/// The area weights of `stage` for this profile, normalised to sum to 1.
pub fn weights_for(bank: &Bank, profile: &Profile, stage: Stage) -> AreaMap<f32> {
    let mut w = *bank.stage_weights(stage);
    for m in bank.modifiers.iter().filter(|m| m.when.matches(profile)) {
        for area in Area::ALL {
            *w.get_mut(area) *= m.factors.get(area);
        }
    }
    let total: f32 = w.iter().map(|(_, v)| *v).sum();
    AreaMap::from_fn(|a| if total > 0.0 { w.get(a) / total } else { 0.2 })
}

/// Weighted mean of the scored areas; None when no area with weight has a score.
pub fn combine(scores: &AreaMap<Option<f32>>, weights: &AreaMap<f32>) -> Option<f32> {
    let (mut num, mut den) = (0.0, 0.0);
    for (area, score) in scores.iter() {
        if let Some(s) = score {
            num += weights.get(area) * s;
            den += weights.get(area);
        }
    }
    (den > 0.0).then(|| round1(num / den))
}

fn round1(x: f32) -> f32 {
    ((x * 10.0).round() / 10.0).clamp(0.0, 100.0)
}

/// The credit of an item: its per-area credits weighted by the item's area weights.
pub fn weighted_mean(credits: &AreaMap<f32>, weights: &AreaMap<f32>) -> f32 {
    let (mut num, mut den) = (0.0, 0.0);
    for (area, w) in weights.iter() {
        num += w * credits.get(area);
        den += w;
    }
    if den > 0.0 {
        num / den
    } else {
        0.0
    }
}

/// Credit per area for one answer (None when answered but not scorable), plus
/// analyser findings; or why the answer cannot be used for this item.
pub fn credit(
    item: &Item,
    answer: &Answer,
    profile: &Profile,
    analyser: &dyn Analyser,
) -> Result<(Option<AreaMap<f32>>, Vec<String>), Reason> {
    let find =
        |id: &str| item.option(id).ok_or_else(|| Reason::UnknownOption { option: id.chars().take(80).collect() });
    let wrong = || Reason::WrongKind { expected: item.kind.id() };
    let scored = |c: AreaMap<f32>| Ok((Some(c), Vec::new()));
    match (&item.kind, answer) {
        (ItemKind::Single(_), Answer::Choice(o)) => scored(find(o)?.credit),
        (ItemKind::Multi(options), Answer::Choices(picked)) => {
            let mut chosen: Vec<&Choice> = Vec::new();
            for o in picked {
                let c = find(o)?;
                if !chosen.iter().any(|x| x.id == c.id) {
                    chosen.push(c);
                }
            }
            if chosen.len() > 1 && chosen.iter().any(|c| c.exclusive) {
                return Err(Reason::ExclusiveWithOthers);
            }
            scored(AreaMap::from_fn(|a| {
                let gained: f32 = chosen.iter().map(|c| c.credit.get(a)).sum();
                let possible: f32 = options.iter().map(|c| c.credit.get(a).max(0.0)).sum();
                let raw = if possible > 0.0 { gained / possible } else { 1.0 + gained };
                raw.clamp(0.0, 1.0)
            }))
        }
        (ItemKind::Likert { reverse }, Answer::Rating(r)) => {
            let r = f32::from((*r).clamp(1, 5));
            let c = if *reverse { (5.0 - r) / 4.0 } else { (r - 1.0) / 4.0 };
            scored(AreaMap::from_fn(|_| c))
        }
        (ItemKind::BestWorst(options), Answer::BestWorst { best, worst }) => {
            if best == worst {
                return Err(Reason::SameBestAndWorst);
            }
            let (b, w) = (find(best)?, find(worst)?);
            scored(AreaMap::from_fn(|a| {
                let hi = options.iter().map(|c| *c.credit.get(a)).fold(f32::MIN, f32::max);
                let lo = options.iter().map(|c| *c.credit.get(a)).fold(f32::MAX, f32::min);
                if hi > lo {
                    0.5 * (b.credit.get(a) - lo) / (hi - lo) + 0.5 * (hi - w.credit.get(a)) / (hi - lo)
                } else {
                    0.5
                }
            }))
        }
        (ItemKind::Text { analyser: name }, Answer::Text(t)) => match analyser.analyse(*name, t, profile) {
            Some(v) => {
                let c = if v.credit.is_finite() { v.credit.clamp(0.0, 1.0) } else { 0.0 };
                Ok((Some(AreaMap::from_fn(|_| c)), v.findings))
            }
            None => Ok((None, Vec::new())),
        },
        _ => Err(wrong()),
    }
}
