//! Saving progress in localStorage so a reload or a closed tab loses nothing.
//!
//! Saved data is versioned (`{"version": 1, "session": {...}, "history": {...}}`,
//! migrated by `naitei_core::export::storage`). Data that
//! cannot be read (corrupt, or from a newer version) is never thrown away: it
//! is copied under a backup key, offered for download, and the candidate starts
//! fresh with a message. A full quota is reported, not swallowed.

use naitei_core::export::storage::{Saved, StorageError};
use naitei_core::history::History;
use naitei_core::session::Session;
use wasm_bindgen::JsCast;

/// Why saved progress could not be used or kept.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// Saved data was unreadable; it was kept under `backup_key`.
    Corrupt {
        /// Where the raw data was copied.
        backup_key: String,
        /// The raw data, for download.
        raw: String,
    },
    /// Saved data came from a newer version of Naitei; kept under `backup_key`.
    Newer {
        /// Where the raw data was copied.
        backup_key: String,
        /// The raw data, for download.
        raw: String,
    },
    /// The browser refused to save (quota full or storage disabled).
    NotSaved,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The localStorage key for a host's storage key.
pub fn key(storage_key: &str) -> String {
    format!("naitei:{storage_key}")
}

/// Loads the saved session and history, if any, with a notice when they could not be used.
pub fn load(storage_key: &str) -> (Option<Saved>, Option<Notice>) {
    let Some(store) = storage() else { return (None, None) };
    let k = key(storage_key);
    let Ok(Some(raw)) = store.get_item(&k) else { return (None, None) };
    match naitei_core::export::storage::load(&raw) {
        Ok(saved) => (Some(saved), None),
        Err(e) => {
            // Never throw data away: keep the raw text under a backup key and offer it for download.
            let backup_key = format!("{k}:backup:{}", js_sys::Date::now() as u64);
            let _ = store.set_item(&backup_key, &raw);
            let _ = store.remove_item(&k);
            gloo::console::warn!(format!("naitei: {e}"));
            let notice = match e {
                StorageError::Newer { .. } => Notice::Newer { backup_key, raw },
                StorageError::Unreadable { .. } => Notice::Corrupt { backup_key, raw },
            };
            (None, Some(notice))
        }
    }
}

/// Saves the session and history; false when the browser refused (quota or disabled storage).
pub fn save(storage_key: &str, session: &Session, history: &History) -> bool {
    let Some(store) = storage() else { return false };
    let json = Saved::new(session.clone(), history.clone()).to_json();
    match store.set_item(&key(storage_key), &json) {
        Ok(()) => true,
        Err(e) => {
            let name = e.dyn_ref::<web_sys::DomException>().map(|d| d.name()).unwrap_or_default();
            gloo::console::warn!(format!("naitei: progress could not be saved ({name})"));
            false
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
