//! Saved progress under faults: whatever is stored under the key (valid,
//! truncated, mangled, from a newer version, random) and whatever the browser
//! refuses (a full quota, no writes, no reads), no saved text is ever
//! discarded without being kept in the store or returned for download; and
//! merging two writers keeps every answer either of them gave.

use naitei_core::export::storage::{load, merge, MemoryStore, NotSaved, Reads, Saved, Slot, Store};
use naitei_core::history::History;
use naitei_core::session::Session;
use naitei_core::{Answer, Answers};
use proptest::prelude::*;
use std::collections::BTreeMap;

const KEY: &str = "naitei:k";

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        Just(Answer::Skipped),
        "[a-c]".prop_map(Answer::Choice),
        (1u8..=5).prop_map(Answer::Rating),
        ".{0,12}".prop_map(Answer::Text),
    ]
}

fn answers() -> impl Strategy<Value = BTreeMap<String, Answer>> {
    prop::collection::btree_map("q[0-7]", answer(), 0..6)
}

fn saved() -> impl Strategy<Value = Saved> {
    (answers(), 0usize..200, any::<bool>(), 0u32..3).prop_map(|(a, position, finished, run)| {
        let session = Session { answers: Answers(a), position, finished, run, ..Session::default() };
        Saved::new(session, History::default())
    })
}

/// What may be under the key: a valid envelope, one damaged in some way, or any text.
fn stored_text() -> impl Strategy<Value = String> {
    prop_oneof![
        saved().prop_map(|s| s.to_json()),
        (saved(), any::<prop::sample::Index>()).prop_map(|(s, i)| {
            let j = s.to_json();
            let cut = i.index(j.len());
            j.char_indices().map(|(at, _)| at).rfind(|at| *at <= cut).map(|at| j[..at].to_string()).unwrap_or_default()
        }),
        (saved(), 2u64..u64::MAX).prop_map(|(s, v)| s.to_json().replacen(
            "\"version\":1",
            &format!("\"version\":{v}"),
            1
        )),
        (saved(), "[\\[\\]{}\",:0-9a-z]").prop_map(|(s, c)| s.to_json().replacen(':', &c, 3)),
        ".{0,80}",
    ]
}

#[derive(Debug, Clone)]
enum Fault {
    None,
    /// The quota is what the store already uses: nothing can grow.
    Full,
    /// The quota leaves `n` more units.
    Room(usize),
    /// Writes and removals refused.
    NoWrites,
    /// Reads refused too.
    NoAccess,
}

fn fault() -> impl Strategy<Value = Fault> {
    prop_oneof![
        Just(Fault::None),
        Just(Fault::Full),
        (0usize..400).prop_map(Fault::Room),
        Just(Fault::NoWrites),
        Just(Fault::NoAccess)
    ]
}

fn store_with(raw: &str, other: &[(String, String)], fault: &Fault) -> MemoryStore {
    let store = MemoryStore::new();
    store.put(KEY, raw);
    for (k, v) in other {
        store.put(k, v);
    }
    match fault {
        Fault::None => {}
        Fault::Full => store.fill(),
        Fault::Room(n) => store.quota.set(Some(store.used() + n)),
        Fault::NoWrites => store.refuse_writes.set(true),
        Fault::NoAccess => {
            store.refuse_writes.set(true);
            store.refuse_reads.set(true);
        }
    }
    store
}

/// The text is still in the store, under the key or any backup key.
fn kept(store: &MemoryStore, raw: &str) -> bool {
    store.keys().iter().any(|k| k.starts_with(KEY) && store.peek(k).as_deref() == Some(raw))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// However corrupt the text and whatever the browser refuses: after opening,
    /// then saving new answers twice, the text is in the store or was returned
    /// (and then, while it is not in the store, nothing was saved over it).
    #[test]
    fn no_saved_text_is_discarded_unless_kept_or_returned(
        raw in stored_text(),
        fault in fault(),
        more in answers(),
        release in any::<bool>(),
        other in prop::collection::vec(("naitei:k:backup:[0-9]", ".{0,8}"), 0..3),
    ) {
        let store = store_with(&raw, &other, &fault);
        let fresh = Saved::new(Session::default(), History::default());
        let (mut slot, opened, unusable) = Slot::<Reads>::open(&store, KEY, fresh.clone(), 5);
        match (&unusable, load(&raw)) {
            (None, Ok(saved)) if !matches!(fault, Fault::NoAccess) => prop_assert_eq!(&opened, &saved),
            (None, _) => prop_assert!(matches!(fault, Fault::NoAccess), "unusable data must be reported"),
            (Some(u), Err(e)) => {
                prop_assert_eq!(&u.raw, &raw, "the text itself is returned for download");
                prop_assert_eq!(&u.error, &e);
                if let Some(b) = &u.backup {
                    let copy = store.peek(b);
                    prop_assert_eq!(copy.as_deref(), Some(raw.as_str()), "a backup is only claimed once it reads back");
                }
                prop_assert_eq!(u.backup.is_none(), slot.held());
            }
            (Some(_), Ok(_)) => prop_assert!(false, "usable data reported as unusable"),
        }
        prop_assert!(kept(&store, &raw) || matches!(fault, Fault::NoAccess) && store.peek(KEY).as_deref() == Some(raw.as_str()));
        // The widget goes on from what it opened and adds answers.
        let mut ours = opened.clone();
        ours.session.answers.0.extend(more);
        if release && slot.held() {
            // The candidate downloaded it: the returned text is theirs now.
            slot.release();
        }
        let held = slot.held();
        for _ in 0..2 {
            let result = slot.save(&store, &ours, 6);
            if held {
                prop_assert_eq!(result.not_saved, Some(NotSaved::Held));
            }
        }
        if unusable.is_some() && !release {
            prop_assert!(kept(&store, &raw), "unusable text not downloaded is still in the store");
        }
        if load(&raw).is_ok() && store.peek(KEY).as_deref() != Some(raw.as_str()) {
            // Replaced by a save: what was saved holds every answer that was there (merged, not overwritten).
            let now = load(&store.peek(KEY).unwrap()).unwrap();
            let before = load(&raw).unwrap();
            for (item, _) in before.session.answers.0.iter() {
                prop_assert!(now.session.answers.0.contains_key(item) || ours.session.answers.0.contains_key(item) || fresh.session.answers.0.contains_key(item),
                    "answer to {} lost", item);
            }
        }
    }

    /// Another writer's answers survive a stale writer's save; this writer's changes win.
    #[test]
    fn a_merge_keeps_every_answer_either_writer_gave(base in saved(), ours_a in answers(), theirs_a in answers()) {
        let mut ours = base.clone();
        let mut theirs = base.clone();
        ours.session.answers.0.extend(ours_a.clone());
        theirs.session.answers.0.extend(theirs_a.clone());
        let m = merge(&base, &ours, &theirs);
        for (k, v) in &ours_a {
            if base.session.answers.get(k) != Some(v) {
                prop_assert_eq!(m.session.answers.get(k), Some(v), "our change to {} wins", k);
            }
        }
        for (k, v) in &theirs_a {
            if ours.session.answers.get(k) == base.session.answers.get(k) {
                prop_assert_eq!(m.session.answers.get(k), Some(v), "their change to {} is kept", k);
            }
        }
        for k in m.session.answers.0.keys() {
            prop_assert!(ours.session.answers.0.contains_key(k) || theirs.session.answers.0.contains_key(k));
        }
        prop_assert_eq!(merge(&base, &ours, &base), ours.clone(), "nobody else wrote: ours stands");
        prop_assert_eq!(merge(&base, &base, &theirs).session.answers, theirs.session.answers.clone());
    }

    /// Two writers on one store, saving in any interleaving: the stored answers
    /// are the union of what both gave (the later save winning per item).
    #[test]
    fn two_writers_interleaved_lose_nothing(steps in prop::collection::vec((any::<bool>(), "q[0-9]", answer(), any::<bool>()), 1..24)) {
        let store = MemoryStore::new();
        let fresh = Saved::new(Session::default(), History::default());
        let (mut a, _, _) = Slot::<Reads>::open(&store, KEY, fresh.clone(), 0);
        let (mut b, _, _) = Slot::<Reads>::open(&store, KEY, fresh.clone(), 0);
        let (mut sa, mut sb) = (fresh.clone(), fresh.clone());
        let mut last: BTreeMap<String, Answer> = BTreeMap::new();
        for (first, item, ans, heard) in steps {
            let (slot, state, other, other_state) =
                if first { (&mut a, &mut sa, &mut b, &mut sb) } else { (&mut b, &mut sb, &mut a, &mut sa) };
            // Choosing the answer an item already shows changes nothing.
            if state.session.answers.get(&item) != Some(&ans) {
                state.session.answers.0.insert(item.clone(), ans.clone());
                last.insert(item, ans);
            }
            let synced = slot.save(&store, state, 0);
            prop_assert_eq!(&synced.not_saved, &None);
            if let Some(m) = synced.merged {
                *state = m;
            }
            if heard {
                // The other writer follows the change (a `storage` event, or the page's own notice).
                if let Some(m) = other.refresh(&store, other_state, 0).merged {
                    *other_state = m;
                }
            }
        }
        let stored = load(&store.peek(KEY).unwrap()).unwrap();
        prop_assert_eq!(stored.session.answers.0, last);
    }
}

#[test]
fn the_store_counts_its_quota_like_a_browser() {
    let store = MemoryStore::new();
    store.quota.set(Some(10));
    assert!(store.set("ab", "日本").is_ok(), "4 units");
    assert_eq!(store.set("cd", "12345678").unwrap_err().0, "QuotaExceededError");
    assert!(store.set("ab", "12345678").is_ok(), "replacing counts the new size only");
}
