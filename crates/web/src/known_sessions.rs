//! Who a session cookie belongs to, kept between requests. Finding out costs a hop to the
//! blocking pool, a pooled connection and two statements, on every signed-in request, and
//! the answer rarely changes: a person clicks through pages with the same session.
//!
//! An entry is used only while **no write** has run through this server since it was read
//! — signing out, disabling an account, changing a membership or a language are all
//! writes, so they take effect on the very next request — and for at most [`FOR`] by the
//! server's clock, which bounds what a write by another process (the command line's
//! `mentor user disable`) or a session's expiry leaves unseen. Bearer tokens are not
//! kept: their use is recorded per interval, on the read's answer.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::{NaiveDateTime, TimeDelta};

use crate::context::Authed;

/// How long an entry may be used without a write: what a change made elsewhere may wait.
pub(crate) const FOR: TimeDelta = TimeDelta::seconds(1);

/// Entries kept at most; past it, all are dropped (each is read again on its next use).
const CAPACITY: usize = 4096;

/// The sessions known, by token. Not `Debug`: the keys are credentials.
#[derive(Clone, Default)]
pub(crate) struct KnownSessions(Arc<Mutex<HashMap<String, Known>>>);

struct Known {
    authed: Authed,
    /// [`db::Database::writes_run`] before it was read.
    writes: u64,
    /// The server's clock then.
    at: NaiveDateTime,
}

impl KnownSessions {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Known>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The person of `token`, when read since the last write and less than [`FOR`] ago.
    pub(crate) fn get(&self, token: &str, writes: u64, now: NaiveDateTime) -> Option<Authed> {
        let entries = self.lock();
        let k = entries.get(token)?;
        let young = now >= k.at && now - k.at < FOR;
        (young && k.writes == writes).then(|| k.authed.clone())
    }

    /// Keeps what was read for `token` when [`db::Database::writes_run`] was `writes`
    /// before the read, unless a write ran meanwhile (`writes_now`): the read may have
    /// seen that write's state or not, so it is not kept.
    pub(crate) fn put(
        &self,
        token: &str,
        authed: &Authed,
        writes: u64,
        writes_now: u64,
        now: NaiveDateTime,
    ) {
        if writes != writes_now {
            return;
        }
        let mut entries = self.lock();
        if entries.len() >= CAPACITY && !entries.contains_key(token) {
            entries.clear();
        }
        entries.insert(
            token.to_owned(),
            Known {
                authed: authed.clone(),
                writes,
                at: now,
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn authed(name: &str) -> Authed {
        let at = NaiveDateTime::default();
        Authed {
            user: db::users::User {
                id: name.into(),
                email: format!("{name}@example.org"),
                display_name: name.into(),
                locale: None,
                disabled: false,
                created_at: at,
                updated_at: at,
            },
            actor: domain::Actor {
                user_id: name.into(),
                memberships: Vec::new(),
            },
            session_token: Some(format!("t-{name}")),
        }
    }

    fn t0() -> NaiveDateTime {
        NaiveDateTime::default() + TimeDelta::days(20_000)
    }

    #[test]
    fn a_session_is_known_until_a_write_or_a_second_passes() {
        let known = KnownSessions::default();
        known.put("t-a", &authed("a"), 7, 7, t0());
        let id = |a: Option<Authed>| a.map(|a| a.user.id);
        assert_eq!(id(known.get("t-a", 7, t0())), Some("a".into()));
        assert_eq!(
            id(known.get("t-a", 7, t0() + TimeDelta::milliseconds(999))),
            Some("a".into())
        );
        assert_eq!(id(known.get("t-a", 8, t0())), None, "a write ran");
        assert_eq!(id(known.get("t-a", 7, t0() + FOR)), None, "too old");
        assert_eq!(
            id(known.get("t-a", 7, t0() - TimeDelta::seconds(5))),
            None,
            "clock went back"
        );
        assert_eq!(id(known.get("t-b", 7, t0())), None, "another token");
    }

    #[test]
    fn a_read_a_write_ran_beside_is_not_kept() {
        let known = KnownSessions::default();
        known.put("t-a", &authed("a"), 7, 8, t0());
        assert!(known.get("t-a", 7, t0()).is_none());
        assert!(known.get("t-a", 8, t0()).is_none());
    }

    #[test]
    fn past_its_capacity_the_entries_are_dropped_not_grown() {
        let known = KnownSessions::default();
        for i in 0..CAPACITY {
            known.put(&format!("t-{i}"), &authed("a"), 1, 1, t0());
        }
        assert_eq!(known.lock().len(), CAPACITY);
        known.put("t-new", &authed("b"), 1, 1, t0());
        assert_eq!(known.lock().len(), 1);
        assert!(known.get("t-new", 1, t0()).is_some());
    }
}
