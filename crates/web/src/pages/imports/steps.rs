//! The steps every spreadsheet import shares (companies, positions, applications): the
//! upload kept as a batch for its uploader, the page matching columns to fields with a guess
//! from names in any of our languages, and the dry run that lists every invalid row with its
//! reason. What a row means, and how valid rows are written, stays with each import.

use std::collections::HashMap;

use askama::Template;
use axum::extract::Multipart;
use axum::http::StatusCode;
use axum::response::Response;
use domain::Locale;

use crate::pages::view::Choice;
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx};
use app::tabular;
use i18n::Tr;

/// A field a column can be matched to.
pub struct Field {
    pub name: &'static str,
    pub label: &'static str,
    pub required: bool,
}

pub const fn f(name: &'static str, label: &'static str, required: bool) -> Field {
    Field {
        name,
        label,
        required,
    }
}

pub(crate) fn normalise(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Guesses which column holds each field: its code name, or its label in any language (so a
/// file exported from Mentor in Italian maps itself).
pub(crate) fn guess_fields(fields: &[Field], header: &[String]) -> HashMap<&'static str, usize> {
    let cols: Vec<String> = header.iter().map(|h| normalise(h)).collect();
    let mut out = HashMap::new();
    for field in fields {
        let mut names = vec![normalise(field.name)];
        names.extend(
            Locale::ALL
                .iter()
                .map(|l| normalise(&Tr::new(*l).t(field.label))),
        );
        if let Some(i) = cols.iter().position(|c| names.contains(c)) {
            out.insert(field.name, i);
        }
    }
    out
}

/// The upload page of every import; `intro` says what the file should hold.
#[derive(Template)]
#[template(path = "imports/upload.html")]
pub(crate) struct UploadPage {
    page: Page,
    intro: &'static str,
    action: String,
    error: Option<String>,
}

impl UploadPage {
    /// The form posts to `path`, with the CSRF token in the query string: the CSRF check does
    /// not read a multipart body (see `crate::csrf`).
    pub(crate) fn new(
        ctx: &Ctx,
        title: &'static str,
        intro: &'static str,
        path: &str,
        error: Option<&str>,
    ) -> Self {
        UploadPage {
            page: Page::new(ctx, title),
            intro,
            action: format!("{path}?csrf={}", crate::csrf::masked(&ctx.csrf)),
            error: error.map(|key| ctx.tr().t(key)),
        }
    }
}

/// Reads the uploaded spreadsheet and keeps it as a batch of `kind` for `user`, to be mapped
/// next. The inner error is the message key for the upload page (no file, too large, not a
/// table we can read): nothing is kept then.
pub(crate) async fn keep_upload(
    state: &AppState,
    ctx: &Ctx,
    kind: &'static str,
    mut multipart: Multipart,
) -> Result<Result<String, &'static str>, AppError> {
    let mut file: Option<(String, Vec<u8>)> = None;
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some("file") {
            let name = field
                .file_name()
                .unwrap_or("upload")
                .chars()
                .take(200)
                .collect::<String>();
            match field.bytes().await {
                Ok(bytes) => file = Some((name, bytes.to_vec())),
                Err(_) => return Ok(Err("error-too-large")),
            }
        }
    }
    let Some((filename, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return Ok(Err("error-import-no-file"));
    };
    let table = match tabular::read_upload(bytes.clone()).await {
        Ok(t) => t,
        Err(key) => return Ok(Err(key)),
    };
    let id = app::imports::keep(
        &state.db,
        &*state.clock,
        &ctx.acting()?,
        state.field_keys.clone(),
        kind,
        filename,
        table,
    )
    .await?;
    Ok(Ok(id))
}

pub struct MappingRow {
    pub name: &'static str,
    pub label: String,
    pub required: bool,
    /// The file's columns: the column index as value, its header as label.
    pub options: Vec<Choice>,
}

pub struct RowError {
    pub row: usize,
    pub message: String,
}

/// The column-matching page of every import, also showing the dry run's outcome.
#[derive(Template)]
#[template(path = "imports/mapping.html")]
pub(crate) struct MappingPage {
    page: Page,
    action: String,
    filename: String,
    /// The calls applications may be imported into; `None` where rows need no call.
    pub calls: Option<Vec<Choice>>,
    /// The programmes companies may be imported into; `None` where rows need none.
    pub programmes: Option<Vec<Choice>>,
    /// The form field the error is about, to mark.
    pub invalid: &'static str,
    fields: Vec<MappingRow>,
    row_count: usize,
    checked: bool,
    pub errors: Vec<RowError>,
    pub error: Option<String>,
}

impl MappingPage {
    /// The page for batch `b` posting to `action`, with the columns in `chosen` selected.
    pub(crate) fn new(
        ctx: &Ctx,
        title: &'static str,
        action: String,
        b: &db::imports::Batch,
        fields: &[Field],
        chosen: &HashMap<&'static str, usize>,
    ) -> Self {
        let tr = ctx.tr();
        MappingPage {
            page: Page::new(ctx, title),
            action,
            filename: b.filename.clone(),
            calls: None,
            programmes: None,
            invalid: "",
            fields: fields
                .iter()
                .map(|f| MappingRow {
                    name: f.name,
                    label: tr.t(f.label),
                    required: f.required,
                    options: b
                        .header
                        .iter()
                        .enumerate()
                        .map(|(i, h)| Choice {
                            value: i.to_string(),
                            label: h.clone(),
                            selected: chosen.get(f.name) == Some(&i),
                        })
                        .collect(),
                })
                .collect(),
            row_count: b.rows.len(),
            checked: false,
            errors: Vec::new(),
            error: None,
        }
    }

    /// The page of a dry run for the columns posted in `form`, with those columns and the map
    /// they make; the page carries an error already where a required field is left unmapped.
    pub(crate) fn for_dry_run(
        ctx: &Ctx,
        title: &'static str,
        action: String,
        b: &db::imports::Batch,
        fields: &[Field],
        form: &HashMap<String, String>,
    ) -> (Self, HashMap<&'static str, usize>) {
        let mut map: HashMap<&'static str, usize> = HashMap::new();
        for field in fields {
            let column = form
                .get(&format!("map_{}", field.name))
                .and_then(|v| v.parse::<usize>().ok());
            if let Some(i) = column.filter(|i| *i < b.header.len()) {
                map.insert(field.name, i);
            }
        }
        let mut page = Self::new(ctx, title, action, b, fields, &map);
        page.checked = true;
        let tr = ctx.tr();
        let missing: Vec<String> = fields
            .iter()
            .filter(|f| f.required && !map.contains_key(f.name))
            .map(|f| tr.t(f.label))
            .collect();
        if !missing.is_empty() {
            page.error = Some(tr.t1("error-import-unmapped", "fields", &missing.join(", ")));
        }
        (page, map)
    }

    /// The page to show instead of importing: after a dry run (`step` other than `import`)
    /// or when any row is invalid, in which case nothing is imported. `None`: go ahead.
    pub(crate) fn unless_importing(
        &self,
        form: &HashMap<String, String>,
    ) -> Option<Result<Response, AppError>> {
        let commit = form.get("step").map(String::as_str) == Some("import");
        if commit && self.errors.is_empty() {
            return None;
        }
        let status = if self.errors.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        };
        Some(html_status(status, self))
    }
}

/// Splits the rows into the valid ones and the reasons of the others. `check` gives a row's
/// value or the reason it is invalid (the outer error stops everything).
pub(crate) fn sort_rows<T, E>(
    rows: &[Vec<String>],
    mut check: impl FnMut(&[String]) -> Result<Result<T, String>, E>,
) -> Result<(Vec<T>, Vec<RowError>), E> {
    let mut valid = Vec::new();
    let mut errors = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        match check(row)? {
            // Spreadsheet row numbers: the header is row 1.
            Err(message) => errors.push(RowError {
                row: i + 2,
                message,
            }),
            Ok(v) => valid.push(v),
        }
    }
    Ok((valid, errors))
}

/// One's own uploaded batch of `kind`; anyone else's is not found.
pub(crate) async fn own_batch(
    state: &AppState,
    user: String,
    kind: &'static str,
    id: String,
) -> Result<db::imports::Batch, AppError> {
    let keys = state.field_keys.clone();
    Ok(state
        .db
        .read(move |c| db::imports::find(c, &keys, &id, &user, kind))
        .await?)
}

/// A row's values by field name, as mapped.
pub(crate) fn values<'a>(
    row: &'a [String],
    map: &HashMap<&'static str, usize>,
    field: &str,
) -> &'a str {
    map.get(field)
        .and_then(|i| row.get(*i))
        .map_or("", String::as_str)
}

/// `31/12/2024` or `2024-12-31` → `2024-12-31`.
pub(crate) fn iso_date(s: &str) -> String {
    let parts: Vec<&str> = s.trim().split(['/', '.']).collect();
    match parts.as_slice() {
        [d, m, y] if y.len() == 4 => format!("{y}-{m:0>2}-{d:0>2}"),
        _ => s.trim().to_owned(),
    }
}
