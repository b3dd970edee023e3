//! Login throttling: after too many failures for one account or one address within a window,
//! further attempts are refused until the window passes.

use chrono::{Duration, NaiveDateTime};

#[derive(Debug, Clone, Copy)]
pub struct LoginThrottle {
    pub max_failures_per_account: i64,
    pub max_failures_per_address: i64,
    pub window: Duration,
}

impl Default for LoginThrottle {
    fn default() -> Self {
        Self {
            max_failures_per_account: 5,
            max_failures_per_address: 20,
            window: Duration::minutes(15),
        }
    }
}

impl LoginThrottle {
    /// Failures older than this do not count.
    pub fn window_start(&self, now: NaiveDateTime) -> NaiveDateTime {
        now - self.window
    }

    pub fn is_locked(&self, account_failures: i64, address_failures: i64) -> bool {
        account_failures >= self.max_failures_per_account
            || address_failures >= self.max_failures_per_address
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fifth_failure_locks_the_account() {
        let t = LoginThrottle::default();
        assert!(!t.is_locked(4, 4));
        assert!(t.is_locked(5, 0));
        assert!(t.is_locked(0, 20));
    }
}
