//! The study plan as an iCalendar file (RFC 5545): one all-day event per plan
//! day, so the plan shows up in any calendar app.

use super::{fill, text};
use crate::date::Date;
use crate::plan::{StudyPlan, Task};
use crate::text::{key, Texts};

/// What the calendar needs besides the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IcsOptions {
    /// When the file is made, in seconds since 1970-01-01 UTC (`DTSTAMP`); the
    /// core reads no clock, so the caller passes it in.
    pub stamp: i64,
    /// Right-hand side of each event's `UID` (`<date>-study@<uid_domain>`).
    /// Events keep their UID when the plan is exported again, so a calendar
    /// that imports the new file updates the days instead of doubling them.
    pub uid_domain: String,
}

impl IcsOptions {
    /// Options for a file made at `stamp` (Unix seconds), with UIDs `@naitei`.
    pub fn new(stamp: i64) -> IcsOptions {
        IcsOptions { stamp, uid_domain: "naitei".into() }
    }
}

/// The plan as an iCalendar file in the language of `texts`: CRLF line ends,
/// lines folded at 75 octets without splitting a character.
pub fn to_ics(plan: &StudyPlan, texts: &Texts, options: &IcsOptions) -> String {
    let t = |k: &str| text(texts, k).to_owned();
    let detail = |title: &str, d: &str| fill(&t("ui.export.with_detail"), &[("title", title), ("detail", d)]);
    let sep = text(texts, "ui.export.separator");
    let mut out = String::new();
    let mut line = |name: &str, value: &str| fold(&mut out, &format!("{name}:{value}"));
    line("BEGIN", "VCALENDAR");
    line("VERSION", "2.0");
    line("PRODID", "-//Naitei//Study plan//EN");
    line("CALSCALE", "GREGORIAN");
    line("METHOD", "PUBLISH");
    line("X-WR-CALNAME", &escape(&t("ui.export.ics_calendar")));
    let stamp = stamp(options.stamp);
    let domain: String = options.uid_domain.chars().filter(|c| c.is_ascii_graphic()).collect();
    for day in &plan.days {
        let mut titles = Vec::new();
        let mut lines = vec![crate::present::when(texts, plan, day)];
        for task in &day.tasks {
            let v = crate::present::task(texts, task);
            lines.push(format!("\n{}", if v.about.is_empty() { v.title.clone() } else { detail(&v.title, &v.about) }));
            if let Some(d) = &v.detail {
                lines.push(d.clone());
            }
            match task {
                // A calendar event is read on its own day: a return to earlier steps
                // says so and lists them again.
                Task::Module { module, steps, again: Some(_), .. } => {
                    lines.extend(v.checks.iter().map(|(_, line)| line.clone()));
                    lines.extend(steps.iter().map(|s| format!("- {}", texts.get(&key::module_step(module, s)))));
                }
                Task::Module { .. } => lines.extend(v.checks.iter().map(|(_, step)| format!("- {step}"))),
                _ => {}
            }
            titles.push(v.title);
        }
        let summary = fill(&t("ui.export.ics_summary"), &[("tasks", &titles.join(sep))]);
        line("BEGIN", "VEVENT");
        line("UID", &format!("{}-study@{domain}", day.date.compact()));
        line("DTSTAMP", &stamp);
        line("DTSTART;VALUE=DATE", &day.date.compact());
        line("DTEND;VALUE=DATE", &day.date.add_days(1).compact());
        line("SUMMARY", &escape(&summary));
        line("DESCRIPTION", &escape(&lines.join("\n")));
        line("TRANSP", "TRANSPARENT");
        line("END", "VEVENT");
    }
    line("END", "VCALENDAR");
    out
}

/// Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line
/// breaks (`\n`); other control characters but tab are dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line, folded so no line exceeds 75 octets (RFC 5545 3.1),
/// never inside a UTF-8 character, and ended by CRLF.
fn fold(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// `YYYYMMDDTHHMMSSZ` for Unix seconds.
fn stamp(unix: i64) -> String {
    let days = i32::try_from(unix.div_euclid(86_400)).unwrap_or(0);
    let secs = unix.rem_euclid(86_400);
    let date = Date::from_ymd(1970, 1, 1).map_or_else(String::new, |d| d.add_days(days).compact());
    format!("{date}T{:02}{:02}{:02}Z", secs / 3600, secs / 60 % 60, secs % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Profile;
    use crate::testing::{answers, tiny_bank};
    use crate::{evaluate, Config};

    fn plan() -> StudyPlan {
        let profile = Profile { interview_date: Some("2026-11-30".parse().unwrap()), ..Profile::default() };
        evaluate(&tiny_bank(), &profile, &answers("arrival=on_time"), &Config::new("2026-11-21".parse().unwrap())).plan
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(escape("a\\b;c,d\ne\r\nf\rg\u{7}h\ti"), "a\\\\b\\;c\\,d\\ne\\nf\\ngh\ti");
    }

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let mut out = String::new();
        fold(&mut out, &format!("SUMMARY:{}", "面接".repeat(40)));
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        assert_eq!(out.replace("\r\n ", ""), format!("SUMMARY:{}\r\n", "面接".repeat(40)));
    }

    #[test]
    fn the_stamp_is_utc() {
        assert_eq!(stamp(0), "19700101T000000Z");
        assert_eq!(stamp(1_795_253_445), "20261121T093045Z");
    }

    #[test]
    fn a_calendar_has_one_all_day_event_per_plan_day() {
        let plan = plan();
        let ics = to_ics(&plan, &Texts::default(), &IcsOptions::new(1_795_253_445));
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(ics.contains("CALSCALE:GREGORIAN\r\n"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), plan.days.len());
        let first = &plan.days[0];
        assert!(ics.contains(&format!("DTSTART;VALUE=DATE:{}\r\n", first.date.compact())));
        assert!(ics.contains(&format!("DTEND;VALUE=DATE:{}\r\n", first.date.add_days(1).compact())));
        assert!(ics.contains(&format!("UID:{}-study@naitei\r\n", first.date.compact())));
        assert!(ics.contains("DTSTAMP:20261121T093045Z\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'), "CRLF only");
    }
}
