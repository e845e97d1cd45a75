//! The versioned envelope for everything the widget keeps in `localStorage`:
//! `{"version": 1, "session": {...}, "history": {...}}`. The widget stores the
//! text of [`Saved::to_json`] and reads it back with [`load`]; what cannot be
//! read is reported, never silently replaced, so the widget can keep a backup.
//!
//! Changing the shape of what is saved: bump [`STORAGE_VERSION`] and append
//! one function to `MIGRATIONS` that turns the previous version's JSON into
//! the new one. Old data then passes through every migration since its version.
//!
//! Everything that touches the saved text goes through a [`Store`] (the widget
//! implements it over `localStorage`; [`MemoryStore`] is the in-memory one for
//! tests) and a [`Slot`], which owns the rules that lose nothing:
//!
//! * **Unusable data is never deleted before a copy is confirmed.** It is
//!   copied under a backup key and read back; only then is the original
//!   removed. When the copy cannot be made (quota full), the original stays in
//!   place, nothing is saved over it ("held") until the candidate has
//!   downloaded it, and the text is returned for that download either way.
//! * **One key, several writers: merge, never overwrite.** Every save first
//!   reads what is stored; when another tab or widget wrote since this one last
//!   read or wrote (its *base*), the three are merged per answer with
//!   [`merge`]: what this writer changed since its base wins, everything else
//!   comes from the stored copy. Answers, ticks and history entries made
//!   elsewhere are therefore kept, and a deletion (a retake, cleared history)
//!   is kept only when it was made after the other side last saw the data.
//! * **A writer that cannot read never writes over what it did not write.** The
//!   light widget module carries no code to read progress (a [`Slot`] with the
//!   [`Unread`] reader): it writes only while the key holds nothing or what it
//!   wrote itself. Anything else there makes its slot [`Slot::unread`]: it
//!   stops saving and hands over to a widget that reads ([`Slot::hand_over`]).

use crate::bank::Bank;
use crate::history::{History, HISTORY_LIMIT};
use crate::session::Session;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet};

/// The envelope version this build writes.
pub const STORAGE_VERSION: u32 = 1;

/// One step of migration: the JSON of version `n` in, of version `n + 1` out.
type Migration = fn(Value) -> Result<Value, StorageError>;

/// `MIGRATIONS[i]` turns version `i + 1` into version `i + 2`; its length is
/// always `STORAGE_VERSION - 1`.
const MIGRATIONS: [Migration; STORAGE_VERSION as usize - 1] = [];

/// Everything the widget saves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    /// [`STORAGE_VERSION`] when saved.
    pub version: u32,
    /// The questionnaire session.
    pub session: Session,
    /// Finished attempts (absent in data saved before history existed).
    #[serde(default)]
    pub history: History,
}

impl Saved {
    /// The envelope for a session and history, at the current version.
    pub fn new(session: Session, history: History) -> Saved {
        Saved { version: STORAGE_VERSION, session, history }
    }

    /// The text to store.
    pub fn to_json(&self) -> String {
        // Plain data with string keys: serialising cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Why saved data cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// Not JSON, no version, or a shape this version cannot read.
    #[error("Your saved progress could not be read ({detail}).")]
    Unreadable {
        /// What was wrong, for a bug report.
        detail: String,
    },
    /// Saved by a newer version of Naitei.
    #[error(
        "Your saved progress comes from a newer version of Naitei (storage version {version}). Reload the page to get the latest version."
    )]
    Newer {
        /// The saved version.
        version: u64,
    },
}

impl StorageError {
    /// A stable id: `unreadable` or `newer`.
    pub fn code(&self) -> &'static str {
        match self {
            StorageError::Unreadable { .. } => "unreadable",
            StorageError::Newer { .. } => "newer",
        }
    }
}

fn unreadable(detail: impl ToString) -> StorageError {
    StorageError::Unreadable { detail: detail.to_string().chars().take(200).collect() }
}

/// Reads stored text.
pub fn load(raw: &str) -> Result<Saved, StorageError> {
    migrate(serde_json::from_str(raw).map_err(unreadable)?)
}

/// Brings saved JSON of any known version to the current shape.
pub fn migrate(mut value: Value) -> Result<Saved, StorageError> {
    let version = value.get("version").and_then(Value::as_u64).ok_or_else(|| unreadable("no version"))?;
    if version > u64::from(STORAGE_VERSION) {
        return Err(StorageError::Newer { version });
    }
    if version == 0 {
        return Err(unreadable("version 0"));
    }
    for step in &MIGRATIONS[version as usize - 1..] {
        value = step(value)?;
    }
    if value.get("session").is_none() {
        return Err(unreadable("no session"));
    }
    let mut saved: Saved = serde_json::from_value(value).map_err(unreadable)?;
    saved.version = STORAGE_VERSION;
    Ok(saved)
}

// ───────────────────────────── merging ─────────────────────────────

/// Three-way merge of one value: what `ours` changed since `base` wins, else `theirs`.
fn pick<'a, T: PartialEq>(base: &T, ours: &'a T, theirs: &'a T) -> &'a T {
    if ours != base {
        ours
    } else {
        theirs
    }
}

/// Three-way merge of a map, entry by entry (a missing entry is a value too, so
/// deletions merge like changes).
fn merge_map<K: Ord + Clone, V: PartialEq + Clone>(
    base: &BTreeMap<K, V>,
    ours: &BTreeMap<K, V>,
    theirs: &BTreeMap<K, V>,
) -> BTreeMap<K, V> {
    // Key by key, inserting (a key the three share is picked the same each time). Collecting
    // into a BTreeMap would sort, and every sort is its own code in the light widget module.
    let mut merged = BTreeMap::new();
    for k in base.keys().chain(ours.keys()).chain(theirs.keys()) {
        if let Some(v) = *pick(&base.get(k), &ours.get(k), &theirs.get(k)) {
            merged.insert(k.clone(), v.clone());
        }
    }
    merged
}

fn merge_set<K: Ord + Clone>(base: &BTreeSet<K>, ours: &BTreeSet<K>, theirs: &BTreeSet<K>) -> BTreeSet<K> {
    // As `merge_map`: inserting, not collecting.
    let mut merged = BTreeSet::new();
    for k in base.iter().chain(ours.iter()).chain(theirs.iter()) {
        if *pick(&base.contains(k), &ours.contains(k), &theirs.contains(k)) {
            merged.insert(k.clone());
        }
    }
    merged
}

fn merge_history(base: &History, ours: &History, theirs: &History) -> History {
    match (ours != base, theirs != base) {
        (false, _) => theirs.clone(),
        (true, false) => ours.clone(),
        (true, true) => {
            // Both recorded attempts: keep every attempt either side has (theirs
            // first, then ours that theirs lacks, by date), the newest ones.
            let mut attempts = theirs.attempts.clone();
            for a in &ours.attempts {
                if !attempts.contains(a) && !(base.attempts.contains(a)) {
                    attempts.push(a.clone());
                }
            }
            crate::order::sort_by_key(&mut attempts, |a| a.date);
            let extra = attempts.len().saturating_sub(HISTORY_LIMIT);
            attempts.drain(..extra);
            History { attempts, ..ours.clone() }
        }
    }
}

/// Merges what another tab or widget saved (`theirs`) into this writer's state
/// (`ours`), both descended from `base` (what this writer last read or wrote).
///
/// * Answers, learning-mode first answers, half-made best-and-worst picks and
///   plan ticks merge item by item: an item this writer changed (answered,
///   changed or cleared) since `base` keeps this writer's value; every other
///   item takes the stored one. So answers given elsewhere are never lost, and
///   when both sides answered the same question the later save wins.
/// * The profile, the scope, the run and whether the check was finished are
///   taken whole by the same rule.
/// * Where this writer is (screen, position, language, mode) is its own: a
///   change in another tab never moves this one.
/// * History: attempts recorded on both sides are all kept (newest
///   [`HISTORY_LIMIT`]); a history cleared on one side stays cleared unless the
///   other recorded a new attempt since.
pub fn merge(base: &Saved, ours: &Saved, theirs: &Saved) -> Saved {
    let (b, o, t) = (&base.session, &ours.session, &theirs.session);
    let mut session = o.clone();
    session.answers.0 = merge_map(&b.answers.0, &o.answers.0, &t.answers.0);
    session.counted = merge_map(&b.counted, &o.counted, &t.counted);
    session.pending = merge_map(&b.pending, &o.pending, &t.pending);
    session.done = merge_set(&b.done, &o.done, &t.done);
    session.profile = pick(&b.profile, &o.profile, &t.profile).clone();
    session.scope = *pick(&b.scope, &o.scope, &t.scope);
    session.run = *pick(&b.run, &o.run, &t.run);
    session.finished = *pick(&b.finished, &o.finished, &t.finished);
    // A pick made whole on one side and half-made on the other: the whole answer stands.
    let answered: Vec<String> =
        session.pending.keys().filter(|k| session.answers.0.contains_key(*k)).cloned().collect();
    for k in answered {
        session.pending.remove(&k);
    }
    Saved::new(session, merge_history(&base.history, &ours.history, &theirs.history))
}

// ───────────────────────────── the store ─────────────────────────────

/// Why the browser refused a storage operation (the `DOMException` name, such
/// as `QuotaExceededError` or `SecurityError`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused(pub String);

/// Where saved text lives: `localStorage` in the widget, [`MemoryStore`] in tests.
/// Every operation may be refused (a full quota, storage disabled).
pub trait Store {
    /// The text under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, Refused>;
    /// Stores `value` under `key`.
    fn set(&self, key: &str, value: &str) -> Result<(), Refused>;
    /// Removes `key`.
    fn remove(&self, key: &str) -> Result<(), Refused>;
}

/// An in-memory [`Store`] with a quota (in UTF-16 code units of keys and
/// values, as browsers count) and switches to refuse reads or writes.
#[derive(Debug, Default)]
pub struct MemoryStore {
    items: RefCell<BTreeMap<String, String>>,
    /// Largest total size accepted; None for no limit.
    pub quota: Cell<Option<usize>>,
    /// Refuse every read (storage disabled).
    pub refuse_reads: Cell<bool>,
    /// Refuse every write and removal (storage disabled).
    pub refuse_writes: Cell<bool>,
}

fn units(s: &str) -> usize {
    s.encode_utf16().count()
}

impl MemoryStore {
    /// An empty store with no quota.
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    /// The size used, as the quota counts it.
    pub fn used(&self) -> usize {
        self.items.borrow().iter().map(|(k, v)| units(k) + units(v)).sum()
    }

    /// Sets the quota to what is used now: the next write that grows the store is refused.
    pub fn fill(&self) {
        self.quota.set(Some(self.used()));
    }

    /// Every key, sorted.
    pub fn keys(&self) -> Vec<String> {
        self.items.borrow().keys().cloned().collect()
    }

    /// Puts text in place directly (never refused).
    pub fn put(&self, key: &str, value: &str) {
        self.items.borrow_mut().insert(key.into(), value.into());
    }

    /// The text under `key` (never refused).
    pub fn peek(&self, key: &str) -> Option<String> {
        self.items.borrow().get(key).cloned()
    }
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, Refused> {
        if self.refuse_reads.get() {
            return Err(Refused("SecurityError".into()));
        }
        Ok(self.peek(key))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), Refused> {
        if self.refuse_writes.get() {
            return Err(Refused("SecurityError".into()));
        }
        let old = self.items.borrow().get(key).map(|v| units(key) + units(v)).unwrap_or(0);
        let after = self.used() - old + units(key) + units(value);
        if self.quota.get().is_some_and(|q| after > q) {
            return Err(Refused("QuotaExceededError".into()));
        }
        self.put(key, value);
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), Refused> {
        if self.refuse_writes.get() {
            return Err(Refused("SecurityError".into()));
        }
        self.items.borrow_mut().remove(key);
        Ok(())
    }
}

// ───────────────────────────── the slot ─────────────────────────────

/// Saved data under the key that this build cannot use.
#[derive(Debug, Clone, PartialEq)]
pub struct Unusable {
    /// Why it cannot be used.
    pub error: StorageError,
    /// The text exactly as it was stored, for the candidate to download.
    pub raw: String,
    /// The backup key the text was copied to (and read back from), or None
    /// when the copy could not be made: then the text is still under the key,
    /// and nothing is saved over it until [`Slot::release`].
    pub backup: Option<String>,
}

/// Why a save did not reach the store.
#[derive(Debug, Clone, PartialEq)]
pub enum NotSaved {
    /// The browser refused (quota full, storage disabled).
    Refused(Refused),
    /// Unusable data is held in place under the key: download it first ([`Slot::release`]).
    Held,
    /// Progress this slot does not read is under the key (see [`Slot::unread`]): nothing is
    /// written over it, and the widget hands over to one that reads it.
    Unread,
}

/// What a save or a refresh found and did.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Synced {
    /// The merged state when another writer's changes were merged in (show it); None when ours stands as it is.
    pub merged: Option<Saved>,
    /// Unusable data another writer left under the key (copied or held as in [`Slot::open`]).
    pub unusable: Option<Unusable>,
    /// Why the save did not reach the store, when it did not.
    pub not_saved: Option<NotSaved>,
}

/// How a [`Slot`] treats progress stored by someone else: [`Reads`] opens and merges it,
/// [`Unread`] does not read it at all (so none of the reading, migrating and merging code is in a
/// program that only uses `Unread`).
pub trait Reader {
    /// Whether stored progress is read.
    const READS: bool;
}

/// Reads stored progress: opens it, migrates older versions, merges what others save.
#[derive(Debug, Clone, Copy)]
pub struct Reads;

impl Reader for Reads {
    const READS: bool = true;
}

/// Reads no stored progress: the light widget module's, which starts only on an empty key and
/// hands over to the full module when it finds anything it did not write itself.
#[derive(Debug, Clone, Copy)]
pub struct Unread;

impl Reader for Unread {
    const READS: bool = false;
}

/// One storage key as one writer sees it: what it last read or wrote (its
/// base), whether unusable data is held in place, and whether progress it
/// does not read is there (an [`Unread`] slot).
#[derive(Debug, Clone)]
pub struct Slot<R: Reader = Reads> {
    key: String,
    base: Saved,
    base_raw: Option<String>,
    held: bool,
    unread: bool,
    unread_at_open: bool,
    wrote: bool,
    reader: std::marker::PhantomData<R>,
}

/// The key a copy of unusable data goes to: `<key>:backup:<stamp>`.
pub fn backup_key(key: &str, stamp: u64) -> String {
    format!("{key}:backup:{stamp}")
}

/// Copies `raw` to a backup key and reads it back; the backup key when the copy is confirmed.
fn back_up(store: &dyn Store, key: &str, raw: &str, stamp: u64) -> Option<String> {
    // A backup key already holding this very text is reused; a different text gets the next free stamp.
    for n in 0..16u64 {
        let k = backup_key(key, stamp.wrapping_add(n));
        match store.get(&k) {
            Ok(Some(existing)) if existing == raw => return Some(k),
            Ok(Some(_)) => continue,
            Ok(None) => {
                return (store.set(&k, raw).is_ok() && store.get(&k).ok().flatten().as_deref() == Some(raw))
                    .then_some(k)
            }
            Err(_) => return None,
        }
    }
    None
}

impl<R: Reader> Slot<R> {
    /// Opens `key`: what is saved there, or `fresh` when nothing is (or it
    /// cannot be used or read). Unusable data is copied to a backup key and
    /// removed only once the copy reads back the same; otherwise it stays and
    /// the slot holds it. `stamp` (milliseconds) names the backup key. An
    /// [`Unread`] slot finding anything opens `fresh` and is [`Slot::unread`].
    pub fn open(store: &dyn Store, key: &str, fresh: Saved, stamp: u64) -> (Slot<R>, Saved, Option<Unusable>) {
        let mut slot = Slot {
            key: key.to_owned(),
            base: fresh.clone(),
            base_raw: None,
            held: false,
            unread: false,
            unread_at_open: false,
            wrote: false,
            reader: std::marker::PhantomData,
        };
        let raw = match store.get(key) {
            Ok(Some(raw)) => raw,
            // Nothing saved, or the browser refuses to read (storage disabled): start fresh.
            _ => return (slot, fresh, None),
        };
        if !R::READS {
            slot.unread = true;
            slot.unread_at_open = true;
            return (slot, fresh, None);
        }
        match load(&raw) {
            Ok(saved) => {
                slot.base = saved.clone();
                slot.base_raw = Some(raw);
                (slot, saved, None)
            }
            Err(error) => {
                let unusable = slot.set_aside(store, raw, error, stamp);
                (slot, fresh, Some(unusable))
            }
        }
    }

    fn set_aside(&mut self, store: &dyn Store, raw: String, error: StorageError, stamp: u64) -> Unusable {
        let backup = back_up(store, &self.key, &raw, stamp);
        if backup.is_some() && store.remove(&self.key).is_ok() {
            self.base_raw = None;
        } else {
            // Keep it where it is and save nothing over it until it was downloaded.
            self.base_raw = Some(raw.clone());
            self.held = true;
        }
        Unusable { error, raw, backup }
    }

    /// Whether unusable data is held in place (saving waits for [`Slot::release`]).
    pub fn held(&self) -> bool {
        self.held
    }

    /// The candidate downloaded the held data (or chose to replace it): saving may go on.
    pub fn release(&mut self) {
        self.held = false;
    }

    /// Whether progress this slot does not read is under the key (an [`Unread`] slot found
    /// something it did not write: another tab or widget saved). It then saves nothing, and the
    /// widget hands over to one that reads ([`Slot::hand_over`]), which merges the two.
    pub fn unread(&self) -> bool {
        self.unread
    }

    /// Whether the slot was [`Slot::unread`] from the moment it opened: the widget has nothing of
    /// its own and shows a waiting line until a widget that reads takes its place. (Progress that
    /// turns up later is handed over when the candidate pauses, the screen staying as it is.)
    pub fn unread_at_open(&self) -> bool {
        self.unread_at_open
    }

    /// Whether usable saved data was read or written under the key.
    pub fn has_data(&self) -> bool {
        self.base_raw.is_some() && !self.held
    }

    /// The storage key.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Reads what is stored now and merges it into `ours` when another writer
    /// changed it since this slot's base. `Ok(None)`: nothing to merge.
    fn catch_up(&mut self, store: &dyn Store, ours: &Saved, stamp: u64) -> Result<Synced, NotSaved> {
        let stored = store.get(&self.key).map_err(NotSaved::Refused)?;
        if stored == self.base_raw {
            return Ok(Synced::default());
        }
        let Some(raw) = stored else {
            // Removed elsewhere (for example a backup was taken): ours stands.
            self.base_raw = None;
            return Ok(Synced::default());
        };
        if !R::READS {
            self.unread = true;
            return Err(NotSaved::Unread);
        }
        match load(&raw) {
            Ok(theirs) => {
                let merged = merge(&self.base, ours, &theirs);
                self.base = theirs;
                self.base_raw = Some(raw);
                Ok(Synced { merged: (merged != *ours).then_some(merged), ..Synced::default() })
            }
            Err(error) => {
                // Another writer (a newer version in another tab, or something broken) left
                // data this build cannot read: set it aside exactly as on opening.
                let unusable = self.set_aside(store, raw, error, stamp);
                Ok(Synced { unusable: Some(unusable), ..Synced::default() })
            }
        }
    }

    /// Saves `ours`, first merging what another writer stored since this slot's
    /// base. On success the stored text is `ours`, or `merged` (which the widget
    /// then shows). Nothing is written while unusable data is held.
    pub fn save(&mut self, store: &dyn Store, ours: &Saved, stamp: u64) -> Synced {
        if self.held {
            return Synced { not_saved: Some(NotSaved::Held), ..Synced::default() };
        }
        if self.unread {
            return Synced { not_saved: Some(NotSaved::Unread), ..Synced::default() };
        }
        let mut synced = match self.catch_up(store, ours, stamp) {
            Ok(s) => s,
            Err(e) => return Synced { not_saved: Some(e), ..Synced::default() },
        };
        if self.held {
            synced.not_saved = Some(NotSaved::Held);
            return synced;
        }
        // An `Unread` slot leaves an empty key empty until the candidate changes something (its
        // base is then still the fresh state it opened with), so a later visit starts light again.
        if !R::READS && !self.wrote && *ours == self.base {
            return synced;
        }
        let next = synced.merged.clone().unwrap_or_else(|| ours.clone());
        let json = next.to_json();
        if self.base_raw.as_deref() == Some(json.as_str()) {
            return synced;
        }
        match store.set(&self.key, &json) {
            Ok(()) => {
                self.base = next;
                self.base_raw = Some(json);
                self.wrote = true;
            }
            Err(e) => synced.not_saved = Some(NotSaved::Refused(e)),
        }
        synced
    }

    /// Another writer may have saved (a `storage` event, another widget on the
    /// page): merges it into `ours` without writing anything.
    pub fn refresh(&mut self, store: &dyn Store, ours: &Saved, stamp: u64) -> Synced {
        match self.catch_up(store, ours, stamp) {
            Ok(synced) => synced,
            // Progress this slot does not read: the widget hands over.
            Err(NotSaved::Unread) => Synced { not_saved: Some(NotSaved::Unread), ..Synced::default() },
            // The browser refused to read: nothing to merge.
            Err(_) => Synced::default(),
        }
    }

    /// What a widget gives the one that takes its place (the light module's to the full one's):
    /// `ours`, the progress on screen, with what this slot last read from or wrote to the store,
    /// as JSON for [`Slot::take_over`]. Empty when the slot found progress it does not read as it
    /// opened ([`Slot::unread_at_open`]): there is nothing of its own to hand over, and the next
    /// widget opens what is stored as on any visit (the host's language and presets included).
    pub fn hand_over(&self, ours: &Saved) -> String {
        // Written from the parts' own JSON (the light module has no other serialiser of `Saved`).
        let raw = serde_json::to_string(&self.base_raw).unwrap_or_else(|_| "null".into());
        if self.unread_at_open {
            return String::new();
        }
        format!(r#"{{"ours":{},"base":{},"base_raw":{raw}}}"#, ours.to_json(), self.base.to_json())
    }
}

impl Slot<Reads> {
    /// Takes over from the widget that wrote `handed` ([`Slot::hand_over`]): its progress, merged
    /// with whatever another writer stored since that widget's last read or write (nothing, when
    /// its saves were refused: then its progress stands as it is). Unreadable `handed` leaves this
    /// slot as it was opened and returns `None`.
    pub fn take_over(&mut self, store: &dyn Store, handed: &str, stamp: u64) -> Option<Saved> {
        let mut value: Value = serde_json::from_str(handed).ok()?;
        let ours = migrate(value.get_mut("ours")?.take()).ok()?;
        let base = migrate(value.get_mut("base")?.take()).ok()?;
        let base_raw = value.get("base_raw").and_then(Value::as_str).map(str::to_owned);
        if self.held {
            return Some(ours);
        }
        self.base = base;
        self.base_raw = base_raw;
        let synced = self.refresh(store, &ours, stamp);
        Some(synced.merged.unwrap_or(ours))
    }
}

/// What a session saved for one bank says when opened with another: the
/// number of saved answers to items the bank does not have (they are kept).
pub fn answers_elsewhere(session: &Session, bank: &Bank) -> usize {
    session.answers.0.keys().filter(|id| bank.item(id).is_none()).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Action;
    use crate::testing::tiny_bank;
    use crate::Answer;

    #[test]
    fn saved_data_round_trips() {
        let session = Session::default().apply(&tiny_bank(), Action::ToggleDone("basics/read".into()));
        let saved = Saved::new(session, History::default());
        assert_eq!(load(&saved.to_json()), Ok(saved));
    }

    #[test]
    fn data_saved_before_history_existed_still_loads() {
        let old = serde_json::json!({ "version": 1, "session": Session::default() }).to_string();
        let saved = load(&old).unwrap();
        assert_eq!((saved.session, saved.history), (Session::default(), History::default()));
    }

    #[test]
    fn unreadable_and_newer_data_are_told_apart() {
        for raw in
            ["", "not json", "{}", r#"{"version":0,"session":{}}"#, r#"{"version":1}"#, r#"{"version":1,"session":7}"#]
        {
            assert_eq!(load(raw).unwrap_err().code(), "unreadable", "{raw}");
        }
        let e = load(r#"{"version":2,"session":{}}"#).unwrap_err();
        assert_eq!(e, StorageError::Newer { version: 2 });
        assert!(e.to_string().contains("newer version"));
    }

    #[test]
    fn there_is_one_migration_per_version_step() {
        assert_eq!(MIGRATIONS.len() + 1, STORAGE_VERSION as usize);
    }

    fn answered(pairs: &[(&str, &str)]) -> Saved {
        let mut s = Session::default();
        for (item, option) in pairs {
            s.answers = s.answers.with(item, Answer::Choice((*option).into()));
        }
        Saved::new(s, History::default())
    }

    fn ids(s: &Saved) -> Vec<(String, Answer)> {
        s.session.answers.0.clone().into_iter().collect()
    }

    #[test]
    fn unusable_data_is_moved_only_after_its_copy_reads_back() {
        let store = MemoryStore::new();
        store.put("naitei:k", "{broken");
        let (slot, saved, unusable) = Slot::<Reads>::open(&store, "naitei:k", answered(&[]), 7);
        let u = unusable.unwrap();
        assert_eq!((u.raw.as_str(), u.backup.as_deref()), ("{broken", Some("naitei:k:backup:7")));
        assert_eq!(store.peek("naitei:k:backup:7").as_deref(), Some("{broken"));
        assert_eq!(store.peek("naitei:k"), None, "moved, not copied twice");
        assert!(!slot.held());
        assert_eq!(saved.session, Session::default());
    }

    #[test]
    fn with_a_full_quota_unusable_data_stays_in_place_and_nothing_is_saved_over_it() {
        let store = MemoryStore::new();
        store.put("naitei:k", r#"{"version":9,"session":{}}"#);
        store.fill();
        let fresh = answered(&[]);
        let (mut slot, _, unusable) = Slot::<Reads>::open(&store, "naitei:k", fresh, 7);
        let u = unusable.unwrap();
        assert_eq!((u.error.code(), u.backup.clone()), ("newer", None));
        assert_eq!(u.raw, r#"{"version":9,"session":{}}"#, "the text itself is returned for download");
        assert!(slot.held());
        store.quota.set(None);
        let ours = answered(&[("arrival", "early")]);
        assert_eq!(slot.save(&store, &ours, 8).not_saved, Some(NotSaved::Held));
        assert_eq!(store.peek("naitei:k").as_deref(), Some(r#"{"version":9,"session":{}}"#));
        slot.release();
        assert_eq!(slot.save(&store, &ours, 9).not_saved, None, "after the download, saving goes on");
        assert_eq!(load(&store.peek("naitei:k").unwrap()).unwrap(), ours);
    }

    #[test]
    fn a_widget_that_takes_over_keeps_the_progress_on_screen_even_when_storage_refused_it() {
        let store = MemoryStore::new();
        let fresh = answered(&[]);
        let (mut light, _, _) = Slot::<Unread>::open(&store, "k", fresh.clone(), 0);
        light.save(&store, &answered(&[("a", "1")]), 0);
        store.fill();
        let on_screen = answered(&[("a", "1"), ("b", "2"), ("c", "3")]);
        assert!(light.save(&store, &on_screen, 0).not_saved.is_some(), "the quota refused the last two");
        let handed = light.hand_over(&on_screen);
        let (mut full, opened, _) = Slot::<Reads>::open(&store, "k", fresh, 0);
        assert_eq!(ids(&opened).len(), 1, "storage holds only the first answer");
        assert_eq!(full.take_over(&store, &handed, 0), Some(on_screen));
    }

    #[test]
    fn a_widget_that_takes_over_merges_what_another_writer_saved_meanwhile() {
        let store = MemoryStore::new();
        let fresh = answered(&[]);
        let (mut light, _, _) = Slot::<Unread>::open(&store, "k", fresh.clone(), 0);
        let (mut other, _, _) = Slot::<Reads>::open(&store, "k", fresh.clone(), 0);
        light.save(&store, &answered(&[("a", "1")]), 0);
        other.save(&store, &answered(&[("a", "1"), ("x", "9")]), 0);
        let on_screen = answered(&[("a", "1"), ("b", "2")]);
        let handed = light.hand_over(&on_screen);
        let (mut full, _, _) = Slot::<Reads>::open(&store, "k", fresh, 0);
        let taken = full.take_over(&store, &handed, 0).unwrap();
        assert_eq!(ids(&taken), ids(&answered(&[("a", "1"), ("b", "2"), ("x", "9")])), "neither side's answer is lost");
        assert_eq!(full.take_over(&store, "{not json", 0), None);
    }

    #[test]
    fn a_slot_that_does_not_read_opens_fresh_writes_nothing_over_stored_progress_and_hands_it_on() {
        let store = MemoryStore::new();
        let fresh = answered(&[]);
        let (mut earlier, _, _) = Slot::<Reads>::open(&store, "k", fresh.clone(), 0);
        earlier.save(&store, &answered(&[("a", "1")]), 0);
        let stored = store.peek("k");
        let (mut light, opened, unusable) = Slot::<Unread>::open(&store, "k", fresh.clone(), 0);
        assert_eq!((opened, unusable, light.unread()), (fresh.clone(), None, true));
        let on_screen = answered(&[("b", "2")]);
        assert_eq!(light.save(&store, &on_screen, 0).not_saved, Some(NotSaved::Unread));
        assert_eq!(store.peek("k"), stored, "what it did not read is left as it was");
        assert!(light.unread_at_open());
        assert_eq!(light.hand_over(&on_screen), "", "nothing of its own to hand over: the next widget opens the key");
        let (_, opened, _) = Slot::<Reads>::open(&store, "k", fresh, 0);
        assert_eq!(ids(&opened), ids(&answered(&[("a", "1")])));
    }

    #[test]
    fn a_slot_that_does_not_read_leaves_an_empty_key_empty_until_the_candidate_changes_something() {
        let store = MemoryStore::new();
        let fresh = answered(&[]);
        let (mut light, _, _) = Slot::<Unread>::open(&store, "k", fresh.clone(), 0);
        assert_eq!(light.save(&store, &fresh, 0), Synced::default());
        assert_eq!(store.peek("k"), None, "a visit that changed nothing leaves nothing behind");
        let changed = answered(&[("a", "1")]);
        assert_eq!(light.save(&store, &changed, 0).not_saved, None);
        assert_eq!(load(&store.peek("k").unwrap()).unwrap(), changed);
        assert_eq!(
            light.save(&store, &answered(&[("a", "1"), ("b", "2")]), 0).not_saved,
            None,
            "its own save is no stranger"
        );
        assert!(!light.unread());
        store.remove("k").unwrap();
        light.save(&store, &answered(&[("a", "1"), ("b", "2")]), 0);
        assert!(store.peek("k").is_some(), "progress removed elsewhere is written again, even unchanged");
    }

    #[test]
    fn another_writer_makes_a_slot_that_does_not_read_stop_saving_and_hand_over() {
        let store = MemoryStore::new();
        let fresh = answered(&[]);
        let (mut light, _, _) = Slot::<Unread>::open(&store, "k", fresh.clone(), 0);
        light.save(&store, &answered(&[("a", "1")]), 0);
        let (mut other, _, _) = Slot::<Reads>::open(&store, "k", fresh.clone(), 0);
        let mut theirs = answered(&[("a", "1"), ("x", "9")]);
        theirs.session.screen = crate::session::Screen::Profile;
        other.save(&store, &theirs, 0);
        let mut on_screen = answered(&[("a", "1"), ("b", "2")]);
        on_screen.session.screen = crate::session::Screen::Questions;
        assert_eq!(light.refresh(&store, &on_screen, 0).not_saved, Some(NotSaved::Unread), "a storage event");
        assert!(light.unread() && !light.unread_at_open());
        assert_eq!(light.save(&store, &on_screen, 0).not_saved, Some(NotSaved::Unread));
        let (mut full, _, _) = Slot::<Reads>::open(&store, "k", fresh, 0);
        let taken = full.take_over(&store, &light.hand_over(&on_screen), 0).unwrap();
        assert_eq!(ids(&taken), ids(&answered(&[("a", "1"), ("b", "2"), ("x", "9")])));
        assert_eq!(
            taken.session.screen,
            crate::session::Screen::Questions,
            "the screen on show stays, as between tabs"
        );
    }

    #[test]
    fn a_stale_writer_merges_instead_of_overwriting() {
        let store = MemoryStore::new();
        let fresh = answered(&[]);
        let (mut stale, _, _) = Slot::<Reads>::open(&store, "k", fresh.clone(), 0);
        let (mut busy, _, _) = Slot::<Reads>::open(&store, "k", fresh, 0);
        let ten: Vec<(String, String)> = (0..10).map(|i| (format!("q{i}"), "a".to_string())).collect();
        let ten: Vec<(&str, &str)> = ten.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        busy.save(&store, &answered(&ten), 0);
        let synced = stale.save(&store, &answered(&[("x", "b")]), 0);
        let merged = synced.merged.expect("the stale writer sees the other's answers");
        assert_eq!(merged.session.answers.0.len(), 11);
        assert_eq!(load(&store.peek("k").unwrap()).unwrap(), merged);
    }

    #[test]
    fn the_later_change_to_one_item_wins_and_deletions_made_since_are_kept() {
        let base = answered(&[("a", "1"), ("b", "1"), ("c", "1")]);
        let ours = answered(&[("a", "2"), ("b", "1")]); // changed a, cleared c
        let theirs = answered(&[("a", "3"), ("b", "3"), ("c", "1"), ("d", "3")]);
        let m = merge(&base, &ours, &theirs);
        assert_eq!(
            ids(&m),
            vec![
                ("a".into(), Answer::Choice("2".into())),
                ("b".into(), Answer::Choice("3".into())),
                ("d".into(), Answer::Choice("3".into()))
            ]
        );
    }

    #[test]
    fn where_a_writer_is_stays_its_own() {
        let base = answered(&[]);
        let mut ours = base.clone();
        ours.session.position = 4;
        let mut theirs = answered(&[("a", "1")]);
        theirs.session.position = 9;
        theirs.session.lang = crate::Lang::Ja;
        let m = merge(&base, &ours, &theirs);
        assert_eq!((m.session.position, m.session.lang), (4, crate::Lang::En));
        assert_eq!(m.session.answers.0.len(), 1);
    }

    #[test]
    fn a_refresh_merges_without_writing_and_a_later_save_writes_once() {
        let store = MemoryStore::new();
        let fresh = answered(&[]);
        let (mut a, _, _) = Slot::<Reads>::open(&store, "k", fresh.clone(), 0);
        let (mut b, _, _) = Slot::<Reads>::open(&store, "k", fresh.clone(), 0);
        a.save(&store, &answered(&[("q", "x")]), 0);
        let written = store.peek("k");
        let seen = b.refresh(&store, &fresh, 0).merged.unwrap();
        assert_eq!(seen.session.answers.0.len(), 1);
        assert_eq!(store.peek("k"), written, "a refresh writes nothing");
        assert_eq!(b.save(&store, &seen, 0), Synced::default(), "nothing new: no merge");
    }

    #[test]
    fn answers_to_items_of_another_bank_are_counted() {
        let s = answered(&[("arrival", "early"), ("from_another_bank", "x")]);
        assert_eq!(answers_elsewhere(&s.session, &tiny_bank()), 1);
    }
}
