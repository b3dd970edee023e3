//! The message that says an action succeeded, carried across the redirect that follows a
//! form post (post, redirect, get) and shown once, at the top of the next page, where
//! screen readers announce it.
//!
//! A handler answers `flash::redirect(to, Flash::new("flash-…"))`; the context middleware
//! turns the flash into a short-lived cookie ([`settle`]), reads it on the next request
//! into `Ctx::flash`, and clears it once an HTML page has shown it. The cookie holds only a
//! message key of the `flash-` family and a count, never text or personal data: a forged
//! cookie can show no more than one of our own success messages.

use axum::http::header::{CONTENT_TYPE, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue};
use axum::response::Response;
use i18n::Tr;

use crate::context::cookie;

pub const COOKIE: &str = "mentor_flash";

/// Every flash message's key starts so.
const PREFIX: &str = "flash-";

/// A success message: a Fluent key, and a `$count` when it says how many.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flash {
    key: String,
    count: Option<i64>,
}

impl Flash {
    /// The message `key` (`flash-…`).
    pub fn new(key: &str) -> Flash {
        debug_assert!(key.starts_with(PREFIX), "{key} is not a flash message");
        Flash {
            key: key.to_owned(),
            count: None,
        }
    }

    /// The message `key` with `$count`.
    pub fn counted(key: &str, count: i64) -> Flash {
        Flash {
            count: Some(count),
            ..Flash::new(key)
        }
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    /// The message in the reader's language.
    pub fn text(&self, tr: &Tr) -> String {
        match self.count {
            Some(n) => tr.tn(&self.key, "count", n),
            None => tr.t(&self.key),
        }
    }

    fn encode(&self) -> String {
        match self.count {
            Some(n) => format!("{}.{n}", self.key),
            None => self.key.clone(),
        }
    }

    /// A cookie's value back into a flash; anything not of our making is ignored.
    fn decode(v: &str) -> Option<Flash> {
        let (key, count) = match v.split_once('.') {
            Some((k, n)) => (
                k,
                Some(
                    n.parse::<i64>()
                        .ok()
                        .filter(|n| (0..=1_000_000).contains(n))?,
                ),
            ),
            None => (v, None),
        };
        let plain = key.len() <= 64
            && key.starts_with(PREFIX)
            && key
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        plain.then(|| Flash {
            key: key.to_owned(),
            count,
        })
    }
}

/// The flash a request carries.
pub fn read(headers: &HeaderMap) -> Option<Flash> {
    cookie(headers, COOKIE).and_then(Flash::decode)
}

/// A redirect after a successful form post that says so on the next page.
pub fn redirect(to: &str, flash: Flash) -> Response {
    let mut res = crate::pages::see_other(to);
    res.extensions_mut().insert(flash);
    res
}

/// After the handler: a flash the response carries becomes the cookie; one the request
/// carried is cleared once a page has shown it (not by a redirect, which passes it on,
/// nor by an asset or JSON answer, which shows nothing).
pub fn settle(res: &mut Response, carried: bool, https: bool) {
    let secure = if https { "; Secure" } else { "" };
    let cookie = match res.extensions_mut().remove::<Flash>() {
        Some(f) => format!(
            "{COOKIE}={}; Path=/; Max-Age=300; HttpOnly; SameSite=Strict{secure}",
            f.encode()
        ),
        None if carried && shows_a_page(res) => {
            format!("{COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict{secure}")
        }
        None => return,
    };
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        res.headers_mut().append(SET_COOKIE, v);
    }
}

fn shows_a_page(res: &Response) -> bool {
    !res.status().is_redirection()
        && res
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("text/html"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::response::IntoResponse;

    #[test]
    fn only_our_own_keys_come_back() {
        let f = Flash::counted("flash-published", 41);
        assert_eq!(Flash::decode(&f.encode()), Some(f));
        assert_eq!(Flash::decode("flash-done"), Some(Flash::new("flash-done")));
        for forged in [
            "error-internal",
            "flash-<script>",
            "flash-x.-1",
            "flash-x.abc",
            "flash-x.99999999999",
            "",
        ] {
            assert_eq!(Flash::decode(forged), None, "{forged}");
        }
    }

    #[test]
    fn a_page_clears_what_a_redirect_passes_on() {
        let mut page = axum::response::Html("<p>x</p>").into_response();
        settle(&mut page, true, false);
        let set = page
            .headers()
            .get(SET_COOKIE)
            .map(|v| v.to_str().unwrap().to_owned());
        assert!(set.unwrap().contains("Max-Age=0"));

        let mut hop = crate::pages::see_other("/");
        settle(&mut hop, true, true);
        assert!(hop.headers().get(SET_COOKIE).is_none());

        let mut new = redirect("/", Flash::new("flash-done"));
        settle(&mut new, true, true);
        let set = new.headers().get(SET_COOKIE).unwrap().to_str().unwrap();
        assert!(set.starts_with("mentor_flash=flash-done;") && set.contains("Secure"));
    }
}
