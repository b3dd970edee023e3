//! Incidents: recorded by anyone who follows the traineeship, owned by one of the case's
//! people (or the person recording it), moved forward by their owner or an approver until
//! closed with a note.

use domain::traineeship::incident::{self, Severity, Status};
use domain::{Conflict, Invalid, Permission};

use crate::{Acting, AppResult, Clock, Error};

/// An incident as typed.
#[derive(Debug, Clone, Default)]
pub struct IncidentForm {
    pub severity: String,
    pub title: String,
    pub description: String,
    pub owner_id: String,
}

/// Opens an incident on the case `id`.
pub async fn open_incident(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    f: &IncidentForm,
) -> AppResult<String> {
    let scope = who.scope(Permission::FollowTraineeships)?;
    let actor_id = who.actor.user_id.clone();
    let mut c = domain::Checks::default();
    let severity = c.check(
        Severity::parse(f.severity.trim())
            .ok_or(Invalid::new("severity", "traineeship-error-severity")),
    );
    let title = c.check(domain::bounds::text("title", &f.title, incident::TITLE_MAX));
    if title.as_deref().is_some_and(|t| t.trim().is_empty()) {
        c.refuse(Invalid::new("title", "error-required"));
    }
    let description = c.check(domain::bounds::text(
        "description",
        &f.description,
        incident::TEXT_MAX,
    ));
    c.done()?;
    let (Some(severity), Some(title), Some(description)) = (severity, title, description) else {
        return Err(Error::Invalid(Invalid::new("title", "error-required")));
    };
    let owner = f.owner_id.trim().to_owned();
    let id = id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let case = db::cases::find(tx.conn, &scope, &actor_id, &id)?;
        db::traineeships::find(tx.conn, &case.id)?.ok_or(Error::NotFound)?;
        let people = db::cases::of_case(tx.conn, &case.id)?;
        let owner = if owner.is_empty() {
            actor_id.clone()
        } else {
            owner
        };
        if owner != actor_id && !people.iter().any(|p| p.user_id == owner) {
            return Err(Error::Invalid(Invalid::new(
                "owner_id",
                "traineeship-error-owner",
            )));
        }
        Ok(db::traineeships::open_incident(
            tx,
            &db::traineeships::NewIncident {
                case_id: &case.id,
                severity,
                title: title.trim(),
                description: &description,
                owner_id: &owner,
                opened_by: &actor_id,
            },
        )?)
    })
    .await
}

/// Moves the incident `incident` of the case `id` to `to` (a closing note required to
/// close). Its owner or an approver only; `Conflict::IncidentClosed` backwards or twice.
pub async fn move_incident(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    incident_id: &str,
    to: Status,
    note: &str,
) -> AppResult<()> {
    let scope = who.scope(Permission::FollowTraineeships)?;
    let approver = who.actor.can(Permission::ApproveAllowances);
    let actor_id = who.actor.user_id.clone();
    let note = incident::closing_note(to, note)?;
    let (id, incident_id) = (id.to_owned(), incident_id.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let case = db::cases::find(tx.conn, &scope, &actor_id, &id)?;
        let found = db::traineeships::incidents(tx.conn, &case.id)?
            .into_iter()
            .find(|i| i.id == incident_id)
            .ok_or(Error::NotFound)?;
        if found.owner_id != actor_id && !approver {
            return Err(Error::Forbidden);
        }
        if !found.status.may_become(to) {
            return Err(Error::Conflict(Conflict::IncidentClosed));
        }
        db::traineeships::move_incident(tx, &case.id, &found.id, found.status, to, &note)?;
        Ok(())
    })
    .await
}
