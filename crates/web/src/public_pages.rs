//! Public pages kept whole, compressed, for visitors who have not signed in: a call's page
//! and the list of open calls are what a campaign's link brings thousands to, and each is
//! the same for every such visitor reading it in the same language.
//!
//! A handler marks its answer [`ForEveryone`] when it rendered the page's shared frame
//! (`render::Page::for_everyone`: no CSRF token, the languages as links). Outside
//! compression, [`middleware`] keeps such answers as they went out, compressed, under the
//! request's path and query, the visitor's language and the encodings their browser
//! accepts, and serves them again under `app::kept`'s rule for values the same for
//! everyone: exact until a write, outdated by others' writes for at most
//! `MENTOR_HOME_MAX_AGE`, never on another day or past a minute. A kept answer is served
//! without the context, the time limit or a turn among reads: it costs a lookup.
//!
//! Only a GET without a session, a bearer token, a message to show or a `lang=` to
//! remember is looked up; only a marked 200 is kept, without its cookies.

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::header::{ACCEPT_ENCODING, AUTHORIZATION, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use domain::Locale;

use crate::context::{cookie, query_lang, unasked_locale};
use crate::{AppError, AppState};

/// Answers kept at most (the oldest goes first).
pub const CAPACITY: usize = 256;

/// A larger answer is served but not kept.
const MAX_KEPT_BYTES: usize = 512 * 1024;

/// The mark of an answer that is the same for every visitor without a session who reads
/// it in the same language.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ForEveryone;

/// `res`, marked [`ForEveryone`] when `shared`.
pub(crate) fn mark(mut res: Response, shared: bool) -> Response {
    if shared {
        res.extensions_mut().insert(ForEveryone);
    }
    res
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Key {
    path_and_query: String,
    locale: Locale,
    accept_encoding: String,
}

/// An answer as it went out: its headers (without cookies) and its compressed body.
pub struct Answer {
    headers: HeaderMap,
    body: Bytes,
}

/// The kept answers of one server.
pub type Cache = app::kept::Kept<Key, Answer>;

impl Answer {
    fn response(&self) -> Response {
        let mut res = Response::new(Body::from(self.body.clone()));
        *res.headers_mut() = self.headers.clone();
        if let Ok(id) = HeaderValue::from_str(&db::id::new_id()) {
            res.headers_mut().insert("x-request-id", id);
        }
        res
    }
}

/// The key a request's answer is kept under, if it may be served one kept for everyone.
fn key(req: &Request) -> Option<Key> {
    let path = req.uri().path();
    if req.method() != Method::GET || path.starts_with("/static/") || path.starts_with("/api/") {
        return None;
    }
    let headers = req.headers();
    let personal = headers.contains_key(AUTHORIZATION)
        || cookie(headers, crate::auth::SESSION_COOKIE).is_some()
        || cookie(headers, crate::flash::COOKIE).is_some()
        || query_lang(req.uri().query()).is_some();
    if personal {
        return None;
    }
    let accept_encoding = headers
        .get_all(ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join(",");
    Some(Key {
        path_and_query: req.uri().path_and_query()?.as_str().to_owned(),
        // As the context layer resolves it for a visitor without a session.
        locale: unasked_locale(headers).unwrap_or_default(),
        accept_encoding,
    })
}

/// Serves a kept answer when there is one that may be served, else the router's (kept
/// when marked).
pub async fn middleware(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let Some(key) = key(&req) else {
        return next.run(req).await;
    };
    let now = state.clock.now();
    let answer = state
        .public_pages
        .for_everyone(&state.db, key, now, || async move {
            keepable(next.run(req).await).await
        })
        .await;
    match answer {
        Ok(kept) => kept.response(),
        Err(res) => res,
    }
}

/// The answer to keep, or the answer to pass on as it is.
async fn keepable(res: Response) -> Result<Answer, Response> {
    if res.status() != StatusCode::OK || res.extensions().get::<ForEveryone>().is_none() {
        return Err(res);
    }
    let (mut parts, body) = res.into_parts();
    // The page was rendered whole in memory: its compressed bytes are no larger.
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(b) => b,
        Err(e) => {
            return Err(AppError::Internal(format!("compressing a page: {e}")).into_response());
        }
    };
    if body.len() > MAX_KEPT_BYTES {
        return Err(Response::from_parts(parts, Body::from(body)));
    }
    // One visitor's cookies (a new CSRF token) are theirs alone.
    parts.headers.remove(SET_COOKIE);
    parts.headers.remove("x-request-id");
    Ok(Answer {
        headers: parts.headers,
        body,
    })
}
