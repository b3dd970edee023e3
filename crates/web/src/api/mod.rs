//! The JSON API under `/api/v1`: bearer tokens (`mentor user token EMAIL`) or a session,
//! the same permissions and scopes as the pages. Errors are `{"error": {"code", "message"}}`.

pub mod calls;
pub mod candidates;
pub mod companies;
pub mod openapi;
pub mod organisations;
pub mod positions;
pub mod programmes;
pub mod taxonomy;
pub mod users;
