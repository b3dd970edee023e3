//! Selection (staff): a call's criteria with their weights, each assessor's scores and the
//! interviews on the application's page, the call's ranking with the decision buttons, and
//! the administrators' list of the e-mail outbox. Decisions themselves are staged and
//! published for the whole call (`pages::decisions`), which puts the candidates' messages
//! in the outbox.

use std::collections::HashMap;

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::ids::CandidateId;
use domain::selection::{self, InterviewFields, InterviewResultFields, assess, is_assessable};
use domain::{Actor, Invalid, Permission};

use super::candidates::form_refusal;
use super::see_other;
use crate::{AppError, AppState, Ctx};
use i18n::{FluentArg, Tr};

mod criteria;
mod outbox;
mod ranking;

pub use criteria::{add_criterion, change_criterion, criteria};
pub use outbox::outbox;
pub use ranking::ranking;

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
