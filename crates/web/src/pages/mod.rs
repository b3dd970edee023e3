//! Server-rendered pages: one module per resource, each handler beside its template struct.
//! Templates are in `templates/<resource>/` and extend the frame of `render::Page`; the
//! routes of each area are declared in one function of `routes.rs`.

pub mod account;
pub mod apply;
pub mod audit;
pub mod awards;
pub mod calendar;
pub mod calls;
pub mod candidates;
pub mod case_papers;
pub mod cases;
pub mod companies;
pub mod confirm;
pub mod courses;
pub mod dashboard;
pub mod decisions;
pub mod declines;
pub mod documents;
pub mod duplicates;
pub mod exports;
pub mod form_errors;
pub mod grant_payments;
pub mod grants;
pub mod imports;
pub mod invitations;
pub mod language;
pub mod lists;
pub mod localized;
pub mod login;
pub mod logout;
pub mod matching;
pub mod mentorships;
pub mod organisations;
pub mod outcomes;
pub mod outreach;
pub mod password;
pub mod placements;
pub mod positions;
pub mod procedures;
pub mod programmes;
pub mod proposals;
pub mod rankings;
pub mod results;
pub mod rules;
pub mod selection;
pub mod taxonomy;
pub mod timeline;
pub mod tokens;
pub mod traineeships;
pub mod translations;
pub mod users;
pub mod view;
pub mod welcome;

use axum::response::{IntoResponse, Redirect, Response};

/// A redirect after a successful form post (303: the browser follows with GET).
pub fn see_other(to: &str) -> Response {
    Redirect::to(to).into_response()
}

/// A local path to return to, or `/`. Refuses anything that could lead off-site.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if is_local_path(n) => n.to_owned(),
        _ => "/".to_owned(),
    }
}

/// A path on this site: one leading `/` not followed by another `/` or `\`, and only
/// printable ASCII. Browsers drop tabs and newlines from a `Location` and read `\` as `/`,
/// so `/\t/evil.example` would become `//evil.example`, another site; our own paths and
/// their (percent-encoded) queries never need such characters.
fn is_local_path(n: &str) -> bool {
    let mut chars = n.chars();
    chars.next() == Some('/')
        && !matches!(chars.next(), Some('/' | '\\'))
        && n.chars().all(|c| c.is_ascii_graphic() && c != '\\')
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(safe_next(Some("/programmes?x=1")), "/programmes?x=1");
        assert_eq!(safe_next(Some("//evil.example")), "/");
        assert_eq!(safe_next(Some("https://evil.example")), "/");
        assert_eq!(safe_next(Some("/\\evil")), "/");
        assert_eq!(safe_next(None), "/");
        // Characters a browser drops or rewrites before it reads the address.
        for sneaky in [
            "/\t/evil.example",
            "/\n/evil.example",
            "/ /evil",
            "/\r//evil",
            "/\\evil",
        ] {
            assert_eq!(safe_next(Some(sneaky)), "/", "{sneaky:?}");
        }
        assert_eq!(
            safe_next(Some("/candidates?q=ben%20salah")),
            "/candidates?q=ben%20salah"
        );
    }
}
