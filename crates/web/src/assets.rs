//! Static files, compiled into the binary: nothing is fetched from elsewhere. `static/`
//! holds the stylesheet and the vendored htmx; their names carry a version, so a cache
//! never serves a stale one.

use axum::extract::Path;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};

use crate::AppError;

/// The htmx version we vendor; the file name carries it so caches never serve a stale one.
pub const HTMX: &str = "htmx-2.0.4.min.js";
pub const CSS: &str = "app-2.css";

pub async fn serve(Path(name): Path<String>) -> Result<Response, AppError> {
    let (body, mime): (&'static [u8], &str) = match name.as_str() {
        HTMX => (
            include_bytes!("../static/htmx-2.0.4.min.js"),
            "text/javascript; charset=utf-8",
        ),
        CSS => (
            include_bytes!("../static/app.css"),
            "text/css; charset=utf-8",
        ),
        _ => return Err(AppError::NotFound),
    };
    Ok((
        [
            (CONTENT_TYPE, mime),
            (CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        body,
    )
        .into_response())
}
