//! Giving a case its people (`domain::duty`): the host's and the promoter's tutors, the
//! cultural mediator, the mentor. Only someone with a fitting role may hold a duty — a
//! company tutor in the host company itself, the others in an organisation of the
//! programme — because holding one opens the case (`Scope::Assigned`). The traineeship's
//! reports and the follow-ups ask here who holds what ([`duties`]).

use db::DbConn;
use db::cases::{Case, CasePerson};
use domain::Permission;
use domain::duty::Duty;

use crate::{Acting, AppResult, Clock, Error};

pub use db::cases::Candidate as Holder;

/// A case's people, and (for those who may assign) who may be given each duty.
#[derive(Debug, Clone)]
pub struct People {
    pub people: Vec<CasePerson>,
    pub may_assign: bool,
    /// For each duty, the accounts that may hold it (empty unless `may_assign`).
    pub choices: Vec<(Duty, Vec<Holder>)>,
}

/// The people of the case `id`, as the person may see it.
pub async fn people(db: &db::Database, who: &Acting, id: &str) -> AppResult<People> {
    let scope = who.scope(Permission::ViewCases)?;
    let may_assign = who.actor.can(Permission::AssignCasePeople);
    let actor_id = who.actor.user_id.clone();
    let id = id.to_owned();
    db.read_as(move |conn| -> AppResult<People> {
        let case = db::cases::find(conn, &scope, &actor_id, &id)?;
        let people = db::cases::of_case(conn, &case.id)?;
        let mut choices = Vec::new();
        if may_assign {
            for duty in Duty::ALL {
                choices.push((
                    duty,
                    db::cases::eligible(conn, &case.programme_id, &case.company_id, duty)?,
                ));
            }
        }
        Ok(People {
            people,
            may_assign,
            choices,
        })
    })
    .await
}

/// Gives `duty` on the case `id` to `user_id`; `Invalid` (key `case-people-error-holder`)
/// when that account may not hold it.
pub async fn assign(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    duty: Duty,
    user_id: &str,
) -> AppResult<()> {
    let scope = who.scope(Permission::AssignCasePeople)?;
    let actor_id = who.actor.user_id.clone();
    let (id, user_id) = (id.to_owned(), user_id.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let case = db::cases::find(tx.conn, &scope, &actor_id, &id)?;
        let fits = db::cases::eligible(tx.conn, &case.programme_id, &case.company_id, duty)?
            .iter()
            .any(|h| h.user_id == user_id);
        if !fits {
            return Err(Error::Invalid(domain::Invalid::new(
                "user_id",
                "case-people-error-holder",
            )));
        }
        db::cases::assign(tx, &case.id, duty, &user_id, &actor_id)?;
        Ok(())
    })
    .await
}

/// Takes `duty` on the case `id` from whoever holds it.
pub async fn unassign(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    duty: Duty,
) -> AppResult<()> {
    let scope = who.scope(Permission::AssignCasePeople)?;
    let actor_id = who.actor.user_id.clone();
    let id = id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let case = db::cases::find(tx.conn, &scope, &actor_id, &id)?;
        db::cases::unassign(tx, &case.id, duty)?;
        Ok(())
    })
    .await
}

/// The duties `user_id` holds on `case` (a case already found through the person's reach).
pub fn duties(conn: &mut DbConn, case: &Case, user_id: &str) -> AppResult<Vec<Duty>> {
    Ok(db::cases::duties_of(conn, &case.id, user_id)?)
}
