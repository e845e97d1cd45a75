//! A test-wise candidate who does not know Japanese interviews must not beat
//! chance by reading the surface of the options. This test plays such
//! candidates on the built-in bank and fails when one of them scores clearly
//! above a uniformly random pick.
//!
//! * **Single-choice and best-and-worst items.** Each strategy ranks the options
//!   by a surface feature (length, position, reason clauses, hedges, absolute
//!   words, words shared with the prompt, list separators, and combinations) and picks the top
//!   one as its answer (in best-and-worst items it also picks the bottom one as
//!   the worst). Ties are broken at random, so a tie counts as the mean over the
//!   tied options. It earns the credit the scorer gives that answer (weighted
//!   over the item's areas, as the widget's verdict does).
//! * **Likert items.** "Always agree" and "always disagree": with keying
//!   balanced between normal and reverse items, both land near the middle.
//! * **Checklists.** "Tick everything except *none of these*": distractors that
//!   look like good habits must keep it from scoring as a strong answer. And
//!   ticking by the surface: every option without a reason clause ("so ...",
//!   「〜ので」, 「〜よう」), every option without an absolute word, both, or
//!   only the options with a reason clause: reason clauses and absolute words
//!   must sit on good habits and distractors alike.
//!
//! Thresholds (the test fails above them), per language:
//! * a strategy's mean credit more than [`MAX_CREDIT_GAIN`] above the mean
//!   credit of a random pick, or its rate of finding the best option more
//!   than [`MAX_HIT_RATIO`] times the chance rate;
//! * "always agree" or "always disagree" on Likert items outside
//!   `0.5 ± LIKERT_BAND`;
//! * "tick everything" above [`MAX_TICK_ALL_MEAN`] on average, or above
//!   [`MAX_TICK_ALL_ITEM`] on any checklist: about what ticking a random half
//!   of the options earns (the distractors' penalties add up to about two
//!   thirds of the good options' credit);
//! * ticking by reason clauses, absolute words or length (the longer or the
//!   shorter half) above [`MAX_TICK_SURFACE_MEAN`] on average in either
//!   language, or at [`STRONG`] (the widget's "strong answer") or above on any
//!   checklist.
//!
//! With about 50 items the standard error of a mean credit is about 0.05, so
//! 0.10 is roughly two standard errors: a real bias, not noise.
//!
//! Run with `cargo test -p naitei-tests --test guessing -- --nocapture` to see the table.

use naitei_core::bank::{Item, ItemKind};
use naitei_core::text::key;
use naitei_core::{Answer, Content, Lang, Neutral, Profile};

/// Most a strategy's mean credit may exceed the random pick's.
const MAX_CREDIT_GAIN: f64 = 0.10;
/// Most a strategy's best-option rate may exceed chance, as a ratio.
const MAX_HIT_RATIO: f64 = 1.5;
/// How far "always agree" and "always disagree" may land from 0.5.
const LIKERT_BAND: f64 = 0.15;
/// Highest mean credit of "tick everything" over the checklists.
const MAX_TICK_ALL_MEAN: f64 = 0.35;
/// Highest credit of "tick everything" on any one checklist.
const MAX_TICK_ALL_ITEM: f64 = 0.5;
/// Highest mean credit of ticking by the surface of the options.
const MAX_TICK_SURFACE_MEAN: f64 = 0.40;
/// The widget's threshold for a strong answer.
const STRONG: f64 = 0.8;

/// Reason clauses: "so I don't look weak", "since...", 〜ので, 〜ため.
const REASONS_EN: &[&str] = &[
    "so",
    "since",
    "because",
    "as it",
    "as they",
    "so that",
    "in case",
    "otherwise",
    "to show",
    "to look",
    "to avoid",
    "to keep",
    "to prove",
    "to be sure",
    "to stay",
    "to save",
    "to make sure",
    "to get",
];
const REASONS_JA: &[&str] = &["ので", "ため", "から、", "からです", "ように", "よう、", "ために"];
/// The Japanese reason markers a reader spots at a glance (〜ので, 〜ため, 〜よう).
const REASON_MARKS_JA: &[&str] = &["ので", "ため", "よう"];
/// Hedges: the careful-sounding option a test-wise reader prefers.
const HEDGES_EN: &[&str] =
    &["may", "might", "could", "usually", "often", "sometimes", "probably", "perhaps", "if", "unless", "roughly"];
const HEDGES_JA: &[&str] =
    &["かもしれ", "場合", "ことも", "多い", "おそらく", "程度", "くらい", "ぐらい", "必要なら", "なら"];
/// Absolute words: the extreme option a test-wise reader avoids.
const ABSOLUTES_EN: &[&str] = &[
    "always",
    "never",
    "every",
    "everything",
    "all",
    "only",
    "exactly",
    "at once",
    "straight away",
    "immediately",
    "whatever",
    "completely",
    "nothing",
    "nobody",
    "no one",
];
const ABSOLUTES_JA: &[&str] =
    &["必ず", "絶対", "すべて", "全て", "常に", "一切", "だけ", "しか", "すぐ", "完全", "何も", "決して"];

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// How often the phrases occur in `text` (whole words in English, anywhere in Japanese).
fn count(text: &str, lang: Lang, en: &[&str], ja: &[&str]) -> usize {
    match lang {
        Lang::En => {
            let ws = words(text);
            en.iter()
                .map(|p| {
                    let pw: Vec<&str> = p.split(' ').collect();
                    ws.windows(pw.len()).filter(|w| w.iter().zip(&pw).all(|(a, b)| a == b)).count()
                })
                .sum()
        }
        Lang::Ja => ja.iter().map(|p| text.matches(p).count()).sum(),
    }
}

/// List separators: commas, semicolons and "and" in English, 、 and ・ in
/// Japanese. A label that lists several steps can look more thorough.
fn list_items(text: &str, lang: Lang) -> usize {
    match lang {
        Lang::En => text.matches([',', ';']).count() + words(text).iter().filter(|w| *w == "and").count(),
        Lang::Ja => text.matches(['、', '・']).count(),
    }
}

/// Words (English, four letters or more) or character pairs (Japanese, no
/// kana-only pairs) that the option shares with the prompt.
fn overlap(option: &str, prompt: &str, lang: Lang) -> usize {
    match lang {
        Lang::En => {
            let p = words(prompt);
            let mut seen: Vec<String> = Vec::new();
            for w in words(option).into_iter().filter(|w| w.len() >= 4) {
                if p.contains(&w) && !seen.contains(&w) {
                    seen.push(w);
                }
            }
            seen.len()
        }
        Lang::Ja => {
            let kana =
                |c: char| ('\u{3040}'..='\u{309f}').contains(&c) || c.is_ascii_punctuation() || "、。「」".contains(c);
            let pairs = |t: &str| -> Vec<(char, char)> {
                let cs: Vec<char> = t.chars().collect();
                cs.windows(2).filter(|w| !(kana(w[0]) && kana(w[1]))).map(|w| (w[0], w[1])).collect()
            };
            let p = pairs(prompt);
            let mut seen = Vec::new();
            for pr in pairs(option) {
                if p.contains(&pr) && !seen.contains(&pr) {
                    seen.push(pr);
                }
            }
            seen.len()
        }
    }
}

/// What a test-wise reader can see of one option.
#[derive(Clone)]
struct Surface {
    id: String,
    position: usize,
    length: usize,
    reasons: usize,
    hedges: usize,
    absolutes: usize,
    overlap: usize,
    /// List separators (commas, semicolons, "and"; 、).
    list: usize,
    /// Whether the label has a reason clause a reader spots at a glance
    /// (English: any of the reason phrases; Japanese: ので, ため, よう).
    reason_mark: bool,
    /// 0 for the longest label, 1 for the second longest...
    rank_long: usize,
}

/// A strategy: a sort key per option; the lowest key is picked as best and the
/// highest as worst.
type Key = fn(&Surface, usize) -> Vec<i64>;

fn n(x: usize) -> i64 {
    x as i64
}

fn strategies() -> Vec<(&'static str, Key)> {
    vec![
        ("longest", |s, _| vec![-n(s.length)]),
        ("shortest", |s, _| vec![n(s.length)]),
        ("second longest", |s, _| vec![s.rank_long.abs_diff(1) as i64]),
        ("second shortest", |s, c| vec![s.rank_long.abs_diff(c.saturating_sub(2)) as i64]),
        ("first", |s, _| vec![n(s.position)]),
        ("second", |s, c| {
            vec![if s.position == 1 {
                0
            } else if s.position + 2 == c {
                2
            } else {
                1
            }]
        }),
        ("third", |s, c| {
            vec![if s.position == 2 {
                0
            } else if s.position == c.saturating_sub(3) {
                2
            } else {
                1
            }]
        }),
        ("last", |s, c| vec![n(c - s.position)]),
        ("fewest reasons", |s, _| vec![n(s.reasons)]),
        ("most reasons", |s, _| vec![-n(s.reasons)]),
        ("fewest reasons, then longest", |s, _| vec![n(s.reasons), -n(s.length)]),
        ("fewest reasons, then shortest", |s, _| vec![n(s.reasons), n(s.length)]),
        ("most hedges", |s, _| vec![-n(s.hedges)]),
        ("most hedges, then longest", |s, _| vec![-n(s.hedges), -n(s.length)]),
        ("fewest absolutes", |s, _| vec![n(s.absolutes)]),
        ("most absolutes", |s, _| vec![-n(s.absolutes)]),
        ("fewest absolutes, then longest", |s, _| vec![n(s.absolutes), -n(s.length)]),
        ("fewest absolutes and reasons, then longest", |s, _| vec![n(s.absolutes + s.reasons), -n(s.length)]),
        ("most absolutes and reasons, then shortest", |s, _| vec![-n(s.absolutes + s.reasons), n(s.length)]),
        ("most words from the prompt", |s, _| vec![-n(s.overlap)]),
        ("no reason clause", |s, _| vec![i64::from(s.reason_mark)]),
        ("most list items", |s, _| vec![-n(s.list)]),
        ("no reason clause, then most list items", |s, _| vec![i64::from(s.reason_mark), -n(s.list)]),
    ]
}

/// Credit of an answer, weighted over the item's areas (as the widget's verdict).
fn credit(item: &Item, answer: &Answer) -> f64 {
    let (credits, _) = naitei_core::score::credit(item, answer, &Profile::default(), &Neutral).expect("valid answer");
    let credits = credits.expect("scored");
    let (mut num, mut den) = (0.0, 0.0);
    for (area, w) in item.weights.iter() {
        num += f64::from(*w) * f64::from(*credits.get(area));
        den += f64::from(*w);
    }
    num / den
}

fn best_option(item: &Item) -> String {
    let total = |c: &naitei_core::bank::Choice| c.credit.iter().map(|(_, v)| *v).sum::<f32>();
    item.kind.options().iter().max_by(|a, b| total(a).total_cmp(&total(b))).expect("options").id.clone()
}

/// Expected credit (and chance of picking the best option) when the best pick
/// is uniform over `best` and the worst pick over `worst` minus the best pick.
fn expect(item: &Item, best: &[&str], worst: &[&str]) -> (f64, f64) {
    let top = best_option(item);
    let hit = best.iter().filter(|b| **b == top).count() as f64 / best.len() as f64;
    match item.kind {
        ItemKind::Single(_) => {
            let c = best.iter().map(|b| credit(item, &Answer::Choice((*b).to_owned()))).sum::<f64>();
            (c / best.len() as f64, hit)
        }
        _ => {
            let all: Vec<&str> = item.kind.options().iter().map(|o| o.id.as_str()).collect();
            let (mut sum, mut n) = (0.0, 0.0);
            for b in best {
                let mut ws: Vec<&str> = worst.iter().copied().filter(|w| w != b).collect();
                if ws.is_empty() {
                    ws = all.iter().copied().filter(|w| w != b).collect();
                }
                for w in &ws {
                    sum += credit(item, &Answer::BestWorst { best: (*b).to_owned(), worst: (*w).to_owned() })
                        / ws.len() as f64;
                }
                n += 1.0;
            }
            (sum / n, hit)
        }
    }
}

fn surfaces(content: &Content, item: &Item, lang: Lang) -> Vec<Surface> {
    let texts = &content.texts[&lang];
    let prompt = texts.find(&key::item_prompt(&item.id)).unwrap_or_default();
    let mut out: Vec<Surface> = item
        .kind
        .options()
        .iter()
        .enumerate()
        .map(|(position, o)| {
            let label = texts.find(&key::option_label(&item.id, &o.id)).unwrap_or_default();
            Surface {
                id: o.id.clone(),
                position,
                length: label.chars().filter(|c| !c.is_whitespace()).count(),
                reasons: count(label, lang, REASONS_EN, REASONS_JA),
                hedges: count(label, lang, HEDGES_EN, HEDGES_JA),
                absolutes: count(label, lang, ABSOLUTES_EN, ABSOLUTES_JA),
                overlap: overlap(label, prompt, lang),
                list: list_items(label, lang),
                reason_mark: match lang {
                    Lang::En => count(label, lang, REASONS_EN, REASONS_JA) > 0,
                    Lang::Ja => REASON_MARKS_JA.iter().any(|m| label.contains(m)),
                },
                rank_long: 0,
            }
        })
        .collect();
    let lengths: Vec<usize> = out.iter().map(|s| s.length).collect();
    for s in &mut out {
        s.rank_long = lengths.iter().filter(|l| **l > s.length).count();
    }
    out
}

/// Mean credit and best-option rate of each strategy (and of a random pick first).
fn play(content: &Content, lang: Lang) -> Vec<(String, f64, f64)> {
    let items: Vec<&Item> =
        content.bank.items.iter().filter(|i| matches!(i.kind, ItemKind::Single(_) | ItemKind::BestWorst(_))).collect();
    let n = items.len() as f64;
    let mut rows = Vec::new();
    let (mut rc, mut rh) = (0.0, 0.0);
    for item in &items {
        let ids: Vec<&str> = item.kind.options().iter().map(|o| o.id.as_str()).collect();
        let (c, h) = expect(item, &ids, &ids);
        rc += c;
        rh += h;
    }
    rows.push(("random pick".to_owned(), rc / n, rh / n));
    for (name, key) in strategies() {
        let (mut tc, mut th) = (0.0, 0.0);
        for item in &items {
            let ss = surfaces(content, item, lang);
            let keys: Vec<Vec<i64>> = ss.iter().map(|s| key(s, ss.len())).collect();
            let lo = keys.iter().min().expect("options");
            let hi = keys.iter().max().expect("options");
            let best: Vec<&str> = ss.iter().zip(&keys).filter(|(_, k)| *k == lo).map(|(s, _)| s.id.as_str()).collect();
            let worst: Vec<&str> = ss.iter().zip(&keys).filter(|(_, k)| *k == hi).map(|(s, _)| s.id.as_str()).collect();
            let (c, h) = expect(item, &best, &worst);
            tc += c;
            th += h;
        }
        rows.push((name.to_owned(), tc / n, th / n));
    }
    rows
}

#[test]
fn surface_strategies_do_not_beat_a_random_pick() {
    let content = naitei_content::content();
    let en = play(&content, Lang::En);
    let ja = play(&content, Lang::Ja);
    let items = content.bank.items.iter().filter(|i| matches!(i.kind, ItemKind::Single(_) | ItemKind::BestWorst(_)));
    println!("\nSingle-choice and best-and-worst items: {}", items.count());
    println!("{:<44} {:>9} {:>9} {:>9} {:>9}", "strategy", "en credit", "en best", "ja credit", "ja best");
    for (e, j) in en.iter().zip(&ja) {
        println!("{:<44} {:>9.3} {:>9.3} {:>9.3} {:>9.3}", e.0, e.1, e.2, j.1, j.2);
    }
    let mut failures = Vec::new();
    for (lang, rows) in [("en", &en), ("ja", &ja)] {
        let (_, random_credit, chance) = rows[0].clone();
        for (name, c, h) in &rows[1..] {
            if *c > random_credit + MAX_CREDIT_GAIN {
                failures.push(format!("{lang}: `{name}` earns {c:.3}, random {random_credit:.3}"));
            }
            if *h > chance * MAX_HIT_RATIO {
                failures.push(format!("{lang}: `{name}` finds the best option in {h:.3} of items, chance {chance:.3}"));
            }
        }
    }
    assert!(failures.is_empty(), "surface strategies beat chance:\n{}", failures.join("\n"));
}

#[test]
fn always_agreeing_or_disagreeing_lands_in_the_middle() {
    let content = naitei_content::content();
    let likert: Vec<&Item> = content.bank.items.iter().filter(|i| matches!(i.kind, ItemKind::Likert { .. })).collect();
    let reverse = likert.iter().filter(|i| matches!(i.kind, ItemKind::Likert { reverse: true })).count();
    let mean = |r: u8| likert.iter().map(|i| credit(i, &Answer::Rating(r))).sum::<f64>() / likert.len() as f64;
    let (agree, disagree) = (mean(5), mean(1));
    println!(
        "\nLikert items: {} ({reverse} reverse-keyed). Always agree: {agree:.3}; always disagree: {disagree:.3}",
        likert.len()
    );
    for (name, c) in [("always agree", agree), ("always disagree", disagree)] {
        assert!((c - 0.5).abs() <= LIKERT_BAND, "`{name}` earns {c:.3} on Likert items; balance the keying");
    }
}

/// Expected credit of ticking each option (but "none of these") with
/// probability one half: every subset, equally likely.
fn random_half(item: &Item) -> f64 {
    let ids: Vec<String> = item.kind.options().iter().filter(|o| !o.exclusive).map(|o| o.id.clone()).collect();
    let subsets = 1u32 << ids.len();
    let total: f64 = (0..subsets)
        .map(|mask| {
            let ticked =
                ids.iter().enumerate().filter(|(k, _)| mask & (1 << k) != 0).map(|(_, id)| id.clone()).collect();
            credit(item, &Answer::Choices(ticked))
        })
        .sum();
    total / f64::from(subsets)
}

#[test]
fn ticking_every_box_earns_about_what_a_random_half_earns() {
    let content = naitei_content::content();
    let (mut total, mut random, mut n) = (0.0, 0.0, 0.0);
    let mut high = Vec::new();
    println!("\nChecklists, \"tick everything except none of these\" and a random half of the options:");
    println!("  {:<32} {:>9} {:>11}", "checklist", "tick all", "random half");
    for item in content.bank.items.iter().filter(|i| matches!(i.kind, ItemKind::Multi(_))) {
        let ticked: Vec<String> = item.kind.options().iter().filter(|o| !o.exclusive).map(|o| o.id.clone()).collect();
        let c = credit(item, &Answer::Choices(ticked));
        let r = random_half(item);
        println!("  {:<32} {c:>9.3} {r:>11.3}", item.id);
        if c > MAX_TICK_ALL_ITEM {
            high.push(format!("{} ({c:.2})", item.id));
        }
        total += c;
        random += r;
        n += 1.0;
    }
    let mean = total / n;
    println!("  {:<32} {mean:>9.3} {:>11.3}", "mean", random / n);
    assert!(
        high.is_empty(),
        "ticking every box earns more than {MAX_TICK_ALL_ITEM} on: {high:?}; add distractors or raise their penalties"
    );
    assert!(
        mean <= MAX_TICK_ALL_MEAN,
        "ticking every box earns {mean:.3} on average; add distractors or raise their penalties"
    );
}

/// A checklist ticked by the surface of its options: what a test-wise reader
/// ticks who trusts plain statements and distrusts justifications ("so ...",
/// 「〜ので」, 「〜よう」) and extremes ("every", 「すべて」), or the reverse.
/// The second argument is the number of options that can be ticked.
type Tick = fn(&Surface, usize) -> bool;

fn tick_strategies() -> Vec<(&'static str, Tick)> {
    vec![
        ("no reason clause", |s, _| !s.reason_mark),
        ("no absolute word", |s, _| s.absolutes == 0),
        ("no reason clause and no absolute word", |s, _| !s.reason_mark && s.absolutes == 0),
        ("only options with a reason clause", |s, _| s.reason_mark),
        ("the longer half", |s, n| s.rank_long < n.div_ceil(2)),
        ("the shorter half", |s, n| s.rank_long >= n / 2),
    ]
}

#[test]
fn ticking_by_the_surface_of_the_options_does_not_make_a_strong_answer() {
    let content = naitei_content::content();
    let checklists: Vec<&Item> = content.bank.items.iter().filter(|i| matches!(i.kind, ItemKind::Multi(_))).collect();
    let mut failures = Vec::new();
    println!("\nChecklists ticked by the surface of the options ({} checklists):", checklists.len());
    println!("{:<40} {:>8} {:>8}  strong on", "strategy", "en mean", "ja mean");
    for (name, tick) in tick_strategies() {
        let mut means = Vec::new();
        let mut strong_on = Vec::new();
        for lang in Lang::ALL {
            let mut total = 0.0;
            for item in &checklists {
                let exclusive: Vec<&str> =
                    item.kind.options().iter().filter(|o| o.exclusive).map(|o| o.id.as_str()).collect();
                let surfaces: Vec<Surface> = surfaces(&content, item, lang)
                    .into_iter()
                    .filter(|s| !exclusive.contains(&s.id.as_str()))
                    .collect();
                let n = surfaces.len();
                let mut lengths: Vec<usize> = surfaces.iter().map(|s| s.length).collect();
                lengths.sort_unstable();
                let ticked: Vec<String> = surfaces
                    .iter()
                    .map(|s| Surface { rank_long: lengths.iter().filter(|l| **l > s.length).count(), ..s.clone() })
                    .filter(|s| tick(s, n))
                    .map(|s| s.id)
                    .collect();
                let c = credit(item, &Answer::Choices(ticked));
                if c >= STRONG {
                    strong_on.push(format!("{} {} ({c:.2})", lang.tag(), item.id));
                }
                total += c;
            }
            let mean = total / checklists.len() as f64;
            if mean > MAX_TICK_SURFACE_MEAN {
                failures.push(format!("{}: `{name}` earns {mean:.3} on average", lang.tag()));
            }
            means.push(mean);
        }
        println!("{:<40} {:>8.3} {:>8.3}  {}", name, means[0], means[1], strong_on.join(", "));
        if !strong_on.is_empty() {
            failures.push(format!("`{name}` is a strong answer on: {}", strong_on.join(", ")));
        }
    }
    assert!(failures.is_empty(), "checklists give their best options away:\n{}", failures.join("\n"));
}
