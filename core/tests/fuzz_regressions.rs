//! Inputs the fuzz targets (`fuzz/`, `make fuzz`) found to break the core,
//! kept as specifications of what happens instead. Each test names the target
//! that found it; docs/quality.md lists them with their cause and fix.

use naitei_core::export::storage;
use naitei_core::session::{Action, Screen};
use naitei_core::Bank;
use std::sync::LazyLock;

static BANK: LazyLock<Bank> = LazyLock::new(naitei_content::bank);

/// Found by `storage`: saved progress comes from the browser and may hold any
/// number, such as the largest position and run. Moving on from there finishes
/// the questionnaire, and a retake or an import starts a new run (numbered 0,
/// after the largest), instead of an arithmetic overflow.
#[test]
fn saved_progress_at_the_largest_position_and_run_moves_on_and_starts_new_runs() {
    let saved = storage::load(
        r#"{"version":1,"session":{"screen":"questions","position":18446744073709551615,"run":4294967295}}"#,
    )
    .expect("any position and run load");
    let session = saved.session;
    assert_eq!((session.position, session.run), (usize::MAX, u32::MAX));

    let next = session.apply(&BANK, Action::Next);
    assert_eq!(next.screen, Screen::Report, "past the last item is the end");
    assert!(next.finished);

    let skipped = session.apply(&BANK, Action::Skip("no_such_item".into()));
    assert_eq!(skipped.screen, Screen::Report);

    let retake = session.apply(&BANK, Action::Retake);
    assert_eq!((retake.run, retake.position), (0, 0), "a new run, not the same number again");
    let import = session.apply(&BANK, Action::Import(Default::default(), Default::default(), Default::default()));
    assert_eq!(import.run, 0);
}
