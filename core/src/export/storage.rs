//! The versioned envelope for everything the widget keeps in `localStorage`:
//! `{"version": 1, "session": {...}, "history": {...}}`. The widget stores the
//! text of [`Saved::to_json`] and reads it back with [`load`]; what cannot be
//! read is reported, never silently replaced, so the widget can keep a backup.
//!
//! Changing the shape of what is saved: bump [`STORAGE_VERSION`] and append
//! one function to `MIGRATIONS` that turns the previous version's JSON into
//! the new one. Old data then passes through every migration since its version.

use crate::history::History;
use crate::session::Session;
use serde::{Deserialize, Serialize};
use serde_json::Value;

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
    #[error("Your saved progress could not be read ({detail}). A copy was kept; you are starting fresh.")]
    Unreadable {
        /// What was wrong, for a bug report.
        detail: String,
    },
    /// Saved by a newer version of Naitei.
    #[error(
        "Your saved progress comes from a newer version of Naitei (storage version {version}). Reload the page to get the latest version; a copy was kept."
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Action;
    use crate::testing::tiny_bank;

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
}
