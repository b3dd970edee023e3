//! The committee's adjustments to a call's award proposal, each with its reason and in the
//! order made, and the accepted award with its reserve list as accepted. The proposal
//! itself is computed (`domain::grant::award`), never stored; the grants of the accepted
//! award are `grants::awards`.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::conflict::Conflict;
use domain::grant::award::Adjustment;

use crate::grants::MAX_LIST;
use crate::schema::{
    grant_acceptances as ac, grant_adjustments as ad, grant_reserves as rs, users as u,
};
use crate::{DbConn, DbError, DbResult, Tx};

/// One recorded adjustment: what, on which application, why, who and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub id: String,
    pub adjustment: Adjustment,
    pub reason: String,
    pub made_by: String,
    pub made_by_name: String,
    pub made_at: NaiveDateTime,
}

/// The call's adjustments, in the order made.
pub fn adjustments(conn: &mut DbConn, call_id: &str) -> DbResult<Vec<Recorded>> {
    type Row = (
        String,
        String,
        String,
        Option<i64>,
        String,
        String,
        String,
        NaiveDateTime,
    );
    let rows: Vec<Row> = ad::table
        .inner_join(u::table.on(u::id.eq(ad::made_by)))
        .filter(ad::call_id.eq(call_id))
        .order(ad::position)
        .limit(MAX_LIST)
        .select((
            ad::id,
            ad::application_id,
            ad::kind,
            ad::amount_cents,
            ad::reason,
            ad::made_by,
            u::display_name,
            ad::made_at,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(
            |(id, application, kind, amount, reason, made_by, made_by_name, made_at)| {
                let adjustment = match (kind.as_str(), amount) {
                    ("reduce", Some(amount_cents)) => Adjustment::Reduce {
                        id: application,
                        amount_cents,
                    },
                    ("exclude", None) => Adjustment::Exclude { id: application },
                    ("include", None) => Adjustment::Include { id: application },
                    _ => {
                        return Err(DbError::from(diesel::result::Error::DeserializationError(
                            format!("unknown adjustment {kind}").into(),
                        )));
                    }
                };
                Ok(Recorded {
                    id,
                    adjustment,
                    reason,
                    made_by,
                    made_by_name,
                    made_at,
                })
            },
        )
        .collect()
}

/// Records an adjustment (checked against the rule by the caller, the call locked with
/// `locks::grant_call`). `Conflict` once the award is accepted. Audited
/// `grant_award.<kind>` against the call.
pub fn adjust(
    tx: &mut Tx<'_>,
    call_id: &str,
    adjustment: &Adjustment,
    reason: &str,
    by: &str,
) -> DbResult<String> {
    if acceptance(tx.conn, call_id)?.is_some() {
        return Err(DbError::Conflict(Conflict::AwardAccepted));
    }
    let position: i64 = ad::table
        .filter(ad::call_id.eq(call_id))
        .count()
        .get_result(tx.conn)?;
    let amount = match adjustment {
        Adjustment::Reduce { amount_cents, .. } => Some(*amount_cents),
        _ => None,
    };
    let id = crate::id::new_id();
    diesel::insert_into(ad::table)
        .values((
            ad::id.eq(&id),
            ad::call_id.eq(call_id),
            ad::application_id.eq(adjustment.id()),
            ad::position.eq(position),
            ad::kind.eq(adjustment.kind()),
            ad::amount_cents.eq(amount),
            ad::reason.eq(reason),
            ad::made_by.eq(by),
            ad::made_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit(
        &format!("grant_award.{}", adjustment.kind()),
        "grant_call",
        call_id,
    )?;
    Ok(id)
}

/// A call's accepted award.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = ac)]
pub struct Acceptance {
    pub call_id: String,
    pub total_cents: i64,
    pub accepted_by: String,
    pub accepted_at: NaiveDateTime,
}

/// The call's accepted award, if accepted.
pub fn acceptance(conn: &mut DbConn, call_id: &str) -> DbResult<Option<Acceptance>> {
    Ok(ac::table
        .filter(ac::call_id.eq(call_id))
        .select(Acceptance::as_select())
        .first(conn)
        .optional()?)
}

/// Records the acceptance with its reserve list, in order (the grants and statuses are
/// written by the caller in the same transaction). `Conflict` when already accepted.
/// Audited `grant_award.accept` against the call.
pub fn accept(
    tx: &mut Tx<'_>,
    call_id: &str,
    total_cents: i64,
    reserve: &[String],
    by: &str,
) -> DbResult<()> {
    if acceptance(tx.conn, call_id)?.is_some() {
        return Err(DbError::Conflict(Conflict::AwardAccepted));
    }
    diesel::insert_into(ac::table)
        .values((
            ac::call_id.eq(call_id),
            ac::total_cents.eq(total_cents),
            ac::accepted_by.eq(by),
            ac::accepted_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    for (position, application_id) in (1_i64..).zip(reserve) {
        diesel::insert_into(rs::table)
            .values((
                rs::call_id.eq(call_id),
                rs::application_id.eq(application_id),
                rs::position.eq(position),
            ))
            .execute(tx.conn)?;
    }
    tx.audit("grant_award.accept", "grant_call", call_id)
}

/// The reserve list kept with the accepted award: application ids, in order.
pub fn reserve(conn: &mut DbConn, call_id: &str) -> DbResult<Vec<String>> {
    Ok(rs::table
        .filter(rs::call_id.eq(call_id))
        .order(rs::position)
        .limit(MAX_LIST)
        .select(rs::application_id)
        .load(conn)?)
}

/// Whom the award's e-mail goes to: per application of the call, the applicant's address,
/// name and account language (`None` without an account).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub application_id: String,
    pub email: String,
    pub name: String,
    pub locale: Option<String>,
}

/// The applicants of the call's applications (the call found in reach by the caller).
pub fn recipients(conn: &mut DbConn, call_id: &str) -> DbResult<Vec<Recipient>> {
    use crate::schema::{candidates as c, grant_applications as ga};
    let rows: Vec<(String, String, String, String, Option<String>)> = ga::table
        .inner_join(c::table)
        .left_join(u::table.on(c::user_id.eq(u::id.nullable())))
        .filter(ga::call_id.eq(call_id))
        .limit(MAX_LIST)
        .select((
            ga::id,
            c::email,
            c::given_names,
            c::family_name,
            u::locale.nullable(),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(application_id, email, given, family, locale)| Recipient {
            application_id,
            email,
            name: format!("{given} {family}").trim().to_owned(),
            locale,
        })
        .collect())
}
