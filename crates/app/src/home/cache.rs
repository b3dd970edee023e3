//! Each person's home page kept between requests.
//!
//! The home page gathers every area's tasks for the person (`crate::tasks`) and their
//! role's figures: some twenty sources, tens of statements, several milliseconds of CPU
//! on the demo data (BENCHMARKS.md, "Load"), and more as the records grow. It is also the
//! page people open most. So the last one computed for each person is kept and served
//! again:
//!
//! - while no write transaction has run through this server since it was computed, it is
//!   exactly what a fresh computation would give (`db::Database::writes_run`);
//! - after others' writes, it is still served while younger than `max_age` (zero, the
//!   default and the tests': never), so a colleague's change shows within that bound;
//! - after the person's own write, never: what they just did shows at once
//!   (`db::Database::written_by`);
//! - never on another day, or for the person with other roles or reach, or past
//!   [`EXACT_FOR`] even when nothing was written (the figures of "this week" move with
//!   the clock, and another process may write to the same database).
//!
//! At most [`PEOPLE`] people's pages are kept; the oldest goes first.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::NaiveDateTime;
use db::{Database, DbResult};
use domain::Actor;

use super::Home;

/// At most this many people's home pages are kept.
const PEOPLE: usize = 1_024;

/// An exact page is recomputed after this long all the same.
pub const EXACT_FOR: Duration = Duration::from_secs(60);

struct Entry {
    actor: Actor,
    home: Arc<Home>,
    /// The clock's time when it was computed.
    at: NaiveDateTime,
    /// The write count when the computation started.
    started: u64,
    /// The write count, when no write ran during the computation.
    exact: Option<u64>,
}

/// The home pages kept, shared by the server's requests (clones share one store).
#[derive(Clone, Default)]
pub struct Cache {
    max_age: Duration,
    entries: Arc<Mutex<HashMap<String, Entry>>>,
}

impl Cache {
    /// A cache serving a page outdated by others' writes for at most `max_age`.
    pub fn new(max_age: Duration) -> Cache {
        Cache {
            max_age,
            entries: Arc::default(),
        }
    }

    /// `actor`'s home page at `now`: the one kept when it may still be served, else a
    /// fresh one (then kept).
    pub async fn home(
        &self,
        db: &Database,
        actor: &Actor,
        now: NaiveDateTime,
    ) -> DbResult<Arc<Home>> {
        if let Some(kept) = self.kept(db, actor, now) {
            return Ok(kept);
        }
        let started = db.writes_run();
        let home = Arc::new(super::home(db, actor, now).await?);
        let ended = db.writes_run();
        // An odd count is a write under way; a count that moved saw one happen.
        let exact = (started == ended && started.is_multiple_of(2)).then_some(started);
        self.keep(Entry {
            actor: actor.clone(),
            home: home.clone(),
            at: now,
            started,
            exact,
        });
        Ok(home)
    }

    fn kept(&self, db: &Database, actor: &Actor, now: NaiveDateTime) -> Option<Arc<Home>> {
        let entries = self.lock();
        let e = entries.get(&actor.user_id)?;
        let age = (now - e.at).to_std().ok()?;
        let fresh = e.at.date() == now.date() && e.actor == *actor && age < EXACT_FOR;
        if !fresh {
            return None;
        }
        let exact = e.exact == Some(db.writes_run());
        let own_seen = e.started >= db.written_by(&actor.user_id);
        (exact || (own_seen && age < self.max_age)).then(|| e.home.clone())
    }

    fn keep(&self, entry: Entry) {
        let mut entries = self.lock();
        if entries.len() >= PEOPLE && !entries.contains_key(&entry.actor.user_id) {
            let oldest = entries
                .iter()
                .min_by_key(|(_, e)| e.at)
                .map(|(k, _)| k.clone());
            if let Some(k) = oldest {
                entries.remove(&k);
            }
        }
        entries.insert(entry.actor.user_id.clone(), entry);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Entry>> {
        self.entries.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
#[path = "cache_tests.rs"]
mod tests;
