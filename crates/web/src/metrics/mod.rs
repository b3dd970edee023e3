//! `GET /metrics`: what the server is doing, in the Prometheus text format, for a scraper
//! holding the metrics token (`MENTOR_METRICS_TOKEN`) and for no one else — without it,
//! or with no token configured, the route answers 404 like a path that does not exist.
//!
//! - Requests ([`layer`], [`registry`]): `http_requests_total{route,method,status}` (status
//!   by class, `2xx`…), `http_request_duration_seconds{route,method}` (buckets from 1 ms to
//!   10 s) and `http_requests_in_flight`. `route` is the route table's template
//!   (`/candidates/{id}`) or `unmatched`: never a requested path, so the series are bounded
//!   and no id reaches a label. Recording costs a few atomic additions per request.
//! - The database pool, from its own counters: `mentor_db_connections{state}`,
//!   `mentor_db_connections_max`, `mentor_db_waiting_calls`, `mentor_db_reachable`, `mentor_db_statements_total`,
//!   `mentor_db_write_transactions_total`.
//! - Background work: the outbox is the one queue the server's workers share (the mail
//!   sender drains it; the daily digest and the deadline escalations fill it; housekeeping
//!   and the audit anchoring are periodic and queue nothing). `mentor_outbox_messages{state
//!   = due | retrying | failed}` and `mentor_outbox_oldest_due_seconds`, read with a few
//!   `COUNT`s when scraped (`db::metrics`), never per request.
//! - The process: `process_start_time_seconds`, `mentor_uptime_seconds`,
//!   `mentor_build_info{version}`.
//!
//! Nothing here names a person, an address or a record. The counters belong to one
//! [`crate::AppState`] (one server); each instance behind a balancer is scraped apart.

mod exposition;
mod layer;
mod registry;
mod scrape;
mod token;

pub(crate) use layer::RecordLayer;
pub(crate) use registry::Registry;
pub(crate) use scrape::scrape;
pub use token::{MetricsToken, TokenError};

/// Where the metrics are served. A bearer token sent here is the scraper's, not an API
/// token: the context layer does not look it up as a person's.
pub(crate) const PATH: &str = "/metrics";
