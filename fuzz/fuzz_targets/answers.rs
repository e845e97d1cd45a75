//! Answers as the widget, the command-line tool or a host page pass them: any
//! text, read as JSON, then `Answers::from_json` and `evaluate_json` against
//! the built-in bank for a fixed candidate and day. What cannot be used is
//! listed, never a panic. The answers that were read then go through every
//! way they leave the widget (a share link, the JSON export) and must come
//! back as a fixed point: what is read back, written again, reads the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use naitei_core::answers::{Answer, MAX_ANSWERS, MAX_TEXT_CHARS};
use naitei_core::export::{import_json, to_json};
use naitei_core::{evaluate_json, share, Answers, Config};
use naitei_fuzz::{check_evaluation, evaluate, profile, today, COACHES, CONTENT};
use serde_json::Value;
use std::collections::BTreeSet;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(value) = serde_json::from_str::<Value>(text) else { return };
    let bank = &CONTENT.bank;
    let profile = profile();

    let (answers, ignored) = Answers::from_json(&value);
    assert!(answers.0.len() <= MAX_ANSWERS);
    for (id, a) in &answers.0 {
        let given = value.get(id).expect("every answer read was in the input");
        match a {
            Answer::Text(t) => assert!(t.chars().count() <= MAX_TEXT_CHARS, "{id}: text is cut"),
            // Objects may carry other keys, which are not kept.
            Answer::BestWorst { .. } => assert!(given.is_object()),
            _ => assert_eq!(&a.to_value(), given, "{id}: an answer is read as it was written"),
        }
    }
    assert!(ignored.iter().all(|i| i.item.chars().count() <= 100));

    let config = Config::with(today(), &COACHES[0].1);
    let e = evaluate_json(bank, &profile, &value, &config);
    check_evaluation(bank, &profile, today(), &e);
    let direct = evaluate(bank, &profile, &answers, today());
    assert_eq!(e.plan, direct.plan);
    let mut expected = ignored.clone();
    expected.extend(direct.report.ignored.iter().cloned());
    assert_eq!(e.report.ignored, expected, "evaluate_json lists what it could not read, then what evaluate ignored");

    // A share link made from these answers opens, and making it again gives the same link.
    let link = share::encode(&profile, &answers, bank, true);
    let back = share::decode(&link.payload, bank).expect("a link just made opens");
    assert_eq!(back.profile, profile);
    for (id, a) in &back.answers.0 {
        assert!(answers.get(id).is_some(), "{id}: a link holds only answers that were given ({a:?})");
    }
    if !link.without_text {
        let again = share::encode(&back.profile, &back.answers, bank, true);
        assert!(again.left_out.is_empty(), "what a link gives back fits the bank: {:?}", again.left_out);
        assert_eq!(again.payload, link.payload, "encode(decode(encode(x))) == encode(x)");
    }

    // The JSON export reads back: the profile, and the answers that fit the bank, unchanged.
    let done: BTreeSet<String> = ["basics/read".to_owned()].into();
    let file = to_json(&e, &profile, &answers, &done, today());
    let imported = import_json(&file, bank).expect("an export just made imports");
    assert_eq!((&imported.profile, &imported.done, imported.created), (&profile, &done, Some(today())));
    for (id, a) in &imported.answers.0 {
        assert_eq!(answers.get(id), Some(a), "{id}: an import gives back the answer exported");
    }
    let file2 = to_json(&e, &profile, &imported.answers, &done, today());
    let again = import_json(&file2, bank).expect("a re-export imports");
    assert_eq!(again.answers, imported.answers, "import(export(import(x))) == import(x)");
    assert!(again.ignored.is_empty(), "what was imported fits the bank: {:?}", again.ignored);
});
