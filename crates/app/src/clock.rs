//! The time a use case acts at. Injected so that tests can fix it, and read once per use
//! case so that every row a transaction writes carries the same instant.

use chrono::{NaiveDateTime, Utc};

/// Where a use case gets "now" from.
pub trait Clock: Send + Sync {
    /// The current time in UTC.
    fn now(&self) -> NaiveDateTime;

    /// Today's date in UTC.
    fn today(&self) -> chrono::NaiveDate {
        self.now().date()
    }
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
