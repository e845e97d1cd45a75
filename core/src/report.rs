//! The readiness report: plain data with ids and numbers; the widget and the
//! Markdown export turn it into words in the candidate's language.
//!
//! The verdict follows three rules a Japanese hiring manager would sign:
//! * **Flags limit readiness.** Each risk or critical flag caps the readiness of
//!   the stages it concerns (the manifest's `[[limit]]`), and the report names
//!   the flags that do (`limited_by`).
//! * **No score from too little.** An area, a stage and the overall score are
//!   shown only once enough is answered (`[evidence]`); until then the report
//!   says what is missing (`missing`: which area, how many more items).
//! * **The next stage first.** Risks, strengths and fixes are ordered by the
//!   candidate's next stage, then the stages after it; points that concern only
//!   other stages are listed under those stages (`later`).

use crate::answers::Ignored;
use crate::area::{Area, AreaMap, Stage};
use crate::bank::{Bank, Limit};
pub use crate::flags::{flags, for_stage, stage_distance, Flag};
use crate::profile::Profile;
use crate::score::{AreaEvidence, ItemOutcome, Scores, BACKGROUND, LOW_COVERAGE};
use crate::severity::Severity;
use serde::Serialize;
use std::collections::BTreeMap;

/// Version of the report's JSON shape.
pub const REPORT_VERSION: u32 = 2;
/// Strengths listed at most.
pub const TOP_STRENGTHS: usize = 3;
pub use crate::flags::TOP_RISKS;
/// An area at or above this score (with enough coverage) is a strength: it is
/// already in the "ready" band (the manifest's `[[band]]` from 80). At 70 an
/// area the report calls "nearly ready" was listed as a strength beside the
/// flags that hold the same candidate down (review 7).
pub const STRENGTH_FROM: f32 = 80.0;
/// An area below this score is a risk.
pub const RISK_BELOW: f32 = 60.0;

/// The report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Version of this shape.
    pub version: u32,
    /// The stage the overall score is weighted for.
    pub next_stage: Stage,
    /// Overall readiness 0-100: the next stage's, after flags limit it; None
    /// until enough is answered.
    pub overall: Option<f32>,
    /// Band of the overall score.
    pub band: Option<String>,
    /// Flags that hold the overall score down (empty when none does).
    pub limited_by: Vec<Cap>,
    /// What must be answered before the overall score is shown.
    pub missing: Vec<Missing>,
    /// How the overall score was computed.
    pub method: Method,
    /// The five areas.
    pub areas: Vec<AreaResult>,
    /// Readiness for every stage.
    pub stages: Vec<StageResult>,
    /// Raised flags, most serious first.
    pub flags: Vec<Flag>,
    /// Top strengths for the next stage, each with a next action (none while
    /// a critical flag concerns the next stage: see `strengths_held_back`).
    pub strengths: Vec<Point>,
    /// Strengths are not listed because a critical flag at the next stage
    /// outweighs them; they come back once it is fixed.
    pub strengths_held_back: bool,
    /// Top risks for the next stage, each with a next action.
    pub risks: Vec<Point>,
    /// Risks that concern only other stages, under the stage they matter for
    /// (later stages in order, then earlier ones).
    pub later: Vec<StagePoints>,
    /// Items whose answer was changed after its feedback was shown: the first
    /// answer counts, the change is listed as learned.
    pub revised: Vec<Revision>,
    /// Outcome per applicable item.
    pub items: Vec<ItemOutcome>,
    /// Free-text analyser findings by item.
    pub findings: BTreeMap<String, Vec<String>>,
    /// Answers that were not used, and why.
    pub ignored: Vec<Ignored>,
    /// Items answered.
    pub answered: u32,
    /// Items that apply to this profile.
    pub applicable: u32,
}

/// How the overall score was computed, for the legend.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Method {
    /// The stage weighted for.
    pub stage: Stage,
    /// Share of each area in the overall score, in percent (sums to 100).
    pub weights: AreaMap<u8>,
    /// Weight of items not tagged with a stage, when scoring that stage.
    pub background: f32,
    /// Coverage under which an area is low-confidence.
    pub low_coverage: f32,
    /// Bands, lowest first.
    pub bands: Vec<BandInfo>,
    /// How flags limit readiness, most serious first.
    pub limits: Vec<LimitInfo>,
    /// Answered weight an area needs before it gets a score (or this share of
    /// the area's weight, if less).
    pub evidence: (f32, f32),
}

/// A limit for the legend.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LimitInfo {
    /// The severity.
    pub severity: Severity,
    /// Highest readiness with one such flag.
    pub cap: u8,
    /// How much lower with each further flag.
    pub step: u8,
}

/// A band and where it starts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BandInfo {
    /// Band id.
    pub id: String,
    /// Lowest score in the band.
    pub min: u8,
}

/// One area.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaResult {
    /// The area.
    pub area: Area,
    /// Score 0-100, None when nothing in it was scored.
    pub score: Option<f32>,
    /// Band of the score.
    pub band: Option<String>,
    /// Items answered in the area.
    pub answered: u32,
    /// Items in the area that apply.
    pub applicable: u32,
    /// answered / applicable.
    pub coverage: f32,
    /// Coverage under [`LOW_COVERAGE`].
    pub low_confidence: bool,
    /// How much of the area is answered, against what a score needs.
    pub evidence: AreaEvidence,
}

/// Readiness for one stage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageResult {
    /// The stage.
    pub stage: Stage,
    /// Score 0-100 after flags limit it; None until enough is answered.
    pub score: Option<f32>,
    /// Band of the score.
    pub band: Option<String>,
    /// The score the answers alone would give, before flags limit it.
    pub before_limits: Option<f32>,
    /// Flags that hold the score down, most serious first.
    pub limited_by: Vec<Cap>,
    /// Areas this stage needs that have too few answers.
    pub missing: Vec<Missing>,
    /// Items tagged with this stage still to answer before it gets a score (0: enough).
    pub missing_items: u32,
    /// The single most important fix for this stage, if any.
    pub fix: Option<Point>,
}

/// A flag that holds a stage's readiness down.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cap {
    /// Check id.
    pub check: String,
    /// Its severity.
    pub severity: Severity,
    /// The highest readiness its severity allows with the flags raised.
    pub cap: f32,
}

/// An area without enough answers for a score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Missing {
    /// The area.
    pub area: Area,
    /// Fewest further items to answer (None: the items left cannot give enough;
    /// answer the skipped ones).
    pub more: Option<u32>,
}

/// Points that concern one stage other than the next.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StagePoints {
    /// The stage.
    pub stage: Stage,
    /// Its risks, most serious first.
    pub risks: Vec<Point>,
}

/// An answer changed after its feedback was shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Revision {
    /// Item id.
    pub item: String,
    /// Credit of the first answer (the one that counts).
    pub counted: Option<f32>,
    /// Credit of the answer as it is now.
    pub now: Option<f32>,
}

/// A strength, risk or fix: what it is about and the next action.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Point {
    /// What it is about.
    #[serde(flatten)]
    pub about: About,
    /// Module that helps (None: use `area.<id>.use`).
    pub module: Option<String>,
    /// The step of `module` that is the next action (the check's `next_step`,
    /// else the module's first step).
    pub step: Option<String>,
}

/// What a point is about.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum About {
    /// A raised check.
    Check {
        /// Check id.
        check: String,
        /// Its severity.
        severity: Severity,
    },
    /// An area score.
    Area {
        /// The area.
        area: Area,
        /// Its score.
        score: Option<f32>,
    },
}

/// Limits a stage's readiness by the flags that concern it: the score, and
/// when a cap holds it below what the answers give, the flags behind it: every
/// flag of the binding severity and of any more serious one, most serious first,
/// and within a severity in the order the stage's risks are listed
/// (`flags::for_stage`), so "held down by" and "Top risks" start alike.
pub fn limit(before: f32, stage: Stage, flags: &[Flag], limits: &[Limit]) -> (f32, Vec<Cap>) {
    let mut score = before;
    let mut caps: Vec<(Severity, f32, Vec<&Flag>)> = Vec::new();
    let concerned = crate::flags::for_stage(flags, stage);
    for l in limits {
        let raised: Vec<&Flag> = concerned.iter().copied().filter(|f| f.severity == l.severity).collect();
        let Some(cap) = l.cap_for(raised.len()) else { continue };
        score = score.min(cap);
        caps.push((l.severity, cap, raised));
    }
    let binding = caps.iter().filter(|(_, cap, _)| *cap < before).map(|(s, _, _)| *s).min();
    let mut by = Vec::new();
    if let Some(lowest) = binding {
        crate::order::sort_by_key(&mut caps, |(s, _, _)| std::cmp::Reverse(*s));
        for (severity, cap, raised) in caps.into_iter().filter(|(s, _, _)| *s >= lowest) {
            by.extend(raised.iter().map(|f| Cap { check: f.check.clone(), severity, cap }));
        }
    }
    (score, by)
}

/// Writes the report from scores, flags and module priorities. `revised` lists
/// the items answered again after their feedback, with the answer as it is now.
pub fn report(
    bank: &Bank,
    profile: &Profile,
    scores: Scores,
    flags: Vec<Flag>,
    ranked: &[crate::plan::Ranked],
    revised: Vec<Revision>,
) -> Report {
    let stage_index = |s: Stage| Stage::ALL.iter().position(|x| *x == s).unwrap_or(0);
    let next = profile.next_stage;
    // The band of the score as shown (rounded), so a 39.6 shown as 40 is "developing".
    let band = |s: Option<f32>| s.map(|s| bank.band(s.round()).id.clone());
    let applies = |m: &&crate::bank::Module| m.when.matches(profile);
    // The module for a weak area at a stage: the highest-ranked applicable module
    // that builds the area first of all and prepares that stage; else, among the
    // modules that prepare the stage, any that builds the area.
    let module_for_area = |a: Area, stage: Stage| {
        let ranked_modules =
            || ranked.iter().map(|r| &bank.modules[r.module]).filter(applies).filter(|m| !m.only_for_flags);
        ranked_modules()
            .find(|m| m.areas.first() == Some(&a) && m.concerns(stage))
            .or_else(|| ranked_modules().find(|m| m.areas.contains(&a) && m.concerns(stage)))
            .map(|m| m.id.clone())
    };
    let first_step = |m: &str| bank.module(m).and_then(|m| m.steps.first().cloned());
    let flag_point = |f: &Flag| {
        let about = About::Check { check: f.check.clone(), severity: f.severity };
        let next_step = bank.checks.iter().find(|c| c.id == f.check).and_then(|c| c.next_step.clone());
        match next_step.filter(|(m, _)| f.modules.contains(m)) {
            Some((module, step)) => Point { about, module: Some(module), step: Some(step) },
            None => {
                let module = ranked
                    .iter()
                    .map(|r| &bank.modules[r.module].id)
                    .find(|id| f.modules.contains(id))
                    .cloned()
                    .or_else(|| f.modules.first().cloned());
                let step = module.as_deref().and_then(first_step);
                Point { about, module, step }
            }
        }
    };
    let area_point = |a: Area, score: Option<f32>, module: Option<String>| {
        let step = module.as_deref().and_then(first_step);
        Point { about: About::Area { area: a, score }, module, step }
    };
    let missing_of = |areas: &[Area]| -> Vec<Missing> {
        areas.iter().map(|&a| Missing { area: a, more: scores.evidence.get(a).more }).collect()
    };

    let areas: Vec<AreaResult> = Area::ALL
        .iter()
        .map(|&a| {
            let (answered, applicable) = *scores.counts.get(a);
            let coverage = if applicable > 0 { answered as f32 / applicable as f32 } else { 0.0 };
            let score = *scores.areas.get(a);
            AreaResult {
                area: a,
                score,
                band: band(score),
                answered,
                applicable,
                coverage,
                low_confidence: coverage < LOW_COVERAGE,
                evidence: *scores.evidence.get(a),
            }
        })
        .collect();

    let stages: Vec<StageResult> = Stage::ALL
        .iter()
        .map(|&s| {
            let i = stage_index(s);
            let before = scores.stages[i];
            let (score, limited_by) = match before {
                Some(b) => {
                    let (score, by) = limit(b, s, &flags, &bank.limits);
                    (Some(score), by)
                }
                None => (None, Vec::new()),
            };
            let weights = &scores.stage_weights[i];
            let fix = for_stage(&flags, s)
                .into_iter()
                .find(|f| f.severity >= Severity::Advice)
                .map(flag_point)
                .or_else(|| {
                    // Else the weak area that costs most here, among the areas
                    // this stage weighs enough to need evidence for.
                    areas
                        .iter()
                        .filter(|r| *weights.get(r.area) >= bank.evidence.stage_share)
                        .filter_map(|r| r.score.filter(|v| *v < crate::plan::STUDY_BELOW).map(|v| (r.area, v)))
                        .max_by(|x, y| {
                            (weights.get(x.0) * (100.0 - x.1)).total_cmp(&(weights.get(y.0) * (100.0 - y.1)))
                        })
                        .map(|(a, v)| area_point(a, Some(v), module_for_area(a, s)))
                })
                .filter(|_| score.is_some());
            StageResult {
                stage: s,
                score,
                band: band(score),
                before_limits: before,
                limited_by,
                missing: missing_of(&scores.stage_missing[i]),
                missing_items: scores.stage_items_missing[i],
                fix,
            }
        })
        .collect();

    let concerns_next = |f: &&Flag| f.stage == next && (f.stages.is_empty() || f.stages.contains(&next));
    let next_weights = &scores.stage_weights[stage_index(next)];
    let at_next = for_stage(&flags, next);

    let mut strengths: Vec<Point> =
        at_next.iter().filter(|f| f.severity == Severity::Strength).map(|f| flag_point(f)).collect();
    let mut strong: Vec<&AreaResult> =
        areas.iter().filter(|r| !r.low_confidence && r.score.is_some_and(|s| s >= STRENGTH_FROM)).collect();
    crate::order::sort_by(&mut strong, |x, y| {
        let weighted = |r: &AreaResult| next_weights.get(r.area) * r.score.unwrap_or(0.0);
        weighted(y).total_cmp(&weighted(x))
    });
    // An area's "use" text is advice for interviews: at the offer stage only
    // the strength flags about the offer are listed.
    if next != Stage::Offer {
        strengths.extend(strong.into_iter().map(|r| area_point(r.area, r.score, None)));
    }
    strengths.extend(flags.iter().filter(|f| f.severity == Severity::Strength && !concerns_next(f)).map(flag_point));
    if next == Stage::Offer {
        // And only the strengths about the offer itself, not interview habits.
        strengths.retain(|p| match &p.about {
            About::Check { check, .. } => {
                bank.checks.iter().any(|c| &c.id == check && c.stages.contains(&Stage::Offer))
            }
            About::Area { .. } => false,
        });
    }
    strengths.truncate(TOP_STRENGTHS);
    // A critical flag at the next interview outweighs anything done well: the
    // report does not set strengths beside it (they come back once it is fixed).
    let strengths_held_back = at_next.iter().any(|f| f.severity == Severity::Critical && concerns_next(f));
    if strengths_held_back {
        strengths.clear();
    }

    let mut risks: Vec<Point> =
        at_next.iter().filter(|f| f.severity >= Severity::Risk).map(|f| flag_point(f)).collect();
    let mut weak: Vec<&AreaResult> = areas.iter().filter(|r| r.score.is_some_and(|s| s < RISK_BELOW)).collect();
    // The gap that costs most at the next stage first.
    crate::order::sort_by(&mut weak, |x, y| {
        let cost = |r: &AreaResult| next_weights.get(r.area) * (100.0 - r.score.unwrap_or(0.0));
        cost(y).total_cmp(&cost(x))
    });
    risks.extend(weak.into_iter().map(|r| area_point(r.area, r.score, module_for_area(r.area, next))));
    if risks.len() < TOP_RISKS {
        risks.extend(at_next.iter().filter(|f| f.severity == Severity::Advice).map(|f| flag_point(f)));
    }
    risks.truncate(TOP_RISKS);

    // Risks that do not concern the next stage, under the stage they matter for:
    // later stages in order, then earlier ones.
    let mut later: Vec<StagePoints> = Vec::new();
    let mut others: Vec<&Flag> = flags.iter().filter(|f| f.severity >= Severity::Risk && !concerns_next(f)).collect();
    crate::order::sort_by_key(&mut others, |f| (stage_distance(&[f.stage], next).0, std::cmp::Reverse(f.severity)));
    for f in others {
        match later.iter_mut().find(|p| p.stage == f.stage) {
            Some(p) => p.risks.push(flag_point(f)),
            None => later.push(StagePoints { stage: f.stage, risks: vec![flag_point(f)] }),
        }
    }

    let weights = &scores.stage_weights[stage_index(next)];
    let method = Method {
        stage: next,
        weights: percentages(weights),
        background: BACKGROUND,
        low_coverage: LOW_COVERAGE,
        bands: bank.bands.iter().map(|b| BandInfo { id: b.id.clone(), min: b.min }).collect(),
        limits: bank.limits.iter().map(|l| LimitInfo { severity: l.severity, cap: l.cap, step: l.step }).collect(),
        evidence: (bank.evidence.area, bank.evidence.area_share),
    };
    let now = &stages[stage_index(next)];
    let (overall, limited_by, missing) = (now.score, now.limited_by.clone(), now.missing.clone());
    let answered = scores.items.iter().filter(|i| i.answered).count() as u32;
    Report {
        version: REPORT_VERSION,
        next_stage: next,
        overall,
        band: band(overall),
        limited_by,
        missing,
        method,
        areas,
        stages,
        flags,
        strengths,
        strengths_held_back,
        risks,
        later,
        revised,
        applicable: scores.items.len() as u32,
        answered,
        items: scores.items,
        findings: scores.findings,
        ignored: scores.ignored,
    }
}

/// Whole percentages that add up to exactly 100 (largest remainder).
fn percentages(w: &AreaMap<f32>) -> AreaMap<u8> {
    let total: f32 = w.iter().map(|(_, v)| *v).sum();
    if total <= 0.0 {
        return AreaMap([20; 5]);
    }
    let exact: Vec<f32> = w.iter().map(|(_, v)| v / total * 100.0).collect();
    let mut out: Vec<u8> = exact.iter().map(|x| x.floor() as u8).collect();
    let mut short = 100 - out.iter().map(|&x| u32::from(x)).sum::<u32>() as i32;
    let mut order: Vec<usize> = (0..5).collect();
    crate::order::sort_by(&mut order, |&a, &b| (exact[b] - exact[b].floor()).total_cmp(&(exact[a] - exact[a].floor())));
    for &i in order.iter().cycle() {
        if short <= 0 {
            break;
        }
        out[i] += 1;
        short -= 1;
    }
    AreaMap([out[0], out[1], out[2], out[3], out[4]])
}
