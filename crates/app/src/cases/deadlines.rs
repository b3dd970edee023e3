//! The deadlines of every case within a person's reach, computed from each case's
//! template, path and holidays (never typed), with the tasks people added: for the API,
//! the task registry (and so the home page and the daily digest), the calendar feed and
//! the escalation of what is overdue.

use chrono::NaiveDate;
use db::DbConn;
use db::cases::{Case, CaseFilter};
use domain::Permission;
use domain::deadline::{Due, Standing};

use super::view::UPCOMING_DAYS;
use super::{Calendars, Templates, states_of, template_roles};
use crate::{AppResult, Error};

/// One deadline of a case (a rule's, or a task a person added).
#[derive(Debug, Clone)]
pub struct CaseDeadline {
    pub case_id: String,
    pub reference: String,
    pub candidate_id: String,
    pub programme_id: String,
    pub step: String,
    /// The rule's id, or `task` for a task a person added.
    pub rule: String,
    /// A task's title (what its author wrote); `None` for a rule.
    pub title: Option<String>,
    /// The task's id, for a task.
    pub task_id: Option<String>,
    /// The role that must act.
    pub who: String,
    pub date: NaiveDate,
    /// The rule's computation, for a rule.
    pub due: Option<Due>,
    pub standing: Standing,
}

/// Which deadlines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    All,
    /// Overdue only.
    Overdue,
    /// Overdue, due today and upcoming (within the window).
    Near,
}

/// The deadlines of the open cases in `cases`, on `today`.
pub(crate) fn of_cases(
    conn: &mut DbConn,
    cases: &[Case],
    today: NaiveDate,
    which: Which,
) -> AppResult<Vec<CaseDeadline>> {
    let mut templates = Templates::default();
    let calendars = Calendars::load(conn)?;
    let keep = |s: Standing| match which {
        Which::All => true,
        Which::Overdue => s == Standing::Overdue,
        Which::Near => s != Standing::Later,
    };
    let open: Vec<Case> = cases.iter().filter(|c| !c.closed).cloned().collect();
    let states = states_of(conn, &open)?;
    let mut out = Vec::new();
    for case in &open {
        let t = templates.get(conn, &case.template_id)?;
        let Some(state) = states.get(&case.id) else {
            continue;
        };
        let cal = calendars.of(&case.place);
        for (rule, due) in domain::procedure::running(t, state, &cal) {
            let standing = due.standing(today, UPCOMING_DAYS);
            if keep(standing) {
                out.push(CaseDeadline {
                    case_id: case.id.clone(),
                    reference: case.reference.clone(),
                    candidate_id: case.candidate_id.clone(),
                    programme_id: case.programme_id.clone(),
                    step: case.step.clone(),
                    rule: rule.id.get_ref().clone(),
                    title: None,
                    task_id: None,
                    who: rule.who.get_ref().clone(),
                    date: due.date,
                    due: Some(due),
                    standing,
                });
            }
        }
    }
    let ids: Vec<String> = cases
        .iter()
        .filter(|c| !c.closed)
        .map(|c| c.id.clone())
        .collect();
    for task in db::cases::open_tasks(conn, &ids)? {
        let Some(case) = cases.iter().find(|c| c.id == task.case_id) else {
            continue;
        };
        let standing = Due::standing_of(task.due_on, today, UPCOMING_DAYS);
        if keep(standing) {
            out.push(CaseDeadline {
                case_id: case.id.clone(),
                reference: case.reference.clone(),
                candidate_id: case.candidate_id.clone(),
                programme_id: case.programme_id.clone(),
                step: case.step.clone(),
                rule: "task".into(),
                title: Some(task.title),
                task_id: Some(task.id),
                who: task.who,
                date: task.due_on,
                due: None,
                standing,
            });
        }
    }
    out.sort_by(|a, b| (a.date, &a.reference, &a.rule).cmp(&(b.date, &b.reference, &b.rule)));
    Ok(out)
}

/// The cases whose deadlines can matter for `which` on `today`: open ones with a
/// deadline at all (overdue: before today; near: within the window).
pub(crate) fn candidates_for(
    conn: &mut DbConn,
    scope: &domain::permission::Scope,
    actor_id: &str,
    today: NaiveDate,
    which: Which,
) -> AppResult<Vec<Case>> {
    let filter = CaseFilter {
        today: Some(today),
        overdue: which == Which::Overdue,
        ..CaseFilter::default()
    };
    let horizon = today + chrono::Duration::days(UPCOMING_DAYS);
    Ok(db::cases::all(conn, scope, actor_id, &filter)?
        .into_iter()
        .filter(|c| match which {
            Which::All => true,
            Which::Overdue => true,
            Which::Near => c.next_due.is_some_and(|d| d <= horizon),
        })
        .collect())
}

/// The deadlines of the cases within the person's reach.
pub async fn for_person(
    db: &db::Database,
    actor: &domain::Actor,
    today: NaiveDate,
    which: Which,
) -> AppResult<Vec<CaseDeadline>> {
    let scope = actor.scope(Permission::ViewCases).ok_or(Error::Forbidden)?;
    let actor_id = actor.user_id.clone();
    db.read_as(move |conn| -> AppResult<_> {
        let cases = candidates_for(conn, &scope, &actor_id, today, which)?;
        of_cases(conn, &cases, today, which)
    })
    .await
}

/// Whether a deadline is the person's to act on: their role is the one named (a
/// coordinator answers for every role, as the programme's last resort).
pub fn is_theirs(actor: &domain::Actor, who: &str) -> bool {
    template_roles(actor)
        .iter()
        .any(|r| r.as_str() == who || *r == domain::Role::Coordinator)
}

/// The deadlines within the person's reach that are theirs to act on ([`is_theirs`]), on
/// an open connection: what the task registry (and so the home page and the digest) and
/// the calendar feed show. Nothing for a person without `ViewCases`.
pub(crate) fn theirs(
    conn: &mut DbConn,
    actor: &domain::Actor,
    today: NaiveDate,
    which: Which,
) -> AppResult<Vec<CaseDeadline>> {
    let Some(scope) = actor.scope(Permission::ViewCases) else {
        return Ok(Vec::new());
    };
    let cases = candidates_for(conn, &scope, &actor.user_id, today, which)?;
    Ok(of_cases(conn, &cases, today, which)?
        .into_iter()
        .filter(|d| is_theirs(actor, &d.who))
        .collect())
}

/// Every open case's deadlines overdue on `today` (no scope: for the escalation, which
/// runs for the platform and writes to each case's programme's coordinators).
pub(crate) fn all_overdue(conn: &mut DbConn, today: NaiveDate) -> AppResult<Vec<CaseDeadline>> {
    let scope = domain::permission::Scope::All;
    let cases = candidates_for(conn, &scope, "", today, Which::Overdue)?;
    of_cases(conn, &cases, today, Which::Overdue)
}
