//! Each person's home page kept between requests.
//!
//! The home page gathers every area's tasks for the person (`crate::tasks`) and their
//! role's figures: some twenty sources, tens of statements, several milliseconds of CPU
//! on the demo data (BENCHMARKS.md, "Load"), and more as the records grow. It is also the
//! page people open most. So the last one computed for each person is kept and served
//! again under [`crate::kept`]'s rule: exact until a write, outdated by others' writes for
//! at most `max_age`, never after the person's own.

use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDateTime;
use db::{Database, DbResult};
use domain::Actor;

use crate::kept::Kept;

use super::Home;

/// At most this many people's home pages are kept.
const PEOPLE: usize = 1_024;

/// The home pages kept, shared by the server's requests (clones share one store).
#[derive(Clone)]
pub struct Cache(Kept<String, Home>);

impl Default for Cache {
    fn default() -> Self {
        Cache::new(Duration::ZERO)
    }
}

impl Cache {
    /// A cache serving a page outdated by others' writes for at most `max_age`.
    pub fn new(max_age: Duration) -> Cache {
        Cache(Kept::new(max_age, PEOPLE))
    }

    /// `actor`'s home page at `now`: the one kept when it may still be served, else a
    /// fresh one (then kept).
    pub async fn home(
        &self,
        db: &Database,
        actor: &Actor,
        now: NaiveDateTime,
    ) -> DbResult<Arc<Home>> {
        self.0
            .get_or_compute(db, actor.user_id.clone(), actor, now, || {
                super::home(db, actor, now)
            })
            .await
    }
}

#[cfg(test)]
#[path = "cache_tests.rs"]
mod tests;
