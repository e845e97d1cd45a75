//! `use_shared_link`: reads a results link from the page address
//! (`#naitei=...`) when the widget starts and whenever the fragment changes.
//! The fragment never reaches a server. Opening a link never touches the
//! candidate's own saved progress; `close` removes the fragment again.

use gloo::events::EventListener;
use naitei_core::share::{self, ShareError, Shared};
use naitei_core::Bank;
use std::rc::Rc;
use yew::prelude::*;

/// The link found in the address, if any, and how to close it.
#[derive(Clone, PartialEq)]
pub struct SharedLink {
    /// `Some(Ok)` for a readable link, `Some(Err)` for a broken one, `None` without a link.
    pub link: Rc<Option<Result<Shared, ShareError>>>,
    /// Removes the fragment and returns to the candidate's own progress.
    pub close: Callback<()>,
}

fn read(bank: &Bank) -> Option<Result<Shared, ShareError>> {
    let hash = web_sys::window()?.location().hash().ok()?;
    hash.starts_with(share::PREFIX).then(|| share::decode(&hash, bank))
}

/// Watches the address for a results link.
///
/// ```text
/// let shared = use_shared_link(&state.bank);
/// if let Some(Ok(link)) = &*shared.link { /* show it read-only */ }
/// ```
#[hook]
pub fn use_shared_link(bank: &Rc<Bank>) -> SharedLink {
    let link = {
        let bank = bank.clone();
        use_state(move || Rc::new(read(&bank)))
    };
    {
        let (link, bank) = (link.clone(), bank.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window()
                .map(|w| EventListener::new(&w, "hashchange", move |_| link.set(Rc::new(read(&bank)))));
            move || drop(listener)
        });
    }
    let close = {
        let link = link.clone();
        Callback::from(move |_| {
            if let Some(w) = web_sys::window() {
                let url = w.location().href().unwrap_or_default();
                let without = url.split('#').next().unwrap_or_default().to_owned();
                if let Ok(h) = w.history() {
                    let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&without));
                }
            }
            link.set(Rc::new(None));
        })
    };
    SharedLink { link: (*link).clone(), close }
}
