//! The free-text coaches for the widget. Their lexicons are a file of their
//! own (`naitei-lexicons.json`), fetched after the first render like the rest
//! of the texts: nothing before the first question needs them. The coaches are
//! compiled from the built-in lexicons plus a host pack's the first time a text
//! needs them, since most visits start without any free-text answer.

use naitei_core::coach::{Coaches, Lexicon};
use naitei_core::{Analyser, AnalyserId, Lang, Profile};
use std::cell::{OnceCell, RefCell};
use std::collections::BTreeMap;

/// The coaches, compiled from their lexicons the first time a text needs them.
/// Until the built-in lexicons are here they analyse nothing: whatever shows a
/// coach's finding or a score waits for [`LazyCoaches::ready`] (the widget
/// counts them with the rest of the texts, `I18n::complete`).
pub struct LazyCoaches {
    built_in: RefCell<Option<BTreeMap<Lang, Lexicon>>>,
    host: BTreeMap<Lang, Lexicon>,
    cell: OnceCell<Coaches>,
}

impl LazyCoaches {
    /// Coaches for the built-in lexicons plus a host's entries.
    pub fn new(built_in: BTreeMap<Lang, Lexicon>, host: BTreeMap<Lang, Lexicon>) -> LazyCoaches {
        LazyCoaches { built_in: RefCell::new(Some(built_in)), host, cell: OnceCell::new() }
    }

    /// Coaches whose built-in lexicons are still to come ([`LazyCoaches::provide`]), plus a host's entries.
    pub fn waiting(host: BTreeMap<Lang, Lexicon>) -> LazyCoaches {
        LazyCoaches { built_in: RefCell::new(None), host, cell: OnceCell::new() }
    }

    /// Hands over the built-in lexicons (the first time only; later calls change nothing).
    pub fn provide(&self, built_in: BTreeMap<Lang, Lexicon>) {
        let mut slot = self.built_in.borrow_mut();
        if slot.is_none() {
            *slot = Some(built_in);
        }
    }

    /// Whether the built-in lexicons are here.
    pub fn ready(&self) -> bool {
        self.built_in.borrow().is_some()
    }

    /// The compiled coaches, once the built-in lexicons are here.
    pub fn get(&self) -> Option<&Coaches> {
        if let Some(c) = self.cell.get() {
            return Some(c);
        }
        let built_in = self.built_in.borrow();
        let coaches = Coaches::new(built_in.as_ref()?);
        drop(built_in);
        Some(self.cell.get_or_init(|| if self.host.is_empty() { coaches } else { coaches.extended(&self.host) }))
    }
}

impl Analyser for LazyCoaches {
    fn analyse(&self, analyser: AnalyserId, text: &str, profile: &Profile) -> Option<naitei_core::Verdict> {
        self.get()?.analyse(analyser, text, profile)
    }
}

/// Reads a lexicon file (`naitei-lexicons.json`).
pub fn parse(json: &str) -> Result<BTreeMap<Lang, Lexicon>, String> {
    serde_json::from_str(json).map_err(|e| format!("the coaches' lexicons are not valid: {e}"))
}
