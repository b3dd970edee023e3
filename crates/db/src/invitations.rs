//! Invitations: a company user invites a colleague, who accepts by choosing a password.
//! The link carries a random token; only its SHA-256 is stored.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use domain::{Email, Role};

use crate::schema::invitations as inv;
use crate::sessions::hash_token;
use crate::{DbConn, DbError, DbResult, Tx, id::new_secret};

pub const LIFETIME: Duration = Duration::days(14);

#[derive(Queryable)]
pub struct Invitation {
    pub organisation_id: String,
    #[diesel(deserialize_as = String)]
    pub role: Role,
    pub email: String,
}

/// Creates an invitation and returns the token for the link.
pub fn create(
    tx: &mut Tx<'_>,
    organisation_id: &str,
    role: Role,
    email: &Email,
    invited_by: &str,
) -> DbResult<String> {
    let token = new_secret(24);
    diesel::insert_into(inv::table)
        .values((
            inv::token_hash.eq(hash_token(&token)),
            inv::organisation_id.eq(organisation_id),
            inv::role.eq(role.as_str()),
            inv::email.eq(email.as_str()),
            inv::invited_by.eq(invited_by),
            inv::created_at.eq(tx.now),
            inv::expires_at.eq(tx.now + LIFETIME),
        ))
        .execute(tx.conn)?;
    tx.audit("invitation.create", "organisation", organisation_id)?;
    Ok(token)
}

/// An invitation that has not expired and was not used.
pub fn find_open(
    conn: &mut DbConn,
    token: &str,
    now: NaiveDateTime,
) -> DbResult<Option<Invitation>> {
    Ok(inv::table
        .filter(inv::token_hash.eq(hash_token(token)))
        .filter(inv::expires_at.gt(now))
        .filter(inv::accepted_at.is_null())
        .select((inv::organisation_id, inv::role, inv::email))
        .first(conn)
        .optional()?)
}

/// Accepts: creates the account and its membership, and closes the invitation.
pub fn accept(
    tx: &mut Tx<'_>,
    token: &str,
    display_name: &str,
    password_hash: &str,
) -> DbResult<String> {
    let invitation = find_open(tx.conn, token, tx.now)?.ok_or(DbError::NotFound)?;
    let email = Email::parse(&invitation.email).map_err(|_| DbError::NotFound)?;
    let user = crate::users::create(tx, &email, display_name, password_hash, None)?;
    crate::memberships::add(tx, &user, &invitation.organisation_id, invitation.role)?;
    diesel::update(inv::table.filter(inv::token_hash.eq(hash_token(token))))
        .set(inv::accepted_at.eq(Some(tx.now)))
        .execute(tx.conn)?;
    tx.audit("invitation.accept", "user", &user)?;
    Ok(user)
}
