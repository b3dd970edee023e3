//! Bearer tokens for the JSON API. Shown once at creation; stored as SHA-256 only.
//!
//! A token has a name and an end. It stops working when it expires, and is deleted when
//! its owner revokes it, when the owner's password changes (`users::set_password`) and
//! when the account is disabled (`users::set_disabled`): enabling the account again
//! brings none back.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::{api_tokens, users};
use crate::sessions::hash_token;
use crate::users::User;
use crate::{
    DbConn, DbError, DbResult, Tx,
    id::{new_id, new_secret},
};

/// Prefix that makes a leaked token easy to recognise in code and logs.
pub const PREFIX: &str = "mentor_";

/// A token just made: the secret is in here and nowhere else.
#[derive(Debug, Clone)]
pub struct NewToken {
    pub id: String,
    pub secret: String,
}

/// Creates a token for `user_id`, valid until `expires_at`, and returns it in full (the
/// only time it is visible).
pub fn create(
    tx: &mut Tx<'_>,
    user_id: &str,
    name: &str,
    expires_at: NaiveDateTime,
) -> DbResult<NewToken> {
    let secret = format!("{PREFIX}{}", new_secret(32));
    let id = new_id();
    diesel::insert_into(api_tokens::table)
        .values((
            api_tokens::id.eq(&id),
            api_tokens::user_id.eq(user_id),
            api_tokens::name.eq(name),
            api_tokens::token_hash.eq(hash_token(&secret)),
            api_tokens::created_at.eq(tx.now),
            api_tokens::expires_at.eq(expires_at),
        ))
        .execute(tx.conn)?;
    tx.audit("api_token.create", "api_token", &id)?;
    Ok(NewToken { id, secret })
}

/// The active user a live token (not expired at `now`) belongs to, whole, and when the
/// token was last recorded as used. Reads only: recording the use is [`touch`], a write of
/// its own.
pub fn user_of(
    conn: &mut DbConn,
    token: &str,
    now: NaiveDateTime,
) -> DbResult<Option<(User, Option<NaiveDateTime>)>> {
    let hash = hash_token(token);
    Ok(api_tokens::table
        .inner_join(users::table)
        .filter(api_tokens::token_hash.eq(&hash))
        .filter(api_tokens::expires_at.gt(now))
        .filter(users::disabled.eq(false))
        .select((User::as_select(), api_tokens::last_used_at))
        .first(conn)
        .optional()?)
}

/// Records that the token was used at `now`, unless that was recorded after `since`
/// already: a busy API client costs one such write per interval, not one per request.
pub fn touch(
    tx: &mut Tx<'_>,
    token: &str,
    now: NaiveDateTime,
    since: NaiveDateTime,
) -> DbResult<()> {
    diesel::update(
        api_tokens::table
            .filter(api_tokens::token_hash.eq(hash_token(token)))
            .filter(
                api_tokens::last_used_at
                    .is_null()
                    .or(api_tokens::last_used_at.lt(since)),
            ),
    )
    .set(api_tokens::last_used_at.eq(Some(now)))
    .execute(tx.conn)?;
    Ok(())
}

/// A token as its owner may see it: never the secret, nor its hash.
#[derive(Debug, Clone, Queryable)]
pub struct TokenInfo {
    pub id: String,
    pub name: String,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub last_used_at: Option<NaiveDateTime>,
}

/// The tokens of one user, expired ones included, newest first.
pub fn of_user(conn: &mut DbConn, user_id: &str) -> DbResult<Vec<TokenInfo>> {
    Ok(api_tokens::table
        .filter(api_tokens::user_id.eq(user_id))
        .select((
            api_tokens::id,
            api_tokens::name,
            api_tokens::created_at,
            api_tokens::expires_at,
            api_tokens::last_used_at,
        ))
        .order((api_tokens::created_at.desc(), api_tokens::id.desc()))
        .load(conn)?)
}

/// One of `user_id`'s tokens; `NotFound` for anyone else's, exactly like a missing one.
pub fn find_own(conn: &mut DbConn, user_id: &str, id: &str) -> DbResult<TokenInfo> {
    Ok(api_tokens::table
        .filter(api_tokens::user_id.eq(user_id))
        .filter(api_tokens::id.eq(id))
        .select((
            api_tokens::id,
            api_tokens::name,
            api_tokens::created_at,
            api_tokens::expires_at,
            api_tokens::last_used_at,
        ))
        .first(conn)?)
}

/// Revokes (deletes) one of `user_id`'s tokens; `NotFound` when they have no such token.
pub fn revoke(tx: &mut Tx<'_>, user_id: &str, id: &str) -> DbResult<()> {
    let n = diesel::delete(
        api_tokens::table
            .filter(api_tokens::user_id.eq(user_id))
            .filter(api_tokens::id.eq(id)),
    )
    .execute(tx.conn)?;
    if n == 0 {
        return Err(DbError::NotFound);
    }
    tx.audit("api_token.revoke", "api_token", id)
}

/// Revokes every token of `user_id` (a new password, a disabled account); one audit entry
/// naming the user when there were any.
pub fn revoke_all_of(tx: &mut Tx<'_>, user_id: &str) -> DbResult<usize> {
    let n = diesel::delete(api_tokens::table.filter(api_tokens::user_id.eq(user_id)))
        .execute(tx.conn)?;
    if n > 0 {
        tx.audit("api_token.revoke_all", "user", user_id)?;
    }
    Ok(n)
}
