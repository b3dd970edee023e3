//! The facts of a programme kept between requests, with the figures computed from them.
//!
//! Loading the facts of 100,000 applications and computing every indicator for every
//! period costs over a second (BENCHMARKS.md, "Results pages"); a results page must answer
//! in a fifth of that. So a [`Snapshot`] (the facts, the people's ids in `seq` order, and
//! each figure once computed) is kept per programme and reused:
//!
//! - while no write transaction has run through this server since it was loaded, it is
//!   exactly what a fresh load would give (`db::Database::writes_run`);
//! - after a write, it is still served while younger than `max_age`, and the first request
//!   that finds it outdated (and older than a tenth of `max_age`, so that steady writing
//!   does not keep a core reloading) starts ONE reload in the background; the pages say
//!   when the figures were computed. With `max_age` zero (the default, and the tests'), a write
//!   always means a fresh load.
//!
//! Only the facts and the figures are kept: the logframe, targets, periods, frozen values
//! and manual values are read afresh by every request, so an edit shows at once.
//! Submitting a period never reads from here (it freezes what the records say then).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, Utc};
use db::{Database, DbConn, DbResult};
use domain::results::facts::Facts;
use domain::results::{Figure, registry};

/// At most this many programmes' facts are kept (the least recently loaded go first).
const PROGRAMMES: usize = 8;

/// One load of a programme's facts and what has been computed from it.
pub struct Snapshot {
    pub facts: Facts,
    /// The people's ids in `seq` order (for naming them to readers who may).
    pub ids: Vec<String>,
    /// When the facts were read.
    pub loaded_at: DateTime<Utc>,
    loaded: Instant,
    /// The server's write count at the load, when no write ran during it.
    writes: Option<u64>,
    figures: Mutex<HashMap<(&'static str, NaiveDate), Option<Figure>>>,
}

impl Snapshot {
    /// Reads the facts of `programme_id` now, to be kept in the cache of `db`'s server.
    pub fn load(db: &Database, conn: &mut DbConn, programme_id: &str) -> DbResult<Snapshot> {
        let before = db.writes_run();
        let mut s = Snapshot::read(conn, programme_id)?;
        let after = db.writes_run();
        // An odd count is a write under way; a count that moved saw one happen.
        s.writes = (before == after && before.is_multiple_of(2)).then_some(before);
        Ok(s)
    }

    /// Reads the facts of `programme_id` now, for this one use (a transaction's own).
    pub fn read(conn: &mut DbConn, programme_id: &str) -> DbResult<Snapshot> {
        let (facts, ids) = db::results::facts::facts_and_ids(conn, programme_id)?;
        Ok(Snapshot {
            facts,
            ids,
            loaded_at: Utc::now(),
            loaded: Instant::now(),
            writes: None,
            figures: Mutex::new(HashMap::new()),
        })
    }

    /// The registry's figure for `code` as of `as_of`, computed once per snapshot.
    pub fn compute(&self, code: &str, as_of: NaiveDate) -> Option<Figure> {
        let rule = registry::find(code)?;
        let key = (rule.code, as_of);
        if let Some(known) = self.lock().get(&key) {
            return known.clone();
        }
        let figure = registry::compute(rule.code, &self.facts, as_of);
        self.lock().insert(key, figure.clone());
        figure
    }

    /// Every rule's figure as of `as_of`, in registry order (`registry::compute_all`).
    pub fn compute_all(&self, as_of: NaiveDate) -> Vec<(String, Figure)> {
        registry::RULES
            .iter()
            .filter_map(|r| Some((r.code.to_owned(), self.compute(r.code, as_of)?)))
            .collect()
    }

    fn lock(
        &self,
    ) -> std::sync::MutexGuard<'_, HashMap<(&'static str, NaiveDate), Option<Figure>>> {
        self.figures.lock().unwrap_or_else(|p| p.into_inner())
    }
}

struct Entry {
    snapshot: Arc<Snapshot>,
    reloading: Arc<AtomicBool>,
}

struct Kept {
    max_age: Duration,
    entries: Mutex<HashMap<String, Entry>>,
}

/// The snapshots of one server (cheap to clone; clones share them).
#[derive(Clone)]
pub struct Cache {
    kept: Arc<Kept>,
}

impl Default for Cache {
    fn default() -> Self {
        Cache::new(Duration::ZERO)
    }
}

impl Cache {
    /// A cache serving a snapshot outdated by a write for at most `max_age`.
    pub fn new(max_age: Duration) -> Cache {
        Cache {
            kept: Arc::new(Kept {
                max_age,
                entries: Mutex::new(HashMap::new()),
            }),
        }
    }

    fn entries(&self) -> std::sync::MutexGuard<'_, HashMap<String, Entry>> {
        self.kept.entries.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The snapshot of `programme_id` (found within reach by the caller): kept, or loaded
    /// on `conn` now.
    pub fn snapshot(
        &self,
        db: &Database,
        conn: &mut DbConn,
        programme_id: &str,
    ) -> DbResult<Arc<Snapshot>> {
        let writes = db.writes_run();
        let kept = self
            .entries()
            .get(programme_id)
            .map(|e| (e.snapshot.clone(), e.reloading.clone()));
        if let Some((snapshot, reloading)) = kept {
            if snapshot.writes == Some(writes) {
                return Ok(snapshot);
            }
            let age = snapshot.loaded.elapsed();
            if age < self.kept.max_age {
                // Under a steady stream of writes, one reload per tenth of the bound at
                // most: not one after another for as long as people write.
                if age >= self.kept.max_age / 10 {
                    self.reload_behind(db, programme_id, &reloading);
                }
                return Ok(snapshot);
            }
        }
        let fresh = Arc::new(Snapshot::load(db, conn, programme_id)?);
        self.keep(programme_id, fresh.clone());
        Ok(fresh)
    }

    /// Loads the facts of the most recent programmes with a logframe (at most as many as
    /// are kept), so that the first person to open their results after a start does not
    /// wait for the load. Run once at start, off the request path.
    pub async fn warm(&self, db: &Database) -> DbResult<usize> {
        let (cache, handle) = (self.clone(), db.clone());
        db.read(move |conn| {
            let ids = db::results::logframe::programmes_with_logframe(conn)?;
            let mut n = 0;
            for id in ids.iter().take(PROGRAMMES) {
                let snapshot = Snapshot::load(&handle, conn, id)?;
                cache.keep(id, Arc::new(snapshot));
                n += 1;
            }
            Ok(n)
        })
        .await
    }

    /// When the kept figures of `programme_id` were computed, if any are kept.
    pub fn computed_at(&self, programme_id: &str) -> Option<DateTime<Utc>> {
        self.entries()
            .get(programme_id)
            .map(|e| e.snapshot.loaded_at)
    }

    fn keep(&self, programme_id: &str, snapshot: Arc<Snapshot>) {
        let mut entries = self.entries();
        if !entries.contains_key(programme_id) && entries.len() >= PROGRAMMES {
            let oldest = entries
                .iter()
                .min_by_key(|(_, e)| e.snapshot.loaded)
                .map(|(k, _)| k.clone());
            if let Some(k) = oldest {
                entries.remove(&k);
            }
        }
        entries.insert(
            programme_id.to_owned(),
            Entry {
                snapshot,
                reloading: Arc::new(AtomicBool::new(false)),
            },
        );
    }

    /// Starts one reload of `programme_id` on the runtime's blocking pool, unless one is
    /// under way (or there is no runtime: the snapshot then ages out instead).
    fn reload_behind(&self, db: &Database, programme_id: &str, reloading: &Arc<AtomicBool>) {
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return;
        };
        if reloading.swap(true, Ordering::AcqRel) {
            return;
        }
        let (cache, db, id, flag) = (
            self.clone(),
            db.clone(),
            programme_id.to_owned(),
            reloading.clone(),
        );
        runtime.spawn_blocking(move || {
            let loaded = db
                .conn()
                .and_then(|mut conn| Snapshot::load(&db, &mut conn, &id));
            match loaded {
                Ok(s) => cache.keep(&id, Arc::new(s)),
                Err(e) => {
                    tracing::warn!(error = %e, "could not reload a programme's results");
                    flag.store(false, Ordering::Release);
                }
            }
        });
    }
}

#[cfg(test)]
#[path = "cache_tests.rs"]
mod tests;
