//! The checks behind `Bank::build`. Each pushes problems and carries on, so an
//! author sees every problem in one run.

use super::model::{Bank, Choice, Item, ItemKind, Module};
use crate::analyse::{self, AnalyserId};
use crate::area::{Area, AreaMap};
use crate::format::OptionDef;
use crate::format::{CheckDef, ItemDef, ItemKindDef, ModuleDef, Pack};
use crate::problem::{Place, Problem};
use crate::rule::RuleRef;
use crate::severity::Severity;
use crate::text::{key, Lang};
use std::collections::{BTreeMap, BTreeSet};

type Report<'a> = dyn FnMut(Place, Option<&str>, String) + 'a;

/// Ids are lowercase ASCII letters, digits and `_`, starting with a letter, 2-48 long.
pub(super) fn id(id: &str, what: &str, place: Place, p: &mut Report) {
    let ok = (2..=48).contains(&id.len())
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !ok {
        p(place, Some(id), format!(
            "The {what} id `{id}` is not allowed. Use 2-48 lowercase letters, digits and `_`, starting with a letter (for example `arrival_time`)."
        ));
    }
}

pub(super) fn item(def: &ItemDef, section: &str, place: Place, p: &mut Report) -> Item {
    let who = format!("Item `{}`", def.id);
    let pl = || place.clone();
    let idr = Some(def.id.as_str());
    if def.stages.is_empty() {
        p(
            pl(),
            idr,
            format!(
                "{who} lists no `stages`. Add the stages it speaks to, for example `stages = [\"first_interview\"]`."
            ),
        );
    }
    let mut weights = AreaMap::<f32>::default();
    for (area, w) in &def.areas {
        if !w.is_finite() || !(0.0..=5.0).contains(w) {
            p(pl(), idr, format!("{who} weighs `{}` as {w}; an area weight must be from 0 to 5.", area.id()));
        }
        *weights.get_mut(*area) = if w.is_finite() { w.clamp(0.0, 5.0) } else { 0.0 };
    }
    if weights.iter().all(|(_, w)| *w <= 0.0) {
        p(pl(), idr, format!("{who} counts towards no area. Add `areas = {{ communication = 1 }}` (or another area) so it is scored."));
    }

    let (low, high) = match def.kind {
        ItemKindDef::Multi => (-1.0, 1.0),
        _ => (0.0, 1.0),
    };
    let mut options: Vec<Choice> = Vec::new();
    for o in &def.options {
        id(&o.id, "option", pl(), p);
        if options.iter().any(|c| c.id == o.id) {
            p(
                pl(),
                idr,
                format!("{who} has two options with id `{}`. Option ids must be unique within an item.", o.id),
            );
        }
        for (area, c) in std::iter::once((None, &o.credit)).chain(o.by_area.iter().map(|(a, c)| (Some(a), c))) {
            if !c.is_finite() || *c < low || *c > high {
                let scope = area.map(|a| format!(" for `{}`", a.id())).unwrap_or_default();
                p(pl(), idr, format!("Option `{}` of item `{}` has credit {c}{scope}; for a {} item credit must be from {low} to {high} (1 is the best answer).", o.id, def.id, kind_name(def.kind)));
            }
            if let Some(a) = area {
                if *weights.get(*a) <= 0.0 {
                    p(pl(), idr, format!("Option `{}` of item `{}` sets credit for `{}`, but the item does not count towards that area. Add the area to `areas` or remove it from `by_area`.", o.id, def.id, a.id()));
                }
            }
        }
        if o.exclusive && def.kind != ItemKindDef::Multi {
            p(pl(), idr, format!("Option `{}` of item `{}` is marked `exclusive`, which only checklists (`kind = \"multi\"`) use. Remove `exclusive`.", o.id, def.id));
        }
        let mut credit = credits(o);
        for c in credit.0.iter_mut() {
            *c = if c.is_finite() { c.clamp(low, high) } else { 0.0 };
        }
        options.push(Choice { id: o.id.clone(), credit, exclusive: o.exclusive });
    }

    let best = options.iter().map(|c| max_credit(&c.credit)).fold(f32::MIN, f32::max);
    match def.kind {
        ItemKindDef::Single | ItemKindDef::BestWorst => {
            let min_count = if def.kind == ItemKindDef::Single { 2 } else { 3 };
            if options.len() < min_count {
                p(
                    pl(),
                    idr,
                    format!(
                        "{who} has {} options; a {} item needs at least {min_count}.",
                        options.len(),
                        kind_name(def.kind)
                    ),
                );
            } else if best < 0.999 {
                p(pl(), idr, format!("No option of {who} has credit 1, so nobody could reach full marks. Give the best option `credit = 1`."));
            }
            if def.kind == ItemKindDef::BestWorst && options.len() >= 3 {
                let worst = options.iter().map(|c| max_credit(&c.credit)).fold(f32::MAX, f32::min);
                if worst >= best {
                    p(
                        pl(),
                        idr,
                        format!("All options of {who} have the same credit, so there is no best or worst. Grade them."),
                    );
                }
            }
        }
        ItemKindDef::Multi => {
            if options.len() < 2 {
                p(pl(), idr, format!("{who} has {} options; a checklist needs at least 2.", options.len()));
            } else if best <= 0.0 {
                p(pl(), idr, format!("No option of {who} has positive credit, so ticking anything could only lose points. Give the good practices a positive credit."));
            }
        }
        ItemKindDef::Likert | ItemKindDef::Text => {
            if !options.is_empty() {
                p(
                    pl(),
                    idr,
                    format!(
                        "{who} is a {} item but lists options. Remove `options` or change `kind`.",
                        kind_name(def.kind)
                    ),
                );
            }
        }
    }
    if def.reverse && def.kind != ItemKindDef::Likert {
        p(pl(), idr, format!("{who} sets `reverse`, which only Likert items use. Remove it."));
    }
    let known = || AnalyserId::ALL.map(AnalyserId::id).join(", ");
    match (&def.analyser, def.kind) {
        (None, ItemKindDef::Text) => p(
            pl(),
            idr,
            format!("{who} is a text item without an `analyser`. Add `analyser = \"...\"`, one of: {}.", known()),
        ),
        (Some(a), ItemKindDef::Text) if AnalyserId::from_id(a).is_none() => {
            p(pl(), idr, format!("{who} uses analyser `{a}`, which does not exist. Use one of: {}.", known()))
        }
        (Some(_), k) if k != ItemKindDef::Text => {
            p(pl(), idr, format!("{who} names an `analyser`, which only text items use. Remove it."))
        }
        _ => {}
    }
    Item {
        id: def.id.clone(),
        section: section.to_owned(),
        kind: kind_of(def.kind, options, def.reverse, def.analyser.clone()),
        stages: def.stages.clone(),
        weights,
        when: def.when.clone(),
        skippable: def.skippable,
        quick: def.quick,
    }
}

fn max_credit(c: &AreaMap<f32>) -> f32 {
    c.iter().map(|(_, v)| *v).fold(f32::MIN, f32::max)
}

fn kind_name(k: ItemKindDef) -> &'static str {
    match k {
        ItemKindDef::Single => "single-choice",
        ItemKindDef::Multi => "checklist",
        ItemKindDef::Likert => "Likert",
        ItemKindDef::BestWorst => "best-and-worst",
        ItemKindDef::Text => "text",
    }
}

pub(super) fn module(def: &ModuleDef, p: &mut Report) -> Module {
    let who = format!("Module `{}`", def.id);
    let idr = Some(def.id.as_str());
    if def.areas.is_empty() {
        p(
            Place::Modules,
            idr,
            format!("{who} lists no `areas`. Add the areas it builds, for example `areas = [\"communication\"]`."),
        );
    }
    if !(5..=600).contains(&def.minutes) {
        p(Place::Modules, idr, format!("{who} takes {} minutes; estimate between 5 and 600.", def.minutes));
    }
    if def.steps.is_empty() {
        p(Place::Modules, idr, format!("{who} has no `steps`. List at least one step id, and write each step's text."));
    }
    let mut seen = BTreeSet::new();
    for s in &def.steps {
        id(s, "step", Place::Modules, p);
        if !seen.insert(s) {
            p(Place::Modules, idr, format!("{who} lists step `{s}` twice. Step ids must be unique within a module."));
        }
    }
    let step_minutes = if def.step_minutes.is_empty() {
        let n = def.steps.len().max(1) as u16;
        (0..n).map(|k| def.minutes / n + u16::from(k < def.minutes % n)).collect()
    } else {
        let sum: u32 = def.step_minutes.iter().map(|&m| u32::from(m)).sum();
        if def.step_minutes.len() != def.steps.len() || sum != u32::from(def.minutes) || def.step_minutes.contains(&0) {
            p(
                Place::Modules,
                idr,
                format!(
                    "{who} has {} `step_minutes` adding up to {sum}, for {} steps and {} minutes. Give one positive number per step, adding up to `minutes`.",
                    def.step_minutes.len(),
                    def.steps.len(),
                    def.minutes
                ),
            );
        }
        def.step_minutes.clone()
    };
    for s in &def.repeat_steps {
        if !def.steps.contains(s) {
            p(
                Place::Modules,
                idr,
                format!("{who} repeats step `{s}`, which is not one of its `steps`. Fix the id in `repeat_steps`."),
            );
        }
    }
    for (s, days) in &def.wait_days {
        if def.steps.first() == Some(s) || !def.steps.contains(s) || *days > 14 {
            p(
                Place::Modules,
                idr,
                format!(
                    "{who} waits {days} days before step `{s}`. `wait_days` names a step after the first, with 1-14 days."
                ),
            );
        }
    }
    let even = def.minutes / (def.steps.len().max(1) as u16);
    let min_part = def.min_part.unwrap_or(even).max(5);
    if def.min_part.is_some_and(|m| m == 0 || m > def.minutes) {
        p(
            Place::Modules,
            idr,
            format!(
                "{who} has `min_part = {}`, outside 1-{} (its minutes). Set the shortest useful sitting in minutes.",
                def.min_part.unwrap_or(0),
                def.minutes
            ),
        );
    }
    Module {
        id: def.id.clone(),
        areas: def.areas.clone(),
        minutes: def.minutes,
        steps: def.steps.clone(),
        requires: def.requires.clone(),
        when: def.when.clone(),
        stages: def.stages.clone(),
        min_part: min_part.min(def.minutes),
        step_minutes,
        repeat_steps: def.repeat_steps.clone(),
        only_for_flags: def.only_for_flags,
        wait_days: def.steps.iter().map(|s| def.wait_days.get(s).copied().unwrap_or(0)).collect(),
        checks: Vec::new(),
    }
}

pub(super) fn module_cycles(modules: &[Module], index: &BTreeMap<String, usize>, p: &mut Report) {
    // Depth-first search with colours; report each cycle once, at its first module.
    fn visit(
        i: usize,
        modules: &[Module],
        index: &BTreeMap<String, usize>,
        colour: &mut [u8],
        path: &mut Vec<usize>,
    ) -> Option<Vec<usize>> {
        colour[i] = 1;
        path.push(i);
        for r in &modules[i].requires {
            let Some(&j) = index.get(r) else { continue };
            if j == i {
                continue;
            }
            if colour[j] == 1 {
                let start = path.iter().position(|&x| x == j).unwrap_or(0);
                return Some(path[start..].to_vec());
            }
            if colour[j] == 0 {
                if let Some(c) = visit(j, modules, index, colour, path) {
                    return Some(c);
                }
            }
        }
        path.pop();
        colour[i] = 2;
        None
    }
    let mut colour = vec![0u8; modules.len()];
    for i in 0..modules.len() {
        if colour[i] == 0 {
            let mut path = Vec::new();
            if let Some(cycle) = visit(i, modules, index, &mut colour, &mut path) {
                let names: Vec<_> = cycle.iter().map(|&k| format!("`{}`", modules[k].id)).collect();
                p(Place::Modules, Some(&modules[cycle[0]].id), format!(
                    "Modules require each other in a circle: {} → back to the first. Remove one of these `requires` so there is an order to study them in.",
                    names.join(" → ")
                ));
            }
        }
    }
}

pub(super) fn check(def: &CheckDef, bank: &Bank, place: Place, p: &mut Report) {
    let who = format!("Check `{}`", def.id);
    let idr = Some(def.id.as_str());
    if def.modules.is_empty() && def.severity != Severity::Strength {
        p(place.clone(), idr, format!("{who} links to no study module. Add `modules = [\"...\"]` with the modules that help the candidate fix it."));
    }
    for m in &def.modules {
        if bank.module(m).is_none() {
            p(place.clone(), idr, format!("{who} links to module `{m}`, which does not exist. Fix the id or add the module to `bank/modules.toml`."));
        }
    }
    if let Some(next) = &def.next_step {
        let ok = next.split_once('/').is_some_and(|(m, s)| {
            def.modules.iter().any(|x| x == m) && bank.module(m).is_some_and(|m| m.steps.iter().any(|x| x == s))
        });
        if !ok {
            p(place.clone(), idr, format!("{who} has `next_step = \"{next}\"`; write `module/step` with a module from its `modules` and one of that module's steps."));
        }
    }
    let mut refs = Vec::new();
    def.when.visit_refs(&mut refs);
    for r in refs {
        let item_id = match &r {
            RuleRef::Options(_, o) => o.item.as_str(),
            RuleRef::Rating(r) => r.item.as_str(),
            RuleRef::Finding(f) => f.item.as_str(),
            RuleRef::Item(i) => i,
            RuleRef::Score(s) => {
                for (what, v) in [("below", s.below), ("at_least", s.at_least)] {
                    if v.is_some_and(|v| !(0.0..=100.0).contains(&v)) {
                        p(
                            place.clone(),
                            idr,
                            format!(
                                "{who} compares `{}` with `{what} = {}`; scores run from 0 to 100.",
                                s.area.id(),
                                v.unwrap_or_default()
                            ),
                        );
                    }
                }
                continue;
            }
        };
        let Some(item) = bank.item(item_id) else {
            p(
                place.clone(),
                idr,
                format!("{who} looks at item `{item_id}`, which does not exist. Fix the item id in the rule."),
            );
            continue;
        };
        let kind = item.kind.id();
        let wrong = |p: &mut Report, pred: &str, needs: &str| {
            p(
                place.clone(),
                idr,
                format!("{who} uses `{pred}` on item `{item_id}`, a {kind} item; `{pred}` works on {needs} items."),
            );
        };
        match r {
            RuleRef::Options(pred, o) => {
                let ok = match pred {
                    "chose" => matches!(kind, "single" | "multi" | "best_worst"),
                    "chose_worst" => kind == "best_worst",
                    _ => kind == "multi",
                };
                if !ok {
                    let needs = match pred {
                        "chose" => "single, multi or best_worst",
                        "chose_worst" => "best_worst",
                        _ => "multi",
                    };
                    wrong(p, pred, needs);
                }
                if o.options.is_empty() {
                    p(place.clone(), idr, format!("{who} uses `{pred}` on item `{item_id}` with an empty `options` list. Name at least one option."));
                }
                for opt in &o.options {
                    if item.option(opt).is_none() {
                        p(place.clone(), idr, format!("{who} names option `{opt}` of item `{item_id}`, which has no such option. Fix the option id."));
                    }
                }
            }
            RuleRef::Rating(r) => {
                if kind != "likert" {
                    wrong(p, "rated", "likert");
                }
                if !(1..=5).contains(&r.min) || !(1..=5).contains(&r.max) || r.min > r.max {
                    p(place.clone(), idr, format!("{who} checks ratings {} to {} of item `{item_id}`; use `min` and `max` from 1 to 5 with `min <= max`.", r.min, r.max));
                }
            }
            RuleRef::Finding(f) => {
                let analyser = match &item.kind {
                    crate::bank::ItemKind::Text { analyser } => *analyser,
                    _ => {
                        wrong(p, "found", "text");
                        continue;
                    }
                };
                let known = analyse::findings(analyser);
                if !known.contains(&f.finding.as_str()) {
                    p(place.clone(), idr, format!("{who} looks for finding `{}` in item `{item_id}`, but analyser `{}` never reports it. Use one of: {}.", f.finding, analyser.id(), known.join(", ")));
                }
            }
            RuleRef::Item(_) | RuleRef::Score(_) => {}
        }
    }
}

/// Which text keys the bank needs in every language.
pub fn required_keys(bank: &Bank) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for a in Area::ALL {
        keys.insert(key::area_name(a));
        keys.insert(key::area_about(a));
        keys.insert(key::area_use(a));
        for b in &bank.bands {
            keys.insert(key::area_band(a, &b.id));
        }
    }
    for s in crate::area::Stage::ALL {
        keys.insert(key::stage_name(s));
        keys.insert(key::stage_about(s));
    }
    for s in Severity::MOST_SERIOUS_FIRST {
        keys.insert(key::severity_name(s));
    }
    for l in &bank.limits {
        keys.insert(key::limit_reason(l.severity));
    }
    for b in &bank.bands {
        keys.insert(key::band_name(&b.id));
        keys.insert(key::band_legend(&b.id));
    }
    for s in &bank.sections {
        keys.insert(key::section_title(s));
    }
    for item in &bank.items {
        keys.insert(key::item_prompt(&item.id));
        for o in item.kind.options() {
            keys.insert(key::option_label(&item.id, &o.id));
            keys.insert(key::option_why(&item.id, &o.id));
        }
        if matches!(item.kind, crate::bank::ItemKind::Likert { .. }) {
            for r in [1, 3, 5] {
                keys.insert(key::rating_why(&item.id, r));
            }
        }
    }
    for c in &bank.checks {
        keys.insert(key::check_title(&c.id));
        keys.insert(key::check_explain(&c.id));
    }
    for m in &bank.modules {
        keys.insert(key::module_title(&m.id));
        keys.insert(key::module_summary(&m.id));
        for s in &m.steps {
            keys.insert(key::module_step(&m.id, s));
        }
    }
    for m in &bank.milestones {
        keys.insert(key::milestone_title(&m.id));
        keys.insert(key::milestone_detail(&m.id));
    }
    keys
}

/// Keys a bank may have but need not: item hints, text placeholders, UI strings,
/// and the coaches' messages (`coach.*`). Coach keys are optional so a pack
/// written before the coaches still builds; a widget shows the key itself when
/// one is missing, and `tests/tests/coach_quality.rs` checks that the built-in
/// texts have every key `Coaches::text_keys` lists. English and Japanese must
/// still have the same keys.
fn optional_key(bank: &Bank, k: &str) -> bool {
    if k.starts_with("ui.") || k.starts_with("coach.") {
        return true;
    }
    let mut parts = k.split('.');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some("item"), Some(id), Some("hint" | "placeholder"), None) => bank.item(id).is_some(),
        (Some("section"), Some(id), Some("intro"), None) => bank.sections.iter().any(|s| s == id),
        (Some("check"), Some(id), Some("reason"), None) => bank.checks.iter().any(|c| c.id == id),
        (Some("milestone"), Some(id), Some("detail_short"), None) => bank.milestones.iter().any(|m| m.id == id),
        _ => false,
    }
}

pub(super) fn texts(bank: &Bank, pack: &Pack, problems: &mut Vec<Problem>) {
    let required = required_keys(bank);
    let Some(en) = pack.texts.get(&Lang::En) else {
        problems.push(Problem::new(
            Place::Text { lang: Lang::En, key: String::new() },
            None,
            "The pack has no English texts. English is the reference language: add `texts.en` with every text.".into(),
        ));
        return;
    };
    let place = |lang, k: &str| Place::Text { lang, key: k.to_owned() };
    for k in &required {
        if !en.contains_key(k) {
            problems.push(Problem::new(
                place(Lang::En, k),
                None,
                format!("English text `{k}` is missing. Write it: every id shown to candidates needs its text."),
            ));
        }
    }
    for (lang, map) in &pack.texts {
        for (k, v) in map {
            if *lang == Lang::En && !required.contains(k) && !optional_key(bank, k) {
                problems.push(Problem::new(place(*lang, k), None, format!(
                    "English text `{k}` belongs to nothing in the bank (no such item, option, check, module or step). Fix the id in the key or delete the text."
                )));
            }
            if v.trim().is_empty() {
                problems.push(Problem::new(
                    place(*lang, k),
                    None,
                    format!("The {} text `{k}` is empty. Write the text or delete the key.", lang.tag()),
                ));
            }
        }
        if *lang == Lang::En {
            continue;
        }
        for k in en.keys() {
            if !map.contains_key(k) {
                problems.push(Problem::new(place(*lang, k), None, format!(
                    "The {} texts lack `{k}`, which English has. Translate the English text and add it under the same key.", lang.tag()
                )));
            }
        }
        for k in map.keys() {
            if !en.contains_key(k) {
                problems.push(Problem::new(place(*lang, k), None, format!(
                    "The {} texts have `{k}`, which English does not. Add the English text too, or delete this one.", lang.tag()
                )));
            }
        }
    }
}

/// Checks the coaches' lexicons: known kinds, entries with patterns, patterns that parse.
pub(super) fn lexicons(pack: &Pack, problems: &mut Vec<Problem>) {
    for (lang, lexicon) in &pack.lexicons {
        for (id, message) in lexicon.problems() {
            problems.push(Problem::new(Place::Lexicon { lang: *lang }, Some(&id), message));
        }
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
        ItemKindDef::Text => {
            ItemKind::Text { analyser: analyser.as_deref().and_then(AnalyserId::from_id).unwrap_or(AnalyserId::Star) }
        }
    }
}
