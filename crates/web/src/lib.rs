//! HTTP: the pages, the JSON API, sign-in and languages. The only crate that knows about
//! HTTP, HTML and JSON; it asks `domain` what is allowed and `db` for the data.
//!
//! A request passes, outermost first: its recording for `/metrics` ([`metrics`]) → a
//! public page kept for visitors without a session ([`public_pages`]) → compression → the
//! body's deadline → security headers → context (who, which language, request id, error
//! rendering) → URI and header sizes → the time limit →
//! CSRF check → the `Idempotency-Key` of API POSTs → the route's declared
//! [`routes::Access`] → the handler. Around them,
//! [`server`] serves connections with their own limits (header-read timeout, connection
//! cap, shutdown drain); all of them are [`Limits`].

mod access;
pub mod api;
mod assets;
mod auth;
mod bidi;
mod client_ip;
mod context;
mod csrf;
mod error;
pub mod flash;
mod health;
mod i18n_keys;
mod known_sessions;
mod limits;
mod metrics;
pub mod nav;
mod pages;
mod public_pages;
mod reads;
mod render;
pub mod routes;
mod security;
mod server;

use std::sync::Arc;

pub use access::Granted;
pub use context::{Authed, Ctx};
pub use error::AppError;
pub use limits::{Limits, default_reads_at_once};
pub use metrics::{MetricsToken, TokenError as MetricsTokenError};
pub use server::serve;

/// Settings the web layer needs, resolved by the binary.
#[derive(Debug, Clone, Default)]
pub struct WebConfig {
    /// True when the site is served over HTTPS (cookies get `Secure`, responses get HSTS).
    pub https: bool,
    /// Sizes and times a connection and a request may take.
    pub limits: Limits,
    /// The public address links in e-mails start with (`https://mentor.example.org`); never
    /// taken from a request's `Host`, which whoever sends the request chooses.
    pub base_url: String,
    /// The sender of outgoing e-mail (`MENTOR_MAIL_FROM`): the organizer named in calendar
    /// invitations, so that no person's address is. Empty: [`DEFAULT_MAIL_FROM`].
    pub mail_from: String,
}

/// The sender when none is configured (the binary's default too).
pub const DEFAULT_MAIL_FROM: &str = "Mentor <mentor@localhost>";

/// Shared state of the application: a handle, cloned by every layer and handler of every
/// request, so a clone is one reference count (the fields live in [`Shared`]).
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// What every request of one server shares.
#[derive(Clone)]
pub struct Shared {
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
    /// API requests with an idempotency key being served now.
    pub(crate) in_flight: api::idempotency::InFlight,
    /// The header a trusted reverse proxy puts the client's address in; `None`: the TCP
    /// peer is the client (see `client_ip`).
    pub client_ip_header: Option<axum::http::HeaderName>,
    /// Where the audit chain is anchored (the audit page checks against the latest anchor
    /// and offers to anchor now); empty when not configured.
    pub anchoring: Arc<app::audit_anchor::Anchoring>,
    /// The programmes' facts kept between results pages (`app::results::cache`).
    pub results: app::results::Cache,
    /// Each person's home page kept between requests (`app::home::cache`).
    pub home: app::home::Cache,
    /// Each person's rankings of calls kept between requests (`app::call_ranking`).
    pub rankings: app::call_ranking::Cache,
    /// Public pages kept for visitors who have not signed in ([`public_pages`]).
    pub(crate) public_pages: public_pages::Cache,
    /// The turns of reads ([`reads`]), shown by `/metrics`.
    pub(crate) reads: reads::Turns,
    /// Who each session cookie belongs to, as last read ([`known_sessions`]).
    pub(crate) sessions: known_sessions::KnownSessions,
    /// The request counters `/metrics` shows (see [`metrics`]).
    pub(crate) metrics: Arc<metrics::Registry>,
    /// The token a scraper must present to read `/metrics`; `None`: the route is off.
    pub(crate) metrics_token: Option<MetricsToken>,
}

impl AppState {
    pub fn new(
        db: db::Database,
        config: WebConfig,
        field_keys: domain::fieldcrypt::Keyring,
    ) -> Self {
        AppState(Arc::new(Shared {
            db,
            reads: reads::Turns::new(config.limits.reads_at_once),
            sessions: Default::default(),
            config: Arc::new(config),
            throttle: Default::default(),
            field_keys: Arc::new(field_keys),
            documents: None,
            clock: Arc::new(app::SystemClock),
            in_flight: Default::default(),
            client_ip_header: None,
            anchoring: Arc::default(),
            results: app::results::Cache::default(),
            home: app::home::Cache::default(),
            rankings: app::call_ranking::Cache::default(),
            public_pages: public_pages::Cache::new(
                std::time::Duration::ZERO,
                public_pages::CAPACITY,
            ),
            metrics: Arc::default(),
            metrics_token: None,
        }))
    }

    /// The fields to change while the server is being set up (a copy when the handle is
    /// shared already, as with any builder step after the first clone).
    fn setup(&mut self) -> &mut Shared {
        Arc::make_mut(&mut self.0)
    }

    /// Serves results figures outdated by a write for at most `max_age` while they are
    /// recomputed behind (see [`app::results::cache`]); zero recomputes after every write.
    pub fn with_results_max_age(mut self, max_age: std::time::Duration) -> Self {
        self.setup().results = app::results::Cache::new(max_age);
        self
    }

    /// Serves a person's home page, the rankings of calls they read and the public pages
    /// kept for visitors outdated by others' writes for at most `max_age` (see
    /// [`app::kept`]); zero recomputes them after every write.
    pub fn with_home_max_age(mut self, max_age: std::time::Duration) -> Self {
        let shared = self.setup();
        shared.home = app::home::Cache::new(max_age);
        shared.rankings = app::call_ranking::Cache::new(max_age);
        shared.public_pages = public_pages::Cache::new(max_age, public_pages::CAPACITY);
        self
    }

    /// Takes the client's address from `header`, set by a trusted reverse proxy, instead
    /// of the TCP peer (which is then the proxy).
    pub fn with_client_ip_header(mut self, header: axum::http::HeaderName) -> Self {
        self.setup().client_ip_header = Some(header);
        self
    }

    /// Anchors the audit chain to these places (see [`app::audit_anchor`]).
    pub fn with_anchoring(mut self, anchoring: Arc<app::audit_anchor::Anchoring>) -> Self {
        self.setup().anchoring = anchoring;
        self
    }

    /// Serves `/metrics` to a scraper presenting `token` (see [`metrics`]).
    pub fn with_metrics_token(mut self, token: MetricsToken) -> Self {
        self.setup().metrics_token = Some(token);
        self
    }

    /// Keeps candidates' documents in `store` (the `documents` folder of the data directory).
    pub fn with_documents(mut self, store: app::files::DocumentStore) -> Self {
        self.setup().documents = Some(Arc::new(store));
        self
    }

    /// Acts at `clock`'s time instead of the system's (tests).
    pub fn with_clock(mut self, clock: Arc<dyn app::Clock>) -> Self {
        self.setup().clock = clock;
        self
    }

    /// Throttles sign-in attempts with `throttle` (tests set its thresholds).
    pub fn with_throttle(mut self, throttle: domain::throttle::LoginThrottle) -> Self {
        self.setup().throttle = throttle;
        self
    }

    /// The organizer of calendar invitations: the configured sender.
    pub(crate) fn organizer(&self) -> app::calendar::Party {
        app::calendar::Party::parse_mailbox(&self.config.mail_from)
            .or_else(|| app::calendar::Party::parse_mailbox(DEFAULT_MAIL_FROM))
            .unwrap_or(app::calendar::Party {
                name: "Mentor".to_owned(),
                email: "mentor@localhost".to_owned(),
            })
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
