//! The recording layer: the outermost layer of the router, so that a request is timed from
//! when the router takes it to when its answer's head is ready, whatever answered it (the
//! handler, a refusal, a time-out). Applied with `Router::layer`, it wraps each route and
//! the fallback, where axum has already put the [`MatchedPath`] into the request.
//!
//! A plain tower service rather than `middleware::from_fn`, so that recording boxes no
//! future of its own (`from_fn` boxes one per request): per request it reads the clock
//! twice, looks the template up once, clones an `Arc` and adds to a few atomics.

use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::response::Response;
use tower::{Layer, Service};

use super::registry::{InFlight, Registry, Slot};

/// Records every request in `registry`.
#[derive(Clone)]
pub(crate) struct RecordLayer {
    registry: Arc<Registry>,
}

impl RecordLayer {
    pub fn new(registry: Arc<Registry>) -> Self {
        RecordLayer { registry }
    }
}

impl<S> Layer<S> for RecordLayer {
    type Service = Record<S>;

    fn layer(&self, inner: S) -> Record<S> {
        Record {
            inner,
            registry: self.registry.clone(),
        }
    }
}

#[derive(Clone)]
pub(crate) struct Record<S> {
    inner: S,
    registry: Arc<Registry>,
}

impl<S> Service<Request> for Record<S>
where
    S: Service<Request, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = Recorded<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request) -> Self::Future {
        let started = Instant::now();
        let matched = req
            .extensions()
            .get::<MatchedPath>()
            .map(MatchedPath::as_str);
        let slot = Registry::slot(matched, req.method());
        let in_flight = Registry::begin(&self.registry);
        Recorded {
            inner: self.inner.call(req),
            slot,
            started,
            in_flight,
        }
    }
}

pin_project_lite::pin_project! {
    /// A request's answer on its way, counted in flight until it is ready (or dropped).
    pub(crate) struct Recorded<F> {
        #[pin]
        inner: F,
        slot: Slot,
        started: Instant,
        in_flight: InFlight,
    }
}

impl<F, E> Future for Recorded<F>
where
    F: Future<Output = Result<Response, E>>,
{
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let answered = std::task::ready!(this.inner.poll(cx));
        if let Ok(res) = &answered {
            this.in_flight
                .registry()
                .observe(*this.slot, res.status(), this.started.elapsed());
        }
        Poll::Ready(answered)
    }
}
