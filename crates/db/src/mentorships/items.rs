//! A mentorship's action plan: items with a due day, marked done by the mentor or the
//! mentee. An item not done past its day is overdue (`domain::mentorship::overdue`).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::mentorship::form::Item;

use crate::schema::{mentorship_items as mi, mentorships as m};
use crate::{DbConn, DbResult, Tx};

/// An action item as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = mi)]
pub struct ItemRow {
    pub id: String,
    pub mentorship_id: String,
    pub action: String,
    pub due_on: NaiveDate,
    pub added_by: String,
    pub added_at: NaiveDateTime,
    pub done_by: Option<String>,
    pub done_at: Option<NaiveDateTime>,
}

impl ItemRow {
    pub fn done(&self) -> bool {
        self.done_at.is_some()
    }
}

/// A mentorship's plan (found in reach by the caller), by due day.
pub fn of(conn: &mut DbConn, mentorship_id: &str) -> DbResult<Vec<ItemRow>> {
    Ok(mi::table
        .filter(mi::mentorship_id.eq(mentorship_id))
        .order((mi::due_on.asc(), mi::added_at.asc()))
        .select(ItemRow::as_select())
        .load(conn)?)
}

/// Adds an item to the plan. Audited `mentorship.item`.
pub fn add(tx: &mut Tx<'_>, mentorship_id: &str, item: &Item, by: &str) -> DbResult<String> {
    let id = crate::id::new_id();
    diesel::insert_into(mi::table)
        .values((
            mi::id.eq(&id),
            mi::mentorship_id.eq(mentorship_id),
            mi::action.eq(&item.action),
            mi::due_on.eq(item.due_on),
            mi::added_by.eq(by),
            mi::added_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("mentorship.item", "mentorship", mentorship_id)?;
    Ok(id)
}

/// Marks an item of `mentorship_id` done. `false` when there is no such item or it was
/// done already (nothing written). Audited `mentorship.item_done`.
pub fn mark_done(tx: &mut Tx<'_>, mentorship_id: &str, item_id: &str, by: &str) -> DbResult<bool> {
    let n = diesel::update(
        mi::table
            .filter(mi::id.eq(item_id))
            .filter(mi::mentorship_id.eq(mentorship_id))
            .filter(mi::done_at.is_null()),
    )
    .set((mi::done_by.eq(Some(by)), mi::done_at.eq(Some(tx.now))))
    .execute(tx.conn)?;
    if n == 0 {
        return Ok(false);
    }
    tx.audit("mentorship.item_done", "mentorship", mentorship_id)?;
    Ok(true)
}

/// The open mentorships with items overdue on `today`, each with how many and the
/// earliest due day: of the mentor `mentor_id`, or of the mentee records `candidates`.
pub fn overdue(
    conn: &mut DbConn,
    mentor_id: Option<&str>,
    candidates: Option<&[String]>,
    today: NaiveDate,
) -> DbResult<Vec<(String, i64, NaiveDate)>> {
    let mut q = mi::table
        .inner_join(m::table)
        .filter(m::closed_at.is_null())
        .filter(mi::done_at.is_null())
        .filter(mi::due_on.lt(today))
        .into_boxed();
    if let Some(u) = mentor_id {
        q = q.filter(m::mentor_id.eq(u.to_owned()));
    }
    if let Some(cs) = candidates {
        q = q.filter(m::candidate_id.eq_any(cs.to_vec()));
    }
    let rows: Vec<(String, NaiveDate)> = q.select((m::id, mi::due_on)).load(conn)?;
    let mut out: Vec<(String, i64, NaiveDate)> = Vec::new();
    for (id, due) in rows {
        match out.iter_mut().find(|o| o.0 == id) {
            Some(o) => {
                o.1 += 1;
                o.2 = o.2.min(due);
            }
            None => out.push((id, 1, due)),
        }
    }
    out.sort_by(|a, b| a.2.cmp(&b.2).then(a.0.cmp(&b.0)));
    Ok(out)
}
