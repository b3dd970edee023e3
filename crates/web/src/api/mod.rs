//! The JSON API under `/api/v1`: bearer tokens (`mentor user token EMAIL`) or a session,
//! the same permissions and scopes as the pages. Errors are
//! `{"error": {"code", "message", "request_id"}}` (and `field` when one is at fault); the
//! extractors of [`extract`] answer unreadable input the same way, and the context
//! middleware gives any other error response under `/api/` (axum's 405) that object too.

pub mod awards;
pub mod calls;
pub mod candidates;
pub mod cases;
pub mod companies;
pub mod courses;
pub mod extract;
pub mod grant_payments;
pub mod grants;
pub mod idempotency;
pub mod matching;
pub mod mentorships;
pub mod openapi;
pub mod organisations;
pub mod outcome_report;
pub mod outcomes;
pub mod positions;
pub mod programmes;
pub mod results;
pub mod taxonomy;
pub mod traineeships;
pub mod translations;
pub mod users;

pub use extract::{ApiBody, ApiJson, ApiPath, ApiQuery};

/// The `Location` of a resource made by a POST (`/api/v1/{collection}/{id}`).
pub fn location(collection: &str, id: &str) -> (axum::http::HeaderName, String) {
    (
        axum::http::header::LOCATION,
        format!("/api/v1/{collection}/{id}"),
    )
}
