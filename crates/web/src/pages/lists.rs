//! What staff do with the candidate list beyond reading it: save a search by name and
//! watch it (a daily digest of new matches, see `crate::digest`), export the filtered list
//! to CSV or XLSX (scoped exactly like the list, never a passport number, no names for
//! evaluators, audited), and import applications from a spreadsheet into a call (upload,
//! column matching, a dry run listing every invalid row, then all rows in one transaction
//! or none).

use std::collections::HashMap;

use askama::Template;
use axum::Form;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::Utc;
use db::candidates::{Chosen, EscoKind};
use domain::Permission;
use domain::candidate::{EducationFields, IdentityFields, PreferenceFields};
use serde::Deserialize;

use super::candidates::esco::labels;
use super::candidates::view::{country_name, italian_label, status_label};
use super::candidates::{ListQuery, ListReader, screen_scope};
use super::exports::file;
use super::imports::steps::{
    Field, MappingPage, UploadPage, f, guess_fields, iso_date, keep_upload, normalise, own_batch,
    sort_rows, values,
};
use super::organisations::Choice;
use super::see_other;
use crate::i18n::Tr;
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx};

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
    a.actor
        .scope(Permission::ViewCandidates)
        .ok_or(AppError::Forbidden)?;
    Ok(a.user.id.clone())
}

/// The filters a saved search keeps, read back.
pub fn stored_query(json: &str) -> ListQuery {
    serde_json::from_str(json).unwrap_or_default()
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
    let user = own(&ctx)?;
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
    state
        .db
        .write(ctx.origin(), move |tx| {
            db::saved_searches::create(tx, &user, &name, &json, watch)
        })
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
    let user = own(&ctx)?;
    state
        .db
        .write(ctx.origin(), move |tx| {
            db::saved_searches::delete(tx, &user, &id)
        })
        .await?;
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
    let user = own(&ctx)?;
    let watch = f.watch == "on";
    state
        .db
        .write(ctx.origin(), move |tx| {
            db::saved_searches::set_watched(tx, &user, &id, watch)
        })
        .await?;
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

/// Column names partners use in their own spreadsheets, in our four languages, beside the
/// field names and our labels (compared without case, spaces or punctuation).
const ALIASES: &[(&str, &[&str])] = &[
    (
        "family_name",
        &[
            "cognome",
            "nom",
            "surname",
            "lastname",
            "familyname",
            "اللقب",
        ],
    ),
    (
        "given_names",
        &[
            "nome",
            "nomi",
            "prenom",
            "prénom",
            "prénoms",
            "firstname",
            "givenname",
            "الاسم",
        ],
    ),
    (
        "birth_date",
        &[
            "datadinascita",
            "datedenaissance",
            "dateofbirth",
            "birthdate",
            "تاريخالولادة",
            "تاريخالميلاد",
        ],
    ),
    (
        "sex",
        &["sesso", "sexe", "gender", "genere", "genre", "الجنس"],
    ),
    (
        "nationality",
        &[
            "nazionalità",
            "nazionalita",
            "nationalité",
            "nationalite",
            "cittadinanza",
            "الجنسية",
        ],
    ),
    (
        "residence_country",
        &[
            "paesediresidenza",
            "paysderésidence",
            "paysderesidence",
            "residence",
            "résidence",
            "residenza",
            "بلدالإقامة",
        ],
    ),
    ("email", &["email", "mail", "courriel", "البريدالإلكتروني"]),
    (
        "phone",
        &[
            "telefono",
            "téléphone",
            "telephone",
            "tel",
            "tél",
            "phone",
            "mobile",
            "cellulare",
            "الهاتف",
        ],
    ),
    ("whatsapp", &["whatsapp", "واتساب"]),
    (
        "passport_number",
        &[
            "passaporto",
            "passeport",
            "passport",
            "numeropassaporto",
            "جوازالسفر",
        ],
    ),
    (
        "italian",
        &[
            "italiano",
            "italien",
            "italian",
            "livelloitaliano",
            "niveauitalien",
            "الإيطالية",
        ],
    ),
    (
        "french",
        &["francese", "français", "francais", "french", "الفرنسية"],
    ),
    ("english", &["inglese", "anglais", "english", "الإنجليزية"]),
    (
        "isced_level",
        &[
            "isced",
            "livellodistudio",
            "niveaudétudes",
            "educationlevel",
        ],
    ),
    (
        "qualification_title",
        &[
            "titolodistudio",
            "diplôme",
            "diplome",
            "diploma",
            "qualification",
            "الشهادة",
        ],
    ),
    (
        "skills",
        &[
            "competenze",
            "compétences",
            "competences",
            "skills",
            "المهارات",
        ],
    ),
    (
        "occupations",
        &[
            "professioni",
            "professione",
            "métiers",
            "metiers",
            "occupation",
            "occupations",
            "المهن",
        ],
    ),
];

/// Which column holds each field: its name, its label in any of our languages, or a name
/// partners commonly use.
fn guess(header: &[String]) -> HashMap<&'static str, usize> {
    let mut out = guess_fields(CANDIDATE_FIELDS, header);
    let cols: Vec<String> = header.iter().map(|h| normalise(h)).collect();
    for (field, names) in ALIASES {
        if out.contains_key(field) {
            continue;
        }
        let taken: Vec<usize> = out.values().copied().collect();
        if let Some(i) = cols
            .iter()
            .enumerate()
            .position(|(i, c)| !taken.contains(&i) && names.iter().any(|n| normalise(n) == *c))
        {
            out.insert(field, i);
        }
    }
    out
}

/// The label of a field named by a parse error, for the reason of an invalid row.
fn field_label(tr: &Tr, name: &str) -> String {
    match name {
        "languages" => tr.t("field-languages"),
        "esco_occupations" => tr.t("lists-field-occupations"),
        "esco_skills" => tr.t("lists-field-skills"),
        _ => CANDIDATE_FIELDS
            .iter()
            .find(|f| f.name == name)
            .map_or_else(|| name.to_owned(), |f| tr.t(f.label)),
    }
}

/// `f`, `F`, `female`, `femmina`, `femme`, `أنثى`… → `f`; likewise `m` and `x`.
fn sex_code(s: &str) -> String {
    let s = normalise(s);
    let code = match s.as_str() {
        "f" | "female" | "femmina" | "donna" | "femme" | "féminin" | "feminin" | "أنثى" => "f",
        "m" | "male" | "maschio" | "uomo" | "homme" | "masculin" | "ذكر" => "m",
        "x" => "x",
        _ => "",
    };
    code.to_owned()
}

// ----- export ---------------------------------------------------------------------------------

/// The most rows one export writes.
pub const EXPORT_MAX: i64 = 100_000;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ExportFormat {
    format: String,
}

/// `GET /candidates/export?format=csv|xlsx&…`: the list as filtered, every page of it.
pub async fn export(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
    Query(fmt): Query<ExportFormat>,
) -> Result<Response, AppError> {
    if !matches!(fmt.format.as_str(), "" | "csv" | "xlsx") {
        return Err(AppError::BadRequest("error-export-format"));
    }
    let ListReader {
        scope,
        programmes: p_scope,
        identity,
        actor_id,
    } = ListReader::of(&ctx)?;
    let filter = q.filter(1);
    let (rows, esco, territories) = state
        .db
        .read(move |c| {
            let rows = db::candidates::export(c, &scope, &actor_id, &filter, EXPORT_MAX)?;
            let ids: Vec<String> = rows.iter().map(|(c, _)| c.id.clone()).collect();
            let esco = db::candidates::esco_of_many(c, &ids)?;
            Ok((rows, esco, db::territories::list(c, &p_scope, None)?))
        })
        .await?;
    let esco: HashMap<String, Chosen> = esco.into_iter().collect();
    let tr = ctx.tr();
    // Evaluators see no names, contacts or identity: those columns are left out entirely.
    let hidden = [
        "family_name",
        "given_names",
        "family_name_ar",
        "given_names_ar",
        "birth_date",
        "sex",
        "email",
        "phone",
        "whatsapp",
    ];
    let columns: Vec<&Field> = CANDIDATE_FIELDS
        .iter()
        .filter(|f| f.name != "passport_number")
        .filter(|f| identity || !hidden.contains(&f.name))
        .collect();
    let mut header = vec![tr.t("lists-field-reference")];
    header.extend(columns.iter().map(|f| tr.t(f.label)));
    header.push(tr.t("field-status"));
    header.push(tr.t("field-submitted-at"));
    header.push(tr.t("lists-field-eligible"));
    let count = rows.len();
    let out: Vec<Vec<String>> = rows
        .into_iter()
        .map(|(c, p)| {
            let chosen = esco.get(&c.id).cloned().unwrap_or_default();
            let langs = p.as_ref().map(|p| p.languages()).unwrap_or_default();
            let level = |l: &str| {
                langs
                    .level(l)
                    .map(|c| c.as_str().to_owned())
                    .unwrap_or_default()
            };
            let join = |v: &[db::candidates::Concept]| {
                v.iter()
                    .map(|c| c.label.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let mut row: Vec<String> = vec![c.id.clone()];
            for f in &columns {
                row.push(match f.name {
                    "family_name" => c.family_name.clone(),
                    "given_names" => c.given_names.clone(),
                    "family_name_ar" => c.family_name_ar.clone().unwrap_or_default(),
                    "given_names_ar" => c.given_names_ar.clone().unwrap_or_default(),
                    "birth_date" => c.birth_date.map(|d| d.to_string()).unwrap_or_default(),
                    "sex" => c.sex.clone(),
                    "nationality" => c.nationality.clone(),
                    "residence_country" => c.residence_country.clone(),
                    "territory" => c
                        .residence_territory_id
                        .as_ref()
                        .and_then(|t| territories.iter().find(|x| &x.id == t))
                        .map(|t| t.name.clone())
                        .unwrap_or_default(),
                    "email" => c.email.clone(),
                    "phone" => c.phone.clone(),
                    "whatsapp" => c.whatsapp.clone().unwrap_or_default(),
                    "isced_level" => p
                        .as_ref()
                        .and_then(|p| p.isced_level)
                        .map(|l| l.to_string())
                        .unwrap_or_default(),
                    "qualification_title" => p
                        .as_ref()
                        .map(|p| p.qualification_title.clone())
                        .unwrap_or_default(),
                    "field_of_study" => p
                        .as_ref()
                        .map(|p| p.field_of_study.clone())
                        .unwrap_or_default(),
                    "qualification_date" => p
                        .as_ref()
                        .and_then(|p| p.qualification_date)
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                    "italian" => {
                        let l = italian_label(c.italian_rank);
                        if l == "—" {
                            String::new()
                        } else {
                            l.to_owned()
                        }
                    }
                    "french" => level("fr"),
                    "english" => level("en"),
                    "occupations" => join(&chosen.occupations),
                    "skills" => join(&chosen.skills),
                    "experience" => p.as_ref().map(|p| p.experience.clone()).unwrap_or_default(),
                    "sectors" => p.as_ref().map(|p| p.sectors.clone()).unwrap_or_default(),
                    "cities" => p.as_ref().map(|p| p.cities.clone()).unwrap_or_default(),
                    "available_from" => p
                        .as_ref()
                        .and_then(|p| p.available_from)
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                    _ => String::new(),
                });
            }
            row.push(status_label(&tr, &c.status));
            row.push(
                c.submitted_at
                    .map(|t| t.date().to_string())
                    .unwrap_or_default(),
            );
            row.push(tr.t(if c.passes() { "lists-yes" } else { "lists-no" }));
            row
        })
        .collect();
    let format = if fmt.format.is_empty() {
        "csv"
    } else {
        fmt.format.as_str()
    };
    let object = format!("{format}:{count}");
    state
        .db
        .write(ctx.origin(), move |tx| {
            tx.audit("candidate.export", "candidates", &object)
        })
        .await?;
    file("candidates", format, header, out)
}

// ----- import ---------------------------------------------------------------------------------

const KIND: &str = "candidates";

const TITLE: &str = "lists-import-title";

fn upload_page(ctx: &Ctx, error: Option<&str>) -> UploadPage {
    UploadPage::new(
        ctx,
        TITLE,
        "lists-import-intro",
        "/candidates/import",
        error,
    )
}

pub async fn import_form(ctx: Ctx) -> Result<Response, AppError> {
    screen_scope(&ctx)?;
    html(&upload_page(&ctx, None))
}

pub async fn import_upload(
    State(state): State<AppState>,
    ctx: Ctx,
    multipart: Multipart,
) -> Result<Response, AppError> {
    let (_, user) = screen_scope(&ctx)?;
    match keep_upload(&state, &ctx, user, KIND, multipart).await? {
        Ok(id) => Ok(see_other(&format!("/candidates/import/{id}"))),
        Err(key) => html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &upload_page(&ctx, Some(key)),
        ),
    }
}

/// The calls the person may choose from, `call` selected.
async fn call_choices(state: &AppState, ctx: &Ctx, call: &str) -> Result<Vec<Choice>, AppError> {
    let p_scope = ctx
        .authed()?
        .actor
        .scope(Permission::ViewProgrammes)
        .ok_or(AppError::Forbidden)?;
    let calls = state.db.read(move |c| db::calls::list(c, &p_scope)).await?;
    Ok(calls
        .into_iter()
        .map(|c| Choice {
            selected: c.id == call,
            value: c.id,
            label: c.title,
        })
        .collect())
}

fn mapping_action(b: &db::imports::Batch) -> String {
    format!("/candidates/import/{}", b.id)
}

pub async fn import_mapping(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (_, user) = screen_scope(&ctx)?;
    let b = own_batch(&state, user, KIND, id).await?;
    let guessed = guess(&b.header);
    let mut page = MappingPage::new(
        &ctx,
        TITLE,
        mapping_action(&b),
        &b,
        CANDIDATE_FIELDS,
        &guessed,
    );
    page.calls = Some(call_choices(&state, &ctx, "").await?);
    html(&page)
}

/// A row that passed every check, ready to be written.
struct Valid {
    identity: domain::candidate::Identity,
    education: domain::candidate::Education,
    preferences: domain::candidate::Preferences,
    territory_id: Option<String>,
    esco: Chosen,
}

/// Checks one row; the error is the reason shown to the person, in their language.
fn validate(
    conn: &mut db::DbConn,
    tr: &Tr,
    row: &[String],
    map: &HashMap<&'static str, usize>,
    countries: Option<&[String]>,
    territories: &[db::territories::Territory],
) -> db::DbResult<Result<Valid, String>> {
    let v = |f: &str| values(row, map, f).to_owned();
    let today = Utc::now().date_naive();
    let why = |e: domain::Invalid| format!("{}: {}", field_label(tr, e.field), tr.t(e.key));
    let identity = IdentityFields {
        family_name: v("family_name"),
        given_names: v("given_names"),
        family_name_ar: v("family_name_ar"),
        given_names_ar: v("given_names_ar"),
        birth_date: iso_date(&v("birth_date")),
        sex: sex_code(&v("sex")),
        nationality: v("nationality"),
        residence_country: v("residence_country"),
        residence_territory_id: String::new(),
        passport_number: v("passport_number"),
        email: v("email"),
        phone: v("phone"),
        whatsapp: v("whatsapp"),
    }
    .parse(today);
    let identity = match identity {
        Ok(i) => i,
        Err(e) => return Ok(Err(why(e))),
    };
    let residence = identity.residence_country.as_str().to_owned();
    if let Some(allowed) = countries
        && !allowed.contains(&residence)
    {
        return Ok(Err(tr.t1(
            "lists-error-import-country",
            "country",
            &country_name(tr, &residence),
        )));
    }
    let territory = v("territory");
    let territory_id = if territory.is_empty() {
        None
    } else {
        match territories
            .iter()
            .find(|t| normalise(&t.name) == normalise(&territory))
        {
            Some(t) => Some(t.id.clone()),
            None => {
                return Ok(Err(tr.t1(
                    "error-import-unknown-territory",
                    "name",
                    &territory,
                )));
            }
        }
    };
    let (it, fr, en) = (v("italian"), v("french"), v("english"));
    let education = EducationFields {
        isced_level: v("isced_level"),
        field_of_study: v("field_of_study"),
        qualification_title: v("qualification_title"),
        qualification_date: iso_date(&v("qualification_date")),
        it_understanding: it.clone(),
        it_speaking: it.clone(),
        it_writing: it,
        fr_understanding: fr.clone(),
        fr_speaking: fr.clone(),
        fr_writing: fr,
        en_understanding: en.clone(),
        en_speaking: en.clone(),
        en_writing: en,
    }
    .parse(today);
    let education = match education {
        Ok(e) => e,
        Err(e) => return Ok(Err(why(e))),
    };
    let preferences = PreferenceFields {
        experience: v("experience").replace(" | ", "\n"),
        sectors: v("sectors"),
        cities: v("cities"),
        available_from: iso_date(&v("available_from")),
    }
    .parse();
    let preferences = match preferences {
        Ok(p) => p,
        Err(e) => return Ok(Err(why(e))),
    };
    let occupations =
        match db::candidates::resolve(conn, EscoKind::Occupation, &labels(&v("occupations")))? {
            Ok(o) => o,
            Err(label) => return Ok(Err(tr.t1("lists-error-import-occupation", "label", &label))),
        };
    let skills = match db::candidates::resolve(conn, EscoKind::Skill, &labels(&v("skills")))? {
        Ok(s) => s,
        Err(label) => return Ok(Err(tr.t1("lists-error-import-skill", "label", &label))),
    };
    Ok(Ok(Valid {
        identity,
        education,
        preferences,
        territory_id,
        esco: Chosen {
            occupations,
            skills,
        },
    }))
}

/// `POST /candidates/import/{id}`: the dry run (`step=check`) or the import (`step=import`).
pub async fn import_check(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let (scope, user) = screen_scope(&ctx)?;
    let b = own_batch(&state, user.clone(), KIND, id).await?;
    let call_id = form.get("call").cloned().unwrap_or_default();
    let (mut page, map) =
        MappingPage::checked(&ctx, TITLE, mapping_action(&b), &b, CANDIDATE_FIELDS, &form);
    page.calls = Some(call_choices(&state, &ctx, &call_id).await?);
    if page.error.is_some() {
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let tr = ctx.tr();
    // The call must be one the person may enter applications into.
    let call = {
        let (scope, call_id) = (scope.clone(), call_id.clone());
        state
            .db
            .read(move |c| match db::calls::find(c, &scope, &call_id) {
                Ok(call) => Ok(Some(call)),
                Err(db::DbError::NotFound) => Ok(None),
                Err(e) => Err(e),
            })
            .await?
    };
    let Some(call) = call else {
        page.error = Some(tr.t("lists-error-import-call"));
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let locale = ctx.locale;
    let rows = b.rows.clone();
    let (valid, errors) = {
        let (scope, programme) = (scope.clone(), call.programme_id.clone());
        state
            .db
            .read(move |conn| {
                let tr = Tr::new(locale);
                let countries = db::candidates::residence_countries(conn, &scope)?;
                let territories = db::territories::list(
                    conn,
                    &domain::permission::Scope::Programmes(vec![programme.clone()]),
                    Some(&programme),
                )?;
                sort_rows(&rows, |row| {
                    validate(conn, &tr, row, &map, countries.as_deref(), &territories)
                })
            })
            .await?
    };
    page.errors = errors;
    if let Some(shown) = page.unless_importing(&form) {
        return shown;
    }
    // Passport numbers are sealed here, with the key, for their row.
    let mut prepared = Vec::with_capacity(valid.len());
    for mut v in valid {
        let id = db::id::new_id();
        let sealed = v
            .identity
            .passport_number
            .take()
            .map(|number| db::candidates::SealedPassport::new(&state.field_keys, &id, &number));
        prepared.push((id, sealed, v));
    }
    let count = prepared.len();
    let batch_id = b.id.clone();
    let today = Utc::now().date_naive();
    state
        .db
        .write(ctx.origin(), move |tx| {
            let mut rows = Vec::with_capacity(prepared.len());
            let mut profiles = Vec::with_capacity(prepared.len());
            let mut esco = Vec::new();
            for (id, sealed, v) in prepared {
                let (mut row, profile) = db::candidates::new_submitted(
                    &id,
                    &call,
                    &v.identity,
                    sealed,
                    &v.education,
                    &v.preferences,
                    tx.now,
                );
                row.residence_territory_id = v.territory_id;
                rows.push(row);
                profiles.push(profile);
                if !v.esco.is_empty() {
                    esco.push((id, v.esco));
                }
            }
            db::candidates::import_submitted(tx, &scope, &user, &call, &rows, &profiles, today)?;
            db::candidates::insert_esco(tx, &esco)?;
            tx.audit("import.commit", "import", &batch_id)?;
            db::imports::delete(tx, &batch_id)
        })
        .await?;
    Ok(see_other(&format!("/candidates?imported={count}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_guessed_in_any_of_our_languages_and_sexes_read_in_words() {
        let header: Vec<String> = ["Cognome", "Prénom", "البريد الإلكتروني", "Italiano"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let g = guess(&header);
        assert_eq!(g.get("family_name"), Some(&0), "{g:?}");
        assert_eq!(g.get("given_names"), Some(&1), "{g:?}");
        assert_eq!(g.get("email"), Some(&2), "{g:?}");
        assert_eq!(g.get("italian"), Some(&3), "{g:?}");
        assert_eq!(sex_code("Femme"), "f");
        assert_eq!(sex_code("ذكر"), "m");
        assert_eq!(sex_code("?"), "");
        assert!(
            !CANDIDATE_FIELDS
                .iter()
                .any(|f| f.name == "passport_number" && f.required),
            "a passport number is never required to import"
        );
    }

    #[test]
    fn a_saved_query_reads_back_as_the_same_filters() {
        let q = ListQuery {
            q: "ben salah".into(),
            status: "eligible".into(),
            lang: "fr".into(),
            level: "B2".into(),
            ..Default::default()
        };
        let json = serde_json::to_string(&q).unwrap_or_default();
        assert_eq!(stored_query(&json), q);
        assert_eq!(
            stored_query(&json).query_string(),
            "q=ben%20salah&status=eligible&lang=fr&level=B2"
        );
        assert_eq!(stored_query("not json"), ListQuery::default());
    }
}
