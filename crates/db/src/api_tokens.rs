//! Bearer tokens for the JSON API. Shown once at creation; stored as SHA-256 only.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::{api_tokens, users};
use crate::sessions::hash_token;
use crate::{
    DbConn, DbResult, Tx,
    id::{new_id, new_secret},
};

/// Prefix that makes a leaked token easy to recognise in code and logs.
pub const PREFIX: &str = "mentor_";

/// Creates a token for `user_id` and returns it in full (the only time it is visible).
pub fn create(tx: &mut Tx<'_>, user_id: &str) -> DbResult<String> {
    let token = format!("{PREFIX}{}", new_secret(32));
    let id = new_id();
    diesel::insert_into(api_tokens::table)
        .values((
            api_tokens::id.eq(&id),
            api_tokens::user_id.eq(user_id),
            api_tokens::token_hash.eq(hash_token(&token)),
            api_tokens::created_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("api_token.create", "user", user_id)?;
    Ok(token)
}

/// The active user a token belongs to, and when the token was last recorded as used.
/// Reads only: recording the use is [`touch`], a write of its own.
pub fn user_of(
    conn: &mut DbConn,
    token: &str,
) -> DbResult<Option<(String, Option<NaiveDateTime>)>> {
    let hash = hash_token(token);
    Ok(api_tokens::table
        .inner_join(users::table)
        .filter(api_tokens::token_hash.eq(&hash))
        .filter(users::disabled.eq(false))
        .select((api_tokens::user_id, api_tokens::last_used_at))
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

/// A token as its owner may see it: never the secret.
#[derive(Debug, Clone, Queryable)]
pub struct TokenInfo {
    pub id: String,
    pub created_at: NaiveDateTime,
    pub last_used_at: Option<NaiveDateTime>,
}

/// The tokens of one user, newest first.
pub fn of_user(conn: &mut DbConn, user_id: &str) -> DbResult<Vec<TokenInfo>> {
    Ok(api_tokens::table
        .filter(api_tokens::user_id.eq(user_id))
        .select((
            api_tokens::id,
            api_tokens::created_at,
            api_tokens::last_used_at,
        ))
        .order(api_tokens::created_at.desc())
        .load(conn)?)
}
