//! Selection (staff): a call's criteria with their weights, each assessor's scores and the
//! interviews on the application's page, the call's ranking with the decision buttons, and
//! the administrators' list of the e-mail outbox. Decisions themselves go through the one
//! status change (`/candidates/{id}/status`), which also puts the candidate's message in
//! the outbox.

use std::collections::HashMap;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::ids::{CallId, CandidateId};
use domain::selection::{
    self, CriterionFields, InterviewFields, InterviewResultFields, assess, is_assessable,
};
use domain::{Actor, Invalid, Permission};

use super::candidates::form_refusal;
use super::candidates::view::{country_name, status_label};
use super::see_other;
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx, Granted};
use i18n::{FluentArg, Tr};

/// A weighted total for the reader, e.g. "73,4".
pub fn total_text(tr: &Tr, tenths: i64) -> String {
    domain::format::tenths(tr.locale, tenths)
}

// ---------------------------------------------------------------------------------------
// The selection section of an application's page

pub struct ScoreLine {
    pub name: String,
    pub weight: i64,
    pub max: i64,
    pub cells: Vec<String>,
    pub mean: String,
}

pub struct MyScore {
    pub id: String,
    pub label: String,
    pub max: i64,
    pub value: String,
    pub note: String,
}

pub struct InterviewLine {
    pub id: String,
    pub when: String,
    pub place: String,
    pub link: bool,
    pub panel: String,
    pub notes: Option<String>,
    /// Notes exist but are someone else's, hidden from a reader who sees no names.
    pub notes_hidden: bool,
    pub score: Option<i64>,
}

/// What the application's page shows of the selection.
#[derive(Default)]
pub struct Section {
    /// Only those who assess see the section (a participant reaching their own application
    /// here sees no scores).
    pub visible: bool,
    /// Whether the interviews part is shown: at an assessable stage, or once there is one.
    pub show_interviews: bool,
    pub has_criteria: bool,
    pub total: Option<String>,
    pub summary: String,
    pub assessors: Vec<String>,
    pub lines: Vec<ScoreLine>,
    pub notes: Vec<String>,
    /// Other assessors' notes left out for blind review.
    pub notes_hidden: bool,
    pub can_score: bool,
    pub mine: Vec<MyScore>,
    pub interviews: Vec<InterviewLine>,
    pub can_schedule: bool,
    pub can_record: bool,
    pub criteria_link: Option<String>,
    pub ranking_link: Option<String>,
}

/// Everything the section needs from storage, read in the page's read.
pub struct SectionData {
    pub criteria: Vec<db::selection::Criterion>,
    pub scores: Vec<db::selection::ScoreRow>,
    pub interviews: Vec<db::selection::Interview>,
}

pub fn load(conn: &mut db::DbConn, c: &db::candidates::Candidate) -> db::DbResult<SectionData> {
    Ok(SectionData {
        criteria: db::selection::criteria(conn, &c.call_id)?,
        scores: db::selection::scores_of(conn, c)?,
        interviews: db::selection::interviews_of(conn, c)?,
    })
}

pub fn section(
    tr: &Tr,
    actor: &Actor,
    actor_id: &str,
    c: &db::candidates::Candidate,
    d: SectionData,
) -> Section {
    let assessable = is_assessable(c.status);
    let criteria: Vec<selection::Criterion> = d.criteria.iter().map(|k| k.to_domain()).collect();
    let scores: Vec<selection::Score> = d.scores.iter().map(|s| s.to_domain()).collect();
    let a = assess(&criteria, &scores);
    // Assessors in the order they first scored.
    let mut assessors: Vec<(String, String)> = Vec::new();
    for s in &d.scores {
        if !assessors.iter().any(|(id, _)| *id == s.assessor_id) {
            assessors.push((s.assessor_id.clone(), s.assessor_name.clone()));
        }
    }
    let lines = d
        .criteria
        .iter()
        .zip(&a.means)
        .map(|(k, mean)| ScoreLine {
            name: k.name.clone(),
            weight: k.weight,
            max: k.max_score,
            cells: assessors
                .iter()
                .map(|(aid, _)| {
                    d.scores
                        .iter()
                        .find(|s| s.criterion_id == k.id && s.assessor_id == *aid)
                        .map_or_else(|| "—".to_owned(), |s| tr.number(&s.score))
                })
                .collect(),
            mean: mean.map_or_else(
                || "—".to_owned(),
                |m| domain::format::tenths(tr.locale, (m * 10.0).round() as i64),
            ),
        })
        .collect();
    // Blind review: free text written by others may name the candidate, so a reader who
    // sees no names reads only their own.
    let blind = !actor.sees_candidate_identity();
    let others = |author: &str| blind && author != actor_id;
    let notes_hidden = d
        .scores
        .iter()
        .any(|s| s.note.is_some() && others(&s.assessor_id));
    let notes = d
        .scores
        .iter()
        .filter(|s| !others(&s.assessor_id))
        .filter_map(|s| {
            let criterion = d.criteria.iter().find(|k| k.id == s.criterion_id)?;
            let note = s.note.as_ref()?;
            Some(format!("{} · {}: {note}", s.assessor_name, criterion.name))
        })
        .collect();
    let mine = d
        .criteria
        .iter()
        .map(|k| {
            let own = d
                .scores
                .iter()
                .find(|s| s.criterion_id == k.id && s.assessor_id == actor_id);
            MyScore {
                id: k.id.clone(),
                label: tr.t_with(
                    "selection-criterion-range",
                    &[
                        ("name", FluentArg::Str(k.name.clone())),
                        ("max", FluentArg::Num(k.max_score)),
                    ],
                ),
                max: k.max_score,
                value: own.map(|s| s.score.to_string()).unwrap_or_default(),
                note: own.and_then(|s| s.note.clone()).unwrap_or_default(),
            }
        })
        .collect();
    let summary = if !a.assessed() {
        tr.t("selection-not-scored")
    } else if a.complete() {
        tr.tn("selection-assessors", "count", a.assessors as i64)
    } else {
        tr.tn("selection-missing", "count", a.missing as i64)
    };
    let can_assess = actor.can(Permission::AssessCandidates);
    Section {
        visible: can_assess,
        show_interviews: assessable || !d.interviews.is_empty(),
        has_criteria: !criteria.is_empty(),
        total: a.assessed().then(|| total_text(tr, a.total_tenths)),
        summary,
        assessors: assessors.into_iter().map(|(_, n)| n).collect(),
        lines,
        notes,
        notes_hidden,
        can_score: can_assess && assessable && !criteria.is_empty(),
        mine,
        interviews: d
            .interviews
            .into_iter()
            .map(|i| {
                let notes_hidden = blind && i.notes_by_other_than(actor_id);
                InterviewLine {
                    when: tr.date_time(&i.scheduled_at),
                    link: selection::is_link(&i.place),
                    id: i.id,
                    place: i.place,
                    panel: i.panel,
                    notes: if notes_hidden { None } else { i.notes },
                    notes_hidden,
                    score: i.score,
                }
            })
            .collect(),
        can_schedule: actor.can(Permission::ScreenCandidates) && assessable,
        can_record: can_assess && assessable,
        criteria_link: actor
            .can(Permission::ManageCalls)
            .then(|| format!("/calls/{}/criteria", c.call_id)),
        ranking_link: can_assess.then(|| format!("/calls/{}/ranking", c.call_id)),
    }
}

/// Answers a form on the application's page: back to it on success, the page with the
/// reason (422) otherwise.
async fn back_to_application(
    state: &AppState,
    ctx: &Ctx,
    id: String,
    result: Result<(), Invalid>,
) -> Result<Response, AppError> {
    match result {
        Ok(()) => Ok(see_other(&format!("/candidates/{id}#selection"))),
        Err(e) => super::candidates::refused(state, ctx, id, &e).await,
    }
}

/// `POST /candidates/{id}/scores`: the acting assessor's own scores (`score-<criterion>`,
/// `note-<criterion>`); an empty score removes theirs.
pub async fn save_scores(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let mut scores: HashMap<String, String> = HashMap::new();
    let mut notes: HashMap<String, String> = HashMap::new();
    for (k, v) in fields {
        if let Some(c) = k.strip_prefix("score-") {
            scores.insert(c.to_owned(), v);
        } else if let Some(c) = k.strip_prefix("note-") {
            notes.insert(c.to_owned(), v);
        }
    }
    let mut inputs = Vec::new();
    for (criterion, value) in scores {
        match selection::parse_score(&value, selection::MAX_SCALE) {
            Ok(score) => inputs.push(db::selection::ScoreInput {
                note: notes.get(&criterion).and_then(|n| selection::note(n)),
                criterion_id: criterion,
                score,
            }),
            Err(e) => return back_to_application(&state, &ctx, id, Err(e)).await,
        }
    }
    let target = CandidateId::new(id.clone());
    let r = app::selection::save_scores(&state.db, &*state.clock, &who, &target, inputs).await;
    back_to_application(&state, &ctx, id, form_refusal(r)?).await
}

/// `POST /candidates/{id}/interviews`: schedules an interview.
pub async fn schedule_interview(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<InterviewFields>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let target = CandidateId::new(id.clone());
    let r = app::selection::schedule_interview(&state.db, &*state.clock, &who, &target, &f).await;
    back_to_application(&state, &ctx, id, form_refusal(r.map(|_| ()))?).await
}

/// `POST /candidates/{id}/interviews/{interview}`: the interview's notes and score.
pub async fn record_interview(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, interview)): Path<(String, String)>,
    Form(f): Form<InterviewResultFields>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let target = CandidateId::new(id.clone());
    let r =
        app::selection::record_interview(&state.db, &*state.clock, &who, &target, &interview, &f)
            .await;
    back_to_application(&state, &ctx, id, form_refusal(r)?).await
}

// ---------------------------------------------------------------------------------------
// A call's criteria

pub struct CriterionRow {
    pub id: String,
    pub name: String,
    pub weight: String,
    pub max_score: String,
    pub share: String,
}

#[derive(Template)]
#[template(path = "selection/criteria.html")]
struct CriteriaPage {
    page: Page,
    call_id: String,
    call: String,
    rows: Vec<CriterionRow>,
    f: CriterionFields,
    error: Option<String>,
    invalid: &'static str,
}

async fn criteria_page(
    state: &AppState,
    ctx: &Ctx,
    call_id: String,
    f: CriterionFields,
    error: Option<&Invalid>,
) -> Result<CriteriaPage, AppError> {
    let scope = ctx.scope_for(Permission::ManageCalls)?;
    let (call, criteria) = state
        .db
        .read(move |c| {
            let call = db::calls::find(c, &scope, &call_id)?;
            let criteria = db::selection::criteria(c, &call.id)?;
            Ok((call, criteria))
        })
        .await?;
    let tr = ctx.tr();
    let weights: i64 = criteria.iter().map(|k| k.weight).sum();
    Ok(CriteriaPage {
        page: Page::titled(ctx, tr.t1("criteria-title", "call", &call.title)),
        rows: criteria
            .into_iter()
            .map(|k| CriterionRow {
                share: if weights > 0 {
                    domain::format::tenths(tr.locale, (k.weight * 1000 + weights / 2) / weights)
                } else {
                    "—".to_owned()
                },
                id: k.id,
                name: k.name,
                weight: k.weight.to_string(),
                max_score: k.max_score.to_string(),
            })
            .collect(),
        call_id: call.id,
        call: call.title,
        f,
        error: error.map(|e| tr.t(e.key)),
        invalid: error.map_or("", |e| e.field),
    })
}

/// `GET /calls/{id}/criteria`
pub async fn criteria(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let f = CriterionFields {
        max_score: "10".into(),
        ..Default::default()
    };
    html(&criteria_page(&state, &ctx, id, f, None).await?)
}

/// A criterion conflict (same name twice, removing a scored one) as a form message.
fn criterion_conflict(e: app::Error) -> Result<Invalid, AppError> {
    match e {
        app::Error::Invalid(i) => Ok(i),
        app::Error::Conflict(domain::Conflict::CriterionTaken) => {
            Ok(Invalid::new("name", "error-criterion-taken"))
        }
        app::Error::Conflict(domain::Conflict::CriterionScored) => {
            Ok(Invalid::new("name", "error-criterion-scored"))
        }
        e => Err(e.into()),
    }
}

async fn criteria_answer(
    state: &AppState,
    ctx: &Ctx,
    call_id: String,
    f: CriterionFields,
    r: Result<(), Invalid>,
) -> Result<Response, AppError> {
    match r {
        Ok(()) => Ok(see_other(&format!("/calls/{call_id}/criteria"))),
        Err(e) => html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &criteria_page(state, ctx, call_id, f, Some(&e)).await?,
        ),
    }
}

/// `POST /calls/{id}/criteria`: adds a criterion.
pub async fn add_criterion(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<CriterionFields>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let call = CallId::new(id.clone());
    let r = match app::selection::add_criterion(&state.db, &*state.clock, &who, &call, &f).await {
        Ok(_) => Ok(()),
        Err(e) => Err(criterion_conflict(e)?),
    };
    criteria_answer(&state, &ctx, id, f, r).await
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct CriterionAction {
    name: String,
    weight: String,
    max_score: String,
    action: String,
}

/// `POST /calls/{id}/criteria/{criterion}`: saves (`action=save`) or removes
/// (`action=remove`) a criterion.
pub async fn change_criterion(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, criterion)): Path<(String, String)>,
    Form(f): Form<CriterionAction>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let fields = CriterionFields {
        name: f.name,
        weight: f.weight,
        max_score: f.max_score,
    };
    let call = CallId::new(id.clone());
    let (db, clock) = (&state.db, &*state.clock);
    let r = if f.action == "remove" {
        app::selection::remove_criterion(db, clock, &who, &call, &criterion).await
    } else {
        match app::selection::update_criterion(db, clock, &who, &call, &criterion, &fields).await {
            // A field that does not parse is shown with what was typed.
            Err(app::Error::Invalid(e)) => {
                return criteria_answer(&state, &ctx, id, fields, Err(e)).await;
            }
            r => r,
        }
    };
    let r = match r {
        Ok(()) => Ok(()),
        Err(e) => Err(criterion_conflict(e)?),
    };
    criteria_answer(&state, &ctx, id, CriterionFields::default(), r).await
}

// ---------------------------------------------------------------------------------------
// A call's ranking

pub struct Decision {
    pub value: &'static str,
    pub label: String,
}

pub struct RankRow {
    pub rank: usize,
    pub id: String,
    pub name: String,
    pub country: String,
    pub status: String,
    pub total: String,
    pub complete: bool,
    pub assessors: usize,
    pub interview: Option<i64>,
    pub decisions: Vec<Decision>,
}

#[derive(Template)]
#[template(path = "selection/ranking.html")]
struct RankingPage {
    page: Page,
    call_id: String,
    criteria: Vec<String>,
    rows: Vec<RankRow>,
    unassessed: usize,
    can_decide: bool,
    can_manage: bool,
}

/// `GET /calls/{id}/ranking`: the assessed applications of a call the reader reaches, best
/// first (see `domain::selection::compare`), with the decisions their status allows.
pub async fn ranking(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let scope = granted.scope;
    let actor_id = granted.authed.user.id.clone();
    let a = &granted.authed;
    let identity = a.actor.sees_candidate_identity();
    let (call, criteria, inputs) = state
        .db
        .read(move |c| {
            let call = db::calls::find(c, &scope, &id)?;
            let criteria = db::selection::criteria(c, &call.id)?;
            let inputs = db::selection::ranking_inputs(c, &scope, &actor_id, &call.id)?;
            Ok((call, criteria, inputs))
        })
        .await?;
    let tr = ctx.tr();
    let domain_criteria: Vec<selection::Criterion> =
        criteria.iter().map(|k| k.to_domain()).collect();
    let mut by_id: HashMap<String, db::candidates::Candidate> = HashMap::new();
    let mut entries = Vec::new();
    let mut unassessed = 0;
    for c in inputs.candidates {
        let scores = inputs.scores.get(&c.id).cloned().unwrap_or_default();
        let assessment = assess(&domain_criteria, &scores);
        if !assessment.assessed() {
            unassessed += 1;
            continue;
        }
        entries.push(selection::Entry {
            id: c.id.clone(),
            assessment,
            interview: inputs.interviews.get(&c.id).copied(),
            submitted_at: c.submitted_at,
        });
        by_id.insert(c.id.clone(), c);
    }
    selection::rank(&mut entries);
    let can_decide = a.actor.can(Permission::ScreenCandidates);
    let rows = entries
        .into_iter()
        .enumerate()
        .filter_map(|(i, e)| {
            let c = by_id.remove(&e.id)?;
            let status = c.status;
            Some(RankRow {
                rank: i + 1,
                name: if identity {
                    format!("{} {}", c.family_name, c.given_names)
                } else {
                    super::candidates::anonymous(&ctx, &c.id)
                },
                country: country_name(&tr, c.residence_country.as_ref().map_or("", |c| c.as_str())),
                status: status_label(&tr, c.status.as_str()),
                total: total_text(&tr, e.assessment.total_tenths),
                complete: e.assessment.complete(),
                assessors: e.assessment.assessors,
                interview: e.interview,
                decisions: if can_decide {
                    status
                        .next()
                        .iter()
                        .filter(|s| app::notify::is_decision(**s))
                        .map(|s| Decision {
                            value: s.as_str(),
                            label: status_label(&tr, s.as_str()),
                        })
                        .collect()
                } else {
                    Vec::new()
                },
                id: e.id,
            })
        })
        .collect();
    html(&RankingPage {
        page: Page::titled(&ctx, tr.t1("ranking-title", "call", &call.title)),
        call_id: call.id,
        criteria: criteria
            .iter()
            .map(|k| {
                tr.t_with(
                    "ranking-criterion",
                    &[
                        ("name", FluentArg::Str(k.name.clone())),
                        ("weight", FluentArg::Num(k.weight)),
                        ("max", FluentArg::Num(k.max_score)),
                    ],
                )
            })
            .collect(),
        rows,
        unassessed,
        can_decide,
        can_manage: a.actor.can(Permission::ManageCalls),
    })
}

// ---------------------------------------------------------------------------------------
// The outbox, for administrators

pub struct OutboxRow {
    pub created: String,
    pub kind: String,
    pub locale: String,
    pub state: String,
    pub state_class: &'static str,
    pub attempts: i64,
    pub next: String,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "selection/outbox.html")]
struct OutboxPage {
    page: Page,
    rows: Vec<OutboxRow>,
}

/// `GET /outbox`: the latest messages with their state; no address, no body.
pub async fn outbox(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let rows = state.db.read(|c| db::outbox::recent(c, 200)).await?;
    let tr = ctx.tr();
    html(&OutboxPage {
        page: Page::new(&ctx, "outbox-title"),
        rows: rows
            .into_iter()
            .map(|m| {
                let st = m.state();
                OutboxRow {
                    created: tr.date_time(&m.created_at),
                    kind: m.kind.clone(),
                    locale: m.locale.clone(),
                    state: tr.t(&format!("outbox-state-{}", st.as_str())),
                    state_class: st.as_str(),
                    attempts: m.attempts,
                    next: if st == db::outbox::State::Pending {
                        tr.date_time(&m.next_attempt_at)
                    } else {
                        String::new()
                    },
                    error: m.last_error,
                }
            })
            .collect(),
    })
}
