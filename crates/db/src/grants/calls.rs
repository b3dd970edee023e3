//! A call for proposals and its published terms (`domain::grant::terms`). The criteria and
//! the shares are stored in their own tables and replaced whole when the terms change.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::grant::SharesBy;
use domain::grant::terms::{Criterion, Share, Terms};

use super::{MAX_LIST, Reach};
use crate::schema::{
    grant_calls as gc, grant_criteria as cr, grant_eligibles as ge, grant_shares as sh,
};
use crate::{DbConn, DbError, DbResult, Tx};

/// A call as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = gc)]
pub struct CallRow {
    pub id: String,
    pub programme_id: String,
    pub title: String,
    pub description: String,
    pub currency: String,
    pub fund_cents: i64,
    pub min_grant_cents: i64,
    pub max_grant_cents: i64,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
    pub quality_threshold: i64,
    pub partial_last: bool,
    pub entrepreneurial: bool,
    pub professional: bool,
    pub from_italy: bool,
    pub from_home: bool,
    #[diesel(deserialize_as = String)]
    pub shares_by: SharesBy,
    pub created_by: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl CallRow {
    /// Whether submissions are accepted on `today`: within the dates and not closed early.
    pub fn accepts_on(&self, today: NaiveDate) -> bool {
        self.opens_on <= today && today <= self.closes_on && self.closed_on.is_none()
    }

    /// Whether submissions are over on `today` (the closing day passed, or closed early):
    /// from then on the panel's ranking is final and an award may be accepted.
    pub fn closed_by(&self, today: NaiveDate) -> bool {
        today > self.closes_on || self.closed_on.is_some()
    }
}

/// A call with its criteria (in order) and shares.
#[derive(Debug, Clone)]
pub struct Call {
    pub row: CallRow,
    pub criteria: Vec<Criterion>,
    pub shares: Vec<Share>,
}

impl Call {
    /// The terms as published.
    pub fn terms(&self) -> Terms {
        let r = &self.row;
        Terms {
            title: r.title.clone(),
            description: r.description.clone(),
            currency: r.currency.clone(),
            fund_cents: r.fund_cents,
            min_grant_cents: r.min_grant_cents,
            max_grant_cents: r.max_grant_cents,
            opens_on: r.opens_on,
            closes_on: r.closes_on,
            quality_threshold: r.quality_threshold,
            partial_last: r.partial_last,
            entrepreneurial: r.entrepreneurial,
            professional: r.professional,
            from_italy: r.from_italy,
            from_home: r.from_home,
            shares_by: r.shares_by,
            shares: self.shares.clone(),
            criteria: self.criteria.clone(),
        }
    }
}

/// The calls within reach, the latest first.
pub fn list(conn: &mut DbConn, reach: &Reach) -> DbResult<Vec<CallRow>> {
    let mut q = gc::table
        .select(CallRow::as_select())
        .order((gc::opens_on.desc(), gc::title))
        .limit(MAX_LIST)
        .into_boxed();
    match reach {
        Reach::All => {}
        Reach::Programmes(ps) => q = q.filter(gc::programme_id.eq_any(ps)),
        Reach::Own(candidates) => {
            q = q.filter(
                gc::id.eq_any(
                    ge::table
                        .filter(ge::candidate_id.eq_any(candidates))
                        .select(ge::call_id),
                ),
            )
        }
    }
    Ok(q.load(conn)?)
}

/// One call within reach, with its criteria and shares; `NotFound` outside reach.
pub fn find(conn: &mut DbConn, reach: &Reach, id: &str) -> DbResult<Call> {
    let row = list_one(conn, reach, id)?.ok_or(DbError::NotFound)?;
    let criteria = cr::table
        .filter(cr::call_id.eq(id))
        .order(cr::position)
        .select((cr::label, cr::weight))
        .load::<(String, i64)>(conn)?
        .into_iter()
        .map(|(label, weight)| Criterion { label, weight })
        .collect();
    let shares = sh::table
        .filter(sh::call_id.eq(id))
        .order(sh::grp)
        .select((sh::grp, sh::max_cents))
        .load::<(String, i64)>(conn)?
        .into_iter()
        .map(|(group, max_cents)| Share { group, max_cents })
        .collect();
    Ok(Call {
        row,
        criteria,
        shares,
    })
}

fn list_one(conn: &mut DbConn, reach: &Reach, id: &str) -> DbResult<Option<CallRow>> {
    let row = gc::table
        .filter(gc::id.eq(id))
        .select(CallRow::as_select())
        .first(conn)
        .optional()?;
    let Some(row) = row else { return Ok(None) };
    let reached = match reach {
        Reach::All => true,
        Reach::Programmes(ps) => ps.contains(&row.programme_id),
        Reach::Own(candidates) => {
            ge::table
                .filter(ge::call_id.eq(id))
                .filter(ge::candidate_id.eq_any(candidates))
                .count()
                .get_result::<i64>(conn)?
                > 0
        }
    };
    Ok(reached.then_some(row))
}

/// A call of `programme_id` by its title, whatever the reach (seeding, command line).
pub fn find_by_title_unscoped(
    conn: &mut DbConn,
    programme_id: &str,
    title: &str,
) -> DbResult<Option<Call>> {
    let id: Option<String> = gc::table
        .filter(gc::programme_id.eq(programme_id))
        .filter(gc::title.eq(title))
        .select(gc::id)
        .first(conn)
        .optional()?;
    id.map(|id| find(conn, &Reach::All, &id)).transpose()
}

/// Publishes a call with terms already checked (`Terms::check`). Audited
/// `grant_call.create`.
pub fn create(tx: &mut Tx<'_>, programme_id: &str, terms: &Terms, by: &str) -> DbResult<String> {
    let id = crate::id::new_id();
    diesel::insert_into(gc::table)
        .values((
            gc::id.eq(&id),
            gc::programme_id.eq(programme_id),
            gc::title.eq(&terms.title),
            gc::description.eq(&terms.description),
            gc::currency.eq(&terms.currency),
            gc::fund_cents.eq(terms.fund_cents),
            gc::min_grant_cents.eq(terms.min_grant_cents),
            gc::max_grant_cents.eq(terms.max_grant_cents),
            gc::opens_on.eq(terms.opens_on),
            gc::closes_on.eq(terms.closes_on),
            gc::closed_on.eq(None::<NaiveDate>),
            gc::quality_threshold.eq(terms.quality_threshold),
            gc::partial_last.eq(terms.partial_last),
            gc::entrepreneurial.eq(terms.entrepreneurial),
            gc::professional.eq(terms.professional),
            gc::from_italy.eq(terms.from_italy),
            gc::from_home.eq(terms.from_home),
            gc::shares_by.eq(terms.shares_by.as_str()),
            gc::created_by.eq(by),
            gc::created_at.eq(tx.now),
            gc::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    write_lists(tx, &id, terms)?;
    tx.audit("grant_call.create", "grant_call", &id)?;
    Ok(id)
}

/// Replaces a call's terms (checked by the caller, who also decides whether they may still
/// change). Audited `grant_call.update`; `NotFound` when there is no such call.
pub fn update(tx: &mut Tx<'_>, id: &str, terms: &Terms) -> DbResult<()> {
    let n = diesel::update(gc::table.filter(gc::id.eq(id)))
        .set((
            gc::title.eq(&terms.title),
            gc::description.eq(&terms.description),
            gc::currency.eq(&terms.currency),
            gc::fund_cents.eq(terms.fund_cents),
            gc::min_grant_cents.eq(terms.min_grant_cents),
            gc::max_grant_cents.eq(terms.max_grant_cents),
            gc::opens_on.eq(terms.opens_on),
            gc::closes_on.eq(terms.closes_on),
            gc::quality_threshold.eq(terms.quality_threshold),
            gc::partial_last.eq(terms.partial_last),
            gc::entrepreneurial.eq(terms.entrepreneurial),
            gc::professional.eq(terms.professional),
            gc::from_italy.eq(terms.from_italy),
            gc::from_home.eq(terms.from_home),
            gc::shares_by.eq(terms.shares_by.as_str()),
            gc::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    if n == 0 {
        return Err(DbError::NotFound);
    }
    diesel::delete(cr::table.filter(cr::call_id.eq(id))).execute(tx.conn)?;
    diesel::delete(sh::table.filter(sh::call_id.eq(id))).execute(tx.conn)?;
    write_lists(tx, id, terms)?;
    tx.audit("grant_call.update", "grant_call", id)
}

fn write_lists(tx: &mut Tx<'_>, id: &str, terms: &Terms) -> DbResult<()> {
    for (position, c) in (0_i64..).zip(&terms.criteria) {
        diesel::insert_into(cr::table)
            .values((
                cr::call_id.eq(id),
                cr::position.eq(position),
                cr::label.eq(&c.label),
                cr::weight.eq(c.weight),
            ))
            .execute(tx.conn)?;
    }
    for s in &terms.shares {
        diesel::insert_into(sh::table)
            .values((
                sh::call_id.eq(id),
                sh::grp.eq(&s.group),
                sh::max_cents.eq(s.max_cents),
            ))
            .execute(tx.conn)?;
    }
    Ok(())
}

/// Closes submissions before the closing day. `false` when already closed (nothing
/// written). Audited `grant_call.close`.
pub fn close(tx: &mut Tx<'_>, id: &str, on: NaiveDate) -> DbResult<bool> {
    let n = diesel::update(
        gc::table
            .filter(gc::id.eq(id))
            .filter(gc::closed_on.is_null()),
    )
    .set((gc::closed_on.eq(Some(on)), gc::updated_at.eq(tx.now)))
    .execute(tx.conn)?;
    if n == 0 {
        return Ok(false);
    }
    tx.audit("grant_call.close", "grant_call", id)?;
    Ok(true)
}
