//! Shared strategies for the property tests.

use naitei_core::{CompanyKind, Date, Format, Industry, JapaneseLevel, Profile, Region, Stage};
use proptest::prelude::*;

/// Any profile, with an interview date from `dates`.
pub fn profile_with(dates: impl Strategy<Value = Option<Date>>) -> impl Strategy<Value = Profile> {
    (
        prop::sample::select(CompanyKind::ALL.to_vec()),
        prop::sample::select(Industry::ALL.to_vec()),
        prop::sample::select(Region::ALL.to_vec()),
        prop::sample::select(Format::ALL.to_vec()),
        prop::sample::select(Stage::ALL.to_vec()),
        dates,
        prop::sample::select(JapaneseLevel::ALL.to_vec()),
        any::<u8>(),
        any::<u16>(),
    )
        .prop_map(
            |(
                company,
                industry,
                region,
                format,
                next_stage,
                interview_date,
                japanese,
                years_experience,
                daily_minutes,
            )| {
                Profile {
                    company,
                    industry,
                    region,
                    format,
                    next_stage,
                    interview_date,
                    japanese,
                    years_experience,
                    daily_minutes,
                }
            },
        )
}
