//! The art. 27 procedure as cases: one per accepted placement ([`open`]), moved only as its
//! template allows the person's role ([`advance`]), with its facts ([`facts`]), documents
//! ([`documents`]), the tasks people add ([`tasks`]), the papers generated from it
//! ([`papers`]), the deadlines its rules give ([`deadlines`]), the cohort's board
//! ([`board`]) and what a host may read of the trainee's identity ([`identity`]). Beyond
//! the pages: overdue deadlines escalated to the coordinators ([`escalate`]), a person's
//! deadlines as a calendar feed ([`feed`]), and the names of rules, steps and roles for
//! what leaves the pages ([`labels`]); the task registry reads the deadlines too
//! (`crate::tasks`).
//!
//! Every use case finds the case through the person's reach (`Permission::ViewCases` or
//! `WorkCases`), so a case out of reach is answered like a missing one; a write checks and
//! writes in one transaction, and leaves the case's nearest deadline (`cases.next_due`,
//! what the list sorts by) recomputed.

pub mod advance;
pub mod board;
pub mod deadlines;
pub mod documents;
pub mod escalate;
pub mod facts;
pub mod feed;
pub mod identity;
pub mod labels;
pub mod open;
pub mod papers;
pub mod people;
pub mod procedures;
pub mod tasks;
mod view;

use std::collections::HashMap;

use chrono::NaiveDate;
use db::DbConn;
use db::cases::Case;
use domain::Role;
use domain::deadline::{Anchor, WorkCalendar};
use domain::procedure::{CaseState, Template};

use crate::{AppResult, Error};

pub use view::{CaseView, DeadlineLine, UPCOMING_DAYS, view};

/// The template a case started with, parsed. A stored template was valid when stored; one
/// that no longer parses (a newer program's stricter check) is an internal error.
pub(crate) fn template_of(conn: &mut DbConn, template_id: &str) -> AppResult<Template> {
    let stored = db::cases::template(conn, template_id)?;
    domain::procedure::parse(&stored.source).map_err(|_| {
        Error::Db(db::DbError::Migration(format!(
            "stored procedure template {template_id} no longer validates"
        )))
    })
}

/// Templates parsed once per request, for lists of many cases.
#[derive(Default)]
pub(crate) struct Templates(HashMap<String, Template>);

impl Templates {
    pub(crate) fn get(&mut self, conn: &mut DbConn, id: &str) -> AppResult<&Template> {
        if !self.0.contains_key(id) {
            let t = template_of(conn, id)?;
            self.0.insert(id.to_owned(), t);
        }
        self.0.get(id).ok_or(Error::NotFound)
    }
}

/// The holidays as working calendars by place (national ones in each), loaded once.
pub(crate) struct Calendars {
    national: Vec<NaiveDate>,
    local: HashMap<String, Vec<NaiveDate>>,
}

impl Calendars {
    /// Every stored holiday (a few dozen a year): small enough to read whole.
    pub(crate) fn load(conn: &mut DbConn) -> AppResult<Calendars> {
        let all = db::cases::all_holidays(conn)?;
        let mut c = Calendars {
            national: Vec::new(),
            local: HashMap::new(),
        };
        for h in all {
            if h.place.is_empty() {
                c.national.push(h.day);
            } else {
                c.local.entry(h.place).or_default().push(h.day);
            }
        }
        Ok(c)
    }

    pub(crate) fn of(&self, place: &str) -> WorkCalendar {
        let local = self.local.get(place).map(Vec::as_slice).unwrap_or_default();
        WorkCalendar::new(self.national.iter().chain(local).copied())
    }
}

/// The template's names of a person's roles (an administrator acts as a coordinator).
pub(crate) fn template_roles(actor: &domain::Actor) -> Vec<Role> {
    let mut roles = actor.roles();
    if actor.is_admin() {
        roles.push(Role::Coordinator);
    }
    roles
}

/// Where a case stands, as the template's rules read it: its step, the latest day it
/// entered each step, the documents it holds (its own and its application's) and the
/// facts recorded.
pub(crate) fn state_of(conn: &mut DbConn, case: &Case) -> AppResult<CaseState> {
    let mut state = CaseState {
        step: case.step.clone(),
        ..CaseState::default()
    };
    for e in db::cases::path(conn, &case.id)? {
        state.entered.insert(
            e.step,
            Anchor {
                date: e.entered_on,
                time: e.entered_at,
            },
        );
    }
    state
        .documents
        .extend(db::cases::document_kinds(conn, &case.id)?);
    state.documents.extend(
        db::documents::kinds_of_candidate(conn, &case.candidate_id)?
            .into_iter()
            .map(|k| k.as_str().to_owned()),
    );
    state.fields.extend(
        db::cases::facts(conn, &case.id)?
            .into_iter()
            .map(|f| f.field),
    );
    Ok(state)
}

/// The states of many cases at once (see `db::cases::batch`), by case id.
pub(crate) fn states_of(
    conn: &mut DbConn,
    cases: &[Case],
) -> AppResult<HashMap<String, CaseState>> {
    let b = db::cases::batch(conn, cases)?;
    let mut out: HashMap<String, CaseState> = cases
        .iter()
        .map(|c| {
            (
                c.id.clone(),
                CaseState {
                    step: c.step.clone(),
                    ..CaseState::default()
                },
            )
        })
        .collect();
    for e in b.steps {
        if let Some(s) = out.get_mut(&e.case_id) {
            s.entered.insert(
                e.step,
                Anchor {
                    date: e.entered_on,
                    time: e.entered_at,
                },
            );
        }
    }
    for (case_id, kind) in b.case_documents {
        if let Some(s) = out.get_mut(&case_id) {
            s.documents.insert(kind);
        }
    }
    let mut by_candidate: HashMap<String, Vec<String>> = HashMap::new();
    for (candidate_id, kind) in b.candidate_documents {
        by_candidate.entry(candidate_id).or_default().push(kind);
    }
    for c in cases {
        if let (Some(s), Some(kinds)) = (out.get_mut(&c.id), by_candidate.get(&c.candidate_id)) {
            s.documents.extend(kinds.iter().cloned());
        }
    }
    for (case_id, field) in b.facts {
        if let Some(s) = out.get_mut(&case_id) {
            s.fields.insert(field);
        }
    }
    Ok(out)
}

/// The date of the case's nearest running deadline or open task: what the list sorts by.
pub(crate) fn nearest_due(
    conn: &mut DbConn,
    case: &Case,
    t: &Template,
    state: &CaseState,
    cal: &WorkCalendar,
) -> AppResult<Option<NaiveDate>> {
    if case.closed {
        return Ok(None);
    }
    let rules = domain::procedure::running(t, state, cal)
        .into_iter()
        .map(|(_, due)| due.date);
    let tasks = db::cases::open_tasks(conn, std::slice::from_ref(&case.id))?
        .into_iter()
        .map(|t| t.due_on);
    Ok(rules.chain(tasks).min())
}

/// [`refresh_due`] for a caller that writes a case's history itself, step by step through
/// `db::cases` (the demo's seeding of cohorts whose steps happened in the past), so the
/// list still sorts it by its real urgency.
pub fn refresh_next_due(tx: &mut db::Tx<'_>, case_id: &str) -> AppResult<()> {
    refresh_due(tx, case_id)
}

/// Recomputes and keeps the case's nearest deadline, inside the write that changed it.
pub fn refresh_due(tx: &mut db::Tx<'_>, case_id: &str) -> AppResult<()> {
    let case = db::cases::find(tx.conn, &domain::permission::Scope::All, "", case_id)?;
    let t = template_of(tx.conn, &case.template_id)?;
    let state = state_of(tx.conn, &case)?;
    let cal = Calendars::load(tx.conn)?.of(&case.place);
    let due = nearest_due(tx.conn, &case, &t, &state, &cal)?;
    db::cases::set_next_due(tx, case_id, due)?;
    Ok(())
}
