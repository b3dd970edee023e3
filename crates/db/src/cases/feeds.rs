//! Personal calendar feeds: a secret URL per person (only its SHA-256 kept), revocable;
//! a new one revokes the old.

use diesel::prelude::*;

use crate::schema::{calendar_feeds as f, users};
use crate::{DbConn, DbResult, Tx};

/// Replaces the person's feed by one with `token_hash`. Audited `calendar.feed.create`.
pub fn renew_feed(tx: &mut Tx<'_>, id: &str, user_id: &str, token_hash: &str) -> DbResult<()> {
    revoke_all(tx, user_id)?;
    diesel::insert_into(f::table)
        .values((
            f::id.eq(id),
            f::user_id.eq(user_id),
            f::token_hash.eq(token_hash),
            f::created_at.eq(tx.now),
            f::revoked_at.eq(None::<chrono::NaiveDateTime>),
        ))
        .execute(tx.conn)?;
    tx.audit("calendar.feed.create", "user", user_id)
}

/// Revokes the person's feeds. Audited `calendar.feed.revoke`.
pub fn revoke_feed(tx: &mut Tx<'_>, user_id: &str) -> DbResult<()> {
    revoke_all(tx, user_id)?;
    tx.audit("calendar.feed.revoke", "user", user_id)
}

fn revoke_all(tx: &mut Tx<'_>, user_id: &str) -> DbResult<()> {
    diesel::update(
        f::table
            .filter(f::user_id.eq(user_id))
            .filter(f::revoked_at.is_null()),
    )
    .set(f::revoked_at.eq(Some(tx.now)))
    .execute(tx.conn)?;
    Ok(())
}

/// Whether the person has a live feed.
pub fn has_feed(conn: &mut DbConn, user_id: &str) -> DbResult<bool> {
    let n: i64 = f::table
        .filter(f::user_id.eq(user_id))
        .filter(f::revoked_at.is_null())
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// The enabled person a live feed's token hash belongs to.
pub fn feed_owner(conn: &mut DbConn, token_hash: &str) -> DbResult<Option<String>> {
    Ok(f::table
        .inner_join(users::table.on(users::id.eq(f::user_id)))
        .filter(f::token_hash.eq(token_hash))
        .filter(f::revoked_at.is_null())
        .filter(users::disabled.eq(false))
        .select(f::user_id)
        .first(conn)
        .optional()?)
}
