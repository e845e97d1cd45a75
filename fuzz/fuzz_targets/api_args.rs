//! What JavaScript hands the widget: the arguments of `evaluate(profile,
//! answers, options)`, the embedding options of `mount` and `<naitei-check>`,
//! and `checkPack(pack)`, each as the JSON text `naitei.js` passes on
//! (`naitei_core::embed`). The input is split at NUL bytes into those texts.
//! None may panic or recurse without limit (the wasm stack is small); an error
//! names the call and says what was expected; what is accepted is within the
//! limits, and evaluating it keeps every promise of an evaluation.
#![no_main]

use libfuzzer_sys::fuzz_target;
use naitei_core::embed::{self, MAX_DEPTH, MAX_KEY_CHARS};
use naitei_core::Config;
use naitei_fuzz::{check_evaluation, today, COACHES, CONTENT};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut parts = text.split('\0');
    let (profile, answers, options, embedding) =
        (parts.next().unwrap_or(""), parts.next().unwrap_or("null"), parts.next().unwrap_or("null"), parts.next());
    let bank = &CONTENT.bank;

    match embed::evaluate_args(profile, answers, options) {
        Ok(args) => {
            assert!(embed::depth(&args.answers) <= MAX_DEPTH, "accepted answers are within the depth limit");
            assert!(args.answers.is_object(), "answers are an object");
            let day = args.today.unwrap_or_else(today);
            let config = Config::with(day, &COACHES[0].1);
            let e = naitei_core::evaluate_json(bank, &args.profile, &args.answers, &config);
            check_evaluation(bank, &args.profile, day, &e);
        }
        Err(e) => {
            assert_eq!(e.call, "evaluate(profile, answers, options)");
            assert!(e.to_string().starts_with("naitei: evaluate(profile, answers, options): "), "{e}");
            assert!(!e.message.is_empty());
        }
    }

    let embedding = embedding.unwrap_or(profile);
    match embed::options(embedding) {
        Ok((o, warnings)) => {
            let n = o.storage_key.chars().count();
            assert!((1..=MAX_KEY_CHARS).contains(&n), "a storage key of {n} characters");
            assert!(warnings.iter().all(|w| w.starts_with("naitei: ")), "{warnings:?}");
        }
        Err(e) => assert!(e.to_string().starts_with("naitei: options: "), "{e}"),
    }

    for problem in embed::check_pack(text) {
        assert!(!problem.trim().is_empty(), "every problem says something");
    }
});
