//! Follow-ups: one per case and milestone (the months after the outcome's day), never
//! changed once recorded; the next one opens with these answers filled in.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::Country;
use domain::duty::Duty;
use domain::outcome::follow_up::FollowUp;
use domain::permission::Scope;

use super::MAX_LIST;
use crate::cases::reached;
use crate::schema::{case_people, cases, follow_ups as f, outcomes as o};
use crate::{DbConn, DbResult, Tx};

/// A follow-up as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = f)]
pub struct FollowUpRow {
    pub case_id: String,
    pub months: i64,
    pub done_on: NaiveDate,
    #[diesel(deserialize_as = String)]
    pub country: Country,
    pub working: bool,
    pub sector: String,
    pub occupation: String,
    pub remittances: bool,
    pub business_links: bool,
    pub further_mobility: bool,
    pub note: String,
    pub recorded_by: String,
    pub recorded_at: NaiveDateTime,
}

impl FollowUpRow {
    pub fn answers(&self) -> FollowUp {
        FollowUp {
            done_on: self.done_on,
            country: self.country,
            working: self.working,
            sector: self.sector.clone(),
            occupation: self.occupation.clone(),
            remittances: self.remittances,
            business_links: self.business_links,
            further_mobility: self.further_mobility,
            note: self.note.clone(),
        }
    }
}

/// Whether an insert failed only because the row exists (someone recorded it meanwhile).
pub(super) fn already(r: &QueryResult<usize>) -> bool {
    matches!(
        r,
        Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _
        ))
    )
}

/// A case's follow-ups (the case found in reach by the caller), by milestone.
pub fn follow_ups_of(conn: &mut DbConn, case_id: &str) -> DbResult<Vec<FollowUpRow>> {
    Ok(f::table
        .filter(f::case_id.eq(case_id))
        .order(f::months.asc())
        .select(FollowUpRow::as_select())
        .load(conn)?)
}

/// Records the follow-up of milestone `months`. `false` when it was recorded meanwhile
/// (nothing written). Audited `follow_up.record`.
pub fn record_follow_up(
    tx: &mut Tx<'_>,
    case_id: &str,
    months: i64,
    a: &FollowUp,
    by: &str,
) -> DbResult<bool> {
    let inserted = diesel::insert_into(f::table)
        .values((
            f::case_id.eq(case_id),
            f::months.eq(months),
            f::done_on.eq(a.done_on),
            f::country.eq(a.country.as_str()),
            f::working.eq(a.working),
            f::sector.eq(&a.sector),
            f::occupation.eq(&a.occupation),
            f::remittances.eq(a.remittances),
            f::business_links.eq(a.business_links),
            f::further_mobility.eq(a.further_mobility),
            f::note.eq(&a.note),
            f::recorded_by.eq(by),
            f::recorded_at.eq(tx.now),
        ))
        .execute(tx.conn);
    if already(&inserted) {
        return Ok(false);
    }
    inserted?;
    tx.audit("follow_up.record", "case", case_id)?;
    Ok(true)
}

/// A follow-up in a list, with its case's reference.
#[derive(Debug, Clone)]
pub struct ListedFollowUp {
    pub follow_up: FollowUpRow,
    pub reference: String,
    pub candidate_id: String,
}

/// The follow-ups of the cases in reach, by case reference and milestone.
pub fn list_follow_ups(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    programme_id: Option<&str>,
) -> DbResult<Vec<ListedFollowUp>> {
    let mut q = reached!(
        f::table.inner_join(cases::table).into_boxed(),
        scope,
        actor_id
    );
    if let Some(p) = programme_id {
        q = q.filter(cases::programme_id.eq(p.to_owned()));
    }
    let rows: Vec<(FollowUpRow, String, String)> = q
        .select((
            FollowUpRow::as_select(),
            cases::reference,
            cases::candidate_id,
        ))
        .order((cases::reference.asc(), f::months.asc()))
        .limit(MAX_LIST)
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(follow_up, reference, candidate_id)| ListedFollowUp {
            follow_up,
            reference,
            candidate_id,
        })
        .collect())
}

/// A case someone is the mentor of, with its outcome's day and the milestones recorded:
/// what their follow-up tasks are computed from.
#[derive(Debug, Clone)]
pub struct Mentored {
    pub case_id: String,
    pub reference: String,
    pub outcome_day: NaiveDate,
    pub done: Vec<i64>,
}

/// The cases with an outcome where `user_id` holds the mentor's duty.
pub fn mentored(conn: &mut DbConn, user_id: &str) -> DbResult<Vec<Mentored>> {
    let rows: Vec<(String, String, NaiveDate)> = case_people::table
        .inner_join(cases::table.inner_join(o::table))
        .filter(case_people::user_id.eq(user_id))
        .filter(case_people::duty.eq(Duty::Mentor.as_str()))
        .select((cases::id, cases::reference, o::day))
        .order(cases::reference.asc())
        .load(conn)?;
    let ids: Vec<&String> = rows.iter().map(|r| &r.0).collect();
    let done: Vec<(String, i64)> = f::table
        .filter(f::case_id.eq_any(ids))
        .select((f::case_id, f::months))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(case_id, reference, outcome_day)| Mentored {
            done: done
                .iter()
                .filter(|d| d.0 == case_id)
                .map(|d| d.1)
                .collect(),
            case_id,
            reference,
            outcome_day,
        })
        .collect())
}
