//! naitei-web: the Naitei widget. A thin Yew shell around `naitei-core`: it
//! renders the questionnaire, report and plan, saves progress in the browser,
//! and exposes `mount`, `evaluate` and `bank` to JavaScript. Nothing leaves the
//! browser.

pub mod app;
pub mod browser_json;
pub mod clock;
pub mod coaches;
pub mod components;
pub mod events;
#[cfg(feature = "full")]
pub mod full;
pub mod hooks;
pub mod i18n;
#[cfg(not(feature = "full"))]
pub mod light;
pub mod options;
pub mod plain;
pub mod same;
pub mod screens;
pub mod state;
pub mod storage;

mod api;
pub use api::*;

/// Talc instead of dlmalloc in both modules (the light one links this crate too): a smaller
/// download (docs/quality.md has the figures).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

// The unit tests inside components (the radar's box, numbers with units) run in the browser too.
#[cfg(test)]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
