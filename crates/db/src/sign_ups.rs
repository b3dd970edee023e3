//! Sign-ups waiting for their address to be confirmed: what the person typed (the password
//! already hashed) and the SHA-256 of the token sent to the address. The account is opened
//! from the row when the link is used (`app::sign_up::confirm`), once.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::sign_ups;
use crate::sessions::hash_token;
use crate::{DbConn, DbResult, Tx, id::new_id, id::new_secret};

/// A sign-up as typed, to be kept until its address is confirmed.
pub struct NewSignUp<'a> {
    pub call_id: &'a str,
    pub email: &'a str,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub locale: &'a str,
    pub expires_at: NaiveDateTime,
}

#[derive(Queryable, Selectable, Debug, Clone)]
#[diesel(table_name = sign_ups)]
pub struct SignUp {
    pub id: String,
    pub call_id: String,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub locale: String,
}

/// Records a sign-up; returns the token to send to its address.
pub fn create(tx: &mut Tx<'_>, s: &NewSignUp<'_>) -> DbResult<String> {
    let token = new_secret(32);
    let id = new_id();
    diesel::insert_into(sign_ups::table)
        .values((
            sign_ups::id.eq(&id),
            sign_ups::call_id.eq(s.call_id),
            sign_ups::email.eq(s.email),
            sign_ups::display_name.eq(s.display_name),
            sign_ups::password_hash.eq(s.password_hash),
            sign_ups::locale.eq(s.locale),
            sign_ups::token_hash.eq(hash_token(&token)),
            sign_ups::created_at.eq(tx.now),
            sign_ups::expires_at.eq(s.expires_at),
        ))
        .execute(tx.conn)?;
    tx.audit("sign_up.create", "sign_up", &id)?;
    Ok(token)
}

/// The sign-up a live token (unused, not expired at `now`) confirms.
pub fn live(conn: &mut DbConn, token: &str, now: NaiveDateTime) -> DbResult<Option<SignUp>> {
    Ok(sign_ups::table
        .filter(sign_ups::token_hash.eq(hash_token(token)))
        .filter(sign_ups::used_at.is_null())
        .filter(sign_ups::expires_at.gt(now))
        .select(SignUp::as_select())
        .first(conn)
        .optional()?)
}

/// Uses a live token: marks it, and every other open sign-up of the address, used, and
/// returns it. Of two uses at once one wins; the other finds it used (`None`).
pub fn take(tx: &mut Tx<'_>, token: &str) -> DbResult<Option<SignUp>> {
    let now = tx.now;
    let Some(s) = live(tx.conn, token, now)? else {
        return Ok(None);
    };
    let n = diesel::update(
        sign_ups::table
            .filter(sign_ups::id.eq(&s.id))
            .filter(sign_ups::used_at.is_null()),
    )
    .set(sign_ups::used_at.eq(now))
    .execute(tx.conn)?;
    if n == 0 {
        return Ok(None);
    }
    diesel::update(
        sign_ups::table
            .filter(sign_ups::email.eq(&s.email))
            .filter(sign_ups::used_at.is_null()),
    )
    .set(sign_ups::used_at.eq(now))
    .execute(tx.conn)?;
    tx.audit("sign_up.confirm", "sign_up", &s.id)?;
    Ok(Some(s))
}

/// Deletes the sign-ups that expired before `before` (what was typed, a name and an
/// address, is not kept longer than it can serve); returns how many.
pub fn purge(tx: &mut Tx<'_>, before: NaiveDateTime) -> DbResult<usize> {
    Ok(diesel::delete(sign_ups::table.filter(sign_ups::expires_at.lt(before))).execute(tx.conn)?)
}
