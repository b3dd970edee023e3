//! Probes for whatever runs the server (an orchestrator, a load balancer, a monitor); all
//! public and cheap, naming no one.
//!
//! - `GET /livez` (liveness): 200 as long as the process serves requests. It asks nothing
//!   of the database on purpose: a server whose database is down is alive and answers 503
//!   to the pages that need it, and restarting it would not bring the database back.
//!   `GET /healthz` is the same probe, its older name (it used to read from the database,
//!   and was documented as liveness; a probe still pointing at it is now safe).
//! - `GET /readyz` (readiness): 200 when writes work — the database commits a tiny real
//!   write (`db::Database::heartbeat`) and, when documents are kept, their folder accepts a
//!   durable file — 503 otherwise (database unreachable, read-only database or file
//!   system, full disk), so a balancer sends no traffic to an instance that cannot serve it.
//!
//! What the server is doing is on `/metrics` ([`crate::metrics`]), for the scraper only.

use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;

use crate::AppState;

/// The readiness check answers within this, whatever hangs.
const READY_WITHIN: Duration = Duration::from_secs(3);

/// Liveness: the process answers. Served at `/livez` and `/healthz`.
pub async fn livez() -> (StatusCode, &'static str) {
    (StatusCode::OK, "ok")
}

/// The older name of [`livez`].
pub async fn healthz() -> (StatusCode, &'static str) {
    livez().await
}

pub async fn readyz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    let now = state.clock.now();
    let database = tokio::time::timeout(READY_WITHIN, state.db.heartbeat(now)).await;
    if !matches!(database, Ok(Ok(()))) {
        if let Ok(Err(e)) = database {
            tracing::warn!(error = %e, "not ready: the database refuses writes");
        }
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            "not ready: database writes fail",
        );
    }
    if let Some(store) = state.documents.clone() {
        let probe = tokio::task::spawn_blocking(move || store.probe_write());
        if !matches!(
            tokio::time::timeout(READY_WITHIN, probe).await,
            Ok(Ok(Ok(())))
        ) {
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                "not ready: document writes fail",
            );
        }
    }
    (StatusCode::OK, "ready")
}
