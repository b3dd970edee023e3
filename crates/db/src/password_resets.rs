//! Password resets: a single-use link sent by e-mail. Only the token's SHA-256 is stored;
//! the token itself is in the e-mail and nowhere else.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::{password_resets, users};
use crate::sessions::hash_token;
use crate::{DbConn, DbResult, Tx, id::new_id, id::new_secret};

/// Records a reset for `user_id`, valid until `expires_at`; returns the token to send.
pub fn create(tx: &mut Tx<'_>, user_id: &str, expires_at: NaiveDateTime) -> DbResult<String> {
    let token = new_secret(32);
    let id = new_id();
    diesel::insert_into(password_resets::table)
        .values((
            password_resets::id.eq(&id),
            password_resets::user_id.eq(user_id),
            password_resets::token_hash.eq(hash_token(&token)),
            password_resets::created_at.eq(tx.now),
            password_resets::expires_at.eq(expires_at),
        ))
        .execute(tx.conn)?;
    tx.audit("password_reset.create", "user", user_id)?;
    Ok(token)
}

/// Resets asked for `user_id` since `since` (to keep an address from being flooded).
pub fn asked_since(conn: &mut DbConn, user_id: &str, since: NaiveDateTime) -> DbResult<i64> {
    Ok(password_resets::table
        .filter(password_resets::user_id.eq(user_id))
        .filter(password_resets::created_at.ge(since))
        .count()
        .get_result(conn)?)
}

/// The enabled account a live reset token (unused, not expired at `now`) opens.
pub fn user_of(conn: &mut DbConn, token: &str, now: NaiveDateTime) -> DbResult<Option<String>> {
    Ok(password_resets::table
        .inner_join(users::table.on(users::id.eq(password_resets::user_id)))
        .filter(password_resets::token_hash.eq(hash_token(token)))
        .filter(password_resets::used_at.is_null())
        .filter(password_resets::expires_at.gt(now))
        .filter(users::disabled.eq(false))
        .select(users::id)
        .first(conn)
        .optional()?)
}

/// Uses a live token: marks it and every other open reset of the account used, and
/// returns the account. Of two uses at once one wins; the other finds it used (`None`).
pub fn take(tx: &mut Tx<'_>, token: &str) -> DbResult<Option<String>> {
    let now = tx.now;
    let Some(user_id) = user_of(tx.conn, token, now)? else {
        return Ok(None);
    };
    let n = diesel::update(
        password_resets::table
            .filter(password_resets::token_hash.eq(hash_token(token)))
            .filter(password_resets::used_at.is_null()),
    )
    .set(password_resets::used_at.eq(now))
    .execute(tx.conn)?;
    if n == 0 {
        return Ok(None);
    }
    diesel::update(
        password_resets::table
            .filter(password_resets::user_id.eq(&user_id))
            .filter(password_resets::used_at.is_null()),
    )
    .set(password_resets::used_at.eq(now))
    .execute(tx.conn)?;
    tx.audit("password_reset.use", "user", &user_id)?;
    Ok(Some(user_id))
}
