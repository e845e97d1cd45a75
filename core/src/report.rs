//! The readiness report: plain data with ids and numbers; the widget and the
//! Markdown export turn it into words in the candidate's language.

use crate::answers::Ignored;
use crate::area::{Area, AreaMap, Stage};
use crate::bank::Bank;
use crate::format::Severity;
use crate::profile::Profile;
use crate::rule::Facts;
use crate::score::{ItemOutcome, Scores, BACKGROUND, LOW_COVERAGE};
use serde::Serialize;
use std::collections::BTreeMap;

/// Version of the report's JSON shape.
pub const REPORT_VERSION: u32 = 1;
/// Strengths listed at most.
pub const TOP_STRENGTHS: usize = 3;
/// Risks listed at most.
pub const TOP_RISKS: usize = 3;
/// An area at or above this score (with enough coverage) is a strength.
pub const STRENGTH_FROM: f32 = 70.0;
/// An area below this score is a risk.
pub const RISK_BELOW: f32 = 60.0;

/// The report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Version of this shape.
    pub version: u32,
    /// The stage the overall score is weighted for.
    pub next_stage: Stage,
    /// Overall readiness 0-100 for the next stage; None when nothing was scored.
    pub overall: Option<f32>,
    /// Band of the overall score.
    pub band: Option<String>,
    /// How the overall score was computed.
    pub method: Method,
    /// The five areas.
    pub areas: Vec<AreaResult>,
    /// Readiness for every stage.
    pub stages: Vec<StageResult>,
    /// Raised flags, most serious first.
    pub flags: Vec<Flag>,
    /// Top strengths, each with a next action.
    pub strengths: Vec<Point>,
    /// Top risks, each with a next action.
    pub risks: Vec<Point>,
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
}

/// Readiness for one stage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageResult {
    /// The stage.
    pub stage: Stage,
    /// Score 0-100.
    pub score: Option<f32>,
    /// Band of the score.
    pub band: Option<String>,
    /// The single most important fix for this stage, if any.
    pub fix: Option<Point>,
}

/// A raised cultural-fit flag.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flag {
    /// Check id.
    pub check: String,
    /// Severity.
    pub severity: Severity,
    /// Stages where it matters (empty: all).
    pub stages: Vec<Stage>,
    /// Modules that address it and apply to this profile.
    pub modules: Vec<String>,
}

/// A strength, risk or fix: what it is about and the next action.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Point {
    /// What it is about.
    #[serde(flatten)]
    pub about: About,
    /// Module whose first step is the next action (None: use `area.<id>.use`).
    pub module: Option<String>,
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

/// Evaluates the checks.
pub fn flags(bank: &Bank, profile: &Profile, scores: &Scores, answers: &crate::answers::Answers) -> Vec<Flag> {
    let facts = Facts { profile, answers, findings: &scores.findings, scores: &scores.areas };
    let mut out: Vec<Flag> = bank
        .checks
        .iter()
        .filter(|c| c.rule.holds(&facts))
        .map(|c| Flag {
            check: c.id.clone(),
            severity: c.severity,
            stages: c.stages.clone(),
            modules: c
                .modules
                .iter()
                .filter(|m| bank.module(m).is_some_and(|m| m.when.matches(profile)))
                .cloned()
                .collect(),
        })
        .collect();
    // Most serious first; bank order within a severity (stable sort).
    out.sort_by_key(|f| std::cmp::Reverse(f.severity));
    out
}

/// Writes the report from scores, flags and module priorities.
pub fn report(bank: &Bank, profile: &Profile, scores: Scores, flags: Vec<Flag>, ranked: &[(usize, f32)]) -> Report {
    let stage_index = |s: Stage| Stage::ALL.iter().position(|x| *x == s).unwrap_or(0);
    let next = profile.next_stage;
    let band = |s: Option<f32>| s.map(|s| bank.band(s).id.clone());
    // The best module for an area is the highest-ranked applicable module that builds it.
    let module_for_area =
        |a: Area| ranked.iter().map(|(i, _)| &bank.modules[*i]).find(|m| m.areas.contains(&a)).map(|m| m.id.clone());
    let module_for_flag = |f: &Flag| {
        ranked
            .iter()
            .map(|(i, _)| &bank.modules[*i].id)
            .find(|id| f.modules.contains(id))
            .cloned()
            .or_else(|| f.modules.first().cloned())
    };
    let flag_point = |f: &Flag| Point {
        about: About::Check { check: f.check.clone(), severity: f.severity },
        module: module_for_flag(f),
    };
    let area_point =
        |a: Area, score: Option<f32>, module: Option<String>| Point { about: About::Area { area: a, score }, module };

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
            }
        })
        .collect();

    let stages = Stage::ALL
        .iter()
        .map(|&s| {
            let score = scores.stages[stage_index(s)];
            let weights = &scores.stage_weights[stage_index(s)];
            let fix = flags
                .iter()
                .find(|f| f.severity >= Severity::Advice && (f.stages.is_empty() || f.stages.contains(&s)))
                .map(flag_point)
                .or_else(|| {
                    areas
                        .iter()
                        .filter_map(|r| r.score.filter(|v| *v < crate::plan::STUDY_BELOW).map(|v| (r.area, v)))
                        .max_by(|x, y| {
                            (weights.get(x.0) * (100.0 - x.1)).total_cmp(&(weights.get(y.0) * (100.0 - y.1)))
                        })
                        .map(|(a, v)| area_point(a, Some(v), module_for_area(a)))
                });
            StageResult { stage: s, score, band: band(score), fix }
        })
        .collect();

    let mut strengths: Vec<Point> = flags.iter().filter(|f| f.severity == Severity::Strength).map(flag_point).collect();
    let mut strong: Vec<&AreaResult> =
        areas.iter().filter(|r| !r.low_confidence && r.score.is_some_and(|s| s >= STRENGTH_FROM)).collect();
    strong.sort_by(|x, y| y.score.unwrap_or(0.0).total_cmp(&x.score.unwrap_or(0.0)));
    strengths.extend(strong.into_iter().map(|r| area_point(r.area, r.score, None)));
    strengths.truncate(TOP_STRENGTHS);

    let mut risks: Vec<Point> = flags.iter().filter(|f| f.severity >= Severity::Risk).map(flag_point).collect();
    let mut weak: Vec<&AreaResult> = areas.iter().filter(|r| r.score.is_some_and(|s| s < RISK_BELOW)).collect();
    weak.sort_by(|x, y| x.score.unwrap_or(0.0).total_cmp(&y.score.unwrap_or(0.0)));
    risks.extend(weak.into_iter().map(|r| area_point(r.area, r.score, module_for_area(r.area))));
    if risks.len() < TOP_RISKS {
        risks.extend(flags.iter().filter(|f| f.severity == Severity::Advice).map(flag_point));
    }
    risks.truncate(TOP_RISKS);

    let weights = &scores.stage_weights[stage_index(next)];
    let method = Method {
        stage: next,
        weights: percentages(weights),
        background: BACKGROUND,
        low_coverage: LOW_COVERAGE,
        bands: bank.bands.iter().map(|b| BandInfo { id: b.id.clone(), min: b.min }).collect(),
    };
    let overall = scores.stages[stage_index(next)];
    let answered = scores.items.iter().filter(|i| i.answered).count() as u32;
    Report {
        version: REPORT_VERSION,
        next_stage: next,
        overall,
        band: band(overall),
        method,
        areas,
        stages,
        flags,
        strengths,
        risks,
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
    order.sort_by(|&a, &b| (exact[b] - exact[b].floor()).total_cmp(&(exact[a] - exact[a].floor())));
    for &i in order.iter().cycle() {
        if short <= 0 {
            break;
        }
        out[i] += 1;
        short -= 1;
    }
    AreaMap([out[0], out[1], out[2], out[3], out[4]])
}
