//! Versions side by side (`/calls/{id}/translations`, `/positions/{id}/translations`): each
//! field's original beside an input per other language, the missing ones flagged, and the
//! language of the originals. Reached with the permission and reach of editing the item
//! (`app::content::Subject`); saving writes every version in one transaction with one audit
//! entry and confirms with a flash. Too long a text is refused with every typed value kept,
//! the inputs at fault marked, and nothing written.

use std::collections::HashMap;

use app::content::{Sheet, Subject};
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Locale;
use domain::content::{Field, Kind, Version};
use i18n::{FluentArg, Tr};

use super::localized::Localized;
use super::view::Choice;
use crate::flash::{self, Flash};
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx, Granted};

/// "2 of 4 languages missing", when any is.
pub fn missing_note(tr: &Tr, missing: usize) -> Option<String> {
    (missing > 0).then(|| {
        tr.t_with(
            "content-missing-count",
            &[
                (
                    "missing",
                    FluentArg::Num(i64::try_from(missing).unwrap_or(i64::MAX)),
                ),
                (
                    "total",
                    FluentArg::Num(i64::try_from(Locale::ALL.len()).unwrap_or(4)),
                ),
            ],
        )
    })
}

/// The languages an original may be written in, `selected` (a tag) marked.
pub fn original_choices(selected: &str) -> Vec<Choice> {
    let selected = domain::content::original_lang(selected).unwrap_or(Locale::En);
    Locale::ALL
        .into_iter()
        .map(|l| Choice {
            value: l.tag().to_owned(),
            label: l.endonym().to_owned(),
            selected: l == selected,
        })
        .collect()
}

/// One language's input for one field.
pub struct LangInput {
    pub id: String,
    pub name: String,
    pub lang: &'static str,
    pub dir: &'static str,
    pub endonym: &'static str,
    pub value: String,
    /// No version is stored in this language (and the original is written).
    pub missing: bool,
    /// This input was refused.
    pub invalid: bool,
}

/// One field of one item: its original and an input per other language.
pub struct Group {
    pub label: String,
    pub original: Localized,
    pub multiline: bool,
    pub max: usize,
    pub inputs: Vec<LangInput>,
}

#[derive(Template)]
#[template(path = "translations/form.html")]
struct TranslationsPage {
    page: Page,
    action: String,
    back: String,
    item: Localized,
    langs: Vec<Choice>,
    groups: Vec<Group>,
    missing: Vec<&'static str>,
    missing_note: Option<String>,
    error: Option<String>,
}

/// The form's name for a version: `v:<kind>:<item>:<field>:<lang>`.
fn input_name(kind: Kind, item: &str, field: Field, lang: Locale) -> String {
    format!("v:{kind}:{item}:{field}:{}", lang.tag())
}

fn field_label(tr: &Tr, kind: Kind, field: Field, original: &str) -> String {
    match (kind, field) {
        (Kind::Criterion, _) => tr.t1("content-criterion", "name", original),
        (_, Field::Title) => tr.t("field-title"),
        (_, Field::Description) => tr.t("field-description"),
        (_, Field::Name) => tr.t("field-name"),
    }
}

/// The page for `sheet`; `typed` (a refused form) replaces the stored values, `invalid`
/// names the inputs at fault.
fn page(
    ctx: &Ctx,
    subject: &Subject,
    sheet: &Sheet,
    typed: Option<&HashMap<String, String>>,
    invalid: &[String],
) -> TranslationsPage {
    let tr = ctx.tr();
    let missing = sheet.missing();
    let groups = sheet
        .entries
        .iter()
        .map(|e| Group {
            label: field_label(&tr, e.kind, e.field, &e.original),
            original: Localized::original(&e.original, sheet.lang),
            multiline: e.field.multiline(),
            max: e.field.max_chars(),
            inputs: Locale::ALL
                .into_iter()
                .filter(|l| *l != sheet.lang)
                .map(|l| {
                    let name = input_name(e.kind, &e.item_id, e.field, l);
                    let stored = sheet.version(e, l);
                    LangInput {
                        id: name.replace(':', "-"),
                        value: match typed {
                            Some(t) => t.get(&name).cloned().unwrap_or_default(),
                            None => stored.unwrap_or_default().to_owned(),
                        },
                        missing: stored.is_none() && !e.original.trim().is_empty(),
                        invalid: invalid.contains(&name),
                        lang: l.tag(),
                        dir: l.dir(),
                        endonym: l.endonym(),
                        name,
                    }
                })
                .collect(),
        })
        .collect();
    let (action, back) = match subject {
        Subject::Call(id) => (format!("/calls/{id}/translations"), "/calls".to_owned()),
        Subject::Position(id) => (
            format!("/positions/{id}/translations"),
            format!("/positions/{id}"),
        ),
    };
    let title = sheet
        .entries
        .first()
        .map(|e| e.original.as_str())
        .unwrap_or_default();
    TranslationsPage {
        page: Page::new(ctx, "content-translations-title"),
        action,
        back,
        item: Localized::original(title, sheet.lang),
        langs: original_choices(sheet.lang.tag()),
        missing_note: missing_note(&tr, missing.len()),
        missing: missing.into_iter().map(Locale::tag).collect(),
        groups,
        error: (!invalid.is_empty()).then(|| tr.t("error-version-too-long")),
    }
}

async fn sheet_of(state: &AppState, granted: Granted, subject: Subject) -> Result<Sheet, AppError> {
    let scope = granted.scope;
    Ok(state
        .db
        .read(move |c| app::content::sheet(c, &scope, &subject))
        .await?)
}

async fn show(
    state: AppState,
    ctx: Ctx,
    granted: Granted,
    subject: Subject,
) -> Result<Response, AppError> {
    let sheet = sheet_of(&state, granted, subject.clone()).await?;
    html(&page(&ctx, &subject, &sheet, None, &[]))
}

async fn save(
    state: AppState,
    ctx: Ctx,
    granted: Granted,
    subject: Subject,
    form: HashMap<String, String>,
) -> Result<Response, AppError> {
    let sheet = sheet_of(&state, granted, subject.clone()).await?;
    let lang = domain::content::original_lang(form.get("lang").map_or("", String::as_str))?;
    // Every field of the item in every language the form carries; each checked, every
    // refusal found at once.
    let mut versions = Vec::new();
    let mut invalid = Vec::new();
    for e in &sheet.entries {
        for l in Locale::ALL {
            let name = input_name(e.kind, &e.item_id, e.field, l);
            let Some(text) = form.get(&name) else {
                continue;
            };
            match Version::parse(e.kind, &e.item_id, e.field, l, text) {
                Ok(v) => versions.push(v),
                Err(_) => invalid.push(name),
            }
        }
    }
    if !invalid.is_empty() {
        let p = page(&ctx, &subject, &sheet, Some(&form), &invalid);
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &p);
    }
    let who = ctx.acting()?;
    let action = page_path(&subject);
    app::content::save(&state.db, &*state.clock, &who, subject, lang, versions).await?;
    Ok(flash::redirect(
        &action,
        Flash::new("flash-translations-saved"),
    ))
}

fn page_path(subject: &Subject) -> String {
    match subject {
        Subject::Call(id) => format!("/calls/{id}/translations"),
        Subject::Position(id) => format!("/positions/{id}/translations"),
    }
}

pub async fn call_form(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    show(state, ctx, granted, Subject::Call(id)).await
}

pub async fn call_save(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    save(state, ctx, granted, Subject::Call(id), form).await
}

pub async fn position_form(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    show(state, ctx, granted, Subject::Position(id)).await
}

pub async fn position_save(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    save(state, ctx, granted, Subject::Position(id), form).await
}
