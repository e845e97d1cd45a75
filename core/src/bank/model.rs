//! The validated bank's domain types: items, choices, checks, modules and the
//! frame from the manifest, as the scoring code sees them. Built only by
//! `Bank::build` (in `bank.rs`), which checks a `Pack` first; a bank so built
//! may be stored and read back whole (serde), as naitei-content does with the
//! built-in one.

use crate::answers::Answers;
use crate::area::{Area, AreaMap, Stage};
use crate::profile::When;
use crate::rule::Rule;
use crate::severity::Severity;
use crate::text::{Lang, Texts};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A score band.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Band {
    /// Stable id.
    pub id: String,
    /// Lowest score in the band.
    pub min: u8,
}

/// Profile-dependent multipliers on stage weights.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Modifier {
    /// Stable id.
    pub id: String,
    /// When it applies.
    pub when: When,
    /// Factor per area (1 where the content left an area out).
    pub factors: AreaMap<f32>,
}

/// A fixed task in every plan it applies to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Milestone {
    /// Stable id.
    pub id: String,
    /// Day relative to the interview.
    pub day: i32,
    /// Minutes it takes.
    pub minutes: u16,
    /// Minutes of its short version (equal to `minutes` when it has none).
    pub short: u16,
    /// When it applies.
    pub when: When,
    /// The module it puts into practice.
    pub module: Option<String>,
    /// Module steps it does itself, as (module, step).
    pub covers: Vec<(String, String)>,
}

/// How flags of one severity limit readiness (see [`crate::format::LimitDef`]).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Limit {
    /// The severity.
    pub severity: Severity,
    /// Highest readiness with one such flag.
    pub cap: u8,
    /// How much lower with each further flag.
    pub step: u8,
    /// The lowest the cap goes.
    pub floor: u8,
}

impl Limit {
    /// The highest readiness allowed with `n` flags of this severity (None when `n` is 0).
    pub fn cap_for(&self, n: usize) -> Option<f32> {
        let further = n.checked_sub(1)?;
        let lowered = u32::from(self.step).saturating_mul(further.min(100) as u32);
        let cap = u32::from(self.cap).saturating_sub(lowered).max(u32::from(self.floor.min(self.cap)));
        Some(cap as f32)
    }
}

/// How much must be answered before a score is shown (see [`crate::format::EvidenceDef`]).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Answered weight an area needs ...
    pub area: f32,
    /// ... or this share of its applicable weight, if less.
    pub area_share: f32,
    /// Share of a stage above which an area's score is needed for the stage.
    pub stage_share: f32,
    /// Answered items an area needs at least.
    pub area_items: u32,
    /// Answered items tagged with a stage it needs at least.
    pub stage_items: u32,
}

impl Evidence {
    /// The answered weight needed in an area whose applicable items weigh `applicable`.
    pub fn needed(&self, applicable: f32) -> f32 {
        self.area.min(self.area_share * applicable)
    }
}

/// One option of a single, multi or best-and-worst item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    /// Stable id within the item.
    pub id: String,
    /// Credit per area.
    pub credit: AreaMap<f32>,
    /// Checklists: ticking it means "none of these".
    pub exclusive: bool,
}

/// What kind of answer an item takes, with its scoring data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ItemKind {
    /// One option, graded credit.
    Single(Vec<Choice>),
    /// Any options; credits add up.
    Multi(Vec<Choice>),
    /// A 1-5 rating; `reverse` when agreeing is the weak answer.
    Likert {
        /// Reverse-keyed.
        reverse: bool,
    },
    /// Best and worst of the options.
    BestWorst(Vec<Choice>),
    /// Free text scored by the named analyser.
    Text {
        /// Analyser id.
        analyser: crate::analyse::AnalyserId,
    },
}

impl ItemKind {
    /// The options, empty for Likert and text items.
    pub fn options(&self) -> &[Choice] {
        match self {
            ItemKind::Single(o) | ItemKind::Multi(o) | ItemKind::BestWorst(o) => o,
            ItemKind::Likert { .. } | ItemKind::Text { .. } => &[],
        }
    }

    /// The kind's id, as in content files.
    pub fn id(&self) -> &'static str {
        match self {
            ItemKind::Single(_) => "single",
            ItemKind::Multi(_) => "multi",
            ItemKind::Likert { .. } => "likert",
            ItemKind::BestWorst(_) => "best_worst",
            ItemKind::Text { .. } => "text",
        }
    }
}

/// One item of the questionnaire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// Stable id.
    pub id: String,
    /// Section id.
    pub section: String,
    /// Kind and scoring data.
    pub kind: ItemKind,
    /// Stages it speaks to most.
    pub stages: Vec<Stage>,
    /// How much it counts per area (0 where it does not count).
    pub weights: AreaMap<f32>,
    /// When it applies.
    pub when: When,
    /// Whether "skip / I don't know" is offered.
    pub skippable: bool,
    /// Part of the quick check.
    pub quick: bool,
}

impl Item {
    /// The option with this id.
    pub fn option(&self, id: &str) -> Option<&Choice> {
        self.kind.options().iter().find(|c| c.id == id)
    }
}

/// A cultural-fit check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    /// Stable id.
    pub id: String,
    /// Severity of the flag it raises.
    pub severity: Severity,
    /// Stages where it matters (empty: all).
    pub stages: Vec<Stage>,
    /// Modules that address it.
    pub modules: Vec<String>,
    /// The next action: a step of one of `modules`, as (module, step).
    pub next_step: Option<(String, String)>,
    /// The rule.
    pub rule: Rule,
    /// Listed first among flags of its severity and stage: it leads to a step
    /// that cannot be undone.
    pub irreversible: bool,
}

impl Check {
    /// Whether the check matters at `stage`.
    pub fn concerns(&self, stage: Stage) -> bool {
        self.stages.is_empty() || self.stages.contains(&stage)
    }
}

/// A study module.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Module {
    /// Stable id.
    pub id: String,
    /// Areas it builds.
    pub areas: Vec<Area>,
    /// Estimated minutes.
    pub minutes: u16,
    /// Step ids, in order.
    pub steps: Vec<String>,
    /// Modules to finish first.
    pub requires: Vec<String>,
    /// When it applies.
    pub when: When,
    /// Stages it prepares for (empty: every stage).
    pub stages: Vec<Stage>,
    /// Shortest useful part, in minutes.
    pub min_part: u16,
    /// Minutes of each step (same length as `steps`, adding up to `minutes`).
    pub step_minutes: Vec<u16>,
    /// Steps done again when the module repeats in a maintenance plan.
    pub repeat_steps: Vec<String>,
    /// Chosen only through a check that names it, never for an area gap.
    pub only_for_flags: bool,
    /// Days to leave before each step after the step before it (0: none), in
    /// step order.
    pub wait_days: Vec<u8>,
    /// Checks that list this module (derived from the checks).
    pub checks: Vec<String>,
}

impl Module {
    /// Whether the module prepares for `stage`.
    pub fn concerns(&self, stage: Stage) -> bool {
        self.stages.is_empty() || self.stages.contains(&stage)
    }
}

/// The validated bank.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bank {
    /// Section ids in order.
    pub sections: Vec<String>,
    /// Bands, lowest first.
    pub bands: Vec<Band>,
    /// Base weight of each area for each stage, indexed in `Stage::ALL` order.
    pub stage_weights: [AreaMap<f32>; 5],
    /// Profile modifiers on stage weights.
    pub modifiers: Vec<Modifier>,
    /// Plan milestones.
    pub milestones: Vec<Milestone>,
    /// How flags limit readiness, most serious severity first.
    pub limits: Vec<Limit>,
    /// How much must be answered before a score is shown.
    pub evidence: Evidence,
    /// Modules of the starter plan (too few answers for a score).
    pub starter: Vec<String>,
    /// Modules of the maintenance plan (nothing left to fix).
    pub maintenance: Vec<String>,
    /// Minutes to answer one item.
    pub minutes_per_item: f32,
    /// Core modules per stage, in `Stage::ALL` order.
    pub core: [Vec<String>; 5],
    /// Items in questionnaire order (by section, then file order).
    pub items: Vec<Item>,
    /// Checks in file order.
    pub checks: Vec<Check>,
    /// Modules in file order.
    pub modules: Vec<Module>,
    pub(super) item_index: BTreeMap<String, usize>,
    pub(super) module_index: BTreeMap<String, usize>,
}

impl Answers {
    /// Only the answers to items of `bank` that apply to `profile`: what counts
    /// in a report, an export or a share link. (A session keeps the others for
    /// when they apply again.)
    pub fn applicable(&self, bank: &Bank, profile: &crate::profile::Profile) -> Answers {
        Answers(
            self.0
                .iter()
                .filter(|(id, _)| bank.item(id).is_some_and(|i| i.when.matches(profile)))
                .map(|(id, a)| (id.clone(), a.clone()))
                .collect(),
        )
    }
}

/// A bank together with the texts that came with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    /// The bank.
    pub bank: Bank,
    /// Texts per language (English always present).
    pub texts: BTreeMap<Lang, Texts>,
}

impl Bank {
    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.item_index.get(id).map(|&i| &self.items[i])
    }

    /// The module with this id.
    pub fn module(&self, id: &str) -> Option<&Module> {
        self.module_index.get(id).map(|&i| &self.modules[i])
    }

    /// The band a score falls in.
    pub fn band(&self, score: f32) -> &Band {
        self.bands.iter().rev().find(|b| score >= f32::from(b.min)).unwrap_or(&self.bands[0])
    }

    /// The base weights of a stage.
    pub fn stage_weights(&self, stage: Stage) -> &AreaMap<f32> {
        &self.stage_weights[Stage::ALL.iter().position(|s| *s == stage).unwrap_or(0)]
    }
}
