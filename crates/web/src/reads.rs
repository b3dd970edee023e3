//! Reads take turns; writes do not wait for them.
//!
//! On two cores a few dozen page views at once hold the CPU, and a person who presses
//! "Save" waited behind all of them: under the load test's closed loop of reads, form
//! writes at 50 a second had a p99 of 0.8 s on SQLite (BENCHMARKS.md, "Load"). So at
//! most [`crate::Limits::reads_at_once`] reads (GET and HEAD) are served at once; others
//! wait their turn in arrival order (time they wait counts against the request's time
//! limit), while writes, the probes (`/livez`, `/readyz`, `/metrics`) and the bundled
//! assets (`/static/…`, bytes in memory) never wait. The cores were full anyway: reads
//! are served at about the rate they were, with a shorter tail, and a write shares the
//! cores with a handful of reads instead of every one (BENCHMARKS.md, "Fourth run":
//! writes' p99 from 0.3–2.2 s to under 100 ms on both backends).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::extract::{Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;
use tokio::sync::Semaphore;

/// The turns of reads, shared by the server's requests.
#[derive(Clone)]
pub struct Turns {
    semaphore: Arc<Semaphore>,
    at_once: usize,
    /// Reads waiting for a turn now (`/metrics`).
    waiting: Arc<AtomicUsize>,
}

impl Turns {
    /// At most `at_once` reads served at once (at least one).
    pub fn new(at_once: usize) -> Turns {
        let at_once = at_once.clamp(1, Semaphore::MAX_PERMITS);
        Turns {
            semaphore: Arc::new(Semaphore::new(at_once)),
            at_once,
            waiting: Arc::default(),
        }
    }

    /// Reads served now, and reads waiting for a turn now.
    pub fn in_use(&self) -> (usize, usize) {
        let served = self
            .at_once
            .saturating_sub(self.semaphore.available_permits());
        (served, self.waiting.load(Ordering::Relaxed))
    }

    pub fn at_once(&self) -> usize {
        self.at_once
    }
}

/// Counts a read as waiting until it is dropped (its turn came, or it was given up).
struct Waiting<'a>(&'a AtomicUsize);

impl<'a> Waiting<'a> {
    fn enter(count: &'a AtomicUsize) -> Self {
        count.fetch_add(1, Ordering::Relaxed);
        Waiting(count)
    }
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// What waits for a turn: a read that is neither a probe nor a bundled asset.
fn waits(method: &Method, path: &str) -> bool {
    (method == Method::GET || method == Method::HEAD)
        && !matches!(path, "/livez" | "/readyz" | "/metrics")
        && !path.starts_with("/static/")
}

pub async fn middleware(State(turns): State<Turns>, req: Request, next: Next) -> Response {
    if !waits(req.method(), req.uri().path()) {
        return next.run(req).await;
    }
    let waiting = Waiting::enter(&turns.waiting);
    // The semaphore is never closed; if it were, the read would go ahead unturned.
    let _turn = turns.semaphore.acquire().await.ok();
    drop(waiting);
    next.run(req).await
}

#[cfg(test)]
#[path = "reads_tests.rs"]
mod tests;
