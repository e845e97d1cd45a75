//! Saving progress so a reload, a closed tab, a second tab or a full quota
//! loses nothing.
//!
//! The rules live in `naitei_core::export::storage` (the envelope, its
//! migrations, [`Slot`]: copy before removing, hold what cannot be copied,
//! merge writers per answer). This file gives them the browser: [`LocalStore`]
//! implements the core's [`Store`] over `localStorage` (tests use the core's
//! `MemoryStore` instead), widgets on one page that share a key hear each
//! other's saves ([`listen`], [`announce`]), and other tabs are heard through
//! the `storage` event (in `app.rs`).

use naitei_core::export::storage::{NotSaved, Refused, Store, Unusable};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

pub use naitei_core::export::storage::MemoryStore;

/// The browser's `localStorage`. Every refusal (a full quota, storage
/// disabled, no storage at all) comes back as the `DOMException` name.
#[derive(Debug, Default, Clone, Copy)]
pub struct LocalStore;

fn refused(e: wasm_bindgen::JsValue) -> Refused {
    Refused(e.dyn_ref::<web_sys::DomException>().map(|d| d.name()).unwrap_or_else(|| "Error".into()))
}

fn local() -> Result<web_sys::Storage, Refused> {
    let window = web_sys::window().ok_or_else(|| Refused("NoWindow".into()))?;
    window.local_storage().map_err(refused)?.ok_or_else(|| Refused("NoStorage".into()))
}

impl Store for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, Refused> {
        local()?.get_item(key).map_err(refused)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), Refused> {
        local()?.set_item(key, value).map_err(refused)
    }

    fn remove(&self, key: &str) -> Result<(), Refused> {
        local()?.remove_item(key).map_err(refused)
    }
}

/// The localStorage key for a host's storage key.
pub fn key(storage_key: &str) -> String {
    format!("naitei:{storage_key}")
}

/// Milliseconds since the epoch (names backup keys).
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

// ── Widgets on one page with one key hear each other's saves ──

type Listener = (u64, String, Callback<()>);

thread_local! {
    static LISTENERS: RefCell<Vec<Listener>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u64> = const { Cell::new(1) };
}

/// A widget listening for saves under a key; stops listening when dropped.
pub struct Listening(u64);

impl Listening {
    /// This widget's id (pass it to [`announce`]).
    pub fn id(&self) -> u64 {
        self.0
    }
}

impl Drop for Listening {
    fn drop(&mut self) {
        let id = self.0;
        LISTENERS.with(|l| l.borrow_mut().retain(|(i, _, _)| *i != id));
    }
}

/// Calls `on_save` whenever another widget on this page saves under `key`.
pub fn listen(key: &str, on_save: Callback<()>) -> Listening {
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    });
    LISTENERS.with(|l| l.borrow_mut().push((id, key.to_owned(), on_save)));
    Listening(id)
}

/// Tells the other widgets on this page listening on `key` that widget `from` saved.
pub fn announce(from: u64, key: &str) {
    let others: Vec<Callback<()>> = LISTENERS
        .with(|l| l.borrow().iter().filter(|(id, k, _)| *id != from && k == key).map(|(_, _, c)| c.clone()).collect());
    for c in others {
        c.emit(());
    }
}

// ── What the candidate is told ──

/// Saved data this version cannot use, as the candidate is told about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// What was found, and whether a copy is kept in the browser.
    pub unusable: Unusable,
    /// The candidate downloaded it (held data may then be saved over).
    pub downloaded: bool,
}

/// Notices about saved progress, shown together (one never hides another).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Notices {
    /// Saved data this version cannot use: kept under a backup key, or held in place.
    pub unusable: Vec<Found>,
    /// Why the last save did not reach the browser's storage.
    pub not_saved: Option<NotSaved>,
    /// Saved answers to questions the current question set does not have (kept).
    pub elsewhere: usize,
}

/// What changes the notices.
pub enum NoticeEvent {
    /// Unusable data was found (on opening, or left by another writer).
    Unusable(Unusable),
    /// The outcome of the last save.
    Saved(Option<NotSaved>),
    /// The number of saved answers to questions not in the current set.
    Elsewhere(usize),
    /// The candidate dismissed the unusable-data notice `n`.
    DismissUnusable(usize),
    /// The candidate dismissed the notice about answers to other questions.
    DismissElsewhere,
    /// The held data was downloaded: it is no longer held.
    Released,
}

impl Reducible for Notices {
    type Action = NoticeEvent;

    fn reduce(self: Rc<Self>, event: NoticeEvent) -> Rc<Self> {
        let mut next = (*self).clone();
        match event {
            NoticeEvent::Unusable(u) => {
                if !next.unusable.iter().any(|x| x.unusable.raw == u.raw) {
                    next.unusable.push(Found { unusable: u, downloaded: false });
                }
            }
            NoticeEvent::Saved(s) => next.not_saved = s,
            NoticeEvent::Elsewhere(n) => next.elsewhere = n,
            NoticeEvent::DismissUnusable(i) => {
                if i < next.unusable.len() {
                    next.unusable.remove(i);
                }
            }
            NoticeEvent::DismissElsewhere => next.elsewhere = 0,
            NoticeEvent::Released => {
                for f in &mut next.unusable {
                    f.downloaded = true;
                }
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// Offers `text` as a file download.
pub fn download(name: &str, mime: &str, text: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&text.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(a) = doc.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
