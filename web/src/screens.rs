//! What the report, plan and shared-result screens need from the widget: `full.rs` draws them,
//! `light.rs` hands them over to the full module.

use crate::coaches::LazyCoaches;
use crate::hooks::use_lexicons::LexiconLoader;
use crate::i18n::I18n;
use crate::state::State;
use naitei_core::export::storage::Slot;

/// The widget's storage slot. The full module reads saved progress; the light one reads none
/// (`Unread`: it starts on an empty key and hands over when it finds anything it did not write).
#[cfg(feature = "full")]
pub type WidgetSlot = Slot<naitei_core::export::storage::Reads>;
/// The widget's storage slot. The full module reads saved progress; the light one reads none
/// (`Unread`: it starts on an empty key and hands over when it finds anything it did not write).
#[cfg(not(feature = "full"))]
pub type WidgetSlot = Slot<naitei_core::export::storage::Unread>;
use naitei_core::history::History;
use naitei_core::Date;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// What `use_full` reads from the widget.
pub struct FullInputs<'a> {
    /// The session and bank.
    pub state: &'a UseReducerHandle<State>,
    /// The coaches, and what fetches their lexicons.
    pub coaches: (Rc<LazyCoaches>, Option<LexiconLoader>),
    /// Whether `naitei:complete` carries the written answers.
    pub share_text: bool,
    /// Today, read once per render.
    pub today: Date,
    /// The finished runs.
    pub history: &'a UseStateHandle<History>,
    /// The widget's section (events are sent from it).
    pub root: &'a NodeRef,
    /// Where progress is saved (a hand-over gives the full widget what it last read or wrote).
    pub slot: &'a Rc<RefCell<WidgetSlot>>,
}

/// The widget's values the full screens read.
pub struct FullScreen<'a> {
    /// The session and bank.
    pub state: &'a UseReducerHandle<State>,
    /// The texts.
    pub i18n: &'a I18n,
    /// Today, read once per render.
    pub today: Date,
    /// Now, in seconds.
    pub now: i64,
    /// The finished runs.
    pub history: &'a UseStateHandle<History>,
}
