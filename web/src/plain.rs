//! Rust values to plain JavaScript objects, through JSON text.
//!
//! The core already serialises its reports, plans and sessions with serde_json
//! (saved progress, exports, share links), so the widget hands values to
//! JavaScript the same way: `JSON.parse` of serde_json's text. A second serde
//! backend (serde-wasm-bindgen) would compile every `Serialize` impl a second
//! time into the download, about 14 KB gzip for the same objects.

use serde::Serialize;
use wasm_bindgen::JsValue;

/// `value` as a plain object (what `JSON.parse` of its JSON gives); an error says what failed.
pub fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let json = serde_json::to_string(value).map_err(|e| js_sys::Error::new(&format!("naitei: {e}")))?;
    js_sys::JSON::parse(&json)
}
