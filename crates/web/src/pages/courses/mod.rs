//! Pre-departure courses (issue 14): the list and a new course (`list`), a course's page
//! with its sessions, participants, attendance, tests and certificates (`show`, `work`),
//! the programme's completion rule (`rule`), the participant's own courses (`mine`), the
//! public verification of a certificate (`verify`), and the readiness section of the case
//! page (`readiness`).

pub mod list;
pub mod mine;
pub mod readiness;
pub mod rule;
pub mod show;
pub mod verify;
pub mod work;

use axum::response::Response;
use domain::Locale;
use serde::Deserialize;

use crate::AppError;

/// A rate in per mille, as a percentage with one decimal (`—` before any session).
pub(crate) fn rate(per_mille: Option<u32>) -> String {
    per_mille.map_or_else(|| "—".to_owned(), app::courses::percent)
}

/// The `?lang=` of a certificate download: one of the four, or the default.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LangQuery {
    lang: Option<String>,
}

impl LangQuery {
    /// The language asked for; an unknown one is refused rather than guessed.
    pub fn locale(&self) -> Result<Option<Locale>, AppError> {
        match self.lang.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(tag) => Locale::parse(tag).map(Some).ok_or(AppError::NotFound),
        }
    }
}

/// A certificate as a download named after its code.
pub(crate) fn pdf(bytes: Vec<u8>, code: &str) -> Response {
    crate::pages::documents::attachment(
        bytes,
        "application/pdf",
        &format!("attachment; filename=\"certificate-{code}.pdf\""),
    )
}

/// The four languages a certificate may be asked in: (tag, the language's own name).
pub(crate) fn languages() -> Vec<(&'static str, &'static str)> {
    Locale::ALL
        .into_iter()
        .map(|l| (l.tag(), l.endonym()))
        .collect()
}
