//! What the widget reads back: any text as saved progress (`storage::load`)
//! and as an export file (`export::import_json`), against the built-in bank.
//! Either gives data or an error that says what is wrong, never a panic.
//! Saved progress that loads must save and load again to the same thing
//! (after one round, which may normalise it), and the widget's first steps
//! with it (progress, the current item, moving, the report) must work; an
//! import gives only answers that fit the bank, and exports and imports again
//! unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use naitei_core::answers::Reason;
use naitei_core::export::storage::{self, STORAGE_VERSION};
use naitei_core::export::{import_json, to_json};
use naitei_core::history::Attempt;
use naitei_core::session::Action;
use naitei_fuzz::{check_evaluation, evaluate, today, CONTENT};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let bank = &CONTENT.bank;

    match storage::load(text) {
        Ok(saved) => {
            assert_eq!(saved.version, STORAGE_VERSION);
            let once = storage::load(&saved.to_json()).expect("what was loaded saves and loads again");
            let twice = storage::load(&once.to_json()).expect("and again");
            assert_eq!(once, twice, "load(save(x)) is a fixed point after one round");

            let s = &saved.session;
            let items = s.items(bank);
            let progress = s.progress(bank);
            assert!(progress.answered + progress.skipped <= progress.total && progress.total == items.len());
            let _ = s.current(bank);
            let first = items.first().map(|i| i.id.clone()).unwrap_or_default();
            for action in [
                Action::Next,
                Action::Back,
                Action::Jump(usize::MAX),
                Action::Skip(first.clone()),
                Action::Toggle(first.clone(), "x".into()),
                Action::PickBest(first, "x".into()),
                Action::BeginQuestions,
                Action::Finish,
                Action::Retake,
                Action::ToggleDone("basics/read".into()),
            ] {
                let after = s.apply(bank, action);
                let _ = after.progress(bank);
                let _ = after.current(bank);
            }
            let e = evaluate(bank, &s.profile, &s.answers, today());
            check_evaluation(bank, &s.profile, today(), &e);
            let mut history = saved.history.clone();
            let _ = history.compare_latest();
            history.record(s.run, Attempt::new(today(), &s.profile, &e));
            assert!(history.attempts.len() <= naitei_core::history::HISTORY_LIMIT.max(saved.history.attempts.len()));
            let _ = history.compare_latest();
        }
        Err(e) => {
            assert!(matches!(e.code(), "unreadable" | "newer"));
            let _ = e.to_string();
        }
    }

    match import_json(text, bank) {
        Ok(imported) => {
            for id in imported.answers.0.keys() {
                assert!(bank.item(id).is_some(), "{id}: an import keeps only answers to items of the bank");
            }
            assert!(imported.done.len() <= 10_000 && imported.done.iter().all(|d| d.chars().count() <= 200));
            assert!(imported.ignored.iter().all(|i| i.item.chars().count() <= 100));
            let e = evaluate(bank, &imported.profile, &imported.answers, today());
            check_evaluation(bank, &imported.profile, today(), &e);
            assert!(
                e.report.ignored.iter().all(|i| i.reason == Reason::NotApplicable),
                "imported answers fit the bank: {:?}",
                e.report.ignored
            );
            let file = to_json(&e, &imported.profile, &imported.answers, &imported.done, today());
            let again = import_json(&file, bank).expect("an export just made imports");
            assert_eq!(
                (&again.profile, &again.answers, &again.done),
                (&imported.profile, &imported.answers, &imported.done),
                "import(export(import(x))) == import(x)"
            );
            assert!(again.ignored.is_empty());
        }
        Err(e) => {
            assert_eq!(e.text_key(), format!("ui.import.error.{}", e.code()));
            let _ = e.to_string();
        }
    }
});
