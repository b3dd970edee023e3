//! Static files, compiled into the binary: nothing is fetched from elsewhere. `static/`
//! holds the stylesheet and the vendored htmx. Each is served under a name carrying a hash
//! of its bytes, so a browser may keep it for a year (`immutable`) and still never run a
//! stale one: a changed file is a new address. Each is compressed once, at the best
//! quality (brotli 11, gzip 9), and sent as the browser accepts: a first visit costs the
//! server no compression, and the phone the fewest bytes.

use std::sync::LazyLock;

use std::io::Write;

use axum::extract::Path;
use axum::http::HeaderMap;
use axum::http::header::{ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_TYPE, VARY};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::AppError;

struct Asset {
    /// The name it is served under: `<stem>-<hash>.<extension>`.
    name: String,
    body: &'static [u8],
    mime: &'static str,
    /// The body compressed with brotli, and with gzip.
    br: Vec<u8>,
    gzip: Vec<u8>,
}

impl Asset {
    fn new(stem: &str, extension: &str, body: &'static [u8], mime: &'static str) -> Asset {
        let hash = hex::encode(Sha256::digest(body));
        Asset {
            name: format!("{stem}-{}.{extension}", &hash[..12]),
            body,
            mime,
            br: brotli_of(body),
            gzip: gzip_of(body),
        }
    }
}

// Compressing bytes in memory into memory cannot fail; should it, the encoding is empty and
// `serve` sends the next one the browser accepts, or the plain body.

fn brotli_of(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() / 3);
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        ..Default::default()
    };
    match brotli::BrotliCompress(&mut &body[..], &mut out, &params) {
        Ok(_) => out,
        Err(_) => Vec::new(),
    }
}

fn gzip_of(body: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(body)
        .and_then(|()| gz.finish())
        .unwrap_or_default()
}

/// Whether the request's `Accept-Encoding` accepts `coding` (by name or `*`, at a
/// quality above zero).
fn accepts(headers: &HeaderMap, coding: &str) -> bool {
    headers
        .get_all(ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|item| {
            let mut parts = item.split(';');
            let name = parts.next().unwrap_or("").trim();
            let zero = parts.any(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            (name.eq_ignore_ascii_case(coding) || name == "*") && !zero
        })
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

pub async fn serve(Path(name): Path<String>, headers: HeaderMap) -> Result<Response, AppError> {
    let asset = ASSETS
        .iter()
        .find(|a| a.name == name)
        .ok_or(AppError::NotFound)?;
    let (coding, body): (&str, &'static [u8]) = if accepts(&headers, "br") && !asset.br.is_empty() {
        ("br", &asset.br)
    } else if accepts(&headers, "gzip") && !asset.gzip.is_empty() {
        ("gzip", &asset.gzip)
    } else {
        ("identity", asset.body)
    };
    let mut res = (
        [
            (CONTENT_TYPE, asset.mime),
            (CACHE_CONTROL, "public, max-age=31536000, immutable"),
            (VARY, "accept-encoding"),
        ],
        body,
    )
        .into_response();
    // Sent as it is: the compression layer leaves an encoded body alone.
    if coding != "identity" {
        res.headers_mut().insert(
            CONTENT_ENCODING,
            axum::http::HeaderValue::from_static(coding),
        );
    }
    Ok(res)
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

    #[test]
    fn each_asset_is_kept_compressed_both_ways_and_reads_back_whole() {
        use std::io::Read;
        for a in ASSETS.iter() {
            let mut from_br = Vec::new();
            brotli::Decompressor::new(&a.br[..], 4096)
                .read_to_end(&mut from_br)
                .unwrap();
            assert_eq!(from_br, a.body, "{}", a.name);
            let mut from_gzip = Vec::new();
            flate2::read::GzDecoder::new(&a.gzip[..])
                .read_to_end(&mut from_gzip)
                .unwrap();
            assert_eq!(from_gzip, a.body, "{}", a.name);
            assert!(a.br.len() < a.gzip.len() && a.gzip.len() * 2 < a.body.len());
        }
    }

    #[test]
    fn the_encodings_a_browser_accepts() {
        let with = |v: &str| {
            let mut h = HeaderMap::new();
            h.insert(ACCEPT_ENCODING, v.parse().unwrap());
            h
        };
        assert!(accepts(&with("gzip, deflate, br, zstd"), "br"));
        assert!(accepts(&with("gzip"), "gzip") && !accepts(&with("gzip"), "br"));
        assert!(!accepts(&with("br;q=0, gzip"), "br"));
        assert!(accepts(&with("br;q=0.5"), "br"));
        assert!(accepts(&with("*"), "gzip"));
        assert!(!accepts(&HeaderMap::new(), "gzip"));
    }
}
