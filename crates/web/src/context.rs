//! Who is asking, in which language, under which request id — resolved once per request.

use axum::extract::{FromRequestParts, Request, State};
use axum::http::header::{ACCEPT_LANGUAGE, AUTHORIZATION, COOKIE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use domain::Locale;
use domain::permission::Actor;
use tracing::Instrument;

use crate::error::ErrorInfo;
use crate::{AppError, AppState, auth, render};
use i18n::Tr;

pub const LANG_COOKIE: &str = "mentor_lang";

/// The signed-in person.
#[derive(Debug, Clone)]
pub struct Authed {
    pub user: db::users::User,
    pub actor: Actor,
    /// The session token when signed in with a cookie (absent for bearer tokens).
    pub session_token: Option<String>,
}

/// The request's context, available to every handler.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub request_id: String,
    pub locale: Locale,
    pub csrf: String,
    pub user: Option<Authed>,
    /// Path and query of the request, for "return here" links.
    pub path: String,
    pub is_api: bool,
    pub bearer: bool,
    /// The success message the previous action left for this page (`crate::flash`).
    pub flash: Option<crate::flash::Flash>,
}

impl Ctx {
    pub fn tr(&self) -> Tr {
        Tr::new(self.locale)
    }

    pub fn authed(&self) -> Result<&Authed, AppError> {
        self.user.as_ref().ok_or(AppError::Unauthenticated)
    }

    /// The signed-in person as a use case sees them: permissions and audit origin.
    pub fn acting(&self) -> Result<app::Acting, AppError> {
        Ok(app::Acting {
            actor: self.authed()?.actor.clone(),
            origin: self.origin(),
        })
    }

    /// The audit origin for writes made on behalf of this request.
    pub fn origin(&self) -> db::Origin {
        match &self.user {
            Some(a) => db::Origin::user(&a.user.id, &self.request_id),
            None => db::Origin {
                actor: "anonymous".into(),
                request_id: self.request_id.clone(),
                idempotency: None,
            },
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, AppError> {
        parts
            .extensions
            .get::<Ctx>()
            .cloned()
            .ok_or_else(|| AppError::Internal("context middleware missing".into()))
    }
}

pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

pub(crate) fn query_lang(query: Option<&str>) -> Option<Locale> {
    query?
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == "lang")
        .and_then(|(_, v)| Locale::parse(v))
}

/// The language a visitor's browser prefers when the address does not ask for one: the
/// one they chose before (cookie), else the browser's `Accept-Language`. A signed-in
/// person's own preference wins over it.
pub(crate) fn unasked_locale(headers: &HeaderMap) -> Option<Locale> {
    cookie(headers, LANG_COOKIE)
        .and_then(Locale::parse)
        .or_else(|| {
            headers
                .get(ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::negotiate)
        })
}

/// Resolves the context, runs the request, then renders any error response.
pub async fn middleware(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let request_id = db::id::new_id();
    let span = tracing::info_span!("request", id = %request_id, method = %req.method(), path = %req.uri().path());
    async move {
        let headers = req.headers();
        let path = req.uri().path().to_owned();
        let is_api = path.starts_with("/api/");
        let path_and_query = req
            .uri()
            .path_and_query()
            .map_or_else(|| path.clone(), |p| p.as_str().to_owned());

        let bearer_token = headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::to_owned);
        let bearer = bearer_token.is_some();
        // The metrics scraper's token is no person's: only `/metrics` reads it, and the
        // scrape asks nothing of the database to find out who is asking.
        let bearer_token = bearer_token.filter(|_| path != crate::metrics::PATH);
        // The language asked for, known before the database is: an error met while finding
        // out who is asking (the database down) is still answered in it.
        let asked = query_lang(req.uri().query());
        let preferred = asked.or_else(|| unasked_locale(headers));
        let (csrf, new_csrf) = crate::csrf::token(headers);
        let user = match auth::resolve(&state, headers, bearer_token).await {
            Ok(u) => u,
            Err(e) => {
                let ctx = Ctx {
                    request_id: request_id.clone(),
                    locale: preferred.unwrap_or_default(),
                    csrf,
                    user: None,
                    path: path_and_query,
                    is_api,
                    bearer,
                    flash: None,
                };
                return rendered_error(&ctx, e);
            }
        };
        let locale = user
            .as_ref()
            .and_then(|a| a.user.locale())
            .or(preferred)
            .unwrap_or_default();

        let ctx = Ctx {
            request_id: request_id.clone(),
            locale,
            csrf: csrf.clone(),
            user,
            path: path_and_query,
            is_api,
            bearer,
            flash: crate::flash::read(headers),
        };
        req.extensions_mut().insert(ctx.clone());

        let mut res = next.run(req).await;

        if let Some(info) = res.extensions().get::<ErrorInfo>().cloned() {
            res = render::error_response(&ctx, &info);
        } else if is_api && unmarked_error(&res) {
            // An error no handler made (axum's 405 for another method): the API answers
            // every error with its JSON object; `Allow` and the like are kept.
            let info = ErrorInfo {
                status: res.status(),
                key: crate::api::extract::key_of_status(res.status()),
                field: None,
            };
            let kept = res.headers().clone();
            res = render::error_response(&ctx, &info);
            for name in [axum::http::header::ALLOW, axum::http::header::RETRY_AFTER] {
                if let Some(v) = kept.get(&name) {
                    res.headers_mut().insert(name, v.clone());
                }
            }
        }
        crate::flash::settle(&mut res, ctx.flash.is_some(), state.config.https);
        let h = res.headers_mut();
        if let Ok(v) = HeaderValue::from_str(&request_id) {
            h.insert("x-request-id", v);
        }
        if let Some(lang) = asked {
            let c = format!(
                "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
                lang.tag()
            );
            if let Ok(v) = HeaderValue::from_str(&c) {
                h.append(SET_COOKIE, v);
            }
        }
        if new_csrf
            && !bearer
            && let Ok(v) = HeaderValue::from_str(&crate::csrf::cookie(&csrf, state.config.https))
        {
            h.append(SET_COOKIE, v);
        }
        res
    }
    .instrument(span)
    .await
}

/// An error met before the handler ran (while finding out who is asking), rendered as the
/// handler's errors are: the error page in the request's language, or the API's JSON
/// object, with the request id.
fn rendered_error(ctx: &Ctx, e: AppError) -> Response {
    let marked = e.into_response();
    let info = marked
        .extensions()
        .get::<ErrorInfo>()
        .cloned()
        .unwrap_or(ErrorInfo {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            key: "error-internal",
            field: None,
        });
    let mut res = render::error_response(ctx, &info);
    if let Ok(v) = HeaderValue::from_str(&ctx.request_id) {
        res.headers_mut().insert("x-request-id", v);
    }
    res
}

/// An error status whose body is not the API's JSON (axum's own rejections are text).
fn unmarked_error(res: &Response) -> bool {
    let json = res
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("application/json"));
    (res.status().is_client_error() || res.status().is_server_error()) && !json
}
