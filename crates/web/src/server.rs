//! Serving connections: HTTP/1.1 with hyper directly, because `axum::serve` can set
//! neither a header-read timeout nor a connection cap.
//!
//! - A connection has [`Limits::header_timeout`] to send a complete request head, from when
//!   it opens and again after each answer: slow-header and idle keep-alive connections are
//!   closed, and their slots freed.
//! - At most [`Limits::max_connections`] are served at once. Beyond that, new connections
//!   are not accepted but wait in the listening socket's queue (the kernel's backlog) and are
//!   served in turn as slots free up, which the header timeout guarantees within its length
//!   when the slots are held by idle connections. Reaching the cap is logged (the figure
//!   only, no addresses), at most once a minute.
//! - On shutdown, no new connection is accepted, idle ones close, and requests in flight
//!   have `drain` to finish; then the rest are dropped.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};
use tokio::task::JoinSet;
use tower::ServiceExt;

use crate::{AppState, Limits};

/// Serves the application on `listener` until `shutdown` completes, then lets requests in
/// flight finish for at most `drain`: a slow or stalled client cannot hold a shutdown (or a
/// deployment) for longer. Client addresses are available to handlers as
/// `ConnectInfo<SocketAddr>` (sign-in throttling uses them).
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
    drain: Duration,
) -> std::io::Result<()> {
    let limits = state.config.limits.clone();
    let router = crate::app(state);
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .max_header_size(limits.max_head_bytes());
    let slots = Arc::new(Semaphore::new(
        limits.max_connections.clamp(1, Semaphore::MAX_PERMITS),
    ));
    let (closing, closed) = watch::channel(false);
    let mut connections = JoinSet::new();
    let mut shutdown = std::pin::pin!(shutdown);
    let mut cap_logged: Option<Instant> = None;
    loop {
        let accepted = tokio::select! {
            () = &mut shutdown => break,
            accepted = accept(&listener, &slots, &limits, &mut cap_logged) => accepted,
        };
        let (stream, peer, slot) = accepted;
        connections.spawn(connection(
            stream,
            peer,
            slot,
            http.clone(),
            router.clone(),
            closed.clone(),
        ));
        // Finished connections leave the set as we go.
        while connections.try_join_next().is_some() {}
    }
    drop(listener);
    let _ = closing.send(true);
    let drained = tokio::time::timeout(drain, async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        tracing::warn!(
            seconds = drain.as_secs(),
            "requests still in flight at the shutdown deadline; stopping"
        );
        connections.shutdown().await;
    }
    Ok(())
}

/// How often reaching the connection cap is logged at most.
const CAP_LOG_INTERVAL: Duration = Duration::from_secs(60);

/// The next connection, once a slot is free for it. Until then the listener is not asked,
/// so new connections wait in its queue.
async fn accept(
    listener: &TcpListener,
    slots: &Arc<Semaphore>,
    limits: &Limits,
    cap_logged: &mut Option<Instant>,
) -> (TcpStream, SocketAddr, OwnedSemaphorePermit) {
    loop {
        let slot = match slots.clone().try_acquire_owned() {
            Ok(slot) => slot,
            Err(_) => {
                if cap_logged.is_none_or(|t| t.elapsed() >= CAP_LOG_INTERVAL) {
                    *cap_logged = Some(Instant::now());
                    tracing::warn!(
                        max_connections = limits.max_connections,
                        "connection cap reached; new connections wait until one closes"
                    );
                }
                match slots.clone().acquire_owned().await {
                    Ok(slot) => slot,
                    // The semaphore is never closed; should it be, serve no more.
                    Err(_) => std::future::pending().await,
                }
            }
        };
        match listener.accept().await {
            Ok((stream, peer)) => return (stream, peer, slot),
            Err(e) => {
                // A connection reset before it was accepted is the client's affair; anything
                // else (too many open files) is ours: wait a little rather than spin.
                if !matches!(
                    e.kind(),
                    std::io::ErrorKind::ConnectionAborted
                        | std::io::ErrorKind::ConnectionReset
                        | std::io::ErrorKind::ConnectionRefused
                ) {
                    tracing::error!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
            }
        }
    }
}

/// Serves one connection, holding its slot until it closes.
async fn connection(
    stream: TcpStream,
    peer: SocketAddr,
    _slot: OwnedSemaphorePermit,
    http: hyper::server::conn::http1::Builder,
    router: axum::Router,
    mut closing: watch::Receiver<bool>,
) {
    let service = hyper::service::service_fn(move |req: hyper::Request<Incoming>| {
        let mut req = req.map(axum::body::Body::new);
        req.extensions_mut().insert(ConnectInfo(peer));
        let router = router.clone();
        async move { Ok::<_, Infallible>(router.oneshot(req).await.unwrap_or_else(|e| match e {})) }
    });
    let conn = http.serve_connection(TokioIo::new(stream), service);
    let mut conn = std::pin::pin!(conn);
    tokio::select! {
        // Errors here are the client's (reset, timed out, malformed) and already answered
        // where hyper can; nothing to log about someone else's connection.
        _ = conn.as_mut() => {}
        // (The watch's guard is dropped at once: it may not be held across an await.)
        () = async { drop(closing.wait_for(|c| *c).await) } => {
            conn.as_mut().graceful_shutdown();
            let _ = conn.await;
        }
    }
}
