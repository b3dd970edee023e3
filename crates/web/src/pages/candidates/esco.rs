//! ESCO occupations and skills on an application: the pickers' fields (a comma-separated
//! list each, suggestions from the taxonomy while typing), the section of the application's
//! page and staff's change to it. `app::candidates` resolves the labels to ESCO concepts.

use app::candidates::EscoLabels;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use db::candidates::Chosen;
use domain::ids::CandidateId;
use serde::Deserialize;

use super::{form_refusal, show_page};
use crate::pages::see_other;
use crate::render::html_status;
use crate::{AppError, AppState, Ctx};

/// Most occupations or skills kept per application.
pub const MAX_ITEMS: usize = 30;

/// The items of a comma- or line-separated list, trimmed, without repeats.
pub fn labels(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in s.split([',', '\n', ';']) {
        let item: String = item.split_whitespace().collect::<Vec<_>>().join(" ");
        let item: String = item.chars().take(200).collect();
        if !item.is_empty() && !out.iter().any(|o| o.eq_ignore_ascii_case(&item)) {
            out.push(item);
        }
    }
    out.truncate(MAX_ITEMS);
    out
}

/// What the form sends (the same names in the application step and on the staff page).
#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct EscoFields {
    pub esco_occupations: String,
    pub esco_skills: String,
}

impl EscoFields {
    /// The labels chosen, as the use cases take them.
    pub fn labels(&self) -> EscoLabels {
        EscoLabels {
            occupations: labels(&self.esco_occupations),
            skills: labels(&self.esco_skills),
        }
    }

    pub fn of(c: &Chosen) -> EscoFields {
        let join = |v: &[db::candidates::Concept]| {
            v.iter()
                .map(|c| c.label.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        EscoFields {
            esco_occupations: join(&c.occupations),
            esco_skills: join(&c.skills),
        }
    }
}

/// A concept as shown: its label, linked to its ESCO page.
pub struct Shown {
    pub uri: String,
    pub label: String,
}

/// The section of the application's page.
pub struct Section {
    pub occupations: Vec<Shown>,
    pub skills: Vec<Shown>,
    pub fields: EscoFields,
    pub can_edit: bool,
}

impl Section {
    pub fn new(c: &Chosen, can_edit: bool) -> Section {
        let shown = |v: &[db::candidates::Concept]| {
            v.iter()
                .map(|c| Shown {
                    uri: c.uri.clone(),
                    label: c.label.clone(),
                })
                .collect()
        };
        Section {
            occupations: shown(&c.occupations),
            skills: shown(&c.skills),
            fields: EscoFields::of(c),
            can_edit,
        }
    }
}

/// `POST /candidates/{id}/esco`: staff set the occupations and skills of an application in
/// their reach. A label outside ESCO brings the page back (422) and changes nothing.
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<EscoFields>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let target = CandidateId::new(id.clone());
    let r = app::candidates::set_esco(&state.db, &*state.clock, &who, &target, f.labels()).await;
    match form_refusal(r)? {
        Ok(()) => Ok(see_other(&format!("/candidates/{id}#esco"))),
        Err(e) => {
            let mut page = show_page(&state, &ctx, id, None, Some(&e)).await?;
            page.esco.fields = f;
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lists_are_split_trimmed_and_kept_once() {
        assert_eq!(
            super::labels(
                " Python (computer programming) ,use spreadsheets software\nPYTHON (computer programming),, "
            ),
            vec!["Python (computer programming)", "use spreadsheets software"]
        );
        assert!(super::labels(" , ").is_empty());
    }
}
