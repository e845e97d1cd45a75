//! The candidate's situation, and `When`: the profile conditions content uses to
//! decide which items, weights, modules and milestones apply. The profile never
//! changes scoring through code branches, only through these conditions in data.

use crate::area::Stage;
use crate::date::Date;
use serde::{Deserialize, Serialize};

/// The kind of company the candidate is applying to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CompanyKind {
    /// A large, established Japanese enterprise.
    Large,
    /// A small or medium-sized company (most Japanese employers).
    Sme,
    /// A start-up.
    Startup,
    /// The Japanese branch of a foreign company.
    Foreign,
    /// An SES company (システムエンジニアリングサービス): it hires engineers and
    /// places them at client sites, after a meeting with the client.
    Ses,
}

/// The industry, where it changes expectations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Industry {
    /// Web services, software products, consulting and everything else.
    General,
    /// Banking, insurance and securities: traditional, in-person habits matter most.
    Finance,
    /// Manufacturing and embedded systems.
    Manufacturing,
    /// Government and public-sector systems.
    PublicSector,
}

/// Where in Japan the company and its people are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    /// Tokyo and eastern Japan.
    East,
    /// Osaka and western Japan.
    West,
    /// Elsewhere, or not known.
    Other,
}

/// How the interviews are held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// In person at the company.
    Onsite,
    /// By video call.
    Online,
    /// Some rounds in person, some online.
    Both,
}

/// The candidate's Japanese level (JLPT scale).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JapaneseLevel {
    /// The candidate has not said: nothing is assumed from it.
    NotGiven,
    /// No Japanese yet.
    None,
    /// JLPT N5.
    N5,
    /// JLPT N4.
    N4,
    /// JLPT N3.
    N3,
    /// JLPT N2.
    N2,
    /// JLPT N1.
    N1,
    /// Native or equivalent.
    Native,
}

crate::ids::ids!(CompanyKind { Large => "large", Sme => "sme", Startup => "startup", Foreign => "foreign", Ses => "ses" });
crate::ids::ids!(Industry {
    General => "general",
    Finance => "finance",
    Manufacturing => "manufacturing",
    PublicSector => "public_sector",
});
crate::ids::ids!(Region { East => "east", West => "west", Other => "other" });
crate::ids::ids!(Format { Onsite => "onsite", Online => "online", Both => "both" });
crate::ids::ids!(JapaneseLevel {
    NotGiven => "not_given",
    None => "none",
    N5 => "n5",
    N4 => "n4",
    N3 => "n3",
    N2 => "n2",
    N1 => "n1",
    Native => "native",
});

/// Everything the model needs to know about the candidate's situation.
///
/// ```
/// let p: naitei_core::Profile = serde_json::from_str(r#"{"company":"startup","format":"online"}"#).unwrap();
/// assert_eq!(p.daily_minutes, 45, "fields left out take their defaults");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Profile {
    /// Kind of company applied to.
    pub company: CompanyKind,
    /// Industry of the company.
    pub industry: Industry,
    /// Region of the company.
    pub region: Region,
    /// How interviews are held.
    pub format: Format,
    /// The next stage the candidate faces.
    pub next_stage: Stage,
    /// Date of that stage, if known. Without it the plan covers 14 days.
    pub interview_date: Option<Date>,
    /// Japanese level.
    pub japanese: JapaneseLevel,
    /// Years of professional experience as an engineer.
    pub years_experience: u8,
    /// Minutes a day available for study (clamped to 10..=480 when planning).
    pub daily_minutes: u16,
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            company: CompanyKind::Large,
            industry: Industry::General,
            region: Region::East,
            format: Format::Onsite,
            next_stage: Stage::FirstInterview,
            interview_date: None,
            japanese: JapaneseLevel::NotGiven,
            years_experience: 3,
            daily_minutes: 45,
        }
    }
}

/// A condition on the profile, written in content as
/// `when = { format = ["online", "both"], region = ["west"] }`.
/// Every field that is present must match (AND); within a field any listed
/// value matches (OR). An empty condition always matches.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct When {
    /// Company kinds for which this applies.
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Vec::is_empty"))]
    pub company: Vec<CompanyKind>,
    /// Industries for which this applies.
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Vec::is_empty"))]
    pub industry: Vec<Industry>,
    /// Regions for which this applies.
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Vec::is_empty"))]
    pub region: Vec<Region>,
    /// Interview formats for which this applies.
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Vec::is_empty"))]
    pub format: Vec<Format>,
    /// Next stages for which this applies.
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Vec::is_empty"))]
    pub next_stage: Vec<Stage>,
    /// Japanese levels for which this applies.
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Vec::is_empty"))]
    pub japanese: Vec<JapaneseLevel>,
    /// Applies only with at least this many years of experience.
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Option::is_none"))]
    pub min_years: Option<u8>,
    /// Applies only with at most this many years of experience.
    #[cfg_attr(not(feature = "every-field"), serde(skip_serializing_if = "Option::is_none"))]
    pub max_years: Option<u8>,
}

impl When {
    /// Whether the condition holds for `p`.
    pub fn matches(&self, p: &Profile) -> bool {
        fn any<T: PartialEq>(list: &[T], v: &T) -> bool {
            list.is_empty() || list.contains(v)
        }
        any(&self.company, &p.company)
            && any(&self.industry, &p.industry)
            && any(&self.region, &p.region)
            && any(&self.format, &p.format)
            && any(&self.next_stage, &p.next_stage)
            && any(&self.japanese, &p.japanese)
            && self.min_years.is_none_or(|m| p.years_experience >= m)
            && self.max_years.is_none_or(|m| p.years_experience <= m)
    }

    /// True when the condition has no field set.
    pub fn is_always(&self) -> bool {
        *self == When::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn when(toml_like_json: &str) -> When {
        serde_json::from_str(toml_like_json).unwrap()
    }

    #[test]
    fn an_empty_condition_always_applies() {
        assert!(when("{}").matches(&Profile::default()));
    }

    #[test]
    fn online_items_apply_to_online_and_mixed_formats_only() {
        let online_only = when(r#"{"format":["online","both"]}"#);
        let mut p = Profile::default();
        for (format, expected) in [(Format::Onsite, false), (Format::Online, true), (Format::Both, true)] {
            p.format = format;
            assert_eq!(online_only.matches(&p), expected, "{format:?}");
        }
    }

    #[test]
    fn all_fields_must_match() {
        let west_finance = when(r#"{"region":["west"],"industry":["finance"]}"#);
        let mut p = Profile { region: Region::West, ..Profile::default() };
        assert!(!west_finance.matches(&p));
        p.industry = Industry::Finance;
        assert!(west_finance.matches(&p));
    }

    #[test]
    fn years_bounds_are_inclusive() {
        let juniors = when(r#"{"max_years":2}"#);
        let mut p = Profile { years_experience: 2, ..Profile::default() };
        assert!(juniors.matches(&p));
        p.years_experience = 3;
        assert!(!juniors.matches(&p));
    }

    #[test]
    fn unknown_profile_fields_are_refused_with_their_name() {
        let err = serde_json::from_str::<Profile>(r#"{"compnay":"large"}"#).unwrap_err();
        assert!(err.to_string().contains("compnay"), "{err}");
    }
}
