//! The built-in bank as a content author and a candidate would check it:
//! enough items in every area and kind, every id with text in both languages.

use naitei_core::bank::{Choice, ItemKind};
use naitei_core::text::key;
use naitei_core::{Area, Bank, Lang, Place};

#[test]
fn the_bank_has_at_least_60_items_with_8_per_area_and_every_kind() {
    let content = naitei_content::content();
    let bank = &content.bank;
    assert!(bank.items.len() >= 60, "{} items", bank.items.len());
    for area in Area::ALL {
        let n = bank.items.iter().filter(|i| *i.weights.get(area) > 0.0).count();
        assert!(n >= 8, "{area:?} has only {n} items");
    }
    for kind in ["single", "multi", "likert", "best_worst", "text"] {
        assert!(bank.items.iter().any(|i| i.kind.id() == kind), "no {kind} item");
    }
    assert!(
        bank.items.iter().any(|i| matches!(i.kind, ItemKind::Likert { reverse: true })),
        "no reverse-keyed Likert item"
    );
    assert!(bank.modules.len() >= 25, "{} modules", bank.modules.len());
}

#[test]
fn every_stage_has_items_and_every_check_links_to_help() {
    let content = naitei_content::content();
    for stage in naitei_core::Stage::ALL {
        assert!(content.bank.items.iter().any(|i| i.stages.contains(&stage)), "no item for {stage:?}");
    }
    for check in &content.bank.checks {
        if check.severity != naitei_core::Severity::Strength {
            assert!(!check.modules.is_empty(), "check {} links to no module", check.id);
        }
    }
}

#[test]
fn english_and_japanese_have_exactly_the_same_ids() {
    let content = naitei_content::content();
    let en: Vec<_> = content.texts[&Lang::En].0.keys().collect();
    let ja: Vec<_> = content.texts[&Lang::Ja].0.keys().collect();
    assert_eq!(en, ja);
    // Every option's feedback exists in both languages and is not a copy of the English.
    for item in &content.bank.items {
        for o in item.kind.options() {
            let k = key::option_why(&item.id, &o.id);
            assert_ne!(content.texts[&Lang::En].get(&k), content.texts[&Lang::Ja].get(&k), "{k} is untranslated");
        }
    }
}

#[test]
fn a_missing_or_extra_japanese_text_fails_the_check() {
    let mut pack = naitei_content::pack();
    let ja = pack.texts.get_mut(&Lang::Ja).unwrap();
    ja.remove("item.arrival_onsite.prompt");
    ja.insert("item.made_up.prompt".into(), "架空".into());
    let problems = Bank::build(&pack).unwrap_err();
    let places: Vec<_> = problems.iter().map(|p| &p.place).collect();
    assert!(
        places.contains(&&Place::Text { lang: Lang::Ja, key: "item.arrival_onsite.prompt".into() }),
        "{problems:?}"
    );
    assert!(places.contains(&&Place::Text { lang: Lang::Ja, key: "item.made_up.prompt".into() }), "{problems:?}");
}

#[test]
fn japanese_texts_are_written_in_desu_masu_form() {
    // Feedback sentences end in the polite form; labels (choices) may be plain phrases.
    let content = naitei_content::content();
    let ja = &content.texts[&Lang::Ja].0;
    let plain: Vec<_> = ja
        .iter()
        .filter(|(k, _)| k.ends_with(".why") || k.ends_with(".explain") || k.ends_with(".summary"))
        .filter(|(_, v)| {
            let v = v.trim_end().trim_end_matches(['。', '」', '）', ')', '！']);
            !["ます", "です", "ません", "ましょう", "でしょう", "ください", "ました", "でした"]
                .iter()
                .any(|end| v.ends_with(end))
        })
        .map(|(k, _)| k.as_str())
        .collect();
    assert!(plain.is_empty(), "not in です/ます form: {plain:?}");
}

/// A test-wise candidate who picks by length (always the longest, most
/// careful-sounding option, or always the second longest, ...) must not find
/// the best answer: otherwise the self-check measures reading, not readiness.
/// Counted over the single-choice and best-and-worst items, in each language.
/// With four options chance is one in four; the bank once had the best option
/// as the longest in 43 of 49 items.
#[test]
fn picking_options_by_length_does_not_find_the_best_answer() {
    let content = naitei_content::content();
    for lang in Lang::ALL {
        let texts = &content.texts[&lang];
        let mut items = 0;
        // by_rank[r]: items whose best option has the r-th longest label.
        let mut by_rank = [0u32; 8];
        for item in &content.bank.items {
            if !matches!(item.kind, ItemKind::Single(_) | ItemKind::BestWorst(_)) {
                continue;
            }
            let total = |c: &Choice| c.credit.iter().map(|(_, v)| *v).sum::<f32>();
            let length = |c: &Choice| texts.get(&key::option_label(&item.id, &c.id)).chars().count();
            let mut options: Vec<&Choice> = item.kind.options().iter().collect();
            let best = options.iter().copied().max_by(|a, b| total(a).total_cmp(&total(b))).unwrap().id.clone();
            options.sort_by_key(|c| std::cmp::Reverse(length(c)));
            let rank = options.iter().position(|c| c.id == best).unwrap();
            by_rank[rank.min(7)] += 1;
            items += 1;
        }
        println!("{lang:?}: rank of the best option by label length, longest first: {:?} of {items}", &by_rank[..4]);
        let share = |n: u32| f64::from(n) / f64::from(items);
        assert!(
            share(by_rank[0]) <= 0.35,
            "{lang:?}: the longest option is the best in {} of {items} items",
            by_rank[0]
        );
        for (rank, n) in by_rank.iter().enumerate() {
            assert!(
                share(*n) <= 0.6,
                "{lang:?}: the option ranked {} by length is the best in {n} of {items} items",
                rank + 1
            );
        }
    }
}
