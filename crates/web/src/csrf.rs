//! Cross-site request forgery protection: a random token in a `SameSite=Strict` cookie that
//! every state-changing request must echo in the `csrf` form field or the `X-CSRF-Token`
//! header. Requests authenticated with a bearer token carry no cookies and are exempt.
//! Additionally, a request whose `Origin` names another site is refused.
//!
//! Pages carry the token masked ([`masked`]): afresh for every response, so that
//! compressed pages never repeat its bytes and their sizes tell an eavesdropper nothing
//! about it (the BREACH attack on compressed secrets).

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::header::{CONTENT_TYPE, HOST, ORIGIN};
use axum::http::{HeaderMap, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use subtle::ConstantTimeEq;

use crate::{AppError, Ctx};

pub const COOKIE: &str = "mentor_csrf";
pub const HEADER: &str = "x-csrf-token";
/// Forms are small; anything larger is refused before it is read.
const MAX_FORM_BYTES: usize = 1024 * 1024;

/// The token from the cookie, or a new one (and `true`: the cookie must be set).
pub fn token(headers: &HeaderMap) -> (String, bool) {
    match crate::context::cookie(headers, COOKIE) {
        Some(t) if t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()) => {
            (t.to_owned(), false)
        }
        _ => (db::id::new_secret(32), true),
    }
}

pub fn cookie(token: &str, https: bool) -> String {
    let secure = if https { "; Secure" } else { "" };
    format!("{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict{secure}")
}

fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// The token as a page carries it: a random pad, then the token XOR the pad, in hex.
pub fn masked(token: &str) -> String {
    let Ok(raw) = hex::decode(token) else {
        return token.to_owned();
    };
    let mut pad = vec![0u8; raw.len()];
    if getrandom::fill(&mut pad).is_err() {
        // Without randomness the page carries the token itself, which still works.
        return token.to_owned();
    }
    let xored: Vec<u8> = raw.iter().zip(&pad).map(|(t, p)| t ^ p).collect();
    format!("{}{}", hex::encode(pad), hex::encode(xored))
}

/// Whether `sent` is the token, masked by a page or as the cookie holds it.
fn matches(sent: &str, token: &str) -> bool {
    if sent.len() != 2 * token.len() {
        return same(sent, token);
    }
    let (pad, xored) = sent.split_at(token.len());
    let (Ok(pad), Ok(xored), Ok(raw)) = (hex::decode(pad), hex::decode(xored), hex::decode(token))
    else {
        return false;
    };
    let unmasked: Vec<u8> = xored.iter().zip(&pad).map(|(x, p)| x ^ p).collect();
    unmasked.len() == raw.len() && bool::from(unmasked.ct_eq(&raw))
}

fn form_field<'a>(body: &'a str, name: &str) -> Option<&'a str> {
    body.split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

fn foreign_origin(headers: &HeaderMap) -> bool {
    let (Some(origin), Some(host)) = (
        headers.get(ORIGIN).and_then(|v| v.to_str().ok()),
        headers.get(HOST).and_then(|v| v.to_str().ok()),
    ) else {
        return false;
    };
    let origin_host = origin.split("://").nth(1).unwrap_or(origin);
    origin != "null" && origin_host != host
}

pub async fn middleware(req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    let Some(ctx) = req.extensions().get::<Ctx>().cloned() else {
        return AppError::Internal("context missing".into()).into_response();
    };
    // A bearer request carries no cookie to forge with; an API request from nobody signed
    // in carries no credential at all, and the route's access answers it 401.
    if ctx.bearer || (ctx.is_api && ctx.user.is_none()) {
        return next.run(req).await;
    }
    if foreign_origin(req.headers()) {
        return AppError::BadRequest("error-csrf").into_response();
    }
    if let Some(h) = req.headers().get(HEADER).and_then(|v| v.to_str().ok()) {
        return if matches(h, &ctx.csrf) {
            next.run(req).await
        } else {
            AppError::BadRequest("error-csrf").into_response()
        };
    }
    // A file upload cannot carry a header without script, and its body is not read here:
    // the form puts the token in its action's query string instead.
    let is_multipart = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if is_multipart {
        let ok = req
            .uri()
            .query()
            .and_then(|q| form_field(q, "csrf"))
            .is_some_and(|t| matches(t, &ctx.csrf));
        return if ok {
            next.run(req).await
        } else {
            AppError::BadRequest("error-csrf").into_response()
        };
    }
    let is_form = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return AppError::BadRequest("error-csrf").into_response();
    }
    let (parts, body) = req.into_parts();
    let bytes = match to_bytes(body, MAX_FORM_BYTES).await {
        Ok(bytes) => bytes,
        Err(e) if crate::limits::is_body_timeout(&e) => {
            return AppError::BodyTimeout.into_response();
        }
        Err(_) => return AppError::BadRequest("error-too-large").into_response(),
    };
    let ok = std::str::from_utf8(&bytes)
        .ok()
        .and_then(|b| form_field(b, "csrf"))
        .is_some_and(|t| matches(t, &ctx.csrf));
    if !ok {
        return AppError::BadRequest("error-csrf").into_response();
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_masked_token_differs_every_time_and_still_matches() {
        let token = db::id::new_secret(32);
        let (a, b) = (masked(&token), masked(&token));
        assert_ne!(a, b);
        assert!(!a.contains(&token));
        assert!(matches(&a, &token) && matches(&b, &token));
        assert!(matches(&token, &token), "the cookie's own value");
        let other = db::id::new_secret(32);
        assert!(!matches(&masked(&other), &token));
        assert!(!matches(&"z".repeat(128), &token));
        assert!(!matches("", &token));
    }
}
