//! Embedding options. They are decoded by `naitei_core::embed` (forgiving:
//! a value the widget does not know is ignored with a console warning, a tag
//! such as `ja-JP` is a language); `Options::default()` there is the single
//! source of defaults. The JS side forwards only what the host set.

pub use naitei_core::embed::{Options, Theme};
