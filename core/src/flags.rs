//! Raised checks: which of the bank's cultural-fit checks hold for the answers
//! that apply to the profile, and which stage each matters for from where the
//! candidate is. The report and the plan both start from these.

use crate::answers::Answers;
use crate::area::Stage;
use crate::bank::Bank;
use crate::profile::Profile;
use crate::rule::Facts;
use crate::score::Scores;
use crate::severity::Severity;
use serde::Serialize;

/// Risks listed at most among the report's top risks; the plan starts with
/// the next step of those that are flags.
pub const TOP_RISKS: usize = 3;

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
    /// The stage it matters for most from where the candidate is: the next
    /// stage when it concerns it, else the first later stage, else the last earlier one.
    pub stage: Stage,
}

/// How far `stages` (empty: every stage) lie from the candidate's next stage:
/// 0 when they include it, k for the k-th stage after it, 10 + k for the k-th
/// stage before it. Returns the stage that gave the distance.
pub fn stage_distance(stages: &[Stage], next: Stage) -> (u8, Stage) {
    let concerns = |s: Stage| stages.is_empty() || stages.contains(&s);
    let at = |s: Stage| Stage::ALL.iter().position(|x| *x == s).unwrap_or(0);
    let n = at(next);
    if let Some(k) = (n..Stage::ALL.len()).find(|&i| concerns(Stage::ALL[i])) {
        return ((k - n) as u8, Stage::ALL[k]);
    }
    match (0..n).rev().find(|&i| concerns(Stage::ALL[i])) {
        Some(k) => (10 + (n - k) as u8, Stage::ALL[k]),
        None => (20, next),
    }
}

/// Evaluates the checks over the answers to items that apply to the profile.
pub fn flags(bank: &Bank, profile: &Profile, scores: &Scores, answers: &Answers) -> Vec<Flag> {
    let applies = |item: &str| bank.item(item).is_some_and(|i| i.when.matches(profile));
    let facts = Facts { applies: &applies, profile, answers, findings: &scores.findings, scores: &scores.areas };
    let mut out: Vec<(u8, bool, Flag)> = bank
        .checks
        .iter()
        .filter(|c| c.rule.holds(&facts))
        .map(|c| {
            let (distance, stage) = stage_distance(&c.stages, profile.next_stage);
            let modules =
                c.modules.iter().filter(|m| bank.module(m).is_some_and(|m| m.when.matches(profile))).cloned().collect();
            let flag = Flag { check: c.id.clone(), severity: c.severity, stages: c.stages.clone(), modules, stage };
            (distance, c.irreversible, flag)
        })
        .collect();
    // The next stage first, then the stages after it; most serious first within
    // a stage; what cannot be undone first within a severity; bank order
    // otherwise (stable sort).
    crate::order::sort_by_key(&mut out, |(distance, irreversible, f)| {
        (*distance, std::cmp::Reverse(f.severity), !*irreversible)
    });
    out.into_iter().map(|(_, _, f)| f).collect()
}

/// The flags that concern `stage`, in the order the report shows them and the
/// plan starts on them: most serious first, then
/// checks that name the stage before checks that apply everywhere, then the
/// more specific (fewer stages), then bank order.
pub fn for_stage(flags: &[Flag], stage: Stage) -> Vec<&Flag> {
    let mut out: Vec<(usize, &Flag)> =
        flags.iter().enumerate().filter(|(_, f)| f.stages.is_empty() || f.stages.contains(&stage)).collect();
    crate::order::sort_by_key(&mut out, |(i, f)| {
        let named = !f.stages.is_empty();
        (std::cmp::Reverse(f.severity), std::cmp::Reverse(named), if named { f.stages.len() } else { 9 }, *i)
    });
    out.into_iter().map(|(_, f)| f).collect()
}
