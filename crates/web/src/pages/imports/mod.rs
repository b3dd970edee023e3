//! Importing companies and positions from CSV or XLSX, in three steps: upload, match the
//! spreadsheet's columns to our fields, then a dry run that lists every invalid row with its
//! reason. Only a file without errors is imported, all rows in one transaction: an import
//! with errors changes nothing.

use std::collections::HashMap;

use axum::Form;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Permission;
use domain::company::CompanyFields;
use domain::ids::{OrganisationId, ProgrammeId};
use domain::outreach::Stage;
use domain::permission::Scope;
use domain::position::{self, PositionFields};

use super::see_other;
use super::view::Choice;
use crate::render::{html, html_status};
use crate::{AppError, AppState, Ctx, Granted};
use i18n::Tr;

pub mod steps;

use steps::{
    Field, MappingPage, UploadPage, f, guess_fields, iso_date, keep_upload, normalise, own_batch,
    sort_rows, values,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Companies,
    Positions,
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
    f("description", "field-position-description", false),
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

/// The guess for this kind's fields.
fn guess(kind: Kind, header: &[String]) -> HashMap<&'static str, usize> {
    guess_fields(kind.fields(), header)
}

fn upload_page(ctx: &Ctx, kind: Kind, error: Option<&str>) -> UploadPage {
    let path = format!("/{}/import", kind.as_str());
    UploadPage::new(ctx, kind.title(), "import-intro", &path, error)
}

// The routes of each kind declare `kind.permission()`, so the route layer has checked it
// before any of these run.

pub async fn upload_form(ctx: Ctx, kind: Kind) -> Result<Response, AppError> {
    html(&upload_page(&ctx, kind, None))
}

pub async fn upload(
    state: AppState,
    ctx: Ctx,
    kind: Kind,
    multipart: Multipart,
) -> Result<Response, AppError> {
    match keep_upload(&state, &ctx, kind.as_str(), multipart).await? {
        Ok(id) => Ok(see_other(&format!("/{}/import/{id}", kind.as_str()))),
        Err(key) => html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &upload_page(&ctx, kind, Some(key)),
        ),
    }
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
    let b = batch(&state, &ctx, kind, id).await?;
    let guessed = guess(kind, &b.header);
    let mut page = mapping_page(&ctx, kind, &b, &guessed);
    page.programmes = programme_choices(&state, &ctx, kind, "").await?;
    html(&page)
}

/// The programmes companies may be imported into (those the person does outreach for),
/// `selected` chosen; `None` for imports whose rows carry their programme.
async fn programme_choices(
    state: &AppState,
    ctx: &Ctx,
    kind: Kind,
    selected: &str,
) -> Result<Option<Vec<Choice>>, AppError> {
    if kind != Kind::Companies {
        return Ok(None);
    }
    let s = ctx.scope_for(kind.permission())?;
    let programmes = state.db.read(move |c| db::programmes::list(c, &s)).await?;
    Ok(Some(Choice::programmes(programmes, selected)))
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

/// What validating needs. Companies go into `chosen`, a programme within reach (`None` when
/// it is not one), and their territories are that programme's; positions go into their
/// company's programme.
fn lookup(
    conn: &mut db::DbConn,
    kind: Kind,
    scope: &Scope,
    chosen: &str,
) -> Result<Lookup, db::DbError> {
    let programmes = db::programmes::list(conn, scope)?;
    let programme_id = match kind {
        Kind::Companies => programmes.into_iter().find(|p| p.id == chosen),
        Kind::Positions => programmes.into_iter().next(),
    }
    .map(|p| p.id);
    let territories = match (kind, &programme_id) {
        (Kind::Companies, None) => Vec::new(),
        (Kind::Companies, Some(p)) => db::territories::list(conn, scope, Some(p))?,
        (Kind::Positions, _) => db::territories::list(conn, scope, None)?,
    };
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
    today: chrono::NaiveDate,
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
                description: v("description"),
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
                // Written in the importer's language; corrected on the translations page.
                lang: tr.locale.tag().to_owned(),
            };
            let draft = fields.parse(today).map_err(|e| tr.t(e.key))?;
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
    granted: Granted,
    kind: Kind,
    id: String,
    form: HashMap<String, String>,
) -> Result<Response, AppError> {
    if granted.permission != kind.permission() {
        return Err(AppError::Internal(
            "import route declares another permission".into(),
        ));
    }
    let s = granted.scope;
    let b = batch(&state, &ctx, kind, id).await?;
    let action = format!("/{}/import/{}", kind.as_str(), b.id);
    let (mut page, map) =
        MappingPage::for_dry_run(&ctx, kind.title(), action, &b, kind.fields(), &form);
    if page.error.is_some() {
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let tr = ctx.tr();
    let chosen = form.get("programme_id").cloned().unwrap_or_default();
    page.programmes = programme_choices(&state, &ctx, kind, &chosen).await?;
    let l = {
        let (s, chosen) = (s.clone(), chosen.clone());
        state.db.read(move |c| lookup(c, kind, &s, &chosen)).await?
    };
    // Companies go into the programme chosen, never a default one.
    if kind == Kind::Companies && l.programme_id.is_none() {
        let key = if chosen.trim().is_empty() {
            "error-required"
        } else {
            app::reach::UNKNOWN
        };
        page.error = Some(tr.t(key));
        page.invalid = "programme_id";
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let today = state.clock.today();
    let (valid, errors) = sort_rows(&b.rows, |row| {
        Ok::<_, AppError>(validate(&tr, today, kind, &l, row, &map))
    })?;
    page.errors = errors;
    if let Some(shown) = page.unless_importing(&form) {
        return shown;
    }
    let Some(programme_id) = l.programme_id.clone() else {
        return Err(AppError::Forbidden);
    };
    let who = ctx.acting()?;
    let programme = ProgrammeId::new(programme_id);
    let count = valid.len();
    let (db, clock) = (&state.db, &*state.clock);
    match kind {
        Kind::Companies => {
            let rows = valid
                .into_iter()
                .filter_map(|v| match v {
                    Valid::Company(d, stage) => Some((d, stage)),
                    Valid::Position(..) => None,
                })
                .collect();
            app::imports::companies(db, clock, &who, &b.id, &programme, rows).await?;
        }
        Kind::Positions => {
            let rows = valid
                .into_iter()
                .filter_map(|v| match v {
                    Valid::Position(company, d) => Some((OrganisationId::new(company), d)),
                    Valid::Company(..) => None,
                })
                .collect();
            app::imports::positions(db, clock, &who, &b.id, &programme, rows).await?;
        }
    }
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
    granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    check(state, ctx, granted, Kind::Companies, id, f).await
}
pub async fn positions_check(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    check(state, ctx, granted, Kind::Positions, id, f).await
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
