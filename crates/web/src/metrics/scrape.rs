//! The answer to a scrape: the request counters as they stand, and what is read only now —
//! the pool's own counters and the outbox backlog (one database read, given up after
//! [`READ_WITHIN`] so that a scrape answers even when the database does not).

use std::sync::atomic::Ordering;
use std::time::{Duration, UNIX_EPOCH};

use axum::extract::State;
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};

use super::exposition::{CONTENT_TYPE as TEXT_FORMAT, Exposition, Kind, seconds};
use super::registry::{BUCKETS, CLASSES, METHODS, Registry};
use super::token::Scraper;
use crate::AppState;

/// How long the scrape waits for the database's figures before answering without them.
const READ_WITHIN: Duration = Duration::from_secs(2);

/// `GET /metrics`, for the scraper holding the token.
pub(crate) async fn scrape(_: Scraper, State(state): State<AppState>) -> Response {
    let now = state.clock.now();
    let backlog = tokio::time::timeout(
        READ_WITHIN,
        state.db.read(move |c| db::metrics::outbox_backlog(c, now)),
    )
    .await;
    let backlog = match backlog {
        Ok(Ok(b)) => Some(b),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "metrics: the outbox backlog could not be read");
            None
        }
        Err(_) => {
            tracing::warn!("metrics: the outbox backlog was not read in time");
            None
        }
    };
    let mut out = Exposition::default();
    process(&mut out, &state);
    http(&mut out, &state.metrics);
    pool(&mut out, &state.db);
    reads(&mut out, &state.reads);
    outbox(&mut out, backlog, now);
    ([(CONTENT_TYPE, TEXT_FORMAT)], out.finish()).into_response()
}

fn process(out: &mut Exposition, state: &AppState) {
    let started = state
        .metrics
        .started()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    out.family(
        "process_start_time_seconds",
        "When the server started, in seconds since the Unix epoch.",
        Kind::Gauge,
    );
    out.sample("process_start_time_seconds", &[], started.as_secs());
    out.family(
        "mentor_uptime_seconds",
        "Seconds since the server started.",
        Kind::Gauge,
    );
    out.sample(
        "mentor_uptime_seconds",
        &[],
        seconds(micros(state.metrics.uptime())),
    );
    out.family(
        "mentor_build_info",
        "The version of the running build (always 1).",
        Kind::Gauge,
    );
    out.sample(
        "mentor_build_info",
        &[("version", env!("CARGO_PKG_VERSION"))],
        1,
    );
}

fn http(out: &mut Exposition, registry: &Registry) {
    out.family(
        "http_requests_in_flight",
        "Requests being served now (this scrape included).",
        Kind::Gauge,
    );
    out.sample("http_requests_in_flight", &[], registry.in_flight());

    out.family(
        "http_requests_total",
        "Requests answered, by route template, method and status class.",
        Kind::Counter,
    );
    for (route, methods) in registry.routes() {
        for (method, counts) in METHODS.iter().zip(methods) {
            for (status, n) in CLASSES.iter().zip(&counts.by_class) {
                let n = n.load(Ordering::Relaxed);
                if n > 0 {
                    let labels = [("route", route), ("method", *method), ("status", *status)];
                    out.sample("http_requests_total", &labels, n);
                }
            }
        }
    }

    out.family(
        "http_request_duration_seconds",
        "Time from the router taking a request to its answer being ready, by route template \
         and method.",
        Kind::Histogram,
    );
    for (route, methods) in registry.routes() {
        for (method, counts) in METHODS.iter().zip(methods) {
            let buckets = counts.buckets.each_ref().map(|b| b.load(Ordering::Relaxed));
            let count: u64 = buckets.iter().sum();
            if count == 0 {
                continue;
            }
            let mut cumulative = 0;
            let bounds = BUCKETS.iter().map(|(_, le)| *le).chain(["+Inf"]);
            for (le, n) in bounds.zip(buckets) {
                cumulative += n;
                let labels = [("route", route), ("method", *method), ("le", le)];
                out.sample("http_request_duration_seconds_bucket", &labels, cumulative);
            }
            let labels = [("route", route), ("method", *method)];
            let sum = counts.sum_micros.load(Ordering::Relaxed);
            out.sample("http_request_duration_seconds_sum", &labels, seconds(sum));
            out.sample("http_request_duration_seconds_count", &labels, count);
        }
    }
}

fn reads(out: &mut Exposition, turns: &crate::reads::Turns) {
    let (served, waiting) = turns.in_use();
    out.family(
        "mentor_reads",
        "Reads (GET and HEAD pages) served now, and waiting for a turn.",
        Kind::Gauge,
    );
    out.sample("mentor_reads", &[("state", "served")], served);
    out.sample("mentor_reads", &[("state", "waiting")], waiting);
    out.family(
        "mentor_reads_at_once",
        "The most reads served at once (MENTOR_READS_AT_ONCE).",
        Kind::Gauge,
    );
    out.sample("mentor_reads_at_once", &[], turns.at_once());
}

fn pool(out: &mut Exposition, db: &db::Database) {
    let pool = db.pool_use();
    out.family(
        "mentor_db_connections",
        "Database connections of the pool, in use by a call or idle.",
        Kind::Gauge,
    );
    out.sample("mentor_db_connections", &[("state", "in_use")], pool.in_use);
    out.sample("mentor_db_connections", &[("state", "idle")], pool.idle);
    out.family(
        "mentor_db_connections_max",
        "The most connections the pool opens (MENTOR_DB_POOL).",
        Kind::Gauge,
    );
    out.sample("mentor_db_connections_max", &[], pool.max);
    out.family(
        "mentor_db_waiting_calls",
        "Database calls waiting for a free connection.",
        Kind::Gauge,
    );
    out.sample("mentor_db_waiting_calls", &[], pool.waiting);
    out.family(
        "mentor_db_reachable",
        "1 when the last attempt to open a database connection succeeded.",
        Kind::Gauge,
    );
    out.sample("mentor_db_reachable", &[], u8::from(pool.reachable));
    out.family(
        "mentor_db_info",
        "The database backend in use (always 1).",
        Kind::Gauge,
    );
    out.sample("mentor_db_info", &[("backend", db.backend().name())], 1);
    out.family(
        "mentor_db_statements_total",
        "Statements run on the pool's connections since the server started.",
        Kind::Counter,
    );
    out.sample("mentor_db_statements_total", &[], db.queries_run());
    out.family(
        "mentor_db_write_transactions_total",
        "Write transactions run since the server started.",
        Kind::Counter,
    );
    // Counted at the start and at the end of each (`Database::writes_run`).
    out.sample(
        "mentor_db_write_transactions_total",
        &[],
        db.writes_run() / 2,
    );
}

fn outbox(
    out: &mut Exposition,
    backlog: Option<db::metrics::OutboxBacklog>,
    now: chrono::NaiveDateTime,
) {
    out.family(
        "mentor_metrics_database_up",
        "1 when this scrape read the database's figures (the outbox backlog); 0: they are missing.",
        Kind::Gauge,
    );
    out.sample(
        "mentor_metrics_database_up",
        &[],
        u8::from(backlog.is_some()),
    );
    let Some(b) = backlog else {
        return;
    };
    out.family(
        "mentor_outbox_messages",
        "E-mails not sent yet: due now, waiting to retry after a failure, or given up.",
        Kind::Gauge,
    );
    out.sample("mentor_outbox_messages", &[("state", "due")], b.due);
    out.sample(
        "mentor_outbox_messages",
        &[("state", "retrying")],
        b.retrying,
    );
    out.sample("mentor_outbox_messages", &[("state", "failed")], b.failed);
    out.family(
        "mentor_outbox_oldest_due_seconds",
        "How long the oldest e-mail due has waited to be sent (0: none due).",
        Kind::Gauge,
    );
    let waited = b
        .oldest_due_since
        .map_or(0, |since| (now - since).num_seconds().max(0));
    out.sample("mentor_outbox_oldest_due_seconds", &[], waited);
}

fn micros(d: Duration) -> u64 {
    u64::try_from(d.as_micros()).unwrap_or(u64::MAX)
}
