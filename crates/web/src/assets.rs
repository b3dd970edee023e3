//! Static files, compiled into the binary: nothing is fetched from elsewhere. `static/`
//! holds the stylesheet and the vendored htmx. Each is served under a name carrying a hash
//! of its bytes, so a browser may keep it for a year (`immutable`) and still never run a
//! stale one: a changed file is a new address.

use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::AppError;

struct Asset {
    /// The name it is served under: `<stem>-<hash>.<extension>`.
    name: String,
    body: &'static [u8],
    mime: &'static str,
}

impl Asset {
    fn new(stem: &str, extension: &str, body: &'static [u8], mime: &'static str) -> Asset {
        let hash = hex::encode(Sha256::digest(body));
        Asset {
            name: format!("{stem}-{}.{extension}", &hash[..12]),
            body,
            mime,
        }
    }
}

static ASSETS: LazyLock<[Asset; 2]> = LazyLock::new(|| {
    [
        Asset::new(
            "htmx-2.0.4",
            "js",
            include_bytes!("../static/htmx-2.0.4.min.js"),
            "text/javascript; charset=utf-8",
        ),
        Asset::new(
            "app",
            "css",
            include_bytes!("../static/app.css"),
            "text/css; charset=utf-8",
        ),
    ]
});

/// The address name of the vendored htmx.
pub fn htmx() -> &'static str {
    &ASSETS[0].name
}

/// The address name of the stylesheet.
pub fn css() -> &'static str {
    &ASSETS[1].name
}

pub async fn serve(Path(name): Path<String>) -> Result<Response, AppError> {
    let asset = ASSETS
        .iter()
        .find(|a| a.name == name)
        .ok_or(AppError::NotFound)?;
    Ok((
        [
            (CONTENT_TYPE, asset.mime),
            (CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        asset.body,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_content() {
        assert!(css().starts_with("app-") && css().ends_with(".css"));
        assert!(htmx().starts_with("htmx-2.0.4-") && htmx().ends_with(".js"));
        let other = Asset::new("app", "css", b"body{}", "text/css");
        assert_ne!(other.name, css(), "another content, another address");
    }
}
