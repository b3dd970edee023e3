//! Importing companies and positions from CSV or XLSX, in three steps: upload, match the
//! spreadsheet's columns to our fields, then a dry run that lists every invalid row with its
//! reason. Only a file without errors is imported, all rows in one transaction: an import
//! with errors changes nothing.

use std::collections::HashMap;

use askama::Template;
use axum::Form;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::company::CompanyFields;
use domain::outreach::Stage;
use domain::permission::Scope;
use domain::position::{self, PositionFields};
use domain::{Locale, Permission};

use super::organisations::Choice;
use super::see_other;
use crate::i18n::Tr;
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx, tabular};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Companies,
    Positions,
}

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

const COMPANY_FIELDS: &[Field] = &[
    f("name", "field-legal-name", true),
    f("vat_number", "field-vat-number", false),
    f("tax_code", "field-tax-code", false),
    f("ateco", "field-ateco", false),
    f("employees", "field-employees", false),
    f("address", "field-address", false),
    f("city", "field-city", false),
    f("territory", "field-territory", false),
    f("region", "field-region", false),
    f("contact_name", "field-contact-name", false),
    f("contact_email", "field-contact-email", false),
    f("contact_phone", "field-contact-phone", false),
    f("stage", "field-stage", false),
    f("notes", "field-notes", false),
];

const POSITION_FIELDS: &[Field] = &[
    f("company", "field-company", true),
    f("title", "field-title", true),
    f("occupation", "field-occupation", true),
    f("isco_code", "field-isco", false),
    f("required_skills", "field-required-skills", false),
    f("desired_skills", "field-desired-skills", false),
    f("min_italian", "field-min-italian", true),
    f("education_level", "field-education-level", true),
    f("city", "field-city", true),
    f("workplace", "field-workplace", false),
    f("starts_on", "field-starts-on", true),
    f("duration_months", "field-duration-months", true),
    f("hours_per_week", "field-hours-per-week", true),
    f("allowance", "field-allowance", true),
    f("board", "field-board", false),
    f("lodging", "field-lodging", false),
    f("tutor_name", "field-tutor", true),
    f("places", "field-places", true),
];

impl Kind {
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Companies => "companies",
            Kind::Positions => "positions",
        }
    }

    pub const fn permission(self) -> Permission {
        match self {
            Kind::Companies => Permission::ManageOutreach,
            Kind::Positions => Permission::EditPositions,
        }
    }

    pub const fn fields(self) -> &'static [Field] {
        match self {
            Kind::Companies => COMPANY_FIELDS,
            Kind::Positions => POSITION_FIELDS,
        }
    }

    fn title(self) -> &'static str {
        match self {
            Kind::Companies => "import-companies-title",
            Kind::Positions => "import-positions-title",
        }
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
fn guess(kind: Kind, header: &[String]) -> HashMap<&'static str, usize> {
    guess_fields(kind.fields(), header)
}

/// [`guess`] for any list of fields.
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

fn scope(ctx: &Ctx, kind: Kind) -> Result<Scope, AppError> {
    ctx.authed()?
        .actor
        .scope(kind.permission())
        .ok_or(AppError::Forbidden)
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
    /// The form posts to `path`; the CSRF token goes in the query string because a multipart
    /// body is not read as a form.
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
            action: format!("{path}?csrf={}", ctx.csrf),
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
    user: String,
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
    let table = match tabular::read(&bytes) {
        Ok(t) => t,
        Err(key) => return Ok(Err(key)),
    };
    let id = state
        .db
        .write(ctx.origin(), move |tx| {
            db::imports::create(tx, &user, kind, &filename, &table.header, &table.rows)
        })
        .await?;
    Ok(Ok(id))
}

fn upload_page(ctx: &Ctx, kind: Kind, error: Option<&str>) -> UploadPage {
    let path = format!("/{}/import", kind.as_str());
    UploadPage::new(ctx, kind.title(), "import-intro", &path, error)
}

pub async fn upload_form(ctx: Ctx, kind: Kind) -> Result<Response, AppError> {
    scope(&ctx, kind)?;
    html(&upload_page(&ctx, kind, None))
}

pub async fn upload(
    state: AppState,
    ctx: Ctx,
    kind: Kind,
    multipart: Multipart,
) -> Result<Response, AppError> {
    scope(&ctx, kind)?;
    let user = ctx.authed()?.user.id.clone();
    match keep_upload(&state, &ctx, user, kind.as_str(), multipart).await? {
        Ok(id) => Ok(see_other(&format!("/{}/import/{id}", kind.as_str()))),
        Err(key) => html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &upload_page(&ctx, kind, Some(key)),
        ),
    }
}

pub struct MappingRow {
    pub name: &'static str,
    pub label: String,
    pub required: bool,
    /// Column index, column name, chosen.
    pub options: Vec<(usize, String, bool)>,
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
                        .map(|(i, h)| (i, h.clone(), chosen.get(f.name) == Some(&i)))
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
    pub(crate) fn checked(
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
    Ok(state
        .db
        .read(move |c| db::imports::find(c, &id, &user, kind))
        .await?)
}

async fn batch(
    state: &AppState,
    ctx: &Ctx,
    kind: Kind,
    id: String,
) -> Result<db::imports::Batch, AppError> {
    let user = ctx.authed()?.user.id.clone();
    own_batch(state, user, kind.as_str(), id).await
}

fn mapping_page(
    ctx: &Ctx,
    kind: Kind,
    b: &db::imports::Batch,
    chosen: &HashMap<&'static str, usize>,
) -> MappingPage {
    let action = format!("/{}/import/{}", kind.as_str(), b.id);
    MappingPage::new(ctx, kind.title(), action, b, kind.fields(), chosen)
}

pub async fn mapping(
    state: AppState,
    ctx: Ctx,
    kind: Kind,
    id: String,
) -> Result<Response, AppError> {
    scope(&ctx, kind)?;
    let b = batch(&state, &ctx, kind, id).await?;
    let guessed = guess(kind, &b.header);
    html(&mapping_page(&ctx, kind, &b, &guessed))
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

fn yes(s: &str) -> String {
    let s = s.trim().to_lowercase();
    if ["yes", "y", "sì", "si", "oui", "true", "1", "x", "نعم"].contains(&s.as_str()) {
        "on".into()
    } else {
        String::new()
    }
}

/// What validating the rows needs from the database.
struct Lookup {
    programme_id: Option<String>,
    territories: Vec<db::territories::Territory>,
    regions: Vec<domain::host_rules::RegionalRules>,
    companies: Vec<db::companies::Company>,
    held: HashMap<String, i32>,
}

fn lookup(conn: &mut db::DbConn, kind: Kind, scope: &Scope) -> Result<Lookup, db::DbError> {
    let programme_id = db::programmes::list(conn, scope)?
        .into_iter()
        .next()
        .map(|p| p.id);
    let territories = db::territories::list(conn, scope, None)?;
    let regions = db::rules::list(conn)?;
    let (companies, held) = if kind == Kind::Positions {
        let companies = db::companies::list(conn, scope, &Default::default())?;
        let mut held = HashMap::new();
        for c in &companies {
            held.insert(
                c.organisation.id.clone(),
                db::companies::places_held(conn, &c.organisation.id, None)?,
            );
        }
        (companies, held)
    } else {
        (Vec::new(), HashMap::new())
    };
    Ok(Lookup {
        programme_id,
        territories,
        regions,
        companies,
        held,
    })
}

enum Valid {
    Company(domain::company::CompanyDraft, Stage),
    Position(String, domain::position::PositionDraft),
}

fn validate(
    tr: &Tr,
    kind: Kind,
    l: &Lookup,
    row: &[String],
    map: &HashMap<&'static str, usize>,
) -> Result<Valid, String> {
    let v = |f: &str| values(row, map, f).to_owned();
    match kind {
        Kind::Companies => {
            let territory = v("territory");
            let territory_id = if territory.is_empty() {
                String::new()
            } else {
                l.territories
                    .iter()
                    .find(|t| normalise(&t.name) == normalise(&territory))
                    .map(|t| t.id.clone())
                    .ok_or_else(|| tr.t1("error-import-unknown-territory", "name", &territory))?
            };
            let region = v("region");
            let region = if region.is_empty() {
                String::new()
            } else {
                l.regions
                    .iter()
                    .find(|r| {
                        normalise(&r.region) == normalise(&region)
                            || normalise(&r.name) == normalise(&region)
                    })
                    .map(|r| r.region.clone())
                    .ok_or_else(|| tr.t1("error-import-unknown-region", "name", &region))?
            };
            let stage_text = v("stage");
            let stage = if stage_text.is_empty() {
                Stage::Identified
            } else {
                Stage::ALL
                    .into_iter()
                    .find(|s| {
                        normalise(s.as_str()) == normalise(&stage_text)
                            || normalise(&tr.t(&s.message_key())) == normalise(&stage_text)
                    })
                    .ok_or_else(|| tr.t("error-stage"))?
            };
            let fields = CompanyFields {
                name: v("name"),
                city: v("city"),
                territory_id,
                vat_number: v("vat_number"),
                tax_code: v("tax_code"),
                ateco: v("ateco"),
                employees: v("employees"),
                address: v("address"),
                region,
                contact_name: v("contact_name"),
                contact_email: v("contact_email"),
                contact_phone: v("contact_phone"),
                notes: v("notes"),
            };
            fields
                .parse()
                .map(|d| Valid::Company(d, stage))
                .map_err(|e| tr.t(e.key))
        }
        Kind::Positions => {
            let who = v("company");
            let company = l
                .companies
                .iter()
                .find(|c| {
                    c.profile
                        .as_ref()
                        .and_then(|p| p.vat_number.as_deref())
                        .is_some_and(|vat| vat == who.trim().trim_start_matches("IT"))
                        || normalise(&c.organisation.name) == normalise(&who)
                })
                .ok_or_else(|| tr.t1("error-import-unknown-company", "name", &who))?;
            let fields = PositionFields {
                title: v("title"),
                occupation: v("occupation"),
                isco_code: v("isco_code"),
                required_skills: v("required_skills"),
                desired_skills: v("desired_skills"),
                min_italian: v("min_italian"),
                education_level: v("education_level"),
                city: v("city"),
                workplace: v("workplace"),
                starts_on: iso_date(&v("starts_on")),
                duration_months: v("duration_months"),
                hours_per_week: v("hours_per_week"),
                allowance: v("allowance"),
                board: yes(&v("board")),
                lodging: yes(&v("lodging")),
                tutor_name: v("tutor_name"),
                places: v("places"),
            };
            let draft = fields.parse().map_err(|e| tr.t(e.key))?;
            let p = company.profile.as_ref();
            let rules = p
                .and_then(|p| p.region.as_ref())
                .and_then(|r| l.regions.iter().find(|x| &x.region == r));
            if let (Some(rules), Some(employees)) = (rules, p.and_then(|p| p.employees)) {
                let held = l.held.get(&company.organisation.id).copied().unwrap_or(0);
                if let Err(b) = position::check_rules(&draft, rules, employees, held) {
                    return Err(if b.invalid.key == "error-allowance-below-minimum" {
                        tr.t1(b.invalid.key, "amount", &tr.money(&b.figure, "EUR"))
                    } else {
                        tr.tn(b.invalid.key, "count", b.figure)
                    });
                }
            }
            Ok(Valid::Position(company.organisation.id.clone(), draft))
        }
    }
}

pub async fn check(
    state: AppState,
    ctx: Ctx,
    kind: Kind,
    id: String,
    form: HashMap<String, String>,
) -> Result<Response, AppError> {
    let s = scope(&ctx, kind)?;
    let b = batch(&state, &ctx, kind, id).await?;
    let action = format!("/{}/import/{}", kind.as_str(), b.id);
    let (mut page, map) =
        MappingPage::checked(&ctx, kind.title(), action, &b, kind.fields(), &form);
    if page.error.is_some() {
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let tr = ctx.tr();
    let l = {
        let s = s.clone();
        state.db.read(move |c| lookup(c, kind, &s)).await?
    };
    let (valid, errors) = sort_rows(&b.rows, |row| {
        Ok::<_, AppError>(validate(&tr, kind, &l, row, &map))
    })?;
    page.errors = errors;
    if let Some(shown) = page.unless_importing(&form) {
        return shown;
    }
    let Some(programme_id) = l.programme_id.clone() else {
        return Err(AppError::Forbidden);
    };
    let owner = ctx.authed()?.user.id.clone();
    let batch_id = b.id.clone();
    let count = valid.len();
    state
        .db
        .write(ctx.origin(), move |tx| {
            for v in &valid {
                match v {
                    Valid::Company(d, stage) => {
                        db::companies::create(tx, &programme_id, d, *stage, Some(&owner))?;
                    }
                    Valid::Position(company, d) => {
                        let programme = db::programmes::ids_of_organisation(tx.conn, company)?
                            .into_iter()
                            .next()
                            .unwrap_or_else(|| programme_id.clone());
                        db::positions::create(tx, &programme, company, d)?;
                    }
                }
            }
            tx.audit("import.commit", "import", &batch_id)?;
            db::imports::delete(tx, &batch_id)
        })
        .await?;
    Ok(see_other(&format!("/{}?imported={count}", kind.as_str())))
}

// Thin handlers, one per route.

pub async fn companies_form(ctx: Ctx) -> Result<Response, AppError> {
    upload_form(ctx, Kind::Companies).await
}
pub async fn positions_form(ctx: Ctx) -> Result<Response, AppError> {
    upload_form(ctx, Kind::Positions).await
}
pub async fn companies_upload(
    State(state): State<AppState>,
    ctx: Ctx,
    m: Multipart,
) -> Result<Response, AppError> {
    upload(state, ctx, Kind::Companies, m).await
}
pub async fn positions_upload(
    State(state): State<AppState>,
    ctx: Ctx,
    m: Multipart,
) -> Result<Response, AppError> {
    upload(state, ctx, Kind::Positions, m).await
}
pub async fn companies_mapping(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    mapping(state, ctx, Kind::Companies, id).await
}
pub async fn positions_mapping(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    mapping(state, ctx, Kind::Positions, id).await
}
pub async fn companies_check(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    check(state, ctx, Kind::Companies, id, f).await
}
pub async fn positions_check(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    check(state, ctx, Kind::Positions, id, f).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_guessed_from_names_and_labels_in_any_language() {
        let header: Vec<String> = ["Ragione sociale", "Partita IVA", "Dipendenti", "città"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let g = guess(Kind::Companies, &header);
        assert_eq!(g.get("vat_number"), Some(&1));
        assert_eq!(g.get("city"), Some(&3));
        assert_eq!(iso_date("1/3/2023"), "2023-03-01");
        assert_eq!(iso_date("2023-03-01"), "2023-03-01");
        assert_eq!(yes("Sì"), "on");
        assert_eq!(yes("no"), "");
    }
}
