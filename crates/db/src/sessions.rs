//! Server-side sessions. The cookie holds a random token; the database holds only its
//! SHA-256, so a copy of the database does not let anyone sign in.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use sha2::{Digest, Sha256};

use crate::schema::{sessions, users};
use crate::users::User;
use crate::{DbConn, DbResult, Tx, id::new_secret};

/// How long a session lasts from sign-in.
pub const LIFETIME: Duration = Duration::hours(12);

pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Starts a session for `user_id` and returns the token for the cookie.
pub fn create(tx: &mut Tx<'_>, user_id: &str) -> DbResult<String> {
    let token = new_secret(32);
    diesel::insert_into(sessions::table)
        .values((
            sessions::token_hash.eq(hash_token(&token)),
            sessions::user_id.eq(user_id),
            sessions::created_at.eq(tx.now),
            sessions::expires_at.eq(tx.now + LIFETIME),
            sessions::last_seen_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("session.create", "user", user_id)?;
    Ok(token)
}

/// The user of a live session (not expired, account not disabled), whole: the one
/// statement a signed-in request spends on who is asking besides their memberships.
pub fn user_of(conn: &mut DbConn, token: &str, now: NaiveDateTime) -> DbResult<Option<User>> {
    Ok(sessions::table
        .inner_join(users::table)
        .filter(sessions::token_hash.eq(hash_token(token)))
        .filter(sessions::expires_at.gt(now))
        .filter(users::disabled.eq(false))
        .select(User::as_select())
        .first(conn)
        .optional()?)
}

/// Ends one session (sign-out). Ending a session that does not exist is not an error.
pub fn delete(tx: &mut Tx<'_>, token: &str) -> DbResult<()> {
    let hash = hash_token(token);
    let user: Option<String> = sessions::table
        .filter(sessions::token_hash.eq(&hash))
        .select(sessions::user_id)
        .first(tx.conn)
        .optional()?;
    if let Some(user) = user {
        diesel::delete(sessions::table.filter(sessions::token_hash.eq(&hash))).execute(tx.conn)?;
        tx.audit("session.delete", "user", &user)?;
    }
    Ok(())
}

pub fn count_for_user(conn: &mut DbConn, user_id: &str) -> DbResult<i64> {
    Ok(sessions::table
        .filter(sessions::user_id.eq(user_id))
        .count()
        .get_result(conn)?)
}

/// Removes expired sessions; returns how many.
pub fn purge_expired(conn: &mut DbConn, now: NaiveDateTime) -> DbResult<usize> {
    Ok(diesel::delete(sessions::table.filter(sessions::expires_at.le(now))).execute(conn)?)
}
