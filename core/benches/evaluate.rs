//! How long evaluation takes: on the built-in bank (target: under 1 ms natively)
//! and on generated packs of 1,000 and 10,000 items (cost must grow linearly).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use naitei_core::format::{
    CheckDef, ItemDef, ItemKindDef, ModuleDef, OptionDef, Pack, SectionDef, SectionFile, Severity,
};
use naitei_core::rule::{OptionRef, Rule};
use naitei_core::{evaluate, Answer, Answers, Area, Bank, Config, Lang, Profile, Stage};
use std::collections::BTreeMap;
use std::hint::black_box;

/// An answer for every item: the second option, a rating of 4, a text.
fn answers_for(bank: &Bank) -> Answers {
    Answers(
        bank.items
            .iter()
            .map(|i| {
                let opts = i.kind.options();
                let a = match i.kind.id() {
                    "single" => Answer::Choice(opts[1].id.clone()),
                    "multi" => Answer::Choices(opts.iter().take(2).map(|o| o.id.clone()).collect()),
                    "likert" => Answer::Rating(4),
                    "best_worst" => Answer::BestWorst { best: opts[0].id.clone(), worst: opts[2].id.clone() },
                    _ => Answer::Text("How does your team review code?".into()),
                };
                (i.id.clone(), a)
            })
            .collect(),
    )
}

/// A valid pack with `n` items in 10 sections, n/10 checks and 50 modules.
fn generated(n: usize) -> Pack {
    let mut pack = naitei_content::pack();
    let kinds =
        [ItemKindDef::Single, ItemKindDef::Multi, ItemKindDef::Likert, ItemKindDef::BestWorst, ItemKindDef::Single];
    pack.manifest.sections = (0..10).map(|s| SectionDef { id: format!("sec{s}") }).collect();
    pack.sections =
        (0..10).map(|s| SectionFile { section: format!("sec{s}"), items: Vec::new(), checks: Vec::new() }).collect();
    pack.modules = (0..50)
        .map(|m| ModuleDef {
            id: format!("mod{m}"),
            areas: vec![Area::ALL[m % 5]],
            minutes: 20 + (m as u16 % 4) * 10,
            steps: vec!["one".into(), "two".into()],
            requires: if m % 7 == 6 { vec![format!("mod{}", m - 1)] } else { vec![] },
            when: Default::default(),
            stages: vec![],
            min_part: None,
            step_minutes: vec![],
            repeat_steps: vec![],
            only_for_flags: false,
            wait_days: Default::default(),
        })
        .collect();
    for i in 0..n {
        let kind = kinds[i % kinds.len()];
        let options = match kind {
            ItemKindDef::Likert => vec![],
            ItemKindDef::Multi => vec![opt("aa", 1.0), opt("bb", 0.5), opt("cc", -0.5)],
            _ => vec![opt("aa", 1.0), opt("bb", 0.4), opt("cc", 0.0)],
        };
        let mut areas = BTreeMap::new();
        areas.insert(Area::ALL[i % 5], 2.0);
        areas.insert(Area::ALL[(i + 2) % 5], 1.0);
        pack.sections[i % 10].items.push(ItemDef {
            id: format!("item{i}"),
            kind,
            stages: vec![Stage::ALL[i % 5]],
            areas,
            when: Default::default(),
            options,
            reverse: kind == ItemKindDef::Likert && i % 2 == 0,
            analyser: None,
            skippable: true,
            quick: i % 4 == 0,
        });
        if i % 10 == 0 && kind != ItemKindDef::Likert {
            pack.sections[i % 10].checks.push(CheckDef {
                id: format!("check{i}"),
                severity: [Severity::Advice, Severity::Risk, Severity::Critical][i % 3],
                stages: vec![],
                modules: vec![format!("mod{}", i % 50)],
                when: Rule::Chose(OptionRef { item: format!("item{i}"), options: vec!["cc".into()] }),
                next_step: Some(format!("mod{}/two", i % 50)),
                irreversible: false,
            });
        }
    }
    pack.texts.clear();
    let bank = Bank::build_unchecked(&pack);
    let en = naitei_core::bank::required_keys(&bank).into_iter().map(|k| (k.clone(), k)).collect();
    pack.texts.insert(Lang::En, en);
    pack
}

fn opt(id: &str, credit: f32) -> OptionDef {
    OptionDef { id: id.into(), credit, by_area: BTreeMap::new(), exclusive: false }
}

fn benches(c: &mut Criterion) {
    let config = Config::new("2026-11-21".parse().unwrap());
    let profile = Profile { interview_date: Some("2026-12-10".parse().unwrap()), ..Profile::default() };

    let builtin = naitei_content::content();
    let answers = answers_for(&builtin.bank);
    c.bench_function("evaluate/built-in bank", |b| {
        b.iter(|| evaluate(black_box(&builtin.bank), black_box(&profile), black_box(&answers), &config))
    });
    let pack = naitei_content::pack();
    c.bench_function("validate/built-in pack (Bank::build)", |b| b.iter(|| Bank::build(black_box(&pack)).unwrap()));

    let mut group = c.benchmark_group("evaluate/generated");
    for n in [1_000usize, 10_000] {
        let content = Bank::build(&generated(n)).expect("the generated pack is valid");
        let answers = answers_for(&content.bank);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| evaluate(black_box(&content.bank), black_box(&profile), black_box(&answers), &config))
        });
    }
    group.finish();
}

criterion_group! {
    name = evaluation;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3));
    targets = benches
}
criterion_main!(evaluation);
