//! The JSON export: everything about one check in one versioned file, which
//! [`import_json`] reads back (profile, answers and ticked plan tasks; the
//! report and plan are recomputed, so they are there for people and tools).
//!
//! ```jsonc
//! { "naitei": "export", "version": 1, "created": "2026-11-21",
//!   "profile": {...}, "answers": {...}, "report": {...}, "plan": {...}, "done": ["module/step", "milestone/id"] }
//! ```

use crate::analyse::Neutral;
use crate::answers::{Answer, Answers, Ignored, Reason};
use crate::bank::Bank;
use crate::date::Date;
use crate::plan::StudyPlan;
use crate::profile::Profile;
use crate::report::Report;
use crate::Evaluation;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeSet;

/// The export format this build writes; it reads this one and refuses later ones.
pub const EXPORT_VERSION: u32 = 1;
/// Largest file read, in bytes.
pub const MAX_IMPORT_BYTES: usize = 8 << 20;
/// Most ticked tasks read, and their longest key in characters.
const MAX_DONE: (usize, usize) = (10_000, 200);

#[derive(Serialize)]
struct Export<'a> {
    naitei: &'static str,
    version: u32,
    created: Date,
    profile: &'a Profile,
    answers: &'a Answers,
    report: &'a Report,
    plan: &'a StudyPlan,
    done: &'a BTreeSet<String>,
}

/// The export file, pretty-printed, for an evaluation made on `created`.
pub fn to_json(
    evaluation: &Evaluation,
    profile: &Profile,
    answers: &Answers,
    done: &BTreeSet<String>,
    created: Date,
) -> String {
    let export = Export {
        naitei: "export",
        version: EXPORT_VERSION,
        created,
        profile,
        answers,
        report: &evaluation.report,
        plan: &evaluation.plan,
        done,
    };
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string_pretty(&export).unwrap_or_default()
}

/// What an export file gave back.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// When the file was made, if it says.
    pub created: Option<Date>,
    /// The profile.
    pub profile: Profile,
    /// The answers that fit the bank.
    pub answers: Answers,
    /// Ticked plan tasks.
    pub done: BTreeSet<String>,
    /// Answers left out because they do not fit the bank (or were cut), with the reason.
    pub ignored: Vec<Ignored>,
}

/// Why a file could not be imported. `Display` says it in plain words for a
/// candidate; [`ImportError::code`] names it for a translated message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`].
    #[error("This file is far too large to be a Naitei export. Choose the .json file that Naitei saved for you.")]
    TooLarge,
    /// Not JSON at all.
    #[error(
        "This file cannot be read: it is not a Naitei export, or it was damaged. Choose the .json file that Naitei saved for you, without editing it."
    )]
    NotJson,
    /// JSON, but not a Naitei export.
    #[error(
        "This file is not a Naitei export. Choose the .json file that Naitei saved for you with \"Export\" (not the Markdown or calendar file)."
    )]
    NotAnExport,
    /// Made by a newer version of Naitei.
    #[error(
        "This file was made with a newer version of Naitei (export format {version}). Reload the page to get the latest version, or ask the site to update Naitei, then import it again."
    )]
    FutureVersion {
        /// The file's format version.
        version: u64,
    },
    /// The situation in the file cannot be read.
    #[error(
        "The situation saved in this file cannot be read ({detail}). The file may have been edited by hand; export it again from Naitei."
    )]
    BadProfile {
        /// What was wrong.
        detail: String,
    },
}

impl ImportError {
    /// A stable id: `too_large`, `not_json`, `not_an_export`, `future_version` or `bad_profile`.
    pub fn code(&self) -> &'static str {
        match self {
            ImportError::TooLarge => "too_large",
            ImportError::NotJson => "not_json",
            ImportError::NotAnExport => "not_an_export",
            ImportError::FutureVersion { .. } => "future_version",
            ImportError::BadProfile { .. } => "bad_profile",
        }
    }

    /// The text key of the translated message: `ui.import.error.<code>`.
    pub fn text_key(&self) -> String {
        format!("ui.import.error.{}", self.code())
    }
}

/// Reads an export file back for `bank` (or the widget's saved progress, as
/// its backup download holds it). Never panics on any input.
pub fn import_json(text: &str, bank: &Bank) -> Result<Imported, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let v: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|_| ImportError::NotJson)?;
    if v.get("naitei").and_then(Value::as_str) != Some("export") {
        // The widget's own saved progress (the backup it offers for download) imports too.
        return match super::storage::migrate(v) {
            Ok(saved) => {
                let s = saved.session;
                let (answers, ignored) = fit(bank, s.answers);
                Ok(Imported { created: None, profile: s.profile, answers, done: s.done, ignored })
            }
            Err(super::storage::StorageError::Newer { version }) => Err(ImportError::FutureVersion { version }),
            Err(_) => Err(ImportError::NotAnExport),
        };
    }
    match v.get("version").and_then(Value::as_u64) {
        Some(version) if version > u64::from(EXPORT_VERSION) => return Err(ImportError::FutureVersion { version }),
        Some(version) if version == u64::from(EXPORT_VERSION) => {}
        _ => return Err(ImportError::NotAnExport),
    }
    let profile = serde_json::from_value::<Profile>(v.get("profile").cloned().unwrap_or(Value::Null))
        .map_err(|e| ImportError::BadProfile { detail: e.to_string().chars().take(200).collect() })?;
    let (read, mut ignored) = v.get("answers").map(Answers::from_json).unwrap_or_default();
    let (answers, mut unfit) = fit(bank, read);
    ignored.append(&mut unfit);
    let done = v
        .get("done")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter(|s| s.chars().count() <= MAX_DONE.1)
        .take(MAX_DONE.0)
        .map(str::to_owned)
        .collect();
    let created = v.get("created").and_then(Value::as_str).and_then(|s| s.parse().ok());
    Ok(Imported { created, profile, answers, done, ignored })
}

/// Splits answers into those that fit the bank and those that do not (an
/// unknown item or option, the wrong kind of answer, the same best and worst,
/// "none of these" with others). Answers for items that do not apply to a
/// profile still fit: the profile may change.
fn fit(bank: &Bank, answers: Answers) -> (Answers, Vec<Ignored>) {
    let mut kept = Answers::default();
    let mut ignored = Vec::new();
    for (id, answer) in answers.0 {
        let verdict = match (bank.item(&id), &answer) {
            (None, _) => Err(Reason::UnknownItem),
            (Some(_), Answer::Skipped) => Ok(()),
            (Some(item), _) => crate::score::credit(item, &answer, &Profile::default(), &Neutral).map(|_| ()),
        };
        match verdict {
            Ok(()) => {
                kept.0.insert(id, answer);
            }
            Err(reason) => ignored.push(Ignored::new(&id, reason)),
        }
    }
    (kept, ignored)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{answers, tiny_bank};
    use crate::{evaluate, Config};

    fn export(spec: &str, done: &[&str]) -> String {
        let bank = tiny_bank();
        let today: Date = "2026-11-21".parse().unwrap();
        let profile = Profile { daily_minutes: 60, ..Profile::default() };
        let e = evaluate(&bank, &profile, &answers(spec), &Config::new(today));
        to_json(&e, &profile, &answers(spec), &done.iter().map(|s| s.to_string()).collect(), today)
    }

    #[test]
    fn an_export_has_the_documented_shape_and_reads_back() {
        let text = export("arrival=early prep=[matrix] bluff=- questions=\"Why?\"", &["basics/read"]);
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!((v["naitei"].as_str(), v["version"].as_u64()), (Some("export"), Some(1)));
        assert_eq!(v["created"], "2026-11-21");
        assert!(v["report"]["overall"].is_number() && v["plan"]["days"].is_array());
        let back = import_json(&text, &tiny_bank()).unwrap();
        assert_eq!(back.answers, answers("arrival=early prep=[matrix] bluff=- questions=\"Why?\""));
        assert_eq!(back.profile.daily_minutes, 60);
        assert_eq!(back.done.iter().collect::<Vec<_>>(), ["basics/read"]);
        assert_eq!(back.created, Some("2026-11-21".parse().unwrap()));
        assert!(back.ignored.is_empty());
    }

    #[test]
    fn answers_that_do_not_fit_the_bank_are_reported_and_dropped() {
        let text = export("arrival=late ghost=x confident=early mistake=blame>blame prep=[none,star]", &[]);
        let back = import_json(&text, &tiny_bank()).unwrap();
        assert_eq!(back.answers, answers("arrival=late"));
        let codes: Vec<String> = back.ignored.iter().map(|i| format!("{}:{:?}", i.item, i.reason)).collect();
        assert_eq!(codes.len(), 4, "{codes:?}");
        assert!(codes.iter().any(|c| c.starts_with("ghost:UnknownItem")), "{codes:?}");
    }

    #[test]
    fn each_kind_of_bad_file_has_its_own_error() {
        let bank = tiny_bank();
        let newer = export("", &[]).replacen("\"version\": 1", "\"version\": 2", 1);
        let bad_profile = export("", &[]).replacen("\"company\": \"large\"", "\"company\": \"huge\"", 1);
        let cases = [
            ("not json", "not_json"),
            ("{\"answers\": {}}", "not_an_export"),
            ("{\"naitei\": \"export\", \"version\": \"1\"}", "not_an_export"),
            (newer.as_str(), "future_version"),
            (bad_profile.as_str(), "bad_profile"),
        ];
        for (text, code) in cases {
            let e = import_json(text, &bank).unwrap_err();
            assert_eq!(e.code(), code, "{e}");
            assert_eq!(e.text_key(), format!("ui.import.error.{code}"));
        }
        assert_eq!(import_json(&" ".repeat(MAX_IMPORT_BYTES + 1), &bank), Err(ImportError::TooLarge));
        assert!(import_json(&newer, &bank).unwrap_err().to_string().contains("newer version"));
    }

    #[test]
    fn a_minimal_hand_written_file_is_accepted() {
        let back = import_json(r#"{"naitei":"export","version":1,"profile":{}}"#, &tiny_bank()).unwrap();
        assert_eq!(back.profile, Profile::default());
        assert!(back.answers.0.is_empty() && back.done.is_empty() && back.created.is_none());
        assert!(back.ignored.is_empty());
        let e = import_json(r#"{"naitei":"export","version":1}"#, &tiny_bank()).unwrap_err();
        assert_eq!(e.code(), "bad_profile", "the profile is required");
    }

    #[test]
    fn the_widgets_own_backup_of_saved_progress_imports_back() {
        use crate::export::storage::Saved;
        use crate::session::Session;
        let mut session = Session { answers: answers("arrival=early ghost=x"), ..Session::default() };
        session.done.insert("basics/read".into());
        let backup = Saved::new(session, Default::default()).to_json();
        let back = import_json(&backup, &tiny_bank()).unwrap();
        assert_eq!(back.answers, answers("arrival=early"));
        assert_eq!(back.ignored.len(), 1, "the answer to another bank's item is reported");
        assert_eq!(back.done.len(), 1);
        let newer = backup.replacen("\"version\":1", "\"version\":5", 1);
        assert_eq!(import_json(&newer, &tiny_bank()).unwrap_err().code(), "future_version");
    }
}
