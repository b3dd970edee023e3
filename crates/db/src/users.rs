//! User accounts. Password hashes never leave this module except to the login check.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::permission::Scope;
use domain::{Email, Locale};
use serde::Serialize;

use crate::schema::{memberships, sessions, users};
use crate::{DbConn, DbResult, Tx, error::unique, id::new_id, scope};

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = users)]
pub struct User {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub locale: Option<String>,
    pub disabled: bool,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl User {
    pub fn locale(&self) -> Option<Locale> {
        self.locale.as_deref().and_then(Locale::parse)
    }
}

/// What the login check needs.
pub struct Credentials {
    pub user_id: String,
    pub password_hash: String,
    pub disabled: bool,
}

pub fn credentials(conn: &mut DbConn, email: &Email) -> DbResult<Option<Credentials>> {
    Ok(users::table
        .filter(users::email.eq(email.as_str()))
        .select((users::id, users::password_hash, users::disabled))
        .first::<(String, String, bool)>(conn)
        .optional()?
        .map(|(user_id, password_hash, disabled)| Credentials {
            user_id,
            password_hash,
            disabled,
        }))
}

type Backend = <DbConn as diesel::Connection>::Backend;

/// Users `scope` reaches: all; those with a membership in the programmes' organisations;
/// those of the given organisations; or only `actor_id` itself.
fn scoped(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
) -> DbResult<users::BoxedQuery<'static, Backend>> {
    let mut q = users::table.into_boxed();
    match scope::organisation_ids(conn, scope)? {
        None => {}
        Some(_) if matches!(scope, Scope::OwnAccount) => {
            q = q.filter(users::id.eq(actor_id.to_owned()));
        }
        Some(orgs) => {
            let members = memberships::table
                .filter(memberships::organisation_id.eq_any(orgs))
                .select(memberships::user_id);
            q = q.filter(users::id.eq_any(members));
        }
    }
    Ok(q)
}

pub fn list(conn: &mut DbConn, scope: &Scope, actor_id: &str) -> DbResult<Vec<User>> {
    let q = scoped(conn, scope, actor_id)?;
    Ok(q.select(User::as_select())
        .order(users::email.asc())
        .load(conn)?)
}

/// One user if `scope` reaches them; `NotFound` otherwise.
pub fn find(conn: &mut DbConn, scope: &Scope, actor_id: &str, id: &str) -> DbResult<User> {
    let q = scoped(conn, scope, actor_id)?;
    Ok(q.filter(users::id.eq(id.to_owned()))
        .select(User::as_select())
        .first(conn)?)
}

/// The signed-in user's own record.
pub fn me(conn: &mut DbConn, user_id: &str) -> DbResult<User> {
    Ok(users::table
        .filter(users::id.eq(user_id))
        .select(User::as_select())
        .first(conn)?)
}

pub fn find_by_email_unscoped(conn: &mut DbConn, email: &Email) -> DbResult<Option<User>> {
    Ok(users::table
        .filter(users::email.eq(email.as_str()))
        .select(User::as_select())
        .first(conn)
        .optional()?)
}

pub fn create(
    tx: &mut Tx<'_>,
    email: &Email,
    display_name: &str,
    password_hash: &str,
    locale: Option<Locale>,
) -> DbResult<String> {
    let id = new_id();
    diesel::insert_into(users::table)
        .values((
            users::id.eq(&id),
            users::email.eq(email.as_str()),
            users::display_name.eq(display_name),
            users::password_hash.eq(password_hash),
            users::locale.eq(locale.map(Locale::tag)),
            users::disabled.eq(false),
            users::created_at.eq(tx.now),
            users::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)
        .map_err(unique(domain::Conflict::EmailTaken))?;
    tx.audit("user.create", "user", &id)?;
    Ok(id)
}

pub fn set_password(tx: &mut Tx<'_>, id: &str, password_hash: &str) -> DbResult<()> {
    let n = diesel::update(users::table.filter(users::id.eq(id)))
        .set((
            users::password_hash.eq(password_hash),
            users::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    if n == 0 {
        return Err(crate::DbError::NotFound);
    }
    // A new password ends every open session of the account and revokes its API tokens:
    // whoever knew the old password may have made one.
    diesel::delete(sessions::table.filter(sessions::user_id.eq(id))).execute(tx.conn)?;
    crate::api_tokens::revoke_all_of(tx, id)?;
    tx.audit("user.set_password", "user", id)
}

pub fn set_locale(tx: &mut Tx<'_>, id: &str, locale: Option<Locale>) -> DbResult<()> {
    diesel::update(users::table.filter(users::id.eq(id)))
        .set((
            users::locale.eq(locale.map(Locale::tag)),
            users::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("user.set_locale", "user", id)
}

/// One's time zone (an IANA name, checked by the caller); `None`: the country's.
pub fn set_time_zone(tx: &mut Tx<'_>, id: &str, zone: Option<&str>) -> DbResult<()> {
    diesel::update(users::table.filter(users::id.eq(id)))
        .set((users::time_zone.eq(zone), users::updated_at.eq(tx.now)))
        .execute(tx.conn)?;
    tx.audit("user.set_time_zone", "user", id)
}

/// One's chosen time zone, if any.
pub fn time_zone(conn: &mut DbConn, id: &str) -> DbResult<Option<String>> {
    Ok(users::table
        .filter(users::id.eq(id))
        .select(users::time_zone)
        .first::<Option<String>>(conn)?)
}

pub fn update_profile(tx: &mut Tx<'_>, id: &str, display_name: &str) -> DbResult<()> {
    diesel::update(users::table.filter(users::id.eq(id)))
        .set((
            users::display_name.eq(display_name),
            users::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("user.update", "user", id)
}

/// Disabling an account also ends its sessions and revokes its API tokens at once.
pub fn set_disabled(tx: &mut Tx<'_>, id: &str, disabled: bool) -> DbResult<()> {
    let n = diesel::update(users::table.filter(users::id.eq(id)))
        .set((users::disabled.eq(disabled), users::updated_at.eq(tx.now)))
        .execute(tx.conn)?;
    if n == 0 {
        return Err(crate::DbError::NotFound);
    }
    if disabled {
        diesel::delete(sessions::table.filter(sessions::user_id.eq(id))).execute(tx.conn)?;
        crate::api_tokens::revoke_all_of(tx, id)?;
    }
    tx.audit(
        if disabled {
            "user.disable"
        } else {
            "user.enable"
        },
        "user",
        id,
    )
}

pub fn count(conn: &mut DbConn, scope: &Scope, actor_id: &str) -> DbResult<i64> {
    let q = scoped(conn, scope, actor_id)?;
    Ok(q.count().get_result(conn)?)
}
