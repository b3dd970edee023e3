//! Moving a case to its next step, as its template allows the person's role: the day (and
//! time) it happened is given (the day it happened, not the day it was typed), and a fact
//! named after the step (`arrived_at`) is recorded with it, so the anchor is entered once.
//! A refusal says why, in a key the page shows in the person's language.

use chrono::{NaiveDate, NaiveDateTime};
use domain::procedure::{Refusal, check_transition, facts};
use domain::{Conflict, Permission};

use super::{refresh_due, state_of, template_of, template_roles};
use crate::error::Rule;
use crate::{Acting, AppResult, Clock, Error};

/// What the person records.
#[derive(Debug, Clone)]
pub struct Step {
    pub to: String,
    pub on: NaiveDate,
    pub at: Option<NaiveDateTime>,
    pub note: String,
}

/// The longest note on a step, in characters.
pub const NOTE_MAX: usize = 1000;

/// Moves the case `id` as `step` says. `Rule::Case` when the template refuses it,
/// `Conflict::CaseMoved` when someone moved it meanwhile, `CaseClosed` when it is over.
pub async fn advance(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    step: Step,
) -> AppResult<()> {
    let scope = who.scope(Permission::WorkCases)?;
    let roles = template_roles(&who.actor);
    let actor_id = who.actor.user_id.clone();
    let note = domain::bounds::text("note", &step.note, NOTE_MAX)?;
    if let Some(at) = step.at
        && at.date() != step.on
    {
        return Err(Error::Invalid(domain::Invalid::new(
            "at",
            "case-error-datetime",
        )));
    }
    domain::bounds::within("on", step.on)?;
    let today = domain::deadline::rome_today(clock.now().and_utc());
    if step.on > today {
        return Err(Error::Invalid(domain::Invalid::new(
            "on",
            "case-error-future",
        )));
    }
    let id = id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        advance_in(tx, &scope, &roles, &actor_id, &id, &step, &note)
    })
    .await
}

/// The move itself, inside a transaction already open (the traineeship's extension and
/// interruption write their own part first, then move the case in the same transaction).
/// `note` is the step's note already checked.
pub(crate) fn advance_in(
    tx: &mut db::Tx<'_>,
    scope: &domain::permission::Scope,
    roles: &[domain::Role],
    actor_id: &str,
    id: &str,
    step: &Step,
    note: &str,
) -> AppResult<()> {
    {
        let actor_id = actor_id.to_owned();
        let case = db::cases::find(tx.conn, scope, &actor_id, id)?;
        if case.closed {
            return Err(Error::Conflict(Conflict::CaseClosed));
        }
        let t = template_of(tx.conn, &case.template_id)?;
        let state = state_of(tx.conn, &case)?;
        check_transition(&t, &state, &step.to, roles).map_err(|r| Error::Rule(Rule::Case(r)))?;
        // An extension may not take the traineeship past its maximum (issue 14).
        if step.to == "extended" {
            crate::traineeships::check_duration(tx.conn, &case, &t, None)?;
        }
        crate::courses::gate(tx.conn, &case, &step.to)?;
        if step.on < case.step_since {
            return Err(Error::Invalid(domain::Invalid::new(
                "on",
                "case-error-before-step",
            )));
        }
        let closes = t.step(&step.to).is_some_and(|s| s.end);
        db::cases::record_step(
            tx,
            &case.id,
            &actor_id,
            &db::cases::Move {
                from: &case.step,
                to: &step.to,
                on: step.on,
                at: step.at,
                note,
                closes,
            },
        )?;
        // The step's own anchor fact, when the template asks for one.
        if let Some(s) = t.step(&step.to) {
            for name in facts::anchor_facts(&step.to) {
                if !s.fields.contains(&name) {
                    continue;
                }
                let value = match facts::kind(&name) {
                    facts::FactKind::DateTime => match step.at {
                        Some(at) => at.format("%Y-%m-%dT%H:%M").to_string(),
                        None => continue,
                    },
                    _ => step.on.to_string(),
                };
                db::cases::set_fact(
                    tx,
                    &db::cases::Fact {
                        case_id: case.id.clone(),
                        field: name,
                        value,
                        sealed: false,
                        updated_by: actor_id.clone(),
                        updated_at: tx.now,
                    },
                )?;
            }
        }
        // The version of the training project the Region sees is the newest when the case
        // goes to review.
        if step.to == "regional_review" {
            db::cases::submit_newest(
                tx,
                domain::procedure::papers::PaperKind::TrainingProject,
                &case.id,
            )?;
        }
        refresh_due(tx, &case.id)?;
        Ok(())
    }
}

impl Rule {
    /// The refusal of a case's transition, when this is one.
    pub fn case_refusal(&self) -> Option<&Refusal> {
        match self {
            Rule::Case(r) => Some(r),
            _ => None,
        }
    }
}
