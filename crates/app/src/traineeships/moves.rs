//! Extension and interruption: the traineeship's dates change and the case moves, in one
//! transaction (`cases::advance::advance_in`, so the template decides who may). An
//! extension that would take the traineeship past its maximum — 12 months in all, and the
//! region's maximum for the trainee's qualification — is refused with its own message
//! (`traineeship-error-too-long`), before anything else is looked at.

use chrono::NaiveDate;
use domain::{Invalid, Permission};

use crate::cases::advance::{NOTE_MAX, Step, advance_in};
use crate::cases::template_roles;
use crate::{Acting, AppResult, Clock, Error};

fn reason(s: &str) -> AppResult<String> {
    let r = domain::bounds::text("note", s, NOTE_MAX)?;
    if r.trim().is_empty() {
        return Err(Error::Invalid(Invalid::new(
            "note",
            "traineeship-error-reason",
        )));
    }
    Ok(r)
}

fn today(clock: &dyn Clock) -> NaiveDate {
    domain::deadline::rome_today(clock.now().and_utc())
}

/// Extends the traineeship of the case `id` to `to_on`, recorded today with `note`.
pub async fn extend(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    to_on: NaiveDate,
    note: &str,
) -> AppResult<()> {
    let scope = who.scope(Permission::WorkCases)?;
    let roles = template_roles(&who.actor);
    let actor_id = who.actor.user_id.clone();
    let note = reason(note)?;
    domain::bounds::within("to_on", to_on)?;
    let on = today(clock);
    let id = id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let case = db::cases::find(tx.conn, &scope, &actor_id, &id)?;
        let mut t = db::traineeships::find(tx.conn, &case.id)?.ok_or(Error::NotFound)?;
        let template = crate::cases::template_of(tx.conn, &case.template_id)?;
        super::check_duration(tx.conn, &case, &template, Some(to_on))?;
        if to_on <= t.ends_on {
            return Err(Error::Invalid(Invalid::new(
                "to_on",
                "traineeship-error-extension-end",
            )));
        }
        t.ends_on = to_on;
        t.updated_by = actor_id.clone();
        t.updated_at = tx.now;
        db::traineeships::save(tx, &t)?;
        db::cases::set_fact(
            tx,
            &db::cases::Fact {
                case_id: case.id.clone(),
                field: "extended_to_on".into(),
                value: to_on.to_string(),
                sealed: false,
                updated_by: actor_id.clone(),
                updated_at: tx.now,
            },
        )?;
        let step = Step {
            to: "extended".into(),
            on: on.max(case.step_since),
            at: None,
            note: note.clone(),
        };
        advance_in(tx, &scope, &roles, &actor_id, &case.id, &step, &note)
    })
    .await
}

/// Interrupts the traineeship of the case `id` on `on` (today or before): its end becomes
/// that day and the case moves to `interrupted`.
pub async fn interrupt(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    on: NaiveDate,
    note: &str,
) -> AppResult<()> {
    let scope = who.scope(Permission::WorkCases)?;
    let roles = template_roles(&who.actor);
    let actor_id = who.actor.user_id.clone();
    let note = reason(note)?;
    domain::bounds::within("on", on)?;
    if on > today(clock) {
        return Err(Error::Invalid(Invalid::new("on", "case-error-future")));
    }
    let id = id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let case = db::cases::find(tx.conn, &scope, &actor_id, &id)?;
        let mut t = db::traineeships::find(tx.conn, &case.id)?.ok_or(Error::NotFound)?;
        if on < t.starts_on {
            return Err(Error::Invalid(Invalid::new(
                "on",
                "traineeship-error-end-before-start",
            )));
        }
        t.ends_on = on.min(t.ends_on);
        t.updated_by = actor_id.clone();
        t.updated_at = tx.now;
        db::traineeships::save(tx, &t)?;
        let step = Step {
            to: "interrupted".into(),
            on,
            at: None,
            note: note.clone(),
        };
        advance_in(tx, &scope, &roles, &actor_id, &case.id, &step, &note)
    })
    .await
}
