//! naitei-content: the built-in bank of items, checks and study modules, in
//! English and Japanese. The TOML files under `bank/` and `text/` are checked
//! and compiled into one JSON pack at build time (see `build.rs`), so a broken
//! bank never builds and the widget parses one small, known-good document.

use naitei_core::{Bank, Content, Pack};

/// The built-in pack as compact JSON, checked at build time.
pub const PACK_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/pack.json"));

#[cfg(all(content_broken, not(feature = "cli")))]
compile_error!(
    "the built-in content has problems: run `cargo run -p naitei-content -- check` to list them with file and line"
);

/// The built-in pack.
pub fn pack() -> Pack {
    if cfg!(content_broken) {
        panic!("the built-in content has problems: run `cargo run -p naitei-content -- check` to list them with file and line");
    }
    serde_json::from_str(PACK_JSON).expect("the built-in pack was checked at build time")
}

/// The built-in bank with its texts.
pub fn content() -> Content {
    Bank::build(&pack()).expect("the built-in pack was checked at build time")
}

#[cfg(feature = "cli")]
pub mod source;
