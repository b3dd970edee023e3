//! `GET /healthz` (liveness): 200 when the database answers a read, 503 otherwise.
//! `GET /readyz` (readiness): 200 when writes work — the database commits a tiny real
//! write (`db::Database::heartbeat`) and, when documents are kept, their folder accepts a
//! durable file — 503 otherwise (read-only database or file system, full disk, PostgreSQL
//! down). Both are public and cheap, and name no one.

use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;

use crate::AppState;

/// The readiness check answers within this, whatever hangs.
const READY_WITHIN: Duration = Duration::from_secs(3);

pub async fn healthz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    if state.db.ping().await {
        (StatusCode::OK, "ok")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
    }
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
