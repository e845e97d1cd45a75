//! The content file format: plain serde types that mirror what authors write in
//! `content/bank/*.toml` and what host sites send as a JSON content pack.
//! They carry no logic; `Bank::build` turns them into validated domain types,
//! so a change of format never ripples through the scoring code.

use crate::area::{Area, Stage};
use crate::profile::When;
use crate::rule::Rule;
pub use crate::severity::Severity;
use crate::text::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// A complete content pack: the built-in bank compiles to one, and a host site
/// may supply its own (`content-src`) to replace the built-in bank.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    /// Format version; must equal [`FORMAT_VERSION`].
    pub format: u32,
    /// Sections, bands, stage weights, profile modifiers and plan milestones.
    pub manifest: Manifest,
    /// Items and checks, one entry per section file.
    pub sections: Vec<SectionFile>,
    /// Study modules.
    #[serde(default)]
    pub modules: Vec<ModuleDef>,
    /// Display text per language: a flat map from text key to text.
    #[serde(default)]
    pub texts: BTreeMap<Lang, BTreeMap<String, String>>,
    /// Word lists of the free-text coaches, per language (`content/lexicon/<lang>.toml`).
    /// A host pack's entries are added to the built-in ones (see `Coaches::extended`).
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "BTreeMap::is_empty"))]
    pub lexicons: BTreeMap<Lang, crate::coach::Lexicon>,
}

/// `bank/manifest.toml`: the frame every item and module fits into.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Format version; must equal [`FORMAT_VERSION`].
    pub format: u32,
    /// Section ids in questionnaire order.
    #[serde(rename = "section", default)]
    pub sections: Vec<SectionDef>,
    /// Score bands, lowest first; the first must start at 0.
    #[serde(rename = "band", default)]
    pub bands: Vec<BandDef>,
    /// For each stage, how much each area counts towards readiness for it (0-10).
    #[serde(default)]
    pub stage_weights: BTreeMap<Stage, BTreeMap<Area, f32>>,
    /// Profile-dependent multipliers on the stage weights.
    #[serde(rename = "modifier", default)]
    pub modifiers: Vec<ModifierDef>,
    /// Fixed tasks placed in every plan relative to the interview date.
    #[serde(rename = "milestone", default)]
    pub milestones: Vec<MilestoneDef>,
    /// How raised flags limit readiness, one entry per severity that limits.
    #[serde(rename = "limit", default)]
    pub limits: Vec<LimitDef>,
    /// How much must be answered before a score is shown.
    #[serde(default)]
    pub evidence: EvidenceDef,
    /// The plans for a candidate with too few answers and for one with nothing to fix.
    #[serde(default)]
    pub plan: PlanDef,
}

/// How flags of one severity limit readiness for the stages they concern.
///
/// With `n` such flags raised for a stage, its readiness is at most
/// `cap - step * (n - 1)`, never below `floor`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitDef {
    /// The severity this limit is for (`risk` or `critical`; strengths never limit).
    pub severity: Severity,
    /// Highest readiness (0-100) a stage can show with one such flag.
    pub cap: u8,
    /// How much lower the cap goes with each further flag of this severity.
    #[serde(default)]
    pub step: u8,
    /// The cap never goes below this, however many flags are raised: a pile of
    /// small slips does not make a strong candidate look like a blank one.
    #[serde(default)]
    pub floor: u8,
}

/// How much must be answered before a score is shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EvidenceDef {
    /// Answered weight (the sum of the item weights of answered items) an area
    /// needs before it gets a score ...
    pub area: f32,
    /// ... or this share of the weight that applies in the area, if that is less
    /// (so a small bank can still be scored).
    pub area_share: f32,
    /// An area that weighs at least this share of a stage must have a score
    /// before the stage gets one.
    pub stage_share: f32,
    /// And at least this many answered items (or `area_share` of the area's
    /// items, if that is less), so two heavy items alone never make a score.
    pub area_items: u32,
    /// A stage also needs this many answered items tagged with it (or all of
    /// them, if fewer apply): its readiness is not read off other stages' items alone.
    pub stage_items: u32,
}

impl Default for EvidenceDef {
    fn default() -> Self {
        EvidenceDef { area: 6.0, area_share: 0.5, stage_share: 0.15, area_items: 3, stage_items: 2 }
    }
}

/// The special plans.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PlanDef {
    /// Modules for a candidate whose answers are too few for a score: how
    /// hiring works, a first mock interview. The plan also asks them to answer
    /// the first sections they have not answered.
    pub starter: Vec<String>,
    /// Modules for a candidate with nothing left to fix, repeated to fill the
    /// days before the interview (mock interviews, a final review).
    pub maintenance: Vec<String>,
    /// Minutes to answer one item, for the "answer these sections" task.
    pub minutes_per_item: f32,
    /// Per stage, the modules that prepare its core (a first interview's
    /// self-introduction, a technical interview's system walkthrough): when
    /// their areas call for study they come right after the next stage's critical
    /// flags and before its risks, in the order listed.
    pub core: BTreeMap<Stage, Vec<String>>,
}

impl Default for PlanDef {
    fn default() -> Self {
        PlanDef { starter: Vec::new(), maintenance: Vec::new(), minutes_per_item: 0.5, core: BTreeMap::new() }
    }
}

/// One section of the questionnaire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionDef {
    /// Stable id; the section's items live in `bank/items/<id>.toml`.
    pub id: String,
}

/// A score band such as "ready" from 80 upwards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BandDef {
    /// Stable id.
    pub id: String,
    /// Lowest score (0-100) in this band.
    pub min: u8,
}

/// Multiplies stage weights when the profile matches, e.g. start-ups weigh learning more.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModifierDef {
    /// Stable id.
    pub id: String,
    /// When the modifier applies.
    #[serde(default)]
    pub when: When,
    /// Factor per area (0.1-5); areas left out keep factor 1.
    pub factors: BTreeMap<Area, f32>,
}

/// A fixed task in the plan, such as the thank-you email the day after.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MilestoneDef {
    /// Stable id.
    pub id: String,
    /// Day relative to the interview: -1 is the day before, 0 the day itself, 1 the day after.
    pub day: i32,
    /// Minutes it takes (counted against that day's study time).
    #[serde(default)]
    pub minutes: u16,
    /// When the milestone applies.
    #[serde(default)]
    pub when: When,
    /// The shortest useful version in minutes, used when the day has less time
    /// than `minutes` (default: `minutes`, that is, no short version).
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Option::is_none"))]
    pub short: Option<u16>,
    /// The study module this milestone puts into practice: it is never listed
    /// as left out while the milestone is in the plan.
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Option::is_none"))]
    pub module: Option<String>,
    /// Module steps (`module/step`) this milestone does itself: while its full
    /// version is in the plan, those steps are not scheduled again (its short
    /// version does not do them).
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Vec::is_empty"))]
    pub covers: Vec<String>,
}

/// `bank/items/<section>.toml`: the items and checks of one section.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionFile {
    /// The section these items belong to (declared in the manifest).
    pub section: String,
    /// Items, in questionnaire order.
    #[serde(rename = "item", default)]
    pub items: Vec<ItemDef>,
    /// Cultural-fit checks over the answers.
    #[serde(rename = "check", default)]
    pub checks: Vec<CheckDef>,
}

/// The kinds of item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKindDef {
    /// Pick one option; each option has graded credit.
    Single,
    /// Tick any number of options (a checklist); credit adds up.
    Multi,
    /// A self-rating from 1 to 5.
    Likert,
    /// Pick the best and the worst of several options.
    BestWorst,
    /// Free text, scored by an analyser.
    Text,
}

/// One item as written in a section file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemDef {
    /// Stable id, unique in the bank. Never change it once published.
    pub id: String,
    /// What kind of item this is.
    pub kind: ItemKindDef,
    /// Stages this item speaks to most.
    pub stages: Vec<Stage>,
    /// How much the item counts towards each area (0-5).
    pub areas: BTreeMap<Area, f32>,
    /// When the item applies; it is hidden otherwise.
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "When::is_always"))]
    pub when: When,
    /// Options for single, multi and best-and-worst items.
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Vec::is_empty"))]
    pub options: Vec<OptionDef>,
    /// Likert only: agreeing is the weak answer (5 scores lowest).
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "std::ops::Not::not"))]
    pub reverse: bool,
    /// Text only: which analyser scores the answer.
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Option::is_none"))]
    pub analyser: Option<String>,
    /// Whether "skip / I don't know" is offered (default true).
    #[serde(default = "yes")]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Clone::clone"))]
    pub skippable: bool,
    /// Part of the quick check: the items that tell most per area and stage.
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "std::ops::Not::not"))]
    pub quick: bool,
}

fn yes() -> bool {
    true
}

/// One option of an item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionDef {
    /// Stable id, unique within the item.
    pub id: String,
    /// How good this option is: 0-1 for single and best-and-worst, -1 to 1 for multi.
    pub credit: f32,
    /// Per-area credit where it differs from `credit`.
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "BTreeMap::is_empty"))]
    pub by_area: BTreeMap<Area, f32>,
    /// Multi only: ticking it clears the others ("none of these").
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "std::ops::Not::not"))]
    pub exclusive: bool,
}

/// A cultural-fit check as written in a section file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckDef {
    /// Stable id, unique in the bank.
    pub id: String,
    /// How serious the flag is when the rule holds.
    pub severity: Severity,
    /// Stages where this matters most (empty: every stage).
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Vec::is_empty"))]
    pub stages: Vec<Stage>,
    /// Study modules that address it (at least one unless a strength).
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Vec::is_empty"))]
    pub modules: Vec<String>,
    /// The rule over answers and profile that raises the flag.
    pub when: Rule,
    /// The step that is the next action for this flag, as `module/step`: a
    /// step of one of `modules` that works on exactly this habit (default: the
    /// first step of the first module).
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Option::is_none"))]
    pub next_step: Option<String>,
    /// The habit leads to a step that cannot be undone (accepting an offer
    /// unread, resigning before accepting): among flags of the same severity
    /// and stage it is listed first.
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "std::ops::Not::not"))]
    pub irreversible: bool,
}

/// A study module as written in `bank/modules.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModuleDef {
    /// Stable id, unique in the bank.
    pub id: String,
    /// Areas the module builds.
    pub areas: Vec<Area>,
    /// Estimated minutes to finish it (5-600).
    pub minutes: u16,
    /// Step ids in order; each step's text is `module.<id>.step.<step>`.
    pub steps: Vec<String>,
    /// Modules to finish first.
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Vec::is_empty"))]
    pub requires: Vec<String>,
    /// When the module applies.
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "When::is_always"))]
    pub when: When,
    /// Stages the module prepares for (empty: every stage). The plan puts the
    /// candidate's next stage first.
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Vec::is_empty"))]
    pub stages: Vec<Stage>,
    /// The shortest useful sitting, in minutes: the plan never schedules a part
    /// shorter than this (default: the module's minutes divided by its steps).
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Option::is_none"))]
    pub min_part: Option<u16>,
    /// Minutes of each step, in step order; they add up to `minutes` (default:
    /// `minutes` spread evenly). The plan splits a module between steps.
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Vec::is_empty"))]
    pub step_minutes: Vec<u16>,
    /// The steps to do again when the module comes back in a maintenance plan
    /// (default: all of them), e.g. a mock interview without finding a partner again.
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Vec::is_empty"))]
    pub repeat_steps: Vec<String>,
    /// Chosen only through a check that names it, never for an area gap: for
    /// a module that fixes one habit and would mislead anyone without it.
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "std::ops::Not::not"))]
    pub only_for_flags: bool,
    /// Days to leave before a step, after the module's step before it, for
    /// someone else to answer first (a partner for a mock interview): step id
    /// to days, e.g. `wait_days = { record = 2 }`.
    #[serde(default)]
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "BTreeMap::is_empty"))]
    pub wait_days: BTreeMap<String, u8>,
}

/// `bank/modules.toml` as a whole.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModulesFile {
    /// The modules.
    #[serde(rename = "module", default)]
    pub modules: Vec<ModuleDef>,
}
