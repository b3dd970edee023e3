//! HTTP: the pages, the JSON API, sign-in and languages. The only crate that knows about
//! HTTP, HTML and JSON; it asks `domain` what is allowed and `db` for the data.
//!
//! A request passes, outermost first: request id → security headers → error rendering →
//! context (who, which language) → CSRF check → the route's declared [`routes::Access`] →
//! the handler.

mod access;
pub mod api;
mod assets;
mod auth;
mod context;
mod csrf;
mod error;
mod health;
mod i18n_keys;
pub mod nav;
mod pages;
mod render;
pub mod routes;
mod security;

use std::future::IntoFuture;
use std::sync::Arc;

pub use access::Granted;
pub use context::{Authed, Ctx};
pub use error::AppError;

/// Settings the web layer needs, resolved by the binary.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// True when the site is served over HTTPS (cookies get `Secure`, responses get HSTS).
    pub https: bool,
}

/// Shared state of the application.
#[derive(Clone)]
pub struct AppState {
    pub db: db::Database,
    pub config: Arc<WebConfig>,
    pub throttle: domain::throttle::LoginThrottle,
    /// Keys of field-level encryption (passport numbers), loaded from the data folder.
    pub field_keys: Arc<domain::fieldcrypt::Keyring>,
    /// Where candidates' documents are kept, sealed (see [`app::files`]); without it, uploads
    /// and downloads answer with an internal error.
    pub documents: Option<Arc<app::files::DocumentStore>>,
    /// The time use cases act at (the system clock; tests may fix it).
    pub clock: Arc<dyn app::Clock>,
    /// Where the audit chain is anchored (the audit page checks against the latest anchor
    /// and offers to anchor now); empty when not configured.
    pub anchoring: Arc<app::audit_anchor::Anchoring>,
}

impl AppState {
    pub fn new(
        db: db::Database,
        config: WebConfig,
        field_keys: domain::fieldcrypt::Keyring,
    ) -> Self {
        AppState {
            db,
            config: Arc::new(config),
            throttle: Default::default(),
            field_keys: Arc::new(field_keys),
            documents: None,
            clock: Arc::new(app::SystemClock),
            anchoring: Arc::default(),
        }
    }

    /// Anchors the audit chain to these places (see [`app::audit_anchor`]).
    pub fn with_anchoring(mut self, anchoring: Arc<app::audit_anchor::Anchoring>) -> Self {
        self.anchoring = anchoring;
        self
    }

    /// Keeps candidates' documents in `store` (the `documents` folder of the data directory).
    pub fn with_documents(mut self, store: app::files::DocumentStore) -> Self {
        self.documents = Some(Arc::new(store));
        self
    }

    pub(crate) fn document_store(&self) -> Result<Arc<app::files::DocumentStore>, AppError> {
        self.documents
            .clone()
            .ok_or_else(|| AppError::Internal("no document folder configured".into()))
    }
}

/// The whole application as one router.
pub fn app(state: AppState) -> axum::Router {
    routes::router(state)
}

/// Serves the application on `listener` until `shutdown` completes, then lets requests in
/// flight finish for at most `drain`: a slow or stalled client cannot hold a shutdown (or a
/// deployment) for longer. Client addresses are made available for sign-in throttling.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    drain: std::time::Duration,
) -> std::io::Result<()> {
    let app = app(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    let (stopping, stopped) = tokio::sync::oneshot::channel::<()>();
    let signal = async move {
        shutdown.await;
        let _ = stopping.send(());
    };
    let server = axum::serve(listener, app).with_graceful_shutdown(signal);
    let deadline = async move {
        // Only a shutdown starts the clock; a server that ends by itself never gets here.
        if stopped.await.is_ok() {
            tokio::time::sleep(drain).await;
        } else {
            std::future::pending::<()>().await;
        }
    };
    tokio::select! {
        served = server.into_future() => served,
        () = deadline => {
            tracing::warn!(seconds = drain.as_secs(), "requests still in flight at the shutdown deadline; stopping");
            Ok(())
        }
    }
}
