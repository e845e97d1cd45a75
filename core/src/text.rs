//! Display text, kept apart from scoring. Every text has a key derived from
//! stable ids (`item.<id>.prompt`, `item.<id>.option.<opt>.why`, ...); each
//! language is a flat map from key to text. Scoring never reads this module,
//! so a wrong translation can mislead but never changes a score.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A display language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// English (the reference language: every other one must have the same keys).
    En,
    /// Japanese, written in です/ます form.
    Ja,
}

impl Lang {
    /// Every language, reference first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// BCP 47 tag, for `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// Reads a tag such as `ja`, `ja-JP` or `en-GB`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "ja" => Some(Lang::Ja),
            _ => None,
        }
    }
}

/// The texts of one language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Texts(pub BTreeMap<String, String>);

impl Texts {
    /// The text for `key`, or the key itself so a gap is visible rather than blank.
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.0.get(key).map(String::as_str).unwrap_or(key)
    }

    /// The text for `key`, if present.
    pub fn find(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }
}

/// Builders for text keys, so every crate spells them the same way.
pub mod key {
    use crate::area::{Area, Stage};
    use crate::severity::Severity;

    /// `area.<id>.name`
    pub fn area_name(a: Area) -> String {
        format!("area.{}.name", a.id())
    }
    /// `area.<id>.about`: what interviewers look for in the area.
    pub fn area_about(a: Area) -> String {
        format!("area.{}.about", a.id())
    }
    /// `area.<id>.band.<band>`: narrative for a score in that band.
    pub fn area_band(a: Area, band: &str) -> String {
        format!("area.{}.band.{band}", a.id())
    }
    /// `area.<id>.use`: how to use the area as a strength.
    pub fn area_use(a: Area) -> String {
        format!("area.{}.use", a.id())
    }
    /// `stage.<id>.name`
    pub fn stage_name(s: Stage) -> String {
        format!("stage.{}.name", s.id())
    }
    /// `stage.<id>.about`: what the stage checks.
    pub fn stage_about(s: Stage) -> String {
        format!("stage.{}.about", s.id())
    }
    /// `band.<id>.name`
    pub fn band_name(b: &str) -> String {
        format!("band.{b}.name")
    }
    /// `band.<id>.legend`: what a score in the band means.
    pub fn band_legend(b: &str) -> String {
        format!("band.{b}.legend")
    }
    /// `severity.<id>.name`
    pub fn severity_name(s: Severity) -> String {
        format!("severity.{}.name", s.id())
    }
    /// `section.<id>.title`
    pub fn section_title(s: &str) -> String {
        format!("section.{s}.title")
    }
    /// `item.<id>.prompt`
    pub fn item_prompt(i: &str) -> String {
        format!("item.{i}.prompt")
    }
    /// `item.<id>.hint` (optional)
    pub fn item_hint(i: &str) -> String {
        format!("item.{i}.hint")
    }
    /// `item.<id>.placeholder` (optional, text items)
    pub fn item_placeholder(i: &str) -> String {
        format!("item.{i}.placeholder")
    }
    /// `item.<id>.option.<opt>.label`
    pub fn option_label(i: &str, o: &str) -> String {
        format!("item.{i}.option.{o}.label")
    }
    /// `item.<id>.option.<opt>.why`: why the option is strong or weak.
    pub fn option_why(i: &str, o: &str) -> String {
        format!("item.{i}.option.{o}.why")
    }
    /// `item.<id>.why.<low|mid|high>`: Likert feedback for a rating of 1-2, 3 or 4-5.
    pub fn rating_why(i: &str, rating: u8) -> String {
        let band = match rating {
            0..=2 => "low",
            3 => "mid",
            _ => "high",
        };
        format!("item.{i}.why.{band}")
    }
    /// `item.<id>.reading`: the seconds to read the item's prompt, hint and
    /// options, then its feedback in learning mode, as two whole numbers ("41 12").
    /// [`crate::present::split`] writes it into the first text file, which holds the
    /// words of the opening questions only and no feedback, so the intro's times
    /// need no other file.
    pub fn item_reading(i: &str) -> String {
        format!("item.{i}.reading")
    }
    /// `check.<id>.title`
    pub fn check_title(c: &str) -> String {
        format!("check.{c}.title")
    }
    /// `check.<id>.explain`: why it matters in a Japanese interview.
    pub fn check_explain(c: &str) -> String {
        format!("check.{c}.explain")
    }
    /// `limit.<severity>.reason`: why flags of that severity limit readiness, for the legend.
    /// The label before a flag's reason: why a flag of this severity weighs as it does.
    pub fn severity_why(s: Severity) -> String {
        format!("ui.export.why.{}", s.id())
    }
    /// Why a cap of this severity holds a stage down.
    pub fn limit_reason(s: Severity) -> String {
        format!("limit.{}.reason", s.id())
    }
    /// `check.<id>.reason`: why the check has its severity.
    pub fn check_reason(c: &str) -> String {
        format!("check.{c}.reason")
    }
    /// `module.<id>.title`
    pub fn module_title(m: &str) -> String {
        format!("module.{m}.title")
    }
    /// `module.<id>.summary`
    pub fn module_summary(m: &str) -> String {
        format!("module.{m}.summary")
    }
    /// `module.<id>.step.<step>`
    pub fn module_step(m: &str, s: &str) -> String {
        format!("module.{m}.step.{s}")
    }
    /// `milestone.<id>.title`
    pub fn milestone_title(m: &str) -> String {
        format!("milestone.{m}.title")
    }
    /// `milestone.<id>.detail`
    pub fn milestone_detail(m: &str) -> String {
        format!("milestone.{m}.detail")
    }
    /// What to do in the milestone's short version (optional; the plan falls
    /// back to `detail` when a pack has none).
    pub fn milestone_detail_short(m: &str) -> String {
        format!("milestone.{m}.detail_short")
    }
}
