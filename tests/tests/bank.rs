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

/// Opening words that announce a verdict. The widget shows its own verdict
/// ("Strong answer", "Partly right", "Weak answer") from the credit, so a
/// feedback text must not open with one that contradicts it.
const PRAISE_EN: &[&str] =
    &["good", "great", "right", "exactly", "correct", "yes", "well done", "perfect", "excellent"];
const PRAISE_JA: &[&str] = &["よい", "良い", "正解", "そのとおり", "その通り", "まさに", "素晴らし"];
const DOUBT_EN: &[&str] = &["partly", "not quite", "weak", "wrong", "no.", "half right"];
const DOUBT_JA: &[&str] = &["半分", "一部は", "惜しい", "間違い"];

fn opens_with(text: &str, lang: Lang, words: (&[&str], &[&str])) -> bool {
    let t = text.trim_start().to_lowercase();
    let list = if lang == Lang::En { words.0 } else { words.1 };
    list.iter()
        .any(|w| t.starts_with(w) && (lang == Lang::Ja || !t[w.len()..].starts_with(|c: char| c.is_alphanumeric())))
}

/// The verdict the widget shows for a credit (web/src/components/feedback.rs).
fn strong(credit: f32) -> bool {
    credit >= 0.8
}

#[test]
fn feedback_never_opens_with_a_verdict_the_credit_contradicts() {
    let content = naitei_content::content();
    let mut bad = Vec::new();
    for lang in Lang::ALL {
        let texts = &content.texts[&lang];
        for item in &content.bank.items {
            match &item.kind {
                ItemKind::Likert { .. } => {
                    // Each Likert text covers a rating that is not a strong answer
                    // (why.low and why.high cover two ratings, 0 and 0.25 or 0.75 and
                    // 1), so none may open with praise, and none with doubt either:
                    // the rating's own verdict is shown above it.
                    for r in [1, 3, 5] {
                        let k = key::rating_why(&item.id, r);
                        let t = texts.get(&k);
                        if opens_with(t, lang, (PRAISE_EN, PRAISE_JA)) || opens_with(t, lang, (DOUBT_EN, DOUBT_JA)) {
                            bad.push(format!("{} {k}: \"{}\"", lang.tag(), t.chars().take(40).collect::<String>()));
                        }
                    }
                }
                _ => {
                    for o in item.kind.options() {
                        let c = o.credit.iter().map(|(_, v)| *v).fold(f32::MIN, f32::max);
                        let k = key::option_why(&item.id, &o.id);
                        let t = texts.get(&k);
                        let praise = opens_with(t, lang, (PRAISE_EN, PRAISE_JA));
                        let doubt = opens_with(t, lang, (DOUBT_EN, DOUBT_JA));
                        if (praise && !strong(c)) || (doubt && strong(c)) {
                            bad.push(format!(
                                "{} {k} (credit {c}): \"{}\"",
                                lang.tag(),
                                t.chars().take(40).collect::<String>()
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(bad.is_empty(), "feedback that contradicts the verdict shown above it:\n{}", bad.join("\n"));
}

#[test]
fn every_check_explains_its_severity_in_both_languages() {
    let content = naitei_content::content();
    for lang in Lang::ALL {
        let missing: Vec<&str> = content
            .bank
            .checks
            .iter()
            .filter(|c| content.texts[&lang].find(&key::check_reason(&c.id)).is_none_or(|t| t.trim().is_empty()))
            .map(|c| c.id.as_str())
            .collect();
        assert!(missing.is_empty(), "{} texts lack `check.<id>.reason` for {missing:?}", lang.tag());
    }
}

/// Whether a rule could hold for `p` if answers were present for every item
/// (stale answers from another profile included): only profile conditions can
/// rule it out.
fn could_hold(rule: &naitei_core::rule::Rule, p: &naitei_core::Profile) -> bool {
    use naitei_core::rule::Rule;
    match rule {
        Rule::All(rs) => rs.iter().all(|r| could_hold(r, p)),
        Rule::Any(rs) => rs.iter().any(|r| could_hold(r, p)),
        Rule::Not(r) => match r.as_ref() {
            Rule::Profile(w) => !w.matches(p),
            _ => true,
        },
        Rule::Profile(w) => w.matches(p),
        _ => true,
    }
}

fn items_of(rule: &naitei_core::rule::Rule, out: &mut Vec<String>) {
    use naitei_core::rule::Rule;
    match rule {
        Rule::All(rs) | Rule::Any(rs) => rs.iter().for_each(|r| items_of(r, out)),
        Rule::Not(r) => items_of(r, out),
        Rule::Chose(o) | Rule::ChoseWorst(o) | Rule::Missed(o) => out.push(o.item.clone()),
        Rule::Rated(r) => out.push(r.item.clone()),
        Rule::Found(f) => out.push(f.item.clone()),
        Rule::Unanswered(i) => out.push(i.item.clone()),
        Rule::Profile(_) | Rule::Score(_) => {}
    }
}

#[test]
fn checks_on_profile_specific_items_cannot_fire_for_other_profiles() {
    use naitei_core::{Format, Industry, Region};
    let content = naitei_content::content();
    let mut bad = Vec::new();
    for format in Format::ALL {
        for industry in Industry::ALL {
            for region in Region::ALL {
                let p = naitei_core::Profile { format, industry, region, ..naitei_core::Profile::default() };
                for check in &content.bank.checks {
                    let mut items = Vec::new();
                    items_of(&check.rule, &mut items);
                    let applies = items.iter().any(|i| content.bank.item(i).is_some_and(|it| it.when.matches(&p)));
                    if !applies && could_hold(&check.rule, &p) {
                        bad.push(format!("{} for {format:?}/{industry:?}/{region:?}", check.id));
                    }
                }
            }
        }
    }
    bad.dedup_by(|a, b| a.split(' ').next() == b.split(' ').next());
    assert!(
        bad.is_empty(),
        "checks that look only at items this profile never sees, without a `profile` guard:\n{}",
        bad.join("\n")
    );
}

/// One term for one thing (the glossary in content/README.md): spellings and
/// terms the bank no longer uses.
#[test]
fn japanese_texts_follow_the_glossary() {
    let content = naitei_content::content();
    let banned = [
        ("良い", "よい"),
        ("良く", "よく"),
        ("活か", "生か"),
        ("企業文化", "社風"),
        ("スキルマトリクス", "スキルマップ"),
        ("初任給", "入社時の給与 (mid-career)"),
        ("OB・OG訪問", "カジュアル面談 / 社員との面談"),
        ("〇〇様", "no name, or ご自身"),
        ("年金手帳", "基礎年金番号 (the pension book was abolished in 2022)"),
        ("惹かれ", "引かれ"),
        ("開発部門のマネージャー", "エンジニアリングマネージャー"),
        ("御社のフレームワーク", "御社で使われているフレームワーク"),
        ("裏づけ", "裏付け"),
        ("返事の期限", "回答期限"),
        ("採用責任者", "配属先のマネージャー"),
        ("人事の担当者", "人事担当者"),
        ("SESの会社", "SES企業"),
    ];
    let mut bad = Vec::new();
    for (k, v) in &content.texts[&Lang::Ja].0 {
        for (term, use_instead) in banned {
            if v.contains(term) {
                bad.push(format!("{k}: `{term}`, use {use_instead}"));
            }
        }
    }
    for (k, v) in &content.texts[&Lang::En].0 {
        if v.to_lowercase().contains("pension book") {
            bad.push(format!("{k}: `pension book`, use the basic pension number"));
        }
        if v.to_lowercase().contains("e-mail") {
            bad.push(format!("{k}: `e-mail`, use email"));
        }
    }
    assert!(bad.is_empty(), "off-glossary terms:\n{}", bad.join("\n"));
}

/// The plan splits a module only between its steps, so every module names the
/// minutes of each step, and each step's text opens with the same duration in
/// one format per language: "About 15 minutes. What to do. Done when ..." /
/// 「目安15分。…完了です。」 (the duration may be followed by when: "About 15
/// minutes, at least one day before.").
#[test]
fn every_module_gives_its_step_minutes_and_the_step_texts_agree() {
    let pack = naitei_content::pack();
    let content = naitei_content::content();
    let mut bad = Vec::new();
    for m in &pack.modules {
        if m.step_minutes.len() != m.steps.len() {
            bad.push(format!("{}: {} step_minutes for {} steps", m.id, m.step_minutes.len(), m.steps.len()));
            continue;
        }
        for (step, minutes) in m.steps.iter().zip(&m.step_minutes) {
            let k = format!("module.{}.step.{step}", m.id);
            for lang in Lang::ALL {
                let t = content.texts[&lang].get(&k);
                let stated = match lang {
                    Lang::En => t.strip_prefix("About ").and_then(|r| r.split_once(" minutes")).map(|(n, _)| n),
                    Lang::Ja => t.strip_prefix("目安").and_then(|r| r.split_once('分')).map(|(n, _)| n),
                };
                let rest_ok = |sep: &[char]| {
                    let after = match lang {
                        Lang::En => t.split_once(" minutes").map(|(_, r)| r),
                        Lang::Ja => t.split_once('分').map(|(_, r)| r),
                    };
                    after.is_some_and(|r| r.starts_with(sep))
                };
                let done = match lang {
                    Lang::En => t.contains(" Done when "),
                    Lang::Ja => t.ends_with("完了です。"),
                };
                let ok = stated.and_then(|n| n.parse::<u16>().ok()) == Some(*minutes)
                    && rest_ok(if lang == Lang::En { &['.', ','] } else { &['。', '、'] })
                    && done;
                if !ok {
                    bad.push(format!(
                        "{} {k}: step_minutes says {minutes}, text opens \"{}\"",
                        lang.tag(),
                        t.chars().take(24).collect::<String>()
                    ));
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "module steps whose minutes are missing, disagree with the text or lack the done-when line:\n{}",
        bad.join("\n")
    );
}

/// The report shows one next step under each flag: a step of one of the
/// check's modules chosen for that habit, never the first step of whatever
/// module happens to be listed first.
#[test]
fn every_non_strength_check_names_its_next_step() {
    let pack = naitei_content::pack();
    let missing: Vec<&str> = pack
        .sections
        .iter()
        .flat_map(|s| &s.checks)
        .filter(|c| c.severity != naitei_core::Severity::Strength && c.next_step.is_none())
        .map(|c| c.id.as_str())
        .collect();
    assert!(missing.is_empty(), "checks without `next_step = \"module/step\"`: {missing:?}");
}

/// A flag's next step is scheduled on its own; a step a milestone does itself
/// (`covers`, such as the walk-through with a partner in the mock interview)
/// is never planned alone, so no check points to one.
#[test]
fn no_next_step_is_a_step_a_milestone_covers() {
    let content = naitei_content::content();
    let covered: Vec<&(String, String)> = content.bank.milestones.iter().flat_map(|m| &m.covers).collect();
    let bad: Vec<String> = content
        .bank
        .checks
        .iter()
        .filter(|c| c.next_step.as_ref().is_some_and(|s| covered.contains(&s)))
        .map(|c| c.id.clone())
        .collect();
    assert!(bad.is_empty(), "checks whose next step a milestone covers: {bad:?}");
}

/// The report prints the severity next to each flag, so a reason says why,
/// without naming the severity itself ("Risk: ...", "..., so it is advice",
/// 「…ので、リスクです」).
#[test]
fn check_reasons_do_not_name_their_severity() {
    let content = naitei_content::content();
    let mut bad = Vec::new();
    for c in &content.bank.checks {
        let k = key::check_reason(&c.id);
        let en = content.texts[&Lang::En].get(&k).to_lowercase();
        let ja = content.texts[&Lang::Ja].get(&k);
        let en_bad = ["risk:", "advice:", "strength:", "critical:"].iter().any(|p| en.starts_with(p))
            || ["so it is advice", "so this is advice", "so it is a risk", "so it is a strength", "so it is critical"]
                .iter()
                .any(|p| en.contains(p));
        let ja_bad = ["リスク:", "助言:", "強み:", "重大:"].iter().any(|p| ja.starts_with(p))
            || ["助言です", "リスクです", "強みです", "重大です"].iter().any(|p| ja.contains(p));
        if en_bad || ja_bad {
            bad.push(c.id.as_str());
        }
    }
    assert!(bad.is_empty(), "reasons that name their severity: {bad:?}");
}

#[test]
fn the_quick_check_scores_every_area_and_stage_in_a_short_time() {
    use naitei_core::session::{Mode, Scope, Session};
    use naitei_core::{evaluate, present, Config, Format, JapaneseLevel, Lang, Profile, Stage};
    let content = naitei_content::content();
    let bank = &content.bank;
    let english = &content.texts[&Lang::En];
    for format in Format::ALL {
        for japanese in [JapaneseLevel::NotGiven, JapaneseLevel::N3, JapaneseLevel::Native] {
            for next_stage in Stage::ALL {
                let profile = Profile { format, japanese, next_stage, ..Profile::default() };
                let quick = Session { scope: Scope::Quick, profile: profile.clone(), ..Session::default() };
                let items = quick.items(bank);
                assert!((12..=20).contains(&items.len()), "{} quick items for {profile:?}", items.len());
                let answers = naitei_tests::answers_by(bank, &profile, |i| {
                    items.iter().any(|q| q.id == i.id).then_some(naitei_tests::Style::Best)
                });
                let e = evaluate(bank, &profile, &answers, &Config::new("2026-11-21".parse().unwrap()));
                for a in &e.report.areas {
                    assert!(
                        a.score.is_some(),
                        "{:?} unscored after the quick check ({format:?}, {japanese:?})",
                        a.area
                    );
                }
                for s in &e.report.stages {
                    assert!(
                        s.score.is_some(),
                        "{:?} unscored after the quick check ({format:?}, {japanese:?})",
                        s.stage
                    );
                }
                let full = Session { scope: Scope::Full, ..quick.clone() }.items(bank);
                let (q, f) = (
                    present::minutes_to_answer(english, Lang::En, &items, quick.mode == Mode::Learning),
                    present::minutes_to_answer(english, Lang::En, &full, quick.mode == Mode::Learning),
                );
                // Four answers for each stage's own topics (`[evidence] stage_items`)
                // make it about 25 minutes.
                assert!(q <= 25 && f > 3 * q, "quick {q} min, full {f} min ({format:?})");
                if format == Format::Onsite
                    && japanese == JapaneseLevel::NotGiven
                    && next_stage == Stage::FirstInterview
                {
                    println!("quick check: {} items, about {q} min; full check: {} items, about {f} min (English, learning mode)", items.len(), full.len());
                }
            }
        }
    }
}
