//! Which days are worked: Monday to Friday, except the holidays given (national and the
//! place's own). Built from stored data by the caller; knows no year by itself.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate, Weekday};

/// The days off of one place: weekends and the holidays it was given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorkCalendar {
    holidays: BTreeSet<NaiveDate>,
}

impl WorkCalendar {
    pub fn new(holidays: impl IntoIterator<Item = NaiveDate>) -> Self {
        WorkCalendar {
            holidays: holidays.into_iter().collect(),
        }
    }

    pub fn is_holiday(&self, d: NaiveDate) -> bool {
        self.holidays.contains(&d)
    }

    pub fn is_weekend(d: NaiveDate) -> bool {
        matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
    }

    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        !Self::is_weekend(d) && !self.is_holiday(d)
    }

    /// `d` if it is worked, else the next day that is.
    pub fn next_working_day(&self, d: NaiveDate) -> NaiveDate {
        let mut day = d;
        // A year holds at most a few dozen days off in a row; the bound keeps a calendar
        // filled with nonsense from looping.
        for _ in 0..400 {
            if self.is_working_day(day) {
                return day;
            }
            match day.succ_opt() {
                Some(next) => day = next,
                None => return day,
            }
        }
        day
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn weekends_and_holidays_are_not_worked() {
        let cal = WorkCalendar::new([d(2026, 12, 8)]);
        assert!(cal.is_working_day(d(2026, 12, 7)));
        assert!(!cal.is_working_day(d(2026, 12, 8)), "a holiday");
        assert!(!cal.is_working_day(d(2026, 12, 12)), "a Saturday");
        assert_eq!(cal.next_working_day(d(2026, 12, 8)), d(2026, 12, 9));
        assert_eq!(cal.next_working_day(d(2026, 12, 12)), d(2026, 12, 14));
    }
}
