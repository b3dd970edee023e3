//! When follow-ups are due: 3, 6, 12 and 24 months after the outcome's day. The schedule is
//! this one table; the inbox, the forms and the demo all read it.

use chrono::{Months, NaiveDate};

/// Months after the outcome's day at which a follow-up is due.
pub const MILESTONES: [u32; 4] = [3, 6, 12, 24];

/// How many days before its date a follow-up shows in the mentor's inbox.
pub const LEAD_DAYS: i64 = 30;

/// The day the follow-up `months` after `outcome_day` is due (the end of a shorter month
/// when the day does not exist in it).
pub fn due_on(outcome_day: NaiveDate, months: u32) -> NaiveDate {
    outcome_day
        .checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// Whether `months` is one of the schedule's milestones.
pub fn is_milestone(months: i64) -> bool {
    MILESTONES.iter().any(|m| i64::from(*m) == months)
}

/// One follow-up of the schedule, done or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Due {
    pub months: u32,
    pub on: NaiveDate,
    pub done: bool,
}

/// The whole schedule of an outcome, with the milestones already recorded marked done.
pub fn schedule(outcome_day: NaiveDate, done: &[i64]) -> Vec<Due> {
    MILESTONES
        .iter()
        .map(|m| Due {
            months: *m,
            on: due_on(outcome_day, *m),
            done: done.contains(&i64::from(*m)),
        })
        .collect()
}

/// The follow-up to record next: the earliest milestone not yet recorded, if any.
pub fn next(outcome_day: NaiveDate, done: &[i64]) -> Option<Due> {
    schedule(outcome_day, done).into_iter().find(|d| !d.done)
}

/// The follow-up waiting on `today`: the next one, once it is within [`LEAD_DAYS`] of its
/// date (or past it).
pub fn waiting(outcome_day: NaiveDate, done: &[i64], today: NaiveDate) -> Option<Due> {
    next(outcome_day, done).filter(|d| (d.on - today).num_days() <= LEAD_DAYS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn follow_ups_fall_three_six_twelve_and_twenty_four_months_on() {
        let s = schedule(ymd(2024, 8, 31), &[3]);
        let got: Vec<_> = s.iter().map(|d| (d.months, d.on, d.done)).collect();
        assert_eq!(
            got,
            [
                (3, ymd(2024, 11, 30), true),
                (6, ymd(2025, 2, 28), false),
                (12, ymd(2025, 8, 31), false),
                (24, ymd(2026, 8, 31), false),
            ]
        );
        assert_eq!(next(ymd(2024, 8, 31), &[3, 6]).map(|d| d.months), Some(12));
        assert_eq!(next(ymd(2024, 8, 31), &[3, 6, 12, 24]), None);
        assert!(is_milestone(24) && !is_milestone(9));
    }

    #[test]
    fn a_follow_up_waits_from_thirty_days_before_its_date() {
        let day = ymd(2026, 1, 10);
        assert_eq!(waiting(day, &[], ymd(2026, 3, 10)), None);
        assert_eq!(
            waiting(day, &[], ymd(2026, 3, 11)).map(|d| d.on),
            Some(ymd(2026, 4, 10))
        );
        // Overdue stays waiting until recorded.
        assert_eq!(
            waiting(day, &[], ymd(2027, 1, 1)).map(|d| d.months),
            Some(3)
        );
    }
}
