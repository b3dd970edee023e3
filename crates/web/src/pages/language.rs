//! The language switcher on every page: remembers the choice in a cookie and, for a
//! signed-in person, as their preference (which wins over everything else).

use axum::Form;
use axum::extract::State;
use axum::http::HeaderValue;
use axum::http::header::SET_COOKIE;
use axum::response::Response;
use domain::Locale;
use serde::Deserialize;

use super::{safe_next, see_other};
use crate::context::LANG_COOKIE;
use crate::{AppError, AppState, Ctx};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LanguageForm {
    lang: String,
    next: Option<String>,
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<LanguageForm>,
) -> Result<Response, AppError> {
    let locale = Locale::parse(&f.lang).ok_or(AppError::BadRequest("error-invalid-language"))?;
    if ctx.user.is_some() {
        app::account::set_language(&state.db, &*state.clock, &ctx.acting()?, locale).await?;
    }
    // Drop a `lang=` parameter from the return path so it cannot override the new choice.
    let next = safe_next(f.next.as_deref());
    let next = match next.split_once('?') {
        Some((path, query)) => {
            let kept: Vec<&str> = query
                .split('&')
                .filter(|kv| !kv.starts_with("lang="))
                .collect();
            if kept.is_empty() {
                path.to_owned()
            } else {
                format!("{path}?{}", kept.join("&"))
            }
        }
        None => next,
    };
    let mut res = see_other(&next);
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
        locale.tag()
    );
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        res.headers_mut().append(SET_COOKIE, v);
    }
    Ok(res)
}
