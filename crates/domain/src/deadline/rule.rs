//! A deadline rule and the date it gives, with why.

use chrono::{DateTime, Duration, Months, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use super::WorkCalendar;

/// What an offset counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    CalendarDays,
    /// Monday to Friday, holidays excepted; the anchor's own day is not counted.
    WorkingDays,
    /// Calendar months; a day the month lacks becomes its last (31 January + 1 = 28/29
    /// February).
    Months,
    /// Hours from the anchor's time (from the start of its day when the time is unknown).
    Hours,
}

/// A deadline rule, as a procedure template states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    /// Stable name (`permit-request`, `visa-decision`, …).
    pub id: String,
    /// The event counted from (`arrived`, `visa_requested`, …).
    pub anchor: String,
    pub offset: i64,
    pub unit: Unit,
    /// A due date on a weekend or holiday moves to the next working day.
    #[serde(default)]
    pub roll_forward: bool,
}

/// When the anchor event happened: its day in Europe/Rome, and its time when known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    pub date: NaiveDate,
    pub time: Option<NaiveDateTime>,
}

impl Anchor {
    pub fn on(date: NaiveDate) -> Self {
        Anchor { date, time: None }
    }
}

/// Why a due date is what it is: enough to write "8 working days after arrival on 3
/// April; Easter Monday not counted; moved from Saturday".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Why {
    pub rule: String,
    pub anchor_event: String,
    pub anchor_date: NaiveDate,
    pub offset: i64,
    pub unit: Unit,
    /// Holidays (not weekends) the count stepped over or away from.
    pub holidays_skipped: Vec<NaiveDate>,
    /// The date before rolling forward, when it was a day off.
    pub rolled_from: Option<NaiveDate>,
    /// Hours counted from the start of the anchor's day (its time unknown): the date is
    /// the earliest the deadline can be.
    pub time_assumed: bool,
}

/// A computed deadline: the last day to act (and the instant, for hour rules with a time).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub date: NaiveDate,
    pub at: Option<NaiveDateTime>,
    pub why: Why,
}

/// Where a deadline stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Standing {
    Overdue,
    DueToday,
    /// Due within the window the person watches.
    Upcoming,
    Later,
}

impl Rule {
    /// The date this rule gives from `anchor`, on `cal`; `None` only for dates beyond
    /// the calendar's range.
    pub fn due(&self, anchor: Anchor, cal: &WorkCalendar) -> Option<Due> {
        let mut holidays_skipped = Vec::new();
        let mut at = None;
        let mut time_assumed = false;
        let raw = match self.unit {
            Unit::CalendarDays => anchor
                .date
                .checked_add_signed(Duration::days(self.offset))?,
            Unit::Months => {
                let months = Months::new(u32::try_from(self.offset.unsigned_abs()).ok()?);
                if self.offset >= 0 {
                    anchor.date.checked_add_months(months)?
                } else {
                    anchor.date.checked_sub_months(months)?
                }
            }
            Unit::WorkingDays => {
                let step = if self.offset >= 0 { 1 } else { -1 };
                let mut day = anchor.date;
                let mut left = self.offset.abs();
                // Bounded: a year has about 250 working days.
                let mut guard = 0;
                while left > 0 {
                    day = day.checked_add_signed(Duration::days(step))?;
                    if cal.is_working_day(day) {
                        left -= 1;
                    } else if cal.is_holiday(day) && !WorkCalendar::is_weekend(day) {
                        holidays_skipped.push(day);
                    }
                    guard += 1;
                    if guard > 4000 {
                        return None;
                    }
                }
                day
            }
            Unit::Hours => {
                let start = anchor.time.unwrap_or_else(|| {
                    time_assumed = true;
                    anchor.date.and_hms_opt(0, 0, 0).unwrap_or_default()
                });
                let end = start.checked_add_signed(Duration::hours(self.offset))?;
                at = anchor.time.map(|_| end);
                if anchor.time.is_some() {
                    end.date()
                } else {
                    // Counted from midnight, the last full day is the one before `end`.
                    end.date().pred_opt()?.max(anchor.date)
                }
            }
        };
        let mut rolled_from = None;
        let mut date = raw;
        if self.roll_forward && !cal.is_working_day(raw) {
            date = cal.next_working_day(raw);
            rolled_from = Some(raw);
            let mut d = raw;
            while d < date {
                if cal.is_holiday(d) && !WorkCalendar::is_weekend(d) {
                    holidays_skipped.push(d);
                }
                d = d.succ_opt()?;
            }
            at = None;
        }
        Some(Due {
            date,
            at,
            why: Why {
                rule: self.id.clone(),
                anchor_event: self.anchor.clone(),
                anchor_date: anchor.date,
                offset: self.offset,
                unit: self.unit,
                holidays_skipped,
                rolled_from,
                time_assumed,
            },
        })
    }
}

impl Due {
    /// Where it stands on `today` (a day in Europe/Rome), `window` days being "upcoming".
    pub fn standing(&self, today: NaiveDate, window: i64) -> Standing {
        Self::standing_of(self.date, today, window)
    }

    /// Where a due date stands on `today`, `window` days being "upcoming".
    pub fn standing_of(date: NaiveDate, today: NaiveDate, window: i64) -> Standing {
        if date < today {
            Standing::Overdue
        } else if date == today {
            Standing::DueToday
        } else if (date - today).num_days() <= window {
            Standing::Upcoming
        } else {
            Standing::Later
        }
    }
}

/// The day it is in Italy at `now`: deadlines are Italian days, whatever the server's or
/// the reader's zone.
pub fn rome_today(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&chrono_tz::Europe::Rome).date_naive()
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::deadline::holidays;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    fn italy(years: &[i32], local: &[NaiveDate]) -> WorkCalendar {
        WorkCalendar::new(
            years
                .iter()
                .flat_map(|y| holidays::italian(*y))
                .map(|h| h.date)
                .chain(local.iter().copied()),
        )
    }

    fn rule(offset: i64, unit: Unit, roll_forward: bool) -> Rule {
        Rule {
            id: "r".into(),
            anchor: "arrived".into(),
            offset,
            unit,
            roll_forward,
        }
    }

    #[test]
    fn the_rules_give_their_dates() {
        let cal = italy(&[2024, 2025, 2026], &[d(2026, 12, 7)]);
        // (anchor, offset, unit, roll forward, due date)
        let table = [
            // Month ends and leap years.
            (d(2024, 1, 31), 1, Unit::Months, false, d(2024, 2, 29)),
            (d(2025, 1, 31), 1, Unit::Months, false, d(2025, 2, 28)),
            (d(2024, 8, 31), 6, Unit::Months, false, d(2025, 2, 28)),
            (d(2024, 2, 29), 12, Unit::Months, false, d(2025, 2, 28)),
            // Visa decision within 90 calendar days, no roll.
            (
                d(2026, 1, 10),
                90,
                Unit::CalendarDays,
                false,
                d(2026, 4, 10),
            ),
            // 90 days landing on Easter Monday 2026 rolls to Tuesday.
            (d(2026, 1, 6), 90, Unit::CalendarDays, true, d(2026, 4, 7)),
            // Permit request: 8 working days after arrival on Thursday 2 April 2026, over
            // the Easter weekend and Monday.
            (d(2026, 4, 2), 8, Unit::WorkingDays, false, d(2026, 4, 15)),
            // … and over Milan's 7 December and the 8th (Saint Ambrose, Immaculate).
            (d(2026, 12, 4), 8, Unit::WorkingDays, false, d(2026, 12, 18)),
            // Start within 15 days of the permit request, landing on a Saturday: rolled.
            (d(2026, 3, 6), 15, Unit::CalendarDays, true, d(2026, 3, 23)),
            (d(2026, 3, 6), 15, Unit::CalendarDays, false, d(2026, 3, 21)),
        ];
        for (anchor, offset, unit, roll, expected) in table {
            let due = rule(offset, unit, roll)
                .due(Anchor::on(anchor), &cal)
                .map(|x| x.date);
            assert_eq!(
                due,
                Some(expected),
                "{anchor} + {offset} {unit:?} roll={roll}"
            );
        }
    }

    #[test]
    fn why_names_the_holidays_stepped_over_and_the_roll() {
        let cal = italy(&[2026], &[]);
        let due = rule(8, Unit::WorkingDays, false)
            .due(Anchor::on(d(2026, 4, 2)), &cal)
            .unwrap_or_else(|| panic!("a date"));
        assert_eq!(due.why.holidays_skipped, vec![d(2026, 4, 6)]);
        assert_eq!(due.why.rolled_from, None);
        let due = rule(90, Unit::CalendarDays, true)
            .due(Anchor::on(d(2026, 1, 6)), &cal)
            .unwrap_or_else(|| panic!("a date"));
        assert_eq!(due.why.rolled_from, Some(d(2026, 4, 6)));
        assert_eq!(due.why.holidays_skipped, vec![d(2026, 4, 6)]);
    }

    #[test]
    fn hours_count_from_the_time_when_known_and_from_midnight_otherwise() {
        let cal = WorkCalendar::default();
        let r = rule(48, Unit::Hours, false);
        let late = d(2026, 5, 4).and_hms_opt(23, 0, 0);
        let due = r
            .due(
                Anchor {
                    date: d(2026, 5, 4),
                    time: late,
                },
                &cal,
            )
            .unwrap_or_else(|| panic!("a date"));
        assert_eq!(due.date, d(2026, 5, 6));
        assert_eq!(due.at, d(2026, 5, 6).and_hms_opt(23, 0, 0));
        let due = r
            .due(Anchor::on(d(2026, 5, 4)), &cal)
            .unwrap_or_else(|| panic!("a date"));
        assert_eq!(due.date, d(2026, 5, 5), "the earliest it can be");
        assert!(due.why.time_assumed);
    }

    #[test]
    fn due_today_is_not_overdue() {
        let cal = WorkCalendar::default();
        let due = rule(10, Unit::CalendarDays, false)
            .due(Anchor::on(d(2026, 12, 1)), &cal)
            .unwrap_or_else(|| panic!("a date"));
        assert_eq!(due.standing(d(2026, 12, 11), 7), Standing::DueToday);
        assert_eq!(due.standing(d(2026, 12, 12), 7), Standing::Overdue);
        assert_eq!(due.standing(d(2026, 12, 4), 7), Standing::Upcoming);
        assert_eq!(due.standing(d(2026, 12, 3), 7), Standing::Later);
    }

    #[test]
    fn today_is_the_day_in_rome() {
        // 23:30 UTC on 28 March 2026 is already 29 March in Rome (UTC+1)…
        let now = Utc.with_ymd_and_hms(2026, 3, 28, 23, 30, 0).single();
        assert_eq!(now.map(rome_today), Some(d(2026, 3, 29)));
        // … and 22:30 UTC on 29 March, after the change to summer time, is 30 March.
        let now = Utc.with_ymd_and_hms(2026, 3, 29, 22, 30, 0).single();
        assert_eq!(now.map(rome_today), Some(d(2026, 3, 30)));
        let now = Utc.with_ymd_and_hms(2026, 3, 29, 21, 59, 0).single();
        assert_eq!(now.map(rome_today), Some(d(2026, 3, 29)));
    }
}
