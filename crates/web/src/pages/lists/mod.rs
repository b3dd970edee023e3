//! What staff do with the candidate list beyond reading it: save a search by name and
//! watch it (a daily digest of new matches, see `app::digest`), export the filtered list
//! (`export.rs`), and import applications from a spreadsheet into a call (`import.rs`).
//! The spreadsheet's columns, the same for both, are here.

use app::candidate_search::stored_query;
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Permission;
use serde::Deserialize;

use super::candidates::ListQuery;
use super::imports::steps::{Field, f};
use super::see_other;
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx};

mod export;
mod import;

pub use export::export;
pub use import::{import_check, import_form, import_mapping, import_upload};

// ----- saved searches -------------------------------------------------------------------------

pub struct SavedRow {
    pub id: String,
    pub name: String,
    pub href: String,
    pub watched: bool,
    pub since: String,
}

#[derive(Template)]
#[template(path = "lists/saved.html")]
struct SavedPage {
    page: Page,
    rows: Vec<SavedRow>,
    error: Option<String>,
}

fn own(ctx: &Ctx) -> Result<String, AppError> {
    let a = ctx.authed()?;
    a.scope_for(Permission::ViewCandidates)?;
    Ok(a.user.id.clone())
}

async fn saved_page(
    state: &AppState,
    ctx: &Ctx,
    error: Option<String>,
) -> Result<SavedPage, AppError> {
    let user = own(ctx)?;
    let rows = state
        .db
        .read(move |c| db::saved_searches::list_of(c, &user))
        .await?;
    let tr = ctx.tr();
    Ok(SavedPage {
        page: Page::new(ctx, "lists-saved-title"),
        rows: rows
            .into_iter()
            .map(|s| {
                let qs = stored_query(&s.query).query_string();
                SavedRow {
                    href: format!("/candidates?{qs}"),
                    since: s
                        .last_notified_at
                        .filter(|_| s.watched)
                        .map(|t| tr.date_time(&t))
                        .unwrap_or_default(),
                    id: s.id,
                    name: s.name,
                    watched: s.watched,
                }
            })
            .collect(),
        error,
    })
}

pub async fn saved_list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    html(&saved_page(&state, &ctx, None).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SaveForm {
    name: String,
    /// The list's query string, as the list page puts it in the form.
    query: String,
    watch: String,
}

/// `POST /saved-searches`: saves the list's current filters under a name.
pub async fn saved_create(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<SaveForm>,
) -> Result<Response, AppError> {
    own(&ctx)?;
    let name: String = f.name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() || name.chars().count() > 100 {
        let e = ctx.tr().t("lists-error-search-name");
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &saved_page(&state, &ctx, Some(e)).await?,
        );
    }
    let uri: axum::http::Uri = format!("/candidates?{}", f.query.trim_start_matches('?'))
        .parse()
        .map_err(|_| AppError::BadRequest("lists-error-bad-query"))?;
    let q = Query::<ListQuery>::try_from_uri(&uri)
        .map(|Query(q)| q)
        .map_err(|_| AppError::BadRequest("lists-error-bad-query"))?;
    // Kept as the filter understood it, so that nothing unknown is stored.
    let json = serde_json::to_string(&q).map_err(|e| AppError::Internal(e.to_string()))?;
    let watch = f.watch == "on";
    app::saved_searches::create(&state.db, &*state.clock, &ctx.acting()?, name, json, watch)
        .await?;
    Ok(see_other("/saved-searches"))
}

/// `GET /saved-searches/{id}`: opens one's own search on the list.
pub async fn saved_open(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = own(&ctx)?;
    let s = state
        .db
        .read(move |c| db::saved_searches::find(c, &user, &id))
        .await?;
    Ok(see_other(&format!(
        "/candidates?{}",
        stored_query(&s.query).query_string()
    )))
}

pub async fn saved_delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    app::saved_searches::delete(&state.db, &*state.clock, &ctx.acting()?, &id).await?;
    Ok(see_other("/saved-searches"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct WatchForm {
    watch: String,
}

/// `POST /saved-searches/{id}/watch` with `watch=on` or `off`.
pub async fn saved_watch(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<WatchForm>,
) -> Result<Response, AppError> {
    let watch = f.watch == "on";
    app::saved_searches::set_watched(&state.db, &*state.clock, &ctx.acting()?, &id, watch).await?;
    Ok(see_other("/saved-searches"))
}

// ----- the fields of a candidate spreadsheet -------------------------------------------------

/// The columns of an import, and of an export (with the same labels, so that a file exported
/// from Mentor in any language maps itself when imported again).
pub const CANDIDATE_FIELDS: &[Field] = &[
    f("family_name", "field-family-name", true),
    f("given_names", "field-given-names", true),
    f("family_name_ar", "field-family-name-ar", false),
    f("given_names_ar", "field-given-names-ar", false),
    f("birth_date", "field-birth-date", true),
    f("sex", "field-sex", true),
    f("nationality", "field-nationality", true),
    f("residence_country", "field-residence-country", true),
    f("territory", "field-territory", false),
    f("email", "field-email", true),
    f("phone", "field-phone", true),
    f("whatsapp", "field-whatsapp", false),
    f("passport_number", "field-passport-number", false),
    f("isced_level", "field-isced-level", true),
    f("qualification_title", "field-qualification-title", true),
    f("field_of_study", "field-field-of-study", false),
    f("qualification_date", "field-qualification-date", true),
    f("italian", "language-it", false),
    f("french", "language-fr", false),
    f("english", "language-en", false),
    f("occupations", "lists-field-occupations", false),
    f("skills", "lists-field-skills", false),
    f("experience", "field-experience", false),
    f("sectors", "field-sectors", false),
    f("cities", "field-cities", false),
    f("available_from", "field-available-from", false),
];
