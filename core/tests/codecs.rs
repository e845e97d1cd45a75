//! Every way results leave or enter the widget, as properties over the
//! built-in bank: share links, the JSON export, the calendar and the Markdown
//! report. Each codec gives back what it was given, and no input makes one
//! panic or decode to something that was never encoded.

use naitei_core::bank::{Item, ItemKind};
use naitei_core::export::{escape_markdown, import_json, to_ics, to_json, to_markdown, IcsOptions};
use naitei_core::plan::Task;
use naitei_core::share::{self, ShareError, Shared};
use naitei_core::text::key;
use naitei_core::{evaluate, Answer, Answers, Config, Content, Date, Format, Lang, Profile, Texts};
use proptest::prelude::*;

mod common;
use std::collections::BTreeSet;
use std::sync::LazyLock;

static CONTENT: LazyLock<Content> = LazyLock::new(naitei_content::content);

fn today() -> Date {
    "2026-11-21".parse().unwrap()
}

fn any_date() -> impl Strategy<Value = Date> {
    // 0001-01-01 to 9999-12-31.
    (-719_162i32..=2_932_896).prop_map(|d| Date::from_ymd(1970, 1, 1).unwrap().add_days(d))
}

fn profile() -> impl Strategy<Value = Profile> {
    common::profile_with(prop_oneof![
        Just(None),
        (0i32..60).prop_map(|d| Some(today().add_days(d))),
        any_date().prop_map(Some)
    ])
}

/// A valid answer for the item, as the questionnaire would record it: a
/// checklist in option order, "none of these" alone, best and worst different.
fn answer_for(item: &Item) -> BoxedStrategy<Answer> {
    let ids: Vec<String> = item.kind.options().iter().map(|o| o.id.clone()).collect();
    let exclusive: Vec<String> = item.kind.options().iter().filter(|o| o.exclusive).map(|o| o.id.clone()).collect();
    let n = ids.len();
    let valid = match &item.kind {
        ItemKind::Single(_) => prop::sample::select(ids).prop_map(Answer::Choice).boxed(),
        ItemKind::Multi(_) => prop::sample::subsequence(ids, 0..=n)
            .prop_map(move |mut ticked| {
                if ticked.len() > 1 {
                    ticked.retain(|t| !exclusive.contains(t));
                }
                Answer::Choices(ticked)
            })
            .boxed(),
        ItemKind::Likert { .. } => (1u8..=5).prop_map(Answer::Rating).boxed(),
        ItemKind::BestWorst(_) => (0..n, 1..n)
            .prop_map(move |(b, k)| Answer::BestWorst { best: ids[b].clone(), worst: ids[(b + k) % n].clone() })
            .boxed(),
        ItemKind::Text { .. } => {
            prop_oneof![any::<String>(), "[a-zあ-んア-ン,;\\\\ \n]{0,120}"].prop_map(Answer::Text).boxed()
        }
    };
    prop_oneof![8 => valid, 1 => Just(Answer::Skipped)].boxed()
}

/// Any subset of the built-in items, each with a valid answer or a skip.
fn answers() -> impl Strategy<Value = Answers> {
    let per_item: Vec<_> =
        CONTENT.bank.items.iter().map(|i| (Just(i.id.clone()), prop::option::weighted(0.8, answer_for(i)))).collect();
    per_item.prop_map(|pairs| Answers(pairs.into_iter().filter_map(|(id, a)| a.map(|a| (id, a))).collect()))
}

fn done() -> impl Strategy<Value = BTreeSet<String>> {
    prop::collection::btree_set("[a-z_]{2,12}/[a-z_]{2,12}", 0..6)
}

fn lang() -> impl Strategy<Value = Lang> {
    prop::sample::select(Lang::ALL.to_vec())
}

fn texts(lang: Lang) -> &'static Texts {
    &CONTENT.texts[&lang]
}

fn payload_bytes(payload: &str) -> Vec<u8> {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload).unwrap()
}

fn payload_text(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn is_text(a: &Answer) -> bool {
    matches!(a, Answer::Text(_))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_share_link_gives_back_exactly_the_profile_and_answers(p in profile(), a in answers()) {
        let a = a.applicable(&CONTENT.bank, &p);
        let link = share::encode(&p, &a, &CONTENT.bank, true);
        prop_assert!(link.left_out.is_empty());
        let back = share::decode(&link.fragment(), &CONTENT.bank);
        prop_assert_eq!(back, Ok(Shared { profile: p, answers: a, text_left_out: vec![], without_text: false }));
    }

    #[test]
    fn a_share_link_without_free_text_gives_back_everything_else(p in profile(), a in answers()) {
        let a = a.applicable(&CONTENT.bank, &p);
        let link = share::encode(&p, &a, &CONTENT.bank, false);
        let back = share::decode(&link.payload, &CONTENT.bank).unwrap();
        let mut expected = a.clone();
        expected.0.retain(|_, v| !is_text(v));
        let left_out: Vec<String> = a.0.iter().filter(|(_, v)| is_text(v)).map(|(k, _)| k.clone()).collect();
        let mut got_left_out = back.text_left_out.clone();
        got_left_out.sort();
        prop_assert_eq!(back.answers, expected);
        prop_assert_eq!(got_left_out, left_out);
        prop_assert!(back.without_text);
        prop_assert_eq!(back.profile, p);
    }

    #[test]
    fn any_flipped_bit_is_detected(p in profile(), a in answers(), at in any::<prop::sample::Index>()) {
        let bytes = payload_bytes(&share::encode(&p, &a, &CONTENT.bank, true).payload);
        let bit = at.index(bytes.len() * 8);
        let mut damaged = bytes.clone();
        damaged[bit / 8] ^= 1 << (bit % 8);
        let result = share::decode(&payload_text(&damaged), &CONTENT.bank);
        prop_assert!(result.is_err(), "bit {} of {} went unnoticed", bit, bytes.len() * 8);
    }

    #[test]
    fn any_changed_character_is_detected(p in profile(), a in answers(), at in any::<prop::sample::Index>(), c in "[A-Za-z0-9_-]") {
        let payload = share::encode(&p, &a, &CONTENT.bank, true).payload;
        let i = at.index(payload.len());
        prop_assume!(payload[i..i + 1] != c);
        let changed = format!("{}{c}{}", &payload[..i], &payload[i + 1..]);
        prop_assert!(share::decode(&changed, &CONTENT.bank).is_err());
    }

    #[test]
    fn any_cut_link_is_detected(p in profile(), a in answers(), at in any::<prop::sample::Index>()) {
        let payload = share::encode(&p, &a, &CONTENT.bank, true).payload;
        let cut = &payload[..at.index(payload.len())];
        let result = share::decode(cut, &CONTENT.bank);
        prop_assert!(matches!(result, Err(ShareError::Truncated | ShareError::NotALink)), "{:?}", result);
    }

    #[test]
    fn arbitrary_text_never_makes_share_decoding_panic(s in any::<String>(), tail in "[A-Za-z0-9_-]{0,200}") {
        let _ = share::decode(&s, &CONTENT.bank);
        let _ = share::decode(&format!("#naitei=N{tail}"), &CONTENT.bank);
        let _ = share::decode(&format!("#naitei=NQ{s}"), &CONTENT.bank);
    }

    #[test]
    fn a_well_formed_envelope_around_any_body_never_panics(body in prop::collection::vec(any::<u8>(), 0..300), keep_print in any::<bool>()) {
        // Magic, version, length, the body (optionally with the real fingerprint), a valid CRC.
        let mut body = body;
        if keep_print && body.len() >= 5 {
            let print = u64::from(share::fingerprint(&CONTENT.bank));
            let mut head = [0u8; 8];
            head[..5].copy_from_slice(&body[..5]);
            let head = (u64::from_le_bytes(head) & !(0xffff_ffff << 1)) | (print << 1);
            body[..5].copy_from_slice(&head.to_le_bytes()[..5]);
        }
        let mut bytes = vec![0x35, 1];
        let mut len = body.len() as u64 + 4;
        loop {
            let b = (len & 0x7f) as u8;
            len >>= 7;
            bytes.push(if len > 0 { b | 0x80 } else { b });
            if len == 0 { break; }
        }
        bytes.extend_from_slice(&body);
        let crc = crc32fast::hash(&bytes);
        bytes.extend_from_slice(&crc.to_le_bytes());
        let _ = share::decode(&payload_text(&bytes), &CONTENT.bank);
    }

    #[test]
    fn arbitrary_text_never_makes_import_panic(s in any::<String>(), v in "\\{\"naitei\":\"export\",\"version\":[0-9],\"profile\":\\{\\},\"answers\":.{0,40}\\}") {
        let _ = import_json(&s, &CONTENT.bank);
        let _ = import_json(&v, &CONTENT.bank);
    }

}

proptest! {
    // Each case evaluates the whole built-in bank: fewer cases keep the suite quick.
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn the_json_export_reads_back(p in profile(), a in answers(), d in done()) {
        let e = evaluate(&CONTENT.bank, &p, &a, &Config::new(today()));
        let text = to_json(&e, &p, &a, &d, today());
        let back = import_json(&text, &CONTENT.bank).unwrap();
        prop_assert_eq!(back.profile, p);
        prop_assert_eq!(back.answers, a);
        prop_assert_eq!(back.done, d);
        prop_assert_eq!(back.created, Some(today()));
        prop_assert!(back.ignored.is_empty(), "{:?}", back.ignored);
    }

    #[test]
    fn the_calendar_is_crlf_folded_and_unfolds_to_the_texts(
        p in profile(),
        a in answers(),
        titles in prop::collection::vec(any::<String>(), 1..6),
        steps in prop::collection::vec("[a-zあ-ん,;\\\\\r\n\t ]{0,90}", 1..6),
        stamp in any::<i64>(),
    ) {
        let e = evaluate(&CONTENT.bank, &p, &a, &Config::new(today()));
        let mut texts = texts(Lang::Ja).clone();
        for (i, m) in CONTENT.bank.modules.iter().enumerate() {
            texts.0.insert(key::module_title(&m.id), titles[i % titles.len()].clone());
            for (j, s) in m.steps.iter().enumerate() {
                texts.0.insert(key::module_step(&m.id, s), steps[(i + j) % steps.len()].clone());
            }
        }
        let ics = to_ics(&e.plan, &texts, &IcsOptions::new(stamp));
        prop_assert!(ics.ends_with("\r\n"));
        for line in ics.split("\r\n") {
            prop_assert!(line.len() <= 75, "{} octets: {:?}", line.len(), line);
            prop_assert!(!line.contains('\r') && !line.contains('\n'), "a bare line break: {:?}", line);
        }
        let unfolded = ics.replace("\r\n ", "");
        let summaries: Vec<String> = unfolded.split("\r\n").filter_map(|l| l.strip_prefix("SUMMARY:")).map(unescape).collect();
        let descriptions: Vec<String> = unfolded.split("\r\n").filter_map(|l| l.strip_prefix("DESCRIPTION:")).map(unescape).collect();
        prop_assert_eq!(summaries.len(), e.plan.days.len());
        for ((day, summary), description) in e.plan.days.iter().zip(&summaries).zip(&descriptions) {
            let names: Vec<String> = day.tasks.iter().map(|t| match t {
                Task::Module { module, .. } => texts.get(&key::module_title(module)).to_owned(),
                Task::Milestone { milestone, .. } => texts.get(&key::milestone_title(milestone)).to_owned(),
                Task::Answer { items, sections, .. } => {
                    let names: Vec<String> = sections.iter().map(|s| texts.get(&key::section_title(s)).to_owned()).collect();
                    let k = if *items == 1 { "ui.export.answer_task_one" } else { "ui.export.answer_task" };
                    texts.get(k).replace("{n}", &items.to_string()).replace("{sections}", &names.join(texts.get("ui.export.separator")))
                }
            }).collect();
            let expected = texts.get("ui.export.ics_summary").replace("{tasks}", &names.join(texts.get("ui.export.separator")));
            prop_assert_eq!(summary, &normalise(&expected));
            for t in &day.tasks {
                if let Task::Module { module, steps, .. } = t {
                    for s in steps {
                        let step = normalise(texts.get(&key::module_step(module, s)));
                        prop_assert!(description.contains(&step), "{:?} not in {:?}", step, description);
                    }
                }
            }
        }
    }

    #[test]
    fn the_markdown_report_names_every_flag_and_every_plan_day(p in profile(), a in answers(), d in done(), l in lang()) {
        let e = evaluate(&CONTENT.bank, &p, &a, &Config::new(today()));
        let t = texts(l);
        let md = to_markdown(&e, &p, t, &d);
        for flag in &e.report.flags {
            let title = escape_markdown(t.get(&key::check_title(&flag.check)));
            prop_assert!(md.contains(&title), "flag {} missing", flag.check);
        }
        for day in &e.plan.days {
            let (y, m, dd) = day.date.ymd();
            let shown = naitei_core::present::date(t, day.date);
            let expected = match l {
                Lang::En => vec![format!("{dd} "), format!(" {y}")],
                Lang::Ja => vec![format!("{y}年{m}月{dd}日")],
            };
            prop_assert!(expected.iter().all(|n| shown.contains(n)), "{} shown as {}", day.date, shown);
            let dot = t.get("ui.export.dot");
            prop_assert!(md.contains(&format!("\n### {shown}{dot}")), "day {} missing", day.date);
        }
        for gap in ["ui.export.", "ui.profile.", "ui\\_export", "ui\\_profile"] {
            prop_assert!(!md.contains(gap), "a text key was shown instead of its text: {}", gap);
        }
    }
}

/// RFC 5545 TEXT unescaping.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// What a text becomes in a calendar: line breaks as `\n`, other controls but tab dropped.
fn normalise(s: &str) -> String {
    s.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect()
}

#[test]
fn a_fully_answered_built_in_bank_makes_a_short_link() {
    let bank = &CONTENT.bank;
    let mut a = Answers::default();
    for item in &bank.items {
        let options = item.kind.options();
        let answer = match &item.kind {
            ItemKind::Single(_) => Answer::Choice(options[options.len() - 1].id.clone()),
            ItemKind::Multi(_) => Answer::Choices(options.iter().take(2).map(|o| o.id.clone()).collect()),
            ItemKind::Likert { .. } => Answer::Rating(4),
            ItemKind::BestWorst(_) => {
                Answer::BestWorst { best: options[0].id.clone(), worst: options[options.len() - 1].id.clone() }
            }
            ItemKind::Text { .. } => Answer::Text(
                "In my last project I cut the build time from 20 to 6 minutes by caching dependencies.".into(),
            ),
        };
        a.0.insert(item.id.clone(), answer);
    }
    let p = Profile { interview_date: Some("2026-12-10".parse().unwrap()), ..Profile::default() };
    let with = share::encode(&p, &a, bank, true).fragment();
    let without = share::encode(&p, &a, bank, false).fragment();
    eprintln!("fully answered built-in bank: {} bytes with free text, {} without", with.len(), without.len());
    assert!(without.len() < 150, "{without}");
    assert!(with.len() < without.len() + 4 * 130, "{with}");
    assert_eq!(share::decode(&with, bank).unwrap().answers, a.applicable(bank, &p));
}

#[test]
fn answers_to_items_that_do_not_apply_stay_out_of_a_link_and_are_listed() {
    let bank = &CONTENT.bank;
    let onsite_only = bank.items.iter().find(|i| !i.when.format.is_empty() && !i.when.format.contains(&Format::Online));
    let item = onsite_only.expect("the built-in bank has an on-site item");
    let option = item.kind.options().first().map(|o| o.id.clone()).unwrap_or_default();
    let a = Answers::default().with(&item.id, Answer::Choice(option));
    let online = Profile { format: Format::Online, ..Profile::default() };
    let link = share::encode(&online, &a, bank, true);
    assert!(link.left_out.iter().any(|i| i.item == item.id), "{:?}", link.left_out);
    assert!(share::decode(&link.fragment(), bank).unwrap().answers.0.is_empty());
}

#[test]
fn the_markdown_report_uses_texts_that_exist_in_every_language() {
    let profile_values = [
        ("company", vec!["large", "sme", "startup", "foreign", "ses"]),
        ("industry", vec!["general", "finance", "manufacturing", "public_sector"]),
        ("region", vec!["east", "west", "other"]),
        ("format", vec!["onsite", "online", "both"]),
        ("japanese", vec!["not_given", "none", "n5", "n4", "n3", "n2", "n1", "native"]),
    ];
    for lang in Lang::ALL {
        for (field, values) in &profile_values {
            for v in values {
                let k = format!("ui.profile.{field}.{v}");
                assert!(texts(lang).find(&k).is_some(), "{lang:?} lacks {k}");
            }
        }
    }
}
