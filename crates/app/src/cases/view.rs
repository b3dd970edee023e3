//! A case as its page and the API show it: where it stands, what its step lacks, what
//! the person may do next, the deadlines running (each with why), the papers, and the
//! date checks (passport, duration, the permit's conversion window). A read: nothing
//! sealed is opened here (see [`super::identity`]).

use chrono::NaiveDate;
use db::cases::{Case, CaseDocument, CaseTask, Fact, StepEntry};
use domain::Permission;
use domain::deadline::{self as checks, Due, PassportFlag, Standing};
use domain::procedure::facts;

use super::{Calendars, state_of, template_of, template_roles};
use crate::{Acting, AppResult};

/// One deadline running on a case.
#[derive(Debug, Clone)]
pub struct DeadlineLine {
    pub rule: String,
    /// The role that must act.
    pub who: String,
    pub due: Due,
    pub standing: Standing,
}

#[derive(Debug, Clone)]
pub struct CaseView {
    pub case: Case,
    pub family_name: String,
    pub given_names: String,
    pub company: String,
    pub template_name: String,
    pub template_key: String,
    pub template_version: i64,
    /// The template's steps, in its order, with whether each ends a case.
    pub steps: Vec<(String, bool)>,
    /// Who must act at the current step (a role's name).
    pub waiting_for: Option<String>,
    pub path: Vec<StepEntry>,
    /// Facts; a sealed one's value is left empty (recorded, not shown).
    pub facts: Vec<Fact>,
    /// The fields the template asks for anywhere, in its order (for the facts form).
    pub fields: Vec<String>,
    pub documents: Vec<CaseDocument>,
    /// The document kinds the template asks for anywhere, in its order.
    pub document_kinds: Vec<String>,
    pub missing_documents: Vec<String>,
    pub missing_fields: Vec<String>,
    /// Steps the person may move the case to now.
    pub next: Vec<String>,
    pub deadlines: Vec<DeadlineLine>,
    pub tasks: Vec<CaseTask>,
    pub passport_flags: Vec<PassportFlag>,
    /// The traineeship's planned months (start to end, extension included) and whether
    /// they are within the template's bounds.
    pub duration: Option<(i64, bool)>,
    /// The days in which the permit's conversion may be asked for.
    pub conversion_window: Option<(NaiveDate, NaiveDate)>,
    /// Whether the person may work on the case (facts, documents, tasks).
    pub may_work: bool,
    /// The newest document of each kind whose expiry is past or within
    /// [`EXPIRY_WATCH_DAYS`], with where it stands.
    pub expiring: Vec<(CaseDocument, Standing)>,
}

/// Days ahead in which a document's expiry is shown (a visa, a permit, a policy).
pub const EXPIRY_WATCH_DAYS: i64 = 60;

/// Days ahead in which a deadline counts as upcoming.
pub const UPCOMING_DAYS: i64 = 7;

/// The case `id` as `who` may see it on `today`.
pub async fn view(
    db: &db::Database,
    who: &Acting,
    id: &str,
    today: NaiveDate,
) -> AppResult<CaseView> {
    let scope = who.scope(Permission::ViewCases)?;
    let may_work = who.actor.can(Permission::WorkCases);
    let roles = template_roles(&who.actor);
    let actor_id = who.actor.user_id.clone();
    let id = id.to_owned();
    db.read_as(move |conn| -> AppResult<CaseView> {
        {
            let case = db::cases::find(conn, &scope, &actor_id, &id)?;
            let stored = db::cases::template(conn, &case.template_id)?;
            let t = template_of(conn, &case.template_id)?;
            let state = state_of(conn, &case)?;
            let cal = Calendars::load(conn)?.of(&case.place);
            let (missing_documents, missing_fields) = domain::procedure::missing(&t, &state);
            let next = if may_work && !case.closed {
                domain::procedure::next_steps(&t, &state, &roles)
                    .into_iter()
                    .map(str::to_owned)
                    .collect()
            } else {
                Vec::new()
            };
            let deadlines = domain::procedure::running(&t, &state, &cal)
                .into_iter()
                .map(|(r, due)| DeadlineLine {
                    rule: r.id.get_ref().clone(),
                    who: r.who.get_ref().clone(),
                    standing: due.standing(today, UPCOMING_DAYS),
                    due,
                })
                .collect();
            let mut facts = db::cases::facts(conn, &case.id)?;
            for f in &mut facts {
                if f.sealed {
                    f.value.clear();
                }
            }
            let value = |name: &str| {
                facts
                    .iter()
                    .find(|f| f.field == name)
                    .and_then(|f| facts::date(&f.value))
            };
            let passport_flags = match (
                value("passport_issued_on"),
                value("passport_expires_on"),
                value("visa_requested_on"),
                value("visa_ends_on"),
            ) {
                (Some(i), Some(e), Some(r), Some(v)) => checks::passport_flags(i, e, r, v),
                _ => Vec::new(),
            };
            let end = value("extended_to_on").or(value("planned_end_on"));
            let duration = match (value("planned_start_on"), end, &t.duration) {
                (Some(s), Some(e), Some(d)) => {
                    let months = months_between(s, e);
                    Some((
                        months,
                        checks::duration_within(months, d.minimum_months, d.maximum_months),
                    ))
                }
                _ => None,
            };
            let conversion_window = match (
                value("permit_expires_on"),
                t.duration.as_ref().and_then(|d| d.conversion_window_days),
            ) {
                (Some(e), Some(days)) => checks::conversion_window(e, days),
                _ => None,
            };
            let names = db::cases::names(conn, &case)?;
            let mut fields = Vec::new();
            let mut document_kinds = Vec::new();
            for s in &t.steps {
                for f in &s.fields {
                    if !fields.contains(f) {
                        fields.push(f.clone());
                    }
                }
                for d in &s.documents {
                    if !document_kinds.contains(d.get_ref()) {
                        document_kinds.push(d.get_ref().clone());
                    }
                }
            }
            for f in facts::SEALED {
                if !fields.iter().any(|x| x == f) {
                    fields.push(f.to_owned());
                }
            }
            let documents = db::cases::documents(conn, &case.id)?;
            let mut seen = std::collections::HashSet::new();
            let expiring = documents
                .iter()
                .filter(|d| seen.insert(d.kind.clone()))
                .filter_map(|d| {
                    let on = d.expires_on?;
                    let standing = Due::standing_of(on, today, EXPIRY_WATCH_DAYS);
                    (standing != Standing::Later).then(|| (d.clone(), standing))
                })
                .collect();
            Ok(CaseView {
                expiring,
                waiting_for: t
                    .step(&case.step)
                    .and_then(|s| s.actor.as_ref().map(|a| a.get_ref().clone())),
                steps: t
                    .steps
                    .iter()
                    .map(|s| (s.id.get_ref().clone(), s.end))
                    .collect(),
                path: db::cases::path(conn, &case.id)?,
                documents,
                tasks: db::cases::tasks_of(conn, &case.id)?,
                family_name: names.0,
                given_names: names.1,
                company: names.2,
                template_name: stored.name,
                template_key: stored.template_key,
                template_version: stored.version,
                facts,
                fields,
                document_kinds,
                missing_documents,
                missing_fields,
                next,
                deadlines,
                passport_flags,
                duration,
                conversion_window,
                may_work,
                case,
            })
        }
    })
    .await
}

/// Whole months from `start` to `end` (a month begun counts when half of it is past).
pub fn months_between(start: NaiveDate, end: NaiveDate) -> i64 {
    let days = (end - start).num_days() + 1;
    (days as f64 / 30.44).round() as i64
}
