//! The one conversion from errors to HTTP responses.
//!
//! Policy: handlers return `Result<_, AppError>`. An `AppError` carries a status and a
//! Fluent message key, never internals. `into_response` only marks the response; the
//! context middleware, which knows the request's language and whether it came to the API,
//! renders the marked response as a translated HTML page or a JSON body. Internal causes
//! are logged with the request id and never reach the client.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::conflict::Conflict;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Not signed in (pages redirect to the sign-in page; the API answers 401).
    #[error("not signed in")]
    Unauthenticated,
    /// Signed in but not allowed.
    #[error("forbidden")]
    Forbidden,
    /// Missing, or out of the actor's scope (the two are deliberately indistinguishable).
    #[error("not found")]
    NotFound,
    /// Input that cannot be accepted; the key names the reason.
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    /// A value that does not fit its field (a use case's or a parsed body's): 422, and the
    /// API's error object names the field.
    #[error("invalid: {0}")]
    Invalid(domain::Invalid),
    /// An API request whose body or parameters cannot be read at all (see `api::extract`):
    /// malformed JSON (400), a wrong content type (415), a field of the wrong type or
    /// missing (422, naming it), a body over the limit (413).
    #[error("unreadable request: {key}")]
    Unreadable {
        status: StatusCode,
        key: &'static str,
        field: Option<String>,
    },
    /// A uniqueness rule or a state rule forbids the change.
    #[error("conflict: {0:?}")]
    Conflict(Conflict),
    /// Too many attempts.
    #[error("too many requests")]
    TooManyRequests,
    /// The URI is longer than the configured limit (414).
    #[error("URI too long")]
    UriTooLong,
    /// The request's headers are larger than the configured limit (431).
    #[error("headers too large")]
    HeadersTooLarge,
    /// The request's body did not arrive within its deadline (408).
    #[error("body timeout")]
    BodyTimeout,
    /// An idempotency key already used for a different request (422).
    #[error("idempotency key reused")]
    IdempotencyKeyReused,
    /// The request was not answered within its time limit (503).
    #[error("request timeout")]
    Timeout,
    /// The database is down, unreachable or refusing writes: try again later (503). The
    /// message is for the log only.
    #[error("unavailable: {0}")]
    Unavailable(String),
    /// Anything else. The message is for the log only.
    #[error("internal: {0}")]
    Internal(String),
}

/// What the rendering middleware needs to know about an error response.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub status: StatusCode,
    pub key: &'static str,
    /// The field at fault, when one is (`places`, `identity.birth_date`).
    pub field: Option<String>,
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Unreadable { status, .. } => *status,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            AppError::UriTooLong => StatusCode::URI_TOO_LONG,
            AppError::HeadersTooLarge => StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            AppError::BodyTimeout => StatusCode::REQUEST_TIMEOUT,
            AppError::Timeout => StatusCode::SERVICE_UNAVAILABLE,
            AppError::IdempotencyKeyReused => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn key(&self) -> &'static str {
        match self {
            AppError::Unauthenticated => "error-unauthenticated",
            AppError::Forbidden => "error-forbidden",
            AppError::NotFound => "error-not-found",
            AppError::BadRequest(k) => k,
            AppError::Invalid(i) => i.key,
            AppError::Unreadable { key, .. } => key,
            AppError::Conflict(c) => c.key(),
            AppError::TooManyRequests => "error-too-many-requests",
            AppError::UriTooLong => "error-uri-too-long",
            AppError::HeadersTooLarge => "error-headers-too-large",
            AppError::BodyTimeout => "error-body-timeout",
            AppError::Timeout => "error-request-timeout",
            AppError::IdempotencyKeyReused => "error-idempotency-key-reused",
            AppError::Unavailable(_) => "error-unavailable",
            AppError::Internal(_) => "error-internal",
        }
    }

    pub fn field(&self) -> Option<String> {
        match self {
            AppError::Invalid(i) => Some(i.field.to_owned()),
            AppError::Unreadable { field, .. } => field.clone(),
            _ => None,
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Internal(cause) = &self {
            // The request id is attached by the context middleware's span.
            tracing::error!(%cause, "internal error");
        }
        if let AppError::Unavailable(cause) = &self {
            tracing::warn!(%cause, "database unavailable");
        }
        let info = ErrorInfo {
            status: self.status(),
            key: self.key(),
            field: self.field(),
        };
        let mut res = self.status().into_response();
        res.extensions_mut().insert(info);
        res
    }
}

impl From<db::DbError> for AppError {
    fn from(e: db::DbError) -> Self {
        match e {
            db::DbError::NotFound => AppError::NotFound,
            db::DbError::Conflict(c) => AppError::Conflict(c),
            e if e.is_unavailable() => AppError::Unavailable(e.to_string()),
            e => AppError::Internal(e.to_string()),
        }
    }
}

impl From<app::Error> for AppError {
    fn from(e: app::Error) -> Self {
        match e {
            app::Error::NotFound => AppError::NotFound,
            app::Error::Forbidden => AppError::Forbidden,
            app::Error::Conflict(c) => AppError::Conflict(c),
            app::Error::Invalid(i) => AppError::Invalid(i),
            // One field at a time where a whole form is not shown (the API).
            app::Error::Form(all) => AppError::Invalid(all.first()),
            app::Error::Rule(r) => AppError::BadRequest(rule_key(&r)),
            app::Error::Db(e) => e.into(),
        }
    }
}

/// The message of a programme rule that refused a change (without its figure; pages that
/// show the figure format it themselves).
pub fn rule_key(r: &app::error::Rule) -> &'static str {
    use app::error::Rule;
    match r {
        Rule::Breach(b) => b.invalid.key,
        Rule::ProfileIncomplete => "error-company-profile-incomplete",
        Rule::NotEligible => "error-company-not-eligible",
        Rule::Case(r) => r.key(),
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        AppError::Internal(format!("template: {e}"))
    }
}

impl From<domain::Invalid> for AppError {
    fn from(e: domain::Invalid) -> Self {
        AppError::Invalid(e)
    }
}
