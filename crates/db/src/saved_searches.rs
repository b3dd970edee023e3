//! Searches a person saves on the candidate list, by name, and may watch. A search belongs
//! to the person who saved it: nobody else sees, opens, changes or deletes it (`NotFound`).
//! The query is stored as the list's own filter (JSON made by `web`), so opening a search
//! runs it again with the reader's current reach.
//!
//! What is new in a watched search since `last_notified_at` (or since watching began) joins
//! its owner's one daily digest (`app::digest`, recorded in `digests`); [`mark_notified`]
//! moves that moment on in the transaction that queues the digest. [`due`] names the
//! watched searches whose last news is at least a day old.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::schema::{saved_searches as ss, users};
use crate::{DbConn, DbResult, Tx, id::new_id};

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = ss)]
pub struct SavedSearch {
    pub id: String,
    pub user_id: String,
    pub name: String,
    pub query: String,
    pub watched: bool,
    pub last_notified_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A person may keep this many searches.
pub const MAX_PER_USER: i64 = 50;

/// Saves a search for `user_id`; `Conflict("saved_searches.too_many")` past the limit.
pub fn create(
    tx: &mut Tx<'_>,
    user_id: &str,
    name: &str,
    query: &str,
    watched: bool,
) -> DbResult<String> {
    let count: i64 = ss::table
        .filter(ss::user_id.eq(user_id))
        .count()
        .get_result(tx.conn)?;
    if count >= MAX_PER_USER {
        return Err(crate::DbError::Conflict(
            domain::Conflict::TooManySavedSearches,
        ));
    }
    let id = new_id();
    diesel::insert_into(ss::table)
        .values((
            ss::id.eq(&id),
            ss::user_id.eq(user_id),
            ss::name.eq(name),
            ss::query.eq(query),
            ss::watched.eq(watched),
            ss::last_notified_at.eq(watched.then_some(tx.now)),
            ss::created_at.eq(tx.now),
            ss::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("saved_search.create", "saved_search", &id)?;
    Ok(id)
}

/// The person's own searches, newest first.
pub fn list_of(conn: &mut DbConn, user_id: &str) -> DbResult<Vec<SavedSearch>> {
    Ok(ss::table
        .filter(ss::user_id.eq(user_id))
        .select(SavedSearch::as_select())
        .order((ss::created_at.desc(), ss::id.asc()))
        .load(conn)?)
}

/// One of the person's own searches; `NotFound` for anyone else's.
pub fn find(conn: &mut DbConn, user_id: &str, id: &str) -> DbResult<SavedSearch> {
    Ok(ss::table
        .filter(ss::id.eq(id))
        .filter(ss::user_id.eq(user_id))
        .select(SavedSearch::as_select())
        .first(conn)?)
}

pub fn delete(tx: &mut Tx<'_>, user_id: &str, id: &str) -> DbResult<()> {
    find(tx.conn, user_id, id)?;
    diesel::delete(ss::table.filter(ss::id.eq(id))).execute(tx.conn)?;
    tx.audit("saved_search.delete", "saved_search", id)
}

/// Starts or stops watching. Watching starts now: the first digest lists what newly
/// matches from this moment.
pub fn set_watched(tx: &mut Tx<'_>, user_id: &str, id: &str, watched: bool) -> DbResult<()> {
    let s = find(tx.conn, user_id, id)?;
    if s.watched == watched {
        return Ok(());
    }
    diesel::update(ss::table.filter(ss::id.eq(id)))
        .set((
            ss::watched.eq(watched),
            ss::updated_at.eq(tx.now),
            ss::last_notified_at.eq(if watched {
                Some(tx.now)
            } else {
                s.last_notified_at
            }),
        ))
        .execute(tx.conn)?;
    tx.audit(
        if watched {
            "saved_search.watch"
        } else {
            "saved_search.unwatch"
        },
        "saved_search",
        id,
    )
}

/// A watched search whose digest is due, with its owner's address and language.
#[derive(Debug, Clone)]
pub struct Due {
    pub search: SavedSearch,
    pub email: String,
    pub locale: Option<String>,
}

/// Watched searches whose last digest is at least a day old on `now`, of enabled accounts.
pub fn due(conn: &mut DbConn, now: NaiveDateTime) -> DbResult<Vec<Due>> {
    let rows: Vec<(SavedSearch, String, Option<String>)> = ss::table
        .inner_join(users::table.on(users::id.eq(ss::user_id)))
        .filter(ss::watched.eq(true))
        .filter(ss::last_notified_at.le(now - Duration::days(1)))
        .filter(users::disabled.eq(false))
        .select((SavedSearch::as_select(), users::email, users::locale))
        .order(ss::last_notified_at.asc())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(search, email, locale)| Due {
            search,
            email,
            locale,
        })
        .collect())
}

/// Records that a digest of `id` went out at `at`: the next one starts there.
pub fn mark_notified(tx: &mut Tx<'_>, id: &str, at: NaiveDateTime) -> DbResult<()> {
    diesel::update(ss::table.filter(ss::id.eq(id)))
        .set(ss::last_notified_at.eq(Some(at)))
        .execute(tx.conn)?;
    tx.audit("saved_search.notified", "saved_search", id)
}
