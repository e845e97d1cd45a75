//! Taking results out of the browser, all computed here without a server:
//!
//! * [`to_markdown`]: the report and plan as a Markdown document in the
//!   candidate's language, plan steps as task items.
//! * [`to_json`] / [`import_json`]: a versioned JSON file that can be read back.
//! * [`to_ics`]: the plan as an iCalendar file (RFC 5545), one event per day.
//! * [`storage`]: the versioned envelope the widget saves in `localStorage`.
//!
//! Every label comes from `ui.export.*` text keys (`content/text/<lang>/export.toml`).

mod ics;
mod json;
mod markdown;
pub mod storage;

pub use ics::{to_ics, IcsOptions};
pub use json::{import_json, to_json, ImportError, Imported, EXPORT_VERSION, MAX_IMPORT_BYTES};
pub use markdown::{escape as escape_markdown, to_markdown};

pub(crate) use crate::present::{date, fill, score, text};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::text::Texts;

    #[test]
    fn dates_follow_the_language_template() {
        let mut texts = Texts::default();
        let d: Date = "2026-01-05".parse().unwrap();
        assert_eq!(date(&texts, d), "2026-01-05");
        texts.0.insert("ui.export.date".into(), "{y}年{m}月{d}日".into());
        assert_eq!(date(&texts, d), "2026年1月5日");
    }
}
