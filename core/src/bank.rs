//! The validated bank: items, checks, modules and the manifest's frame, as the
//! scoring code sees them. `Bank::build` is the only way to make one; it checks
//! a `Pack` and returns every problem found, not just the first. (A bank so
//! built can be stored and read back, and cut down to its questionnaire.)

use crate::area::{AreaMap, Stage};
use crate::format::{Pack, FORMAT_VERSION};
use crate::problem::{Place, Problem};
use crate::severity::Severity;
use crate::text::Texts;
use std::collections::{BTreeMap, BTreeSet};

mod model;
mod validate;
pub use model::*;
pub use validate::required_keys;

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

    /// The same bank with only what asking the questions reads (the items,
    /// sections, bands, weights and evidence), without the checks, study
    /// modules, milestones, modifiers and limits that only an evaluation or a
    /// plan reads. The light widget module, which neither evaluates nor plans,
    /// embeds this one.
    pub fn questionnaire_only(&self) -> Bank {
        Bank {
            checks: Vec::new(),
            modules: Vec::new(),
            module_index: BTreeMap::new(),
            milestones: Vec::new(),
            modifiers: Vec::new(),
            limits: Vec::new(),
            starter: Vec::new(),
            maintenance: Vec::new(),
            core: Default::default(),
            ..self.clone()
        }
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
            let short = ms.short.unwrap_or(ms.minutes);
            if short > ms.minutes {
                p(
                    Place::Manifest,
                    Some(&ms.id),
                    format!(
                        "Milestone `{}` has a short version of {short} minutes, longer than its {} minutes. Make `short` the shorter one.",
                        ms.id, ms.minutes
                    ),
                );
            }
            let covers = ms
                .covers
                .iter()
                .filter_map(|c| match c.split_once('/') {
                    Some((m, s)) => Some((m.to_owned(), s.to_owned())),
                    None => {
                        p(
                            Place::Manifest,
                            Some(&ms.id),
                            format!("Milestone `{}` covers `{c}`; write it as `module/step`.", ms.id),
                        );
                        None
                    }
                })
                .collect();
            milestones.push(Milestone {
                id: ms.id.clone(),
                day: ms.day,
                minutes: ms.minutes,
                short: short.min(ms.minutes),
                when: ms.when.clone(),
                module: ms.module.clone(),
                covers,
            });
        }

        // Limits on readiness from flags.
        let mut limits: Vec<Limit> = Vec::new();
        for l in &m.limits {
            if l.severity == Severity::Strength {
                p(
                    Place::Manifest,
                    None,
                    "A `[[limit]]` is set for `strength`; strengths never limit readiness. Remove it.".into(),
                );
                continue;
            }
            if limits.iter().any(|x| x.severity == l.severity) {
                p(
                    Place::Manifest,
                    None,
                    format!("Two `[[limit]]` entries are set for `{}`. Keep one.", l.severity.id()),
                );
                continue;
            }
            if l.cap > 100 {
                p(
                    Place::Manifest,
                    None,
                    format!("The `{}` limit caps readiness at {}; use 0-100.", l.severity.id(), l.cap),
                );
            }
            limits.push(Limit { severity: l.severity, cap: l.cap.min(100), step: l.step, floor: l.floor.min(l.cap) });
        }
        crate::order::sort_by_key(&mut limits, |l| std::cmp::Reverse(l.severity));
        for pair in limits.windows(2) {
            if pair[0].cap > pair[1].cap {
                p(
                    Place::Manifest,
                    None,
                    format!(
                        "A `{}` flag caps readiness at {} but a `{}` flag at {}: the more serious flag must not allow more. Lower the `{}` cap.",
                        pair[0].severity.id(),
                        pair[0].cap,
                        pair[1].severity.id(),
                        pair[1].cap,
                        pair[0].severity.id()
                    ),
                );
            }
        }

        // Evidence thresholds.
        let e = &m.evidence;
        for (name, value, range) in [
            ("area", e.area, 0.0..=100.0),
            ("area_share", e.area_share, 0.0..=1.0),
            ("stage_share", e.stage_share, 0.0..=1.0),
        ] {
            if !range.contains(&value) {
                p(
                    Place::Manifest,
                    None,
                    format!("`[evidence] {name} = {value}` is out of range; use {} to {}.", range.start(), range.end()),
                );
            }
        }
        let evidence = Evidence {
            area: e.area.clamp(0.0, 100.0),
            area_share: e.area_share.clamp(0.0, 1.0),
            stage_share: e.stage_share.clamp(0.0, 1.0),
            area_items: e.area_items.min(50),
            stage_items: e.stage_items.min(50),
        };
        if !(0.0..=10.0).contains(&m.plan.minutes_per_item) {
            p(
                Place::Manifest,
                None,
                format!("`[plan] minutes_per_item = {}` is out of range; use 0 to 10.", m.plan.minutes_per_item),
            );
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

        for (list, ids) in [("starter", &m.plan.starter), ("maintenance", &m.plan.maintenance)] {
            for id in ids {
                if !module_index.contains_key(id) {
                    p(
                        Place::Manifest,
                        None,
                        format!(
                            "`[plan] {list}` names module `{id}`, which does not exist. Fix the id or add the module."
                        ),
                    );
                }
            }
        }
        let mut core: [Vec<String>; 5] = Default::default();
        for (stage, ids) in &m.plan.core {
            for id in ids {
                if !module_index.contains_key(id) {
                    p(
                        Place::Manifest,
                        None,
                        format!(
                            "`[plan.core] {}` names module `{id}`, which does not exist. Fix the id or add the module.",
                            stage.id()
                        ),
                    );
                }
            }
            core[Stage::ALL.iter().position(|s| s == stage).unwrap_or(0)] = ids.clone();
        }
        for ms in &milestones {
            for (module, step) in &ms.covers {
                let known = module_index.get(module).is_some_and(|&i| modules[i].steps.contains(step));
                if !known {
                    p(
                        Place::Manifest,
                        Some(&ms.id),
                        format!("Milestone `{}` covers `{module}/{step}`, which is not a step of a module. Fix the module or step id.", ms.id),
                    );
                }
            }
            if let Some(id) = &ms.module {
                if !module_index.contains_key(id) {
                    p(
                        Place::Manifest,
                        Some(&ms.id),
                        format!(
                            "Milestone `{}` puts module `{id}` into practice, but no such module exists. Fix the id.",
                            ms.id
                        ),
                    );
                }
            }
        }

        let mut bank = Bank {
            sections,
            bands,
            stage_weights,
            modifiers,
            milestones,
            limits,
            evidence,
            starter: m.plan.starter.clone(),
            maintenance: m.plan.maintenance.clone(),
            minutes_per_item: m.plan.minutes_per_item,
            core,
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
                let next_step =
                    def.next_step.as_ref().and_then(|s| s.split_once('/')).map(|(m, s)| (m.to_owned(), s.to_owned()));
                bank.checks.push(Check {
                    id: def.id.clone(),
                    severity: def.severity,
                    stages: def.stages.clone(),
                    modules: def.modules.clone(),
                    next_step,
                    rule: def.when.clone(),
                    irreversible: def.irreversible,
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
