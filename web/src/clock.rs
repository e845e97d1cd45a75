//! The clock, behind a small trait so components and tests never read the
//! browser's date themselves: the app asks once per render and passes the
//! date down (and keys the evaluation by it, so a tab left open past midnight
//! gets today's plan at the next interaction).

use naitei_core::Date;

/// Where today's date comes from.
pub trait Clock {
    /// Today in the visitor's time zone; None when the device's date cannot be read.
    fn today(&self) -> Option<Date>;
    /// Seconds since 1970 (for file time stamps).
    fn now_seconds(&self) -> i64;
}

/// The browser's clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct BrowserClock;

impl Clock for BrowserClock {
    fn today(&self) -> Option<Date> {
        let now = js_sys::Date::new_0();
        if now.get_time().is_nan() {
            return None;
        }
        Date::from_ymd(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
    }

    fn now_seconds(&self) -> i64 {
        (js_sys::Date::now() / 1000.0) as i64
    }
}

/// A clock stopped at one date, for tests.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub Date);

impl Clock for FixedClock {
    fn today(&self) -> Option<Date> {
        Some(self.0)
    }

    fn now_seconds(&self) -> i64 {
        let epoch: Date = "1970-01-01".parse().expect("a valid date");
        i64::from(epoch.days_until(self.0)) * 86_400
    }
}

/// Today from the browser, or the start of the model's calendar when the
/// device's date cannot be read (the app then tells the candidate).
pub fn today() -> Date {
    BrowserClock.today().unwrap_or_else(|| "2026-01-01".parse().expect("a valid date"))
}
