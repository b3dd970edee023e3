//! The time a use case acts at. Injected so that tests can fix it, and read once per use
//! case so that every row a transaction writes carries the same instant.

use chrono::{NaiveDateTime, Utc};

/// Where a use case gets "now" from.
pub trait Clock: Send + Sync {
    /// The current time in UTC.
    fn now(&self) -> NaiveDateTime;

    /// Today as the programme counts it: the day in Italy (see [`day_of`]).
    fn today(&self) -> chrono::NaiveDate {
        day_of(self.now())
    }
}

/// The programme's day at `now` (UTC): Italy's (Europe/Rome), whatever the server's zone,
/// so that a date a person typed as "yesterday" is overdue for every page and digest
/// between 23:00 and 01:00 UTC too.
pub fn day_of(now: NaiveDateTime) -> chrono::NaiveDate {
    domain::deadline::rome_today(now.and_utc())
}

/// The system's clock, for the running server.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> NaiveDateTime {
        Utc::now().naive_utc()
    }
}

/// A clock that always says the same time, for tests.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub NaiveDateTime);

impl Clock for FixedClock {
    fn now(&self) -> NaiveDateTime {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%F %T").unwrap_or_default()
    }

    #[test]
    fn the_programme_day_turns_at_midnight_in_italy_not_in_utc() {
        // Winter (UTC+1) and summer (UTC+2): already tomorrow in Italy.
        assert_eq!(
            FixedClock(at("2026-12-07 23:30:00")).today().to_string(),
            "2026-12-08"
        );
        assert_eq!(
            FixedClock(at("2026-07-07 22:30:00")).today().to_string(),
            "2026-07-08"
        );
        assert_eq!(
            FixedClock(at("2026-12-07 22:59:59")).today().to_string(),
            "2026-12-07"
        );
    }
}
