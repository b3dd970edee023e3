//! The API's extractors: a body, a query string or a path that cannot be read answers with
//! the JSON error object in the caller's language, like every other API error — never with
//! axum's plain-text rejections.
//!
//! | what went wrong                             | status | key                          |
//! |---------------------------------------------|--------|------------------------------|
//! | no `application/json` (or `+json`) type     | 415    | `error-json-content-type`    |
//! | body over the limit (2 MB)                  | 413    | `error-too-large`            |
//! | not JSON at all, trailing bytes             | 400    | `error-invalid-json`         |
//! | off the document's schema for the body      | 422    | by keyword, + `field`        |
//! | a field missing or of the wrong type        | 422    | `error-json-field` + `field` |
//! | a query parameter of the wrong type         | 400    | `error-invalid-query`        |
//! | a path segment that cannot be read          | 400    | `error-invalid-path`         |

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use crate::AppError;

/// A JSON body, checked against its schema in the OpenAPI document
/// ([`crate::api::openapi::validate`]) before it is read.
pub struct ApiJson<T>(pub T);

/// A request body and the name of its schema in the document.
pub trait ApiBody: DeserializeOwned {
    const SCHEMA: &'static str;
}

/// A query string.
pub struct ApiQuery<T>(pub T);

/// Path parameters.
pub struct ApiPath<T>(pub T);

fn unreadable(status: StatusCode, key: &'static str, field: Option<String>) -> AppError {
    AppError::Unreadable { status, key, field }
}

/// `application/json`, or a `+json` type, whatever its parameters (as axum's `Json` accepts).
fn is_json(parts_type: Option<&str>) -> bool {
    let Some(t) = parts_type else { return false };
    let essence = t
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// The field a serde error is about: its path, and for a missing field the field's own name
/// (serde reports that one in the message, at its parent's path).
fn field_of(err: &serde_path_to_error::Error<serde_json::Error>) -> Option<String> {
    let path = err.path().to_string();
    let parent = (path != ".").then_some(path);
    let message = err.inner().to_string();
    let missing = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next())
        .map(str::to_owned);
    match (parent, missing) {
        (Some(p), Some(m)) => Some(format!("{p}.{m}")),
        (p, m) => m.or(p),
    }
}

fn data_error(e: &serde_path_to_error::Error<serde_json::Error>) -> AppError {
    unreadable(
        StatusCode::UNPROCESSABLE_ENTITY,
        "error-json-field",
        field_of(e),
    )
}

/// Reads `bytes` as `T`, the whole of them.
pub fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, AppError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        use serde_json::error::Category;
        match e.inner().classify() {
            Category::Data => data_error(&e),
            Category::Syntax | Category::Eof | Category::Io => {
                unreadable(StatusCode::BAD_REQUEST, "error-invalid-json", None)
            }
        }
    })?;
    de.end()
        .map_err(|_| unreadable(StatusCode::BAD_REQUEST, "error-invalid-json", None))?;
    Ok(value)
}

impl<S, T> FromRequest<S> for ApiJson<T>
where
    T: ApiBody,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, AppError> {
        let content_type = req
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok());
        if !is_json(content_type) {
            return Err(unreadable(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "error-json-content-type",
                None,
            ));
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|r| {
            if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
                unreadable(StatusCode::PAYLOAD_TOO_LARGE, "error-too-large", None)
            } else {
                unreadable(StatusCode::BAD_REQUEST, "error-invalid-json", None)
            }
        })?;
        let value: serde_json::Value = from_slice(&bytes)?;
        crate::api::openapi::validate::body(T::SCHEMA, &value)?;
        serde_path_to_error::deserialize(value)
            .map(ApiJson)
            .map_err(|e| data_error(&e))
    }
}

impl<S, T> FromRequestParts<S> for ApiQuery<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, AppError> {
        axum::extract::Query::<T>::try_from_uri(&parts.uri)
            .map(|q| ApiQuery(q.0))
            .map_err(|_| unreadable(StatusCode::BAD_REQUEST, "error-invalid-query", None))
    }
}

impl<S, T> FromRequestParts<S> for ApiPath<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|p| ApiPath(p.0))
            .map_err(|_| unreadable(StatusCode::BAD_REQUEST, "error-invalid-path", None))
    }
}

/// A query parameter outside its enumeration: 400 like any unreadable query, with the
/// domain's message and the parameter named.
pub fn bad_query(invalid: domain::Invalid) -> AppError {
    unreadable(
        StatusCode::BAD_REQUEST,
        invalid.key,
        Some(invalid.field.to_owned()),
    )
}

/// The key of an API error response that no handler marked (axum's own 405, a layer's
/// 413): the context middleware gives it the JSON error object too.
pub fn key_of_status(status: StatusCode) -> &'static str {
    match status {
        StatusCode::UNAUTHORIZED => "error-unauthenticated",
        StatusCode::FORBIDDEN => "error-forbidden",
        StatusCode::NOT_FOUND => "error-not-found",
        StatusCode::METHOD_NOT_ALLOWED => "error-method-not-allowed",
        StatusCode::PAYLOAD_TOO_LARGE => "error-too-large",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "error-json-content-type",
        StatusCode::TOO_MANY_REQUESTS => "error-too-many-requests",
        s if s.is_client_error() => "error-bad-request",
        _ => "error-internal",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    struct Inner {
        #[allow(dead_code)]
        birth_date: String,
    }

    #[derive(serde::Deserialize, Debug)]
    struct Body {
        #[allow(dead_code)]
        places: i64,
        #[allow(dead_code)]
        identity: Inner,
    }

    fn field(json: &str) -> Option<String> {
        match from_slice::<Body>(json.as_bytes()) {
            Err(e) => e.field(),
            Ok(_) => Some("(accepted)".into()),
        }
    }

    #[test]
    fn a_body_error_names_its_field() {
        assert_eq!(
            field(r#"{"places": "x", "identity": {"birth_date": ""}}"#).as_deref(),
            Some("places")
        );
        assert_eq!(
            field(r#"{"places": 1, "identity": {}}"#).as_deref(),
            Some("identity.birth_date")
        );
        assert_eq!(
            field(r#"{"identity": {"birth_date": ""}}"#).as_deref(),
            Some("places")
        );
        let e = from_slice::<Body>(b"{").err();
        assert_eq!(e.map(|e| e.status()), Some(StatusCode::BAD_REQUEST));
        let e = from_slice::<Body>(br#"{"places": 1, "identity": {"birth_date": ""}} x"#).err();
        assert_eq!(e.map(|e| e.key()), Some("error-invalid-json"));
    }

    #[test]
    fn json_types_are_recognised_as_axum_does() {
        assert!(is_json(Some("application/json")));
        assert!(is_json(Some("Application/JSON; charset=utf-8")));
        assert!(is_json(Some("application/problem+json")));
        assert!(!is_json(Some("text/plain")));
        assert!(!is_json(None));
    }
}
