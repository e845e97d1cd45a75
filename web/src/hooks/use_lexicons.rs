//! `use_lexicons`: the coaches' built-in lexicons, fetched once after the first
//! render (`naitei-lexicons.json`, through the JS loader) unless they are here
//! already (the offline page, another widget on the page, tests).

use crate::coaches::{parse, LazyCoaches};
use crate::hooks::use_texts::with_retries;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// Where the lexicons are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lexicons {
    /// On their way.
    Loading,
    /// Here: the coaches can read.
    Ready,
    /// They could not be loaded: the coaches, the report and the plan say so.
    Failed,
}

/// A JS function `(wait) => Promise<string>` resolving to `naitei-lexicons.json`, fetched
/// after `wait` seconds.
#[derive(Clone)]
pub struct LexiconLoader(pub js_sys::Function);

impl PartialEq for LexiconLoader {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

/// Whether `coaches` can read, fetching their built-in lexicons with `loader` if needed.
#[hook]
pub fn use_lexicons(coaches: Rc<LazyCoaches>, loader: Option<LexiconLoader>) -> Lexicons {
    let status = use_state(|| if coaches.ready() { Lexicons::Ready } else { Lexicons::Loading });
    {
        let status = status.clone();
        use_effect_with((), move |_| {
            if coaches.ready() {
                status.set(Lexicons::Ready);
                return;
            }
            let Some(loader) = loader else {
                gloo::console::error!("naitei: the coaches' lexicons were not handed over and cannot be fetched");
                status.set(Lexicons::Failed);
                return;
            };
            wasm_bindgen_futures::spawn_local(async move {
                // Tried again by itself after a failure, like the texts.
                let failed = |e: String| {
                    gloo::console::error!(format!("naitei: the coaches' lexicons could not be loaded: {e}"));
                    status.set(Lexicons::Failed);
                };
                let Some(json) =
                    with_retries(&|wait| loader.0.call1(&JsValue::NULL, &JsValue::from(wait)), &failed, &|| {}).await
                else {
                    return;
                };
                match parse(&json) {
                    Ok(lexicons) => {
                        coaches.provide(lexicons);
                        status.set(Lexicons::Ready);
                    }
                    Err(e) => failed(e),
                }
            });
        });
    }
    *status
}
