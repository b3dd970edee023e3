//! The JSON API under `/api/v1`: bearer tokens (`mentor user token EMAIL`) or a session,
//! the same permissions and scopes as the pages. Errors are `{"error": {"code", "message"}}`.

pub mod calls;
pub mod candidates;
pub mod companies;
pub mod idempotency;
pub mod matching;
pub mod openapi;
pub mod organisations;
pub mod positions;
pub mod programmes;
pub mod taxonomy;
pub mod users;

/// A JSON body whose errors answer like every other API error (a translated message in
/// the error object), not as plain text.
pub struct ApiJson<T>(pub T);

impl<S, T> axum::extract::FromRequest<S> for ApiJson<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = crate::AppError;

    async fn from_request(req: axum::extract::Request, state: &S) -> Result<Self, Self::Rejection> {
        axum::Json::<T>::from_request(req, state)
            .await
            .map(|axum::Json(t)| ApiJson(t))
            .map_err(|_| crate::AppError::BadRequest("error-invalid-json"))
    }
}
