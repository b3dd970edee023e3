//! User accounts managed by others: disabling and enabling, creating, giving and taking
//! away roles. An account is acted on only
//! within the manager's reach, never one's own to lock oneself out, and never one that
//! holds a permission the manager lacks (a coordinator cannot disable an administrator).

use domain::ids::{OrganisationId, UserId};
use domain::permission::Scope;
use domain::{Actor, Conflict, Invalid, Permission, Role};

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

/// A new account made by a manager, with its first role; the password already hashed.
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub email: domain::Email,
    pub display_name: String,
    pub password_hash: String,
    pub organisation: OrganisationId,
    pub role: Role,
}

/// Opens an account with its first membership, all or nothing. `Invalid` when the
/// organisation is beyond reach or the role is not the manager's to give or does not fit
/// the organisation; `Conflict(EmailTaken)` when the address has an account already.
pub async fn create(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    new: NewAccount,
) -> AppResult<UserId> {
    managing(who)?;
    let actor = who.actor.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        check_grant(tx.conn, &actor, &new.organisation, new.role)?;
        let id = db::users::create(tx, &new.email, &new.display_name, &new.password_hash, None)?;
        db::memberships::add(tx, &id, new.organisation.as_str(), new.role)?;
        Ok(UserId::new(id))
    })
    .await
}

/// Gives an account within reach a role in an organisation within reach. `Invalid` as for
/// [`create`]; `Conflict(MembershipExists)` when the account has that role there already.
pub async fn add_membership(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    target: &UserId,
    organisation: &OrganisationId,
    role: Role,
) -> AppResult<()> {
    managing(who)?;
    let actor = who.actor.clone();
    let (target, organisation) = (target.clone(), organisation.clone());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        reach(tx.conn, &actor, &target)?;
        check_grant(tx.conn, &actor, &organisation, role)?;
        db::memberships::add(tx, target.as_str(), organisation.as_str(), role)?;
        Ok(())
    })
    .await
}

/// Takes a role away from an account within reach, in an organisation within reach.
/// Only administrators may take a role away from an administrator; to anyone else such a
/// membership is `NotFound`, like one beyond reach.
pub async fn remove_membership(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    target: &UserId,
    membership: &str,
) -> AppResult<()> {
    let scope = managing(who)?;
    let actor = who.actor.clone();
    let (target, membership) = (target.clone(), membership.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        reach(tx.conn, &actor, &target)?;
        let m = db::memberships::find(tx.conn, &membership)?;
        if m.user_id != target.as_str() {
            return Err(Error::NotFound);
        }
        if m.role == Role::Admin && !actor.is_admin() {
            return Err(Error::NotFound);
        }
        db::organisations::find(tx.conn, &scope, &m.organisation_id)?;
        Ok(db::memberships::remove(tx, &membership)?)
    })
    .await
}

fn managing(who: &Acting) -> AppResult<Scope> {
    who.scope(Permission::ManageUsers)
}

/// The organisation must be within reach and the role the actor's to give (only
/// administrators make administrators) and fit for the organisation's kind.
fn check_grant(
    conn: &mut db::DbConn,
    actor: &Actor,
    organisation: &OrganisationId,
    role: Role,
) -> AppResult<()> {
    let scope = actor
        .scope(Permission::ManageUsers)
        .unwrap_or(Scope::OwnAccount);
    let org = match db::organisations::find(conn, &scope, organisation.as_str()) {
        Ok(o) => o,
        Err(db::DbError::NotFound) => {
            return Err(Invalid::new("organisation_id", "error-invalid-organisation").into());
        }
        Err(e) => return Err(e.into()),
    };
    if role == Role::Admin && !actor.is_admin() {
        return Err(Invalid::new("role", "error-invalid-role").into());
    }
    if !org.kind.allows_role(role) {
        return Err(Invalid::new("role", "error-role-not-for-organisation").into());
    }
    Ok(())
}
