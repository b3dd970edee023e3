//! `GET/POST /api/v1/candidates`, `GET /api/v1/candidates/{id}`: the same reach as the
//! pages. Evaluators get no names or contacts; the passport number is returned only when
//! asked for (`?include=passport`), only to roles allowed to read it, and each read is
//! audited.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderName, StatusCode};
use chrono::{NaiveDate, NaiveDateTime};
use domain::Permission;
use domain::candidate::{EducationFields, IdentityFields, PreferenceFields};
use domain::eligibility::Outcome;
use domain::ids::CallId;
use serde::{Deserialize, Serialize};

use super::idempotency::Idempotency;
use super::{ApiJson, ApiPath, ApiQuery};
use crate::pages::candidates::{ListQuery, open_passport};
use crate::{AppError, AppState, Ctx, Granted};

#[derive(Serialize)]
pub struct Identity {
    family_name: String,
    given_names: String,
    family_name_ar: Option<String>,
    given_names_ar: Option<String>,
    birth_date: Option<NaiveDate>,
    sex: String,
    email: String,
    phone: String,
    whatsapp: Option<String>,
}

#[derive(Serialize)]
pub struct ProfileJson {
    isced_level: Option<i64>,
    field_of_study: String,
    qualification_title: String,
    qualification_date: Option<NaiveDate>,
    /// `it=B1/B1/A2;…`: understanding / speaking / writing per language.
    languages: String,
    experience: String,
    sectors: String,
    cities: String,
    available_from: Option<NaiveDate>,
}

#[derive(Serialize)]
pub struct CandidateJson {
    id: String,
    programme_id: String,
    call_id: String,
    status: String,
    nationality: String,
    residence_country: String,
    italian_level: Option<&'static str>,
    submitted_at: Option<NaiveDateTime>,
    eligible: bool,
    eligibility: Vec<Outcome>,
    override_reason: Option<String>,
    decision_reason: Option<String>,
    /// Absent for readers who see no names (evaluators).
    #[serde(skip_serializing_if = "Option::is_none")]
    identity: Option<Identity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    profile: Option<ProfileJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    passport_number: Option<String>,
    /// The selection decision (shortlisted, waiting list, rejected), when taken.
    decision: Option<DecisionJson>,
    /// Scores and interview, for readers who assess applications (`assess_candidates`).
    #[serde(skip_serializing_if = "Option::is_none")]
    selection: Option<SelectionJson>,
    /// ESCO occupations and skills (on a single application's answer).
    #[serde(skip_serializing_if = "Option::is_none")]
    esco: Option<EscoJson>,
}

#[derive(Serialize)]
pub struct DecisionJson {
    status: String,
    reason: Option<String>,
}

#[derive(Serialize)]
pub struct SelectionJson {
    /// Weighted total on 0–100, one decimal; `null` before any score.
    weighted_total: Option<f64>,
    /// True when every criterion has at least one score.
    complete: bool,
    assessors: usize,
    interview_score: Option<i64>,
}

#[derive(Serialize)]
pub struct ConceptJson {
    uri: String,
    label: String,
}

#[derive(Serialize)]
pub struct EscoJson {
    occupations: Vec<ConceptJson>,
    skills: Vec<ConceptJson>,
}

impl From<db::candidates::Chosen> for EscoJson {
    fn from(c: db::candidates::Chosen) -> Self {
        let list = |v: Vec<db::candidates::Concept>| {
            v.into_iter()
                .map(|c| ConceptJson {
                    uri: c.uri,
                    label: c.label,
                })
                .collect()
        };
        EscoJson {
            occupations: list(c.occupations),
            skills: list(c.skills),
        }
    }
}

fn to_json(
    c: db::candidates::Candidate,
    p: Option<db::candidates::Profile>,
    identity: bool,
) -> CandidateJson {
    let italian = crate::pages::candidates::view::italian_label(c.italian_rank);
    // Blind review: reasons are free text written by staff and may name the candidate, so
    // a reader who sees no names gets none (`null`).
    let reason = |r: Option<String>| r.filter(|_| identity);
    let decision = app::notify::is_decision(c.status).then(|| DecisionJson {
        status: c.status.into(),
        reason: reason(c.decision_reason.clone()),
    });
    CandidateJson {
        eligibility: c.outcomes(),
        identity: identity.then(|| Identity {
            family_name: c.family_name.clone(),
            given_names: c.given_names.clone(),
            family_name_ar: c.family_name_ar.clone(),
            given_names_ar: c.given_names_ar.clone(),
            birth_date: c.birth_date,
            sex: c.sex.clone(),
            email: c.email.clone(),
            phone: c.phone.clone(),
            whatsapp: c.whatsapp.clone(),
        }),
        profile: p.map(|p| ProfileJson {
            isced_level: p.isced_level,
            field_of_study: p.field_of_study,
            qualification_title: p.qualification_title,
            qualification_date: p.qualification_date,
            languages: p.languages,
            experience: p.experience,
            sectors: p.sectors,
            cities: p.cities,
            available_from: p.available_from,
        }),
        id: c.id,
        programme_id: c.programme_id,
        call_id: c.call_id,
        status: c.status.into(),
        nationality: c.nationality.map(String::from).unwrap_or_default(),
        residence_country: c.residence_country.map(String::from).unwrap_or_default(),
        italian_level: (italian != "—").then_some(italian),
        submitted_at: c.submitted_at,
        eligible: c.eligible,
        override_reason: reason(c.override_reason),
        decision,
        decision_reason: reason(c.decision_reason),
        passport_number: None,
        selection: None,
        esco: None,
    }
}

#[derive(Serialize)]
pub struct Page {
    total: i64,
    page: i64,
    per_page: i64,
    items: Vec<CandidateJson>,
}

pub async fn list(
    State(state): State<AppState>,
    granted: Granted,
    ApiQuery(q): ApiQuery<ListQuery>,
) -> Result<Json<Page>, AppError> {
    let a = &granted.authed;
    let scope = granted.scope;
    let identity = a.actor.sees_candidate_identity();
    let actor_id = a.user.id.clone();
    let mut filter = q.filter(50);
    if !identity {
        filter = filter.without_identity();
    }
    // A participant's own drafts are theirs to see; staff lists show sent applications.
    filter.submitted_only = scope != domain::permission::Scope::OwnAccount;
    let page = filter.page;
    let (rows, total) = state
        .db
        .read(move |c| db::candidates::list(c, &scope, &actor_id, &filter))
        .await?;
    Ok(Json(Page {
        total,
        page,
        per_page: 50,
        items: rows
            .into_iter()
            .map(|c| to_json(c, None, identity))
            .collect(),
    }))
}

/// `include=passport`, or nothing: any other value is refused rather than ignored, so a
/// client that misspells it learns so.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ShowQuery {
    include: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    ApiPath(id): ApiPath<String>,
    ApiQuery(q): ApiQuery<ShowQuery>,
) -> Result<Json<CandidateJson>, AppError> {
    let a = &granted.authed;
    let scope = granted.scope;
    let identity = a.actor.sees_candidate_identity();
    let wants_passport = match q.include.as_deref() {
        None => false,
        Some("passport") => true,
        Some(_) => {
            return Err(AppError::Unreadable {
                status: StatusCode::BAD_REQUEST,
                key: "error-invalid-query",
                field: Some("include".into()),
            });
        }
    };
    if wants_passport && !a.actor.can(Permission::ReadPassport) {
        return Err(AppError::Forbidden);
    }
    let (actor_id, target) = (a.user.id.clone(), id.clone());
    let assesses = a.actor.can(Permission::AssessCandidates);
    let (c, p, selection, esco) = state
        .db
        .read(move |conn| {
            let c = db::candidates::find(conn, &scope, &actor_id, &target)?;
            let p = db::candidates::profile(conn, &c)?;
            let selection = if assesses {
                let criteria: Vec<_> = db::selection::criteria(conn, &c.call_id)?
                    .iter()
                    .map(|k| k.to_domain())
                    .collect();
                let scores: Vec<_> = db::selection::scores_of(conn, &c)?
                    .iter()
                    .map(|s| s.to_domain())
                    .collect();
                let a = domain::selection::assess(&criteria, &scores);
                Some(SelectionJson {
                    weighted_total: a.assessed().then(|| a.total()),
                    complete: a.complete(),
                    assessors: a.assessors,
                    interview_score: db::selection::interview_score(conn, &c)?,
                })
            } else {
                None
            };
            let esco = db::candidates::esco_of(conn, &c.id)?;
            Ok((c, p, selection, esco))
        })
        .await?;
    let mut json = to_json(c, p, identity);
    json.selection = selection;
    json.esco = Some(esco.into());
    if wants_passport {
        json.passport_number = open_passport(&state, &ctx, &id).await?;
    }
    Ok(Json(json))
}

#[derive(Deserialize)]
pub struct NewCandidate {
    call_id: String,
    identity: IdentityFields,
    education: EducationFields,
    #[serde(default)]
    preferences: PreferenceFields,
}

impl super::ApiBody for NewCandidate {
    const SCHEMA: &'static str = "NewCandidate";
}

/// An application entered by staff on a candidate's behalf (e.g. from a paper form).
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    idempotency: Idempotency,
    ApiJson(body): ApiJson<NewCandidate>,
) -> Result<(StatusCode, [(HeaderName, String); 1], Json<CandidateJson>), AppError> {
    let who = idempotency.acting(&ctx)?;
    let identity_visible = who.actor.sees_candidate_identity();
    if let Some(id) = idempotency.replayed() {
        let (scope, actor_id) = (granted.scope, granted.authed.user.id.clone());
        let (c, p) = state
            .db
            .read(move |conn| {
                let c = db::candidates::find(conn, &scope, &actor_id, &id)?;
                let p = db::candidates::profile(conn, &c)?;
                Ok((c, p))
            })
            .await?;
        let location = super::location("candidates", &c.id);
        return Ok((
            StatusCode::CREATED,
            [location],
            Json(to_json(c, p, identity_visible)),
        ));
    }
    let entry = app::candidates::Entry {
        identity: body.identity,
        education: body.education,
        preferences: body.preferences,
    };
    let call = CallId::new(body.call_id);
    let (c, p) = app::candidates::enter(
        &state.db,
        &*state.clock,
        &who,
        &state.field_keys,
        &call,
        &entry,
    )
    .await?;
    let location = super::location("candidates", &c.id);
    Ok((
        StatusCode::CREATED,
        [location],
        Json(to_json(c, p, identity_visible)),
    ))
}
