//! What one request may take: the size of its URI and headers, the time its body may take
//! to arrive, and the time it may take in all. The connection-level limits (header-read
//! timeout, connection cap) are applied by [`crate::server`].
//!
//! Each refusal here is an [`AppError`], so the context layer answers it in the request's
//! language, as a page or as the API's JSON error object. Heads larger than
//! [`Limits::max_head_bytes`] never reach us: hyper answers them 431 itself.

use std::time::Duration;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::AppError;

/// Limits on connections and requests. The defaults are what `mentor serve` uses unless
/// configured otherwise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Longest URI (path and query) answered; longer ones get 414.
    pub max_uri_bytes: usize,
    /// Largest total of the request's header lines; larger gets 431.
    pub max_header_bytes: usize,
    /// Time a connection has to send a complete request head, counted from when the
    /// connection opens or its previous answer was sent: slow and idle connections are closed.
    pub header_timeout: Duration,
    /// Time a request's body has to arrive in full, counted from its head; then it is cut
    /// (408).
    pub body_timeout: Duration,
    /// Time a request may take in all before it is answered 503.
    pub request_timeout: Duration,
    /// Connections served at once; more wait in the listening socket's queue until one
    /// closes.
    pub max_connections: usize,
    /// Reads (GET and HEAD) served at once; more wait their turn, writes never do (see
    /// [`crate::reads`]).
    pub reads_at_once: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_uri_bytes: 8 * 1024,
            max_header_bytes: 16 * 1024,
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(20),
            request_timeout: Duration::from_secs(30),
            max_connections: 512,
            reads_at_once: default_reads_at_once(),
        }
    }
}

/// Four reads a core at once: enough to keep the cores busy while some wait on the
/// database, few enough that a write finds them free.
pub fn default_reads_at_once() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get()) * 4
}

impl Limits {
    /// The most hyper reads of a request head: the URI, the headers and room for the
    /// request line. Up to it, an oversized URI or header set gets our own (translated)
    /// answer; beyond it, hyper's bare 431.
    pub fn max_head_bytes(&self) -> usize {
        self.max_uri_bytes
            .saturating_add(self.max_header_bytes)
            .saturating_add(1024)
            .max(8 * 1024)
    }
}

/// Refuses a request whose URI or headers are larger than the limits, before any handler
/// parses them.
pub async fn middleware(State(limits): State<Limits>, req: Request, next: Next) -> Response {
    let uri = req.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if uri > limits.max_uri_bytes {
        return AppError::UriTooLong.into_response();
    }
    // As on the wire: `name: value` and the line end.
    let headers: usize = req
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 4)
        .sum();
    if headers > limits.max_header_bytes {
        return AppError::HeadersTooLarge.into_response();
    }
    next.run(req).await
}

/// What the time limit's error becomes: the request took too long (503). Its work may still
/// finish on its own (a write in progress is not rolled back by the answer), which the
/// message says.
pub async fn timed_out(_: tower::BoxError) -> AppError {
    AppError::Timeout
}

/// Whether `error` (a body read's) is the body deadline's: the body came too slowly.
pub fn is_body_timeout(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut cause = Some(error);
    while let Some(e) = cause {
        if e.is::<tower_http::timeout::TimeoutError>() {
            return true;
        }
        cause = e.source();
    }
    false
}
