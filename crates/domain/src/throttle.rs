//! Sign-in throttling: a delay that grows with failures in a row, never a hard lock.
//!
//! Each key (an account, a client address, a known device) keeps how many failures it has
//! had in a row and when the last one was. The first few failures cost nothing; after them
//! the next attempt must wait `first_delay`, then twice that, and so on up to `max_delay`.
//! So a guesser gets a handful of tries and then about one per `max_delay`, while the
//! person who owns the account is only ever delayed, never locked out.
//!
//! A *known device* is a browser that has signed in to the account before (it holds a
//! signed cookie, see [`device_mac`]). Its attempts are judged by the device's own record
//! instead of the account's, so a stranger hammering the account does not keep its owner
//! out; a device cookie that fails in turn is delayed like anyone else (OWASP's "device
//! cookies"). The address limit applies to everyone and is much looser, because many
//! people may share one address (an office, a mobile network).
//!
//! The decision and the recording of an attempt are one transaction in the caller (`app`),
//! taken before the password is hashed: the hash is the expensive part, and the count
//! must not be raced.

use chrono::{Duration, NaiveDateTime};
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// How one kind of key is limited.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    /// Failures in a row that cost no delay.
    pub free_failures: i64,
    /// The delay after the first failure beyond the free ones; it doubles with each further one.
    pub first_delay: Duration,
    /// The longest delay.
    pub max_delay: Duration,
    /// A record whose last failure is older than this starts again from zero.
    pub forget_after: Duration,
}

impl Limit {
    /// The wait after the last of `failures` failures in a row.
    pub fn delay(&self, failures: i64) -> Duration {
        let beyond = failures - self.free_failures;
        if beyond < 0 {
            return Duration::zero();
        }
        // 2^20 seconds is already twelve days: far past any sensible cap.
        let factor = 1i32 << beyond.min(20);
        (self.first_delay * factor).min(self.max_delay)
    }

    /// How long an attempt at `now` must still wait; `None` when it may be checked.
    pub fn wait(&self, now: NaiveDateTime, record: &Record) -> Option<Duration> {
        let failures = record.current(now, self);
        let last = record.last_failure_at?;
        let allowed_at = last + self.delay(failures);
        (failures >= self.free_failures && allowed_at > now).then(|| allowed_at - now)
    }
}

/// One key's failures in a row, as stored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Record {
    pub failures: i64,
    pub last_failure_at: Option<NaiveDateTime>,
}

impl Record {
    /// The failures that still count at `now` (none once the record is forgotten).
    pub fn current(&self, now: NaiveDateTime, limit: &Limit) -> i64 {
        match self.last_failure_at {
            Some(last) if now - last < limit.forget_after => self.failures,
            _ => 0,
        }
    }

    /// The record once an attempt at `now` is counted as a failure. Every checked attempt
    /// is counted so before its password is hashed; a success then resets the record.
    pub fn after_failure(&self, now: NaiveDateTime, limit: &Limit) -> Record {
        Record {
            failures: self.current(now, limit) + 1,
            last_failure_at: Some(now),
        }
    }
}

/// Whether an attempt may have its password checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Check,
    /// Refused without checking; the client may try again after this long.
    Wait(Duration),
}

/// The limits of sign-in.
#[derive(Debug, Clone, Copy)]
pub struct LoginThrottle {
    pub account: Limit,
    pub device: Limit,
    pub address: Limit,
    /// How long a known-device cookie stays valid.
    pub device_lifetime: Duration,
}

impl Default for LoginThrottle {
    fn default() -> Self {
        let per_person = Limit {
            free_failures: 5,
            first_delay: Duration::seconds(1),
            max_delay: Duration::minutes(5),
            forget_after: Duration::hours(24),
        };
        Self {
            account: per_person,
            device: per_person,
            // Twenty times the account's free failures, and a short cap: a whole office
            // behind one address mistyping passwords is never stopped for long.
            address: Limit {
                free_failures: 100,
                first_delay: Duration::seconds(1),
                max_delay: Duration::minutes(1),
                forget_after: Duration::minutes(15),
            },
            device_lifetime: Duration::days(90),
        }
    }
}

impl LoginThrottle {
    /// Whether an attempt at `now` may be checked. `device` is the known device's record
    /// when the attempt carries a valid device cookie for the account: it then stands in
    /// for the account's record.
    pub fn decide(
        &self,
        now: NaiveDateTime,
        account: &Record,
        device: Option<&Record>,
        address: &Record,
    ) -> Decision {
        let personal = match device {
            Some(d) => self.device.wait(now, d),
            None => self.account.wait(now, account),
        };
        let wait = personal.max(self.address.wait(now, address));
        wait.map_or(Decision::Check, Decision::Wait)
    }
}

/// The MAC of a known-device cookie: binds the device's random `nonce` to the account
/// (its keyed hash) and the time it was issued, under the server's key.
pub fn device_mac(key: &[u8], account_key: &str, nonce: &str, issued: i64) -> String {
    // A key of any length is accepted by HMAC, so this cannot fail.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
        return String::new();
    };
    for part in ["mentor-device", account_key, nonce, &issued.to_string()] {
        mac.update(part.as_bytes());
        mac.update(b"\x1f");
    }
    hex::encode(mac.finalize().into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: i64) -> NaiveDateTime {
        chrono::DateTime::from_timestamp(1_800_000_000 + s, 0)
            .map(|d| d.naive_utc())
            .unwrap_or_default()
    }

    fn failed(n: i64, last: i64) -> Record {
        Record {
            failures: n,
            last_failure_at: Some(at(last)),
        }
    }

    #[test]
    fn the_delay_starts_after_the_free_failures_and_doubles_up_to_the_cap() {
        let t = LoginThrottle::default();
        let secs = |n| t.account.delay(n).num_seconds();
        assert_eq!((secs(0), secs(4)), (0, 0));
        assert_eq!((secs(5), secs(6), secs(7)), (1, 2, 4));
        assert_eq!(secs(13), 256);
        assert_eq!((secs(14), secs(1000)), (300, 300));
    }

    #[test]
    fn an_attempt_waits_only_until_the_delay_has_passed() {
        let t = LoginThrottle::default();
        let none = Record::default();
        assert_eq!(t.decide(at(0), &failed(4, 0), None, &none), Decision::Check);
        assert_eq!(
            t.decide(at(0), &failed(5, 0), None, &none),
            Decision::Wait(Duration::seconds(1))
        );
        assert_eq!(t.decide(at(1), &failed(5, 0), None, &none), Decision::Check);
        assert_eq!(
            t.decide(at(10), &failed(8, 0), None, &none),
            Decision::Check,
            "8 failures: 8 s"
        );
    }

    #[test]
    fn a_known_device_is_judged_by_its_own_record() {
        let t = LoginThrottle::default();
        let none = Record::default();
        let hammered = failed(40, 0);
        assert_eq!(
            t.decide(at(0), &hammered, Some(&none), &none),
            Decision::Check
        );
        assert!(matches!(
            t.decide(at(0), &hammered, Some(&failed(5, 0)), &none),
            Decision::Wait(_)
        ));
    }

    #[test]
    fn the_address_limit_is_looser_and_applies_to_everyone() {
        let t = LoginThrottle::default();
        let none = Record::default();
        assert_eq!(
            t.decide(at(0), &none, None, &failed(99, 0)),
            Decision::Check
        );
        assert!(matches!(
            t.decide(at(0), &none, Some(&none), &failed(100, 0)),
            Decision::Wait(_)
        ));
    }

    #[test]
    fn old_failures_are_forgotten() {
        let t = LoginThrottle::default();
        let old = failed(50, 0);
        let day = 24 * 3600;
        assert_eq!(old.current(at(day), &t.account), 0);
        assert_eq!(old.after_failure(at(day), &t.account).failures, 1);
        assert_eq!(old.after_failure(at(10), &t.account).failures, 51);
    }

    #[test]
    fn a_device_mac_is_bound_to_account_nonce_and_time() {
        let m = device_mac(b"k", "acct", "n", 1);
        assert_eq!(m.len(), 64);
        assert_ne!(m, device_mac(b"k", "other", "n", 1));
        assert_ne!(m, device_mac(b"k", "acct", "m", 1));
        assert_ne!(m, device_mac(b"k", "acct", "n", 2));
        assert_ne!(m, device_mac(b"j", "acct", "n", 1));
    }
}
