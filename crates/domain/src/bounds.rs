//! Plausible values: the bounds a date, a count or a text entered by a person must fall
//! within, whatever the way in (pages, API, spreadsheet imports). A value outside them is
//! a typing error or a probe, never data: a call opening in the year 273 or offering 32,629
//! places is refused with the field named, before anything is written.
//!
//! The bounds, and why:
//! - any date: 1 January 1900 to 31 December 2100 (no person, document or scheme of ours
//!   lies outside; a year of 2 or 5 digits is a slip of the keyboard);
//! - the dates of a scheme (a programme's, a call's opening and closing, a position's
//!   start): from 1 January 2000 to ten years after today — the platform records schemes
//!   of this century and plans ahead no further than a programme cycle;
//! - a birth date: the person is 14 to 100 years old today (14 is the youngest age at which
//!   a traineeship may start in the countries served; the age rule of a call keeps the
//!   same range);
//! - a call's places: 1 to 1000;
//! - texts: names and titles at most 200 characters, descriptions at most 5000, counted
//!   before trimming (so that a client checking the length counts what it sends).

use chrono::{Months, NaiveDate};

use crate::Invalid;
use crate::eligibility::age_on;

const fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(d) => d,
        None => NaiveDate::MIN,
    }
}

/// The earliest date any field accepts.
pub const EARLIEST: NaiveDate = ymd(1900, 1, 1);
/// The latest date any field accepts.
pub const LATEST: NaiveDate = ymd(2100, 12, 31);
/// The earliest date of a scheme (programme, call, position).
pub const SCHEME_EARLIEST: NaiveDate = ymd(2000, 1, 1);
/// How far ahead of today a scheme's date may lie.
pub const SCHEME_YEARS_AHEAD: u32 = 10;
/// The ages a candidate (and a call's age rule) may have.
pub const MIN_AGE: u32 = 14;
pub const MAX_AGE: u32 = 100;
/// The places a call may offer.
pub const MAX_CALL_PLACES: i64 = 1000;
/// Names, titles.
pub const MAX_NAME: usize = 200;
/// Descriptions.
pub const MAX_DESCRIPTION: usize = 5000;

/// A date written `YYYY-MM-DD`, within [`EARLIEST`]..=[`LATEST`].
pub fn date(field: &'static str, s: &str) -> Result<NaiveDate, Invalid> {
    let d = NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| Invalid::new(field, "error-invalid-date"))?;
    within(field, d)
}

/// A date already parsed (e.g. from JSON), checked against the same bounds as [`date`].
pub fn within(field: &'static str, d: NaiveDate) -> Result<NaiveDate, Invalid> {
    if (EARLIEST..=LATEST).contains(&d) {
        Ok(d)
    } else {
        Err(Invalid::new(field, "error-date-range"))
    }
}

/// The latest date of a scheme, seen from `today`.
pub fn scheme_latest(today: NaiveDate) -> NaiveDate {
    today
        .checked_add_months(Months::new(12 * SCHEME_YEARS_AHEAD))
        .unwrap_or(LATEST)
}

/// A date of a scheme: from [`SCHEME_EARLIEST`] to ten years after `today`.
pub fn scheme_date(field: &'static str, s: &str, today: NaiveDate) -> Result<NaiveDate, Invalid> {
    let d = date(field, s)?;
    if (SCHEME_EARLIEST..=scheme_latest(today)).contains(&d) {
        Ok(d)
    } else {
        Err(Invalid::new(field, "error-scheme-date-range"))
    }
}

/// A birth date of someone aged [`MIN_AGE`] to [`MAX_AGE`] on `today`.
pub fn birth_date(field: &'static str, s: &str, today: NaiveDate) -> Result<NaiveDate, Invalid> {
    let d = date(field, s)?;
    if d >= today {
        return Err(Invalid::new(field, "error-date-in-future"));
    }
    let age = age_on(d, today);
    if d < today && (i64::from(MIN_AGE)..=i64::from(MAX_AGE)).contains(&age) {
        Ok(d)
    } else {
        Err(Invalid::new(field, "error-birth-date-range"))
    }
}

/// A text of at most `max` characters as sent, trimmed.
pub fn text(field: &'static str, s: &str, max: usize) -> Result<String, Invalid> {
    if s.chars().count() > max {
        return Err(Invalid::new(field, "error-text-too-long"));
    }
    Ok(s.trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        ymd(2026, 12, 6)
    }

    #[test]
    fn dates_outside_the_plausible_range_are_refused() {
        assert_eq!(date("d", "2026-12-06"), Ok(today()));
        assert_eq!(
            date("d", "0273-01-01").err().map(|e| e.key),
            Some("error-date-range")
        );
        assert!(date("d", "+12345-01-01").is_err());
        assert_eq!(
            date("d", "2026-13-01").err().map(|e| e.key),
            Some("error-invalid-date")
        );
        assert!(date("d", "2101-01-01").is_err());
        assert!(date("d", "1900-01-01").is_ok());
    }

    #[test]
    fn a_scheme_lies_between_2000_and_ten_years_ahead() {
        let t = today();
        assert!(scheme_date("opens_on", "2000-01-01", t).is_ok());
        assert!(scheme_date("opens_on", "2036-12-06", t).is_ok());
        let late = scheme_date("opens_on", "2036-12-07", t).err();
        assert_eq!(
            late,
            Some(Invalid::new("opens_on", "error-scheme-date-range"))
        );
        assert!(scheme_date("opens_on", "1999-12-31", t).is_err());
    }

    #[test]
    fn a_candidate_is_14_to_100_years_old() {
        let t = today();
        assert!(birth_date("birth_date", "2012-12-06", t).is_ok());
        assert!(birth_date("birth_date", "2012-12-07", t).is_err());
        assert!(birth_date("birth_date", "1926-12-07", t).is_ok());
        assert!(birth_date("birth_date", "1925-12-06", t).is_err());
        assert!(birth_date("birth_date", "2030-01-01", t).is_err());
    }

    #[test]
    fn texts_are_counted_as_sent() {
        assert_eq!(text("t", " a ", 3), Ok("a".into()));
        assert!(text("t", " ab ", 3).is_err());
    }
}
