//! Reads kept between requests while they stay true enough, for the pages people open most
//! and that cost the most to compute: a person's home page (`crate::home`), a call's
//! ranking (`crate::call_ranking`). One rule for all of them:
//!
//! - while no write transaction has run through this server since it was computed, a kept
//!   value is exactly what a fresh computation would give (`db::Database::writes_run`);
//! - after others' writes, it is still served while younger than `max_age` (zero, the
//!   default and the tests': never), so a colleague's change shows within that bound;
//! - after the person's own write, never: what they just did shows at once
//!   (`db::Database::written_by`);
//! - never on another day, or for the person with other roles or reach, or past
//!   [`EXACT_FOR`] even when nothing was written (figures of "this week" move with the
//!   clock, and another process may write to the same database).
//!
//! One computation per key at a time: requests that find no value to serve while another
//! is computing it wait for that one and take its value (when it may be served to them),
//! instead of all computing the same page at once when it expires under load.
//!
//! At most `capacity` values are kept; the oldest goes first. An error is never kept.

use std::collections::HashMap;
use std::future::Future;
use std::hash::Hash;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use chrono::NaiveDateTime;
use db::Database;
use domain::Actor;

/// A kept value is recomputed after this long all the same.
pub const EXACT_FOR: Duration = Duration::from_secs(60);

struct Entry<V> {
    actor: Actor,
    value: Arc<V>,
    /// The clock's time when it was computed.
    at: NaiveDateTime,
    /// The write count when the computation started.
    started: u64,
    /// The write count, when no write ran during the computation.
    exact: Option<u64>,
}

/// Who values the same for everyone are kept for: no account, so no write of theirs makes
/// them outdated sooner than others' writes do.
const EVERYONE: Actor = Actor {
    user_id: String::new(),
    memberships: Vec::new(),
};

/// Values kept by key for the person who asked (clones share one store).
pub struct Kept<K, V> {
    max_age: Duration,
    capacity: usize,
    entries: Arc<Mutex<HashMap<K, Entry<V>>>>,
    /// The turn to compute each key's value, held while it is computed.
    turns: Arc<Mutex<HashMap<K, Arc<tokio::sync::Mutex<()>>>>>,
}

impl<K, V> Clone for Kept<K, V> {
    fn clone(&self) -> Self {
        Kept {
            max_age: self.max_age,
            capacity: self.capacity,
            entries: self.entries.clone(),
            turns: self.turns.clone(),
        }
    }
}

impl<K: Eq + Hash + Clone, V> Kept<K, V> {
    /// A store of at most `capacity` values, each served outdated by others' writes for at
    /// most `max_age`.
    pub fn new(max_age: Duration, capacity: usize) -> Self {
        Kept {
            max_age,
            capacity: capacity.max(1),
            entries: Arc::default(),
            turns: Arc::default(),
        }
    }

    /// The value kept under `key` for `actor` at `now` when it may still be served, else
    /// `compute`'s (then kept).
    pub async fn get_or_compute<E, Fut>(
        &self,
        db: &Database,
        key: K,
        actor: &Actor,
        now: NaiveDateTime,
        compute: impl FnOnce() -> Fut,
    ) -> Result<Arc<V>, E>
    where
        Fut: Future<Output = Result<V, E>>,
    {
        if let Some(kept) = self.kept(db, &key, actor, now) {
            return Ok(kept);
        }
        let turn = self.turn(&key);
        let _computing = turn.lock().await;
        // Whoever had the turn before may have just computed what this request needs.
        if let Some(kept) = self.kept(db, &key, actor, now) {
            return Ok(kept);
        }
        self.compute_and_keep(db, key, actor, now, compute).await
    }

    /// For values the same for everyone who asks (a public page read without signing in):
    /// the value kept under `key` at `now` when it may still be served (outdated by a write
    /// for at most `max_age`), else `compute`'s, kept when it is `Ok`. Nobody waits for
    /// another's computation: whether a key's value can be kept at all is known only once
    /// it is computed, and most such keys are cheap.
    pub async fn for_everyone<E, Fut>(
        &self,
        db: &Database,
        key: K,
        now: NaiveDateTime,
        compute: impl FnOnce() -> Fut,
    ) -> Result<Arc<V>, E>
    where
        Fut: Future<Output = Result<V, E>>,
    {
        if let Some(kept) = self.kept(db, &key, &EVERYONE, now) {
            return Ok(kept);
        }
        self.compute_and_keep(db, key, &EVERYONE, now, compute)
            .await
    }

    async fn compute_and_keep<E, Fut>(
        &self,
        db: &Database,
        key: K,
        actor: &Actor,
        now: NaiveDateTime,
        compute: impl FnOnce() -> Fut,
    ) -> Result<Arc<V>, E>
    where
        Fut: Future<Output = Result<V, E>>,
    {
        let started = db.writes_run();
        let value = Arc::new(compute().await?);
        let ended = db.writes_run();
        // An odd count is a write under way; a count that moved saw one happen.
        let exact = (started == ended && started.is_multiple_of(2)).then_some(started);
        self.keep(
            key,
            Entry {
                actor: actor.clone(),
                value: value.clone(),
                at: now,
                started,
                exact,
            },
        );
        Ok(value)
    }

    fn kept(&self, db: &Database, key: &K, actor: &Actor, now: NaiveDateTime) -> Option<Arc<V>> {
        let entries = self.lock();
        let e = entries.get(key)?;
        // Computed after this request's clock was read (it waited for the turn): as fresh.
        let age = (now - e.at).to_std().unwrap_or_default();
        let fresh = crate::clock::day_of(e.at) == crate::clock::day_of(now)
            && e.actor == *actor
            && age < EXACT_FOR;
        if !fresh {
            return None;
        }
        let exact = e.exact == Some(db.writes_run());
        let own_seen = e.started >= db.written_by(&actor.user_id);
        (exact || (own_seen && age < self.max_age)).then(|| e.value.clone())
    }

    /// The turn to compute `key`; turns nobody holds or waits for are dropped as others
    /// are handed out, so they do not outgrow the keys in use.
    fn turn(&self, key: &K) -> Arc<tokio::sync::Mutex<()>> {
        let mut turns = self.turns.lock().unwrap_or_else(|p| p.into_inner());
        if turns.len() >= self.capacity {
            turns.retain(|_, t| Arc::strong_count(t) > 1);
        }
        turns.entry(key.clone()).or_default().clone()
    }

    fn keep(&self, key: K, entry: Entry<V>) {
        let mut entries = self.lock();
        if entries.len() >= self.capacity && !entries.contains_key(&key) {
            let oldest = entries
                .iter()
                .min_by_key(|(_, e)| e.at)
                .map(|(k, _)| k.clone());
            if let Some(k) = oldest {
                entries.remove(&k);
            }
        }
        entries.insert(key, entry);
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<K, Entry<V>>> {
        self.entries.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
#[path = "kept_tests.rs"]
mod tests;
