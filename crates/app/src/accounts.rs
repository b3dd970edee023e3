//! User accounts managed by others: disabling and enabling. An account is acted on only
//! within the manager's reach, never one's own to lock oneself out, and never one that
//! holds a permission the manager lacks (a coordinator cannot disable an administrator).

use domain::ids::UserId;
use domain::permission::Scope;
use domain::{Actor, Conflict, Permission};

use crate::{Acting, AppResult, Clock, Error};

/// Disables (or enables again) an account. Disabling ends its sessions and API tokens.
pub async fn set_disabled(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    target: &UserId,
    disabled: bool,
) -> AppResult<()> {
    if disabled && who.actor.user_id == target.as_str() {
        // Locking oneself out helps nobody; another administrator can do it.
        return Err(Error::Conflict(Conflict::DisableSelf));
    }
    let actor = who.actor.clone();
    let target = target.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        reach(tx.conn, &actor, &target)?;
        Ok(db::users::set_disabled(tx, target.as_str(), disabled)?)
    })
    .await
}

/// The target account within the actor's reach and power (read in the caller's
/// transaction or read); `NotFound` otherwise, so that an account beyond reach cannot be
/// told from none.
pub fn reach(
    conn: &mut db::DbConn,
    actor: &Actor,
    target: &UserId,
) -> db::DbResult<db::users::User> {
    let scope = actor
        .scope(Permission::ManageUsers)
        .unwrap_or(Scope::OwnAccount);
    let user = db::users::find(conn, &scope, &actor.user_id, target.as_str())?;
    if let Some(theirs) = db::memberships::load_actor(conn, target.as_str())?
        && !actor.holds_all_of(&theirs)
    {
        return Err(db::DbError::NotFound);
    }
    Ok(user)
}
