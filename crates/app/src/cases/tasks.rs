//! Tasks people add to a case beside the ones its rules give ("call the consulate on
//! Monday"): a title, a day, the role that must act. They join the case's deadlines, the
//! person's inbox, digest and calendar, and move the case's urgency.

use chrono::NaiveDate;
use db::cases::CaseTask;
use domain::{Conflict, Invalid, Permission, Role};

use crate::{Acting, AppResult, Clock, Error};

/// The longest title, in characters.
pub const TITLE_MAX: usize = 200;

/// The roles a task may be given to.
pub const WHO: [Role; 4] = [
    Role::PromoterStaff,
    Role::Company,
    Role::Participant,
    Role::Coordinator,
];

pub async fn add(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    case_id: &str,
    title: &str,
    due_on: NaiveDate,
    role: &str,
) -> AppResult<String> {
    let scope = who.scope(Permission::WorkCases)?;
    let title = domain::bounds::text("title", title, TITLE_MAX)?;
    if title.is_empty() {
        return Err(Invalid::new("title", "error-required").into());
    }
    let role = Role::parse(role).map_err(|_| Invalid::new("who", "error-invalid-role"))?;
    if !WHO.contains(&role) {
        return Err(Invalid::new("who", "error-invalid-role").into());
    }
    domain::bounds::within("due_on", due_on)?;
    let actor_id = who.actor.user_id.clone();
    let case_id = case_id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let case = db::cases::find(tx.conn, &scope, &actor_id, &case_id)?;
        if case.closed {
            return Err(Error::Conflict(Conflict::CaseClosed));
        }
        let task = CaseTask {
            id: db::id::new_id(),
            case_id: case.id.clone(),
            title,
            due_on,
            who: role.as_str().to_owned(),
            created_by: actor_id.clone(),
            created_at: tx.now,
            done_at: None,
            done_by: None,
        };
        db::cases::add_task(tx, &task)?;
        super::refresh_due(tx, &case.id)?;
        Ok(task.id)
    })
    .await
}

pub async fn finish(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    case_id: &str,
    task_id: &str,
) -> AppResult<()> {
    let scope = who.scope(Permission::WorkCases)?;
    let actor_id = who.actor.user_id.clone();
    let (case_id, task_id) = (case_id.to_owned(), task_id.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let case = db::cases::find(tx.conn, &scope, &actor_id, &case_id)?;
        db::cases::finish_task(tx, &case.id, &task_id, &actor_id)?;
        super::refresh_due(tx, &case.id)?;
        Ok(())
    })
    .await
}
