//! The import of applications from a spreadsheet into a call: upload, column matching
//! (with the names partners use for columns), a dry run listing every invalid row, then all
//! rows in one transaction or none. The steps are those of every import
//! (`pages::imports::steps`); what a row means is here.

use std::collections::HashMap;

use axum::Form;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use db::candidates::{Chosen, EscoKind};
use domain::Permission;
use domain::candidate::{EducationFields, IdentityFields, PreferenceFields};
use domain::ids::CallId;

use super::CANDIDATE_FIELDS;
use crate::pages::candidates::esco::labels;
use crate::pages::candidates::view::country_name;
use crate::pages::imports::steps::{
    MappingPage, UploadPage, guess_fields, iso_date, keep_upload, normalise, own_batch, sort_rows,
    values,
};
use crate::pages::see_other;
use crate::pages::view::Choice;
use crate::render::{html, html_status};
use crate::{AppError, AppState, Ctx, Granted};
use i18n::Tr;

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

/// What a batch of applications is kept as in `db::imports` (only its uploader finds it).
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
    html(&upload_page(&ctx, None))
}

pub async fn import_upload(
    State(state): State<AppState>,
    ctx: Ctx,
    multipart: Multipart,
) -> Result<Response, AppError> {
    match keep_upload(&state, &ctx, KIND, multipart).await? {
        Ok(id) => Ok(see_other(&format!("/candidates/import/{id}"))),
        Err(key) => html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &upload_page(&ctx, Some(key)),
        ),
    }
}

/// The calls the person may choose from, `call` selected.
async fn call_choices(state: &AppState, ctx: &Ctx, call: &str) -> Result<Vec<Choice>, AppError> {
    let p_scope = ctx.scope_for(Permission::ViewProgrammes)?;
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
    granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = granted.authed.user.id.clone();
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
    today: chrono::NaiveDate,
) -> db::DbResult<Result<Valid, String>> {
    let v = |f: &str| values(row, map, f).to_owned();
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
    granted: Granted,
    Path(id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let (scope, user) = (granted.scope, granted.authed.user.id.clone());
    let b = own_batch(&state, user.clone(), KIND, id).await?;
    let call_id = form.get("call").cloned().unwrap_or_default();
    let (mut page, map) =
        MappingPage::for_dry_run(&ctx, TITLE, mapping_action(&b), &b, CANDIDATE_FIELDS, &form);
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
    let today = state.clock.today();
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
                    validate(
                        conn,
                        &tr,
                        row,
                        &map,
                        countries.as_deref(),
                        &territories,
                        today,
                    )
                })
            })
            .await?
    };
    page.errors = errors;
    if let Some(shown) = page.unless_importing(&form) {
        return shown;
    }
    // Passport numbers are sealed here, with the key, for their row.
    let rows: Vec<app::imports::CandidateRow> = valid
        .into_iter()
        .map(|mut v| {
            let id = db::id::new_id();
            let passport =
                v.identity.passport_number.take().map(|number| {
                    db::candidates::SealedPassport::new(&state.field_keys, &id, &number)
                });
            app::imports::CandidateRow {
                id,
                passport,
                identity: v.identity,
                education: v.education,
                preferences: v.preferences,
                territory_id: v.territory_id,
                esco: v.esco,
            }
        })
        .collect();
    let count = rows.len();
    let call = CallId::new(call.id);
    app::imports::candidates(&state.db, &*state.clock, &ctx.acting()?, &b.id, &call, rows).await?;
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
}
