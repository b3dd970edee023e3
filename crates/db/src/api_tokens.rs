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

/// The active user a token belongs to.
pub fn user_of(conn: &mut DbConn, token: &str, now: NaiveDateTime) -> DbResult<Option<String>> {
    let hash = hash_token(token);
    let user: Option<String> = api_tokens::table
        .inner_join(users::table)
        .filter(api_tokens::token_hash.eq(&hash))
        .filter(users::disabled.eq(false))
        .select(api_tokens::user_id)
        .first(conn)
        .optional()?;
    if user.is_some() {
        diesel::update(api_tokens::table.filter(api_tokens::token_hash.eq(&hash)))
            .set(api_tokens::last_used_at.eq(Some(now)))
            .execute(conn)?;
    }
    Ok(user)
}
