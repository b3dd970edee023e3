//! The page frame every template shares, and rendering helpers.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use domain::Locale;

use crate::error::ErrorInfo;
use crate::{AppError, Ctx, assets, nav};
use i18n::Tr;

pub struct NavItem {
    pub href: &'static str,
    pub label: String,
    pub current: bool,
}

pub struct LocaleChoice {
    pub tag: &'static str,
    pub name: &'static str,
    pub current: bool,
    /// This page in that language (`?lang=`), on a page kept for everyone.
    pub href: String,
}

/// What the base layout needs: language, direction, user, navigation, CSRF token.
pub struct Page {
    pub tr: Tr,
    pub lang: &'static str,
    pub dir: &'static str,
    pub title: String,
    pub csrf: String,
    pub path: String,
    pub user_name: Option<String>,
    pub nav: Vec<NavItem>,
    pub locales: Vec<LocaleChoice>,
    pub htmx: &'static str,
    pub css: &'static str,
    /// The success message left by the previous action: its key and its text.
    pub flash: Option<(String, String)>,
    /// The same frame for every visitor without a session ([`Page::for_everyone`]).
    pub shared: bool,
}

impl Page {
    pub fn new(ctx: &Ctx, title_key: &str) -> Page {
        let tr = ctx.tr();
        Page::titled(ctx, tr.t(title_key))
    }

    pub fn titled(ctx: &Ctx, title: String) -> Page {
        let tr = ctx.tr();
        let current = ctx.path.split('?').next().unwrap_or("/");
        let mut nav: Vec<NavItem> = ctx
            .user
            .iter()
            .flat_map(|a| nav::shown(&a.actor))
            .map(|e| NavItem {
                href: e.path,
                label: tr.t(e.label),
                current: if e.path == "/" {
                    current == "/"
                } else {
                    current.starts_with(e.path)
                },
            })
            .collect();
        // One entry is the current page: the closest (`/cases/board` rather than `/cases`).
        let closest = nav.iter().filter(|i| i.current).map(|i| i.href.len()).max();
        for i in &mut nav {
            i.current = i.current && Some(i.href.len()) == closest;
        }
        Page {
            tr,
            lang: ctx.locale.tag(),
            dir: ctx.locale.dir(),
            title,
            csrf: crate::csrf::masked(&ctx.csrf),
            path: ctx.path.clone(),
            user_name: ctx.user.as_ref().map(|a| a.user.display_name.clone()),
            nav,
            locales: Locale::ALL
                .into_iter()
                .map(|l| LocaleChoice {
                    tag: l.tag(),
                    name: l.endonym(),
                    current: l == ctx.locale,
                    href: String::new(),
                })
                .collect(),
            htmx: assets::htmx(),
            css: assets::css(),
            flash: ctx
                .flash
                .as_ref()
                .map(|f| (f.key().to_owned(), f.text(&tr))),
            shared: false,
        }
    }

    /// The frame of a page the same for every visitor without a session who reads it in
    /// one language (a public call): no CSRF token, since such a page has no form, and the
    /// languages as links that ask for one (`?lang=`), so that the page can be kept for
    /// everyone (`crate::public_pages`). For a signed-in person, or a visitor with a
    /// message to show, the usual frame.
    pub fn for_everyone(ctx: &Ctx, title: String) -> Page {
        let mut page = Page::titled(ctx, title);
        if ctx.user.is_none() && ctx.flash.is_none() {
            page.shared = true;
            page.csrf = String::new();
            for l in &mut page.locales {
                l.href = with_lang(&ctx.path, l.tag);
            }
        }
        page
    }
}

/// `path_and_query` asking for the language `tag`: any `lang=` it had replaced.
fn with_lang(path_and_query: &str, tag: &str) -> String {
    let (path, query) = path_and_query
        .split_once('?')
        .unwrap_or((path_and_query, ""));
    let mut kept: Vec<&str> = query
        .split('&')
        .filter(|kv| !kv.is_empty() && !kv.starts_with("lang="))
        .collect();
    let lang = format!("lang={tag}");
    kept.push(&lang);
    format!("{path}?{}", kept.join("&"))
}

/// Renders a template as an HTML response.
pub fn html<T: Template>(t: &T) -> Result<Response, AppError> {
    Ok(Html(t.render()?).into_response())
}

/// Renders a template with a status other than 200 (e.g. a form with errors).
pub fn html_status<T: Template>(status: StatusCode, t: &T) -> Result<Response, AppError> {
    Ok((status, Html(t.render()?)).into_response())
}

#[cfg(test)]
mod tests {
    use super::with_lang;

    #[test]
    fn a_language_link_replaces_the_language_asked_for_and_keeps_the_rest() {
        assert_eq!(with_lang("/open-calls/x", "ar"), "/open-calls/x?lang=ar");
        assert_eq!(
            with_lang("/open-calls?page=2&lang=fr", "it"),
            "/open-calls?page=2&lang=it"
        );
        assert_eq!(with_lang("/open-calls?", "en"), "/open-calls?lang=en");
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    page: Page,
    message: String,
    request_id: String,
}

/// Turns a marked error response into a translated page or JSON body.
pub fn error_response(ctx: &Ctx, info: &ErrorInfo) -> Response {
    let tr = ctx.tr();
    let message = tr.t(info.key);
    if ctx.is_api {
        let mut error = serde_json::json!({
            "code": info.key, "message": message, "request_id": ctx.request_id
        });
        if let (Some(field), Some(obj)) = (&info.field, error.as_object_mut()) {
            obj.insert("field".into(), field.clone().into());
        }
        let body = serde_json::json!({ "error": error });
        return (info.status, axum::Json(body)).into_response();
    }
    let page = ErrorPage {
        page: Page::new(ctx, "error-title"),
        message,
        request_id: ctx.request_id.clone(),
    };
    match page.render() {
        Ok(body) => (info.status, Html(body)).into_response(),
        Err(_) => (info.status, tr.t(info.key)).into_response(),
    }
}
