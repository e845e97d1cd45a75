//! The validated bank: items, checks, modules and the manifest's frame, as the
//! scoring code sees them. `Bank::build` is the only way to get one; it checks
//! a `Pack` and returns every problem found, not just the first.

use crate::area::{Area, AreaMap, Stage};
use crate::format::{ItemKindDef, OptionDef, Pack, Severity, FORMAT_VERSION};
use crate::problem::{Place, Problem};
use crate::profile::When;
use crate::rule::Rule;
use crate::text::{Lang, Texts};
use std::collections::{BTreeMap, BTreeSet};

mod validate;
pub use validate::required_keys;

/// A score band.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    /// Stable id.
    pub id: String,
    /// Lowest score in the band.
    pub min: u8,
}

/// Profile-dependent multipliers on stage weights.
#[derive(Debug, Clone, PartialEq)]
pub struct Modifier {
    /// Stable id.
    pub id: String,
    /// When it applies.
    pub when: When,
    /// Factor per area (1 where the content left an area out).
    pub factors: AreaMap<f32>,
}

/// A fixed task in every plan it applies to.
#[derive(Debug, Clone, PartialEq)]
pub struct Milestone {
    /// Stable id.
    pub id: String,
    /// Day relative to the interview.
    pub day: i32,
    /// Minutes it takes.
    pub minutes: u16,
    /// When it applies.
    pub when: When,
}

/// One option of a single, multi or best-and-worst item.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// Stable id within the item.
    pub id: String,
    /// Credit per area.
    pub credit: AreaMap<f32>,
    /// Checklists: ticking it means "none of these".
    pub exclusive: bool,
}

/// What kind of answer an item takes, with its scoring data.
#[derive(Debug, Clone, PartialEq)]
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
        analyser: String,
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
#[derive(Debug, Clone, PartialEq)]
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
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    /// Stable id.
    pub id: String,
    /// Severity of the flag it raises.
    pub severity: Severity,
    /// Stages where it matters (empty: all).
    pub stages: Vec<Stage>,
    /// Modules that address it.
    pub modules: Vec<String>,
    /// The rule.
    pub rule: Rule,
}

impl Check {
    /// Whether the check matters at `stage`.
    pub fn concerns(&self, stage: Stage) -> bool {
        self.stages.is_empty() || self.stages.contains(&stage)
    }
}

/// A study module.
#[derive(Debug, Clone, PartialEq)]
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
#[derive(Debug, Clone, PartialEq)]
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
    /// Items in questionnaire order (by section, then file order).
    pub items: Vec<Item>,
    /// Checks in file order.
    pub checks: Vec<Check>,
    /// Modules in file order.
    pub modules: Vec<Module>,
    item_index: BTreeMap<String, usize>,
    module_index: BTreeMap<String, usize>,
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
    /// Validates a pack and builds the bank and its texts, or returns every problem found.
    pub fn build(pack: &Pack) -> Result<Content, Vec<Problem>> {
        let mut problems = Vec::new();
        let bank = Bank::build_structure(pack, &mut problems);
        validate::texts(&bank, pack, &mut problems);
        validate::lexicons(pack, &mut problems);
        if problems.is_empty() {
            let texts = pack.texts.iter().map(|(lang, map)| (*lang, Texts(map.clone()))).collect();
            Ok(Content { bank, texts })
        } else {
            Err(problems)
        }
    }

    /// Builds the structure without checking texts or reporting problems
    /// (for tools that need the key list of a bank still being written).
    pub fn build_unchecked(pack: &Pack) -> Bank {
        Bank::build_structure(pack, &mut Vec::new())
    }

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

    fn build_structure(pack: &Pack, problems: &mut Vec<Problem>) -> Bank {
        let m = &pack.manifest;
        let mut p = |place: Place, id: Option<&str>, message: String| {
            problems.push(Problem::new(place, id, message));
        };
        for (what, version) in [("pack", pack.format), ("manifest", m.format)] {
            if version != FORMAT_VERSION {
                p(
                    Place::Manifest,
                    None,
                    format!(
                        "The {what} says `format = {version}`, but this version of Naitei reads format {FORMAT_VERSION}. \
                         Set `format = {FORMAT_VERSION}` after converting the content, or use a Naitei release that reads format {version}."
                    ),
                );
            }
        }

        // Sections.
        let mut sections = Vec::new();
        for s in &m.sections {
            validate::id(&s.id, "section", Place::Manifest, &mut p);
            if sections.contains(&s.id) {
                p(
                    Place::Manifest,
                    Some(&s.id),
                    format!("Section `{}` is listed twice. Remove one of the two `[[section]]` entries.", s.id),
                );
            } else {
                sections.push(s.id.clone());
            }
        }
        if sections.is_empty() {
            p(
                Place::Manifest,
                None,
                "The manifest lists no sections. Add at least one `[[section]]` with an `id`.".into(),
            );
        }

        // Bands.
        let mut bands: Vec<Band> = Vec::new();
        for b in &m.bands {
            validate::id(&b.id, "band", Place::Manifest, &mut p);
            if b.min > 100 {
                p(
                    Place::Manifest,
                    Some(&b.id),
                    format!("Band `{}` starts at {}; scores run from 0 to 100, so `min` must be 0-100.", b.id, b.min),
                );
            }
            if let Some(prev) = bands.last() {
                if b.min <= prev.min {
                    p(Place::Manifest, Some(&b.id), format!("Band `{}` starts at {} but the band before it starts at {}. List bands from lowest to highest `min`.", b.id, b.min, prev.min));
                }
            }
            if bands.iter().any(|x| x.id == b.id) {
                p(Place::Manifest, Some(&b.id), format!("Band `{}` is listed twice. Give each band its own id.", b.id));
            }
            bands.push(Band { id: b.id.clone(), min: b.min });
        }
        if bands.len() < 2 || bands[0].min != 0 {
            p(Place::Manifest, None, "The manifest needs at least two `[[band]]` entries and the first must have `min = 0`, so every score has a band.".into());
            bands = vec![Band { id: "all".into(), min: 0 }];
        }

        // Stage weights.
        let mut stage_weights = [AreaMap::<f32>::default(); 5];
        for (i, stage) in Stage::ALL.iter().enumerate() {
            let Some(w) = m.stage_weights.get(stage) else {
                p(Place::Manifest, None, format!("`[stage_weights]` has no line for `{}`. Add `{} = {{ technical = 1, communication = 1, ... }}`.", stage.id(), stage.id()));
                continue;
            };
            for (area, value) in w {
                if !(0.0..=10.0).contains(value) {
                    p(
                        Place::Manifest,
                        None,
                        format!(
                            "The weight of `{}` for stage `{}` is {value}; use a number from 0 to 10.",
                            area.id(),
                            stage.id()
                        ),
                    );
                }
                *stage_weights[i].get_mut(*area) = value.clamp(0.0, 10.0);
            }
            if stage_weights[i].iter().all(|(_, v)| *v <= 0.0) {
                p(
                    Place::Manifest,
                    None,
                    format!(
                        "Every area weighs 0 for stage `{}`. Give at least one area a positive weight.",
                        stage.id()
                    ),
                );
            }
        }

        // Modifiers.
        let mut modifiers = Vec::new();
        for md in &m.modifiers {
            validate::id(&md.id, "modifier", Place::Manifest, &mut p);
            let mut factors = AreaMap::from_fn(|_| 1.0f32);
            for (area, f) in &md.factors {
                if !(0.1..=5.0).contains(f) {
                    p(
                        Place::Manifest,
                        Some(&md.id),
                        format!("Modifier `{}` multiplies `{}` by {f}; use a factor from 0.1 to 5.", md.id, area.id()),
                    );
                }
                *factors.get_mut(*area) = f.clamp(0.1, 5.0);
            }
            modifiers.push(Modifier { id: md.id.clone(), when: md.when.clone(), factors });
        }

        // Milestones.
        let mut milestones: Vec<Milestone> = Vec::new();
        for ms in &m.milestones {
            validate::id(&ms.id, "milestone", Place::Manifest, &mut p);
            if milestones.iter().any(|x| x.id == ms.id) {
                p(
                    Place::Manifest,
                    Some(&ms.id),
                    format!("Milestone `{}` is listed twice. Give each milestone its own id.", ms.id),
                );
            }
            if !(-30..=30).contains(&ms.day) {
                p(
                    Place::Manifest,
                    Some(&ms.id),
                    format!(
                        "Milestone `{}` is on day {} relative to the interview; use a day from -30 to 30.",
                        ms.id, ms.day
                    ),
                );
            }
            if ms.minutes > 480 {
                p(
                    Place::Manifest,
                    Some(&ms.id),
                    format!(
                        "Milestone `{}` takes {} minutes; a milestone must fit in one day (at most 480).",
                        ms.id, ms.minutes
                    ),
                );
            }
            milestones.push(Milestone { id: ms.id.clone(), day: ms.day, minutes: ms.minutes, when: ms.when.clone() });
        }

        // Items, in manifest section order.
        let mut items = Vec::new();
        let mut item_index = BTreeMap::new();
        let mut seen_sections = BTreeSet::new();
        for file in &pack.sections {
            if !sections.contains(&file.section) {
                p(Place::Section(file.section.clone()), None, format!("The file declares `section = \"{}\"`, which the manifest does not list. Add `[[section]] id = \"{}\"` to the manifest or fix the name.", file.section, file.section));
            }
            if !seen_sections.insert(file.section.clone()) {
                p(
                    Place::Section(file.section.clone()),
                    None,
                    format!(
                        "Two files declare `section = \"{}\"`. Each section has exactly one items file.",
                        file.section
                    ),
                );
            }
        }
        let ordered = sections.iter().filter_map(|s| pack.sections.iter().find(|f| &f.section == s));
        for file in ordered {
            let place = || Place::Section(file.section.clone());
            for def in &file.items {
                validate::id(&def.id, "item", place(), &mut p);
                if item_index.contains_key(&def.id) {
                    p(place(), Some(&def.id), format!("Item id `{}` is used twice. Ids must be unique in the whole bank; rename the new item (never the published one).", def.id));
                    continue;
                }
                let item = validate::item(def, &file.section, place(), &mut p);
                item_index.insert(def.id.clone(), items.len());
                items.push(item);
            }
        }
        for s in &sections {
            if !pack.sections.iter().any(|f| &f.section == s) {
                p(Place::Manifest, Some(s), format!("Section `{s}` has no items file. Create `bank/items/{s}.toml` with `section = \"{s}\"` or remove the section from the manifest."));
            }
        }

        // Modules.
        let mut modules: Vec<Module> = Vec::new();
        let mut module_index = BTreeMap::new();
        for def in &pack.modules {
            validate::id(&def.id, "module", Place::Modules, &mut p);
            if module_index.contains_key(&def.id) {
                p(
                    Place::Modules,
                    Some(&def.id),
                    format!("Module id `{}` is used twice. Give the new module its own id.", def.id),
                );
                continue;
            }
            module_index.insert(def.id.clone(), modules.len());
            modules.push(validate::module(def, &mut p));
        }
        for module in &modules {
            for r in &module.requires {
                if !module_index.contains_key(r) {
                    p(Place::Modules, Some(&module.id), format!("Module `{}` requires `{r}`, which does not exist. Fix the id in `requires` or add that module.", module.id));
                } else if r == &module.id {
                    p(
                        Place::Modules,
                        Some(&module.id),
                        format!("Module `{}` requires itself. Remove it from its own `requires`.", module.id),
                    );
                }
            }
        }
        validate::module_cycles(&modules, &module_index, &mut p);

        let mut bank = Bank {
            sections,
            bands,
            stage_weights,
            modifiers,
            milestones,
            items,
            checks: Vec::new(),
            modules,
            item_index,
            module_index,
        };

        // Checks (need items and modules).
        let mut check_ids = BTreeSet::new();
        for file in &pack.sections {
            for def in &file.checks {
                let place = Place::Section(file.section.clone());
                validate::id(&def.id, "check", place.clone(), &mut p);
                if !check_ids.insert(def.id.clone()) {
                    p(
                        place,
                        Some(&def.id),
                        format!("Check id `{}` is used twice. Give the new check its own id.", def.id),
                    );
                    continue;
                }
                validate::check(def, &bank, place, &mut p);
                bank.checks.push(Check {
                    id: def.id.clone(),
                    severity: def.severity,
                    stages: def.stages.clone(),
                    modules: def.modules.clone(),
                    rule: def.when.clone(),
                });
            }
        }
        for check in &bank.checks {
            for m in &check.modules {
                if let Some(&i) = bank.module_index.get(m) {
                    bank.modules[i].checks.push(check.id.clone());
                }
            }
        }
        bank
    }
}

/// Resolves an option's credit per area: `credit` everywhere, `by_area` where given.
fn credits(def: &OptionDef) -> AreaMap<f32> {
    AreaMap::from_fn(|a| def.by_area.get(&a).copied().unwrap_or(def.credit))
}

/// Builds the kind of an item from its definition (after validation).
fn kind_of(kind: ItemKindDef, options: Vec<Choice>, reverse: bool, analyser: Option<String>) -> ItemKind {
    match kind {
        ItemKindDef::Single => ItemKind::Single(options),
        ItemKindDef::Multi => ItemKind::Multi(options),
        ItemKindDef::BestWorst => ItemKind::BestWorst(options),
        ItemKindDef::Likert => ItemKind::Likert { reverse },
        ItemKindDef::Text => ItemKind::Text { analyser: analyser.unwrap_or_default() },
    }
}
