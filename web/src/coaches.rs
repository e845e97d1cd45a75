//! The free-text coaches for the widget: built from the bank's lexicons (the
//! built-in ones plus a host pack's) the first time a text needs them, since
//! most visits start without any free-text answer.

use naitei_core::coach::{Coaches, Lexicon};
use naitei_core::{Analyser, AnalyserId, Lang, Profile};
use std::cell::OnceCell;
use std::collections::BTreeMap;

/// The coaches, compiled from their lexicons the first time a text needs them
/// (most visits start without any free-text answer).
pub struct LazyCoaches {
    built_in: BTreeMap<Lang, Lexicon>,
    host: BTreeMap<Lang, Lexicon>,
    cell: OnceCell<Coaches>,
}

impl LazyCoaches {
    /// Coaches for the built-in lexicons plus a host's entries.
    pub fn new(built_in: BTreeMap<Lang, Lexicon>, host: BTreeMap<Lang, Lexicon>) -> LazyCoaches {
        LazyCoaches { built_in, host, cell: OnceCell::new() }
    }

    /// The compiled coaches.
    pub fn get(&self) -> &Coaches {
        self.cell.get_or_init(|| {
            let coaches = Coaches::new(&self.built_in);
            if self.host.is_empty() {
                coaches
            } else {
                coaches.extended(&self.host)
            }
        })
    }
}

impl Analyser for LazyCoaches {
    fn analyse(&self, analyser: AnalyserId, text: &str, profile: &Profile) -> Option<naitei_core::Verdict> {
        self.get().analyse(analyser, text, profile)
    }
}
