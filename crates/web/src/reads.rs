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

use axum::extract::{Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;
use tokio::sync::Semaphore;

/// The turns of reads, shared by the server's requests.
#[derive(Clone)]
pub struct Turns(Arc<Semaphore>);

impl Turns {
    /// At most `at_once` reads served at once (at least one).
    pub fn new(at_once: usize) -> Turns {
        Turns(Arc::new(Semaphore::new(
            at_once.clamp(1, Semaphore::MAX_PERMITS),
        )))
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
    // The semaphore is never closed; if it were, the read would go ahead unturned.
    let _turn = turns.0.acquire().await.ok();
    next.run(req).await
}

#[cfg(test)]
#[path = "reads_tests.rs"]
mod tests;
