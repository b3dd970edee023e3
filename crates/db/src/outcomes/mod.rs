//! Outcomes and follow-ups (issue 14): one outcome per case, recorded then corrected in
//! place, and one follow-up per case and milestone. Lists go through the case's reach
//! (`cases::reached!`); a single case's records are read after its case was found in
//! reach. Every write is audited against the case (`outcome.record`, `outcome.correct`,
//! `follow_up.record`): the entry names the case, never the person.

mod follow_ups;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::Country;
use domain::outcome::{Outcome, OutcomeKind};
use domain::permission::Scope;

use crate::cases::reached;
use crate::schema::{cases, outcomes as o};
use crate::{DbConn, DbResult, Tx};

pub use follow_ups::*;

/// The most records a list answers (a programme has tens of participants, not thousands).
pub const MAX_LIST: i64 = 2000;

/// A case's outcome as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = o)]
pub struct OutcomeRow {
    pub case_id: String,
    #[diesel(deserialize_as = String)]
    pub kind: OutcomeKind,
    pub day: NaiveDate,
    #[diesel(deserialize_as = String)]
    pub country: Country,
    pub note: String,
    pub recorded_by: String,
    pub recorded_at: NaiveDateTime,
    pub updated_by: String,
    pub updated_at: NaiveDateTime,
}

impl OutcomeRow {
    pub fn outcome(&self) -> Outcome {
        Outcome {
            kind: self.kind,
            day: self.day,
            country: self.country,
            note: self.note.clone(),
        }
    }

    /// Whether it was changed after it was first recorded.
    pub fn corrected(&self) -> bool {
        self.updated_at != self.recorded_at
    }
}

/// The outcome of a case (found in reach by the caller), if recorded.
pub fn of_case(conn: &mut DbConn, case_id: &str) -> DbResult<Option<OutcomeRow>> {
    Ok(o::table
        .filter(o::case_id.eq(case_id))
        .select(OutcomeRow::as_select())
        .first(conn)
        .optional()?)
}

/// Records a case's outcome. `false` when one was recorded meanwhile (nothing written).
/// Audited `outcome.record`.
pub fn record(tx: &mut Tx<'_>, case_id: &str, outcome: &Outcome, by: &str) -> DbResult<bool> {
    let inserted = diesel::insert_into(o::table)
        .values((
            o::case_id.eq(case_id),
            o::kind.eq(outcome.kind.as_str()),
            o::day.eq(outcome.day),
            o::country.eq(outcome.country.as_str()),
            o::note.eq(&outcome.note),
            o::recorded_by.eq(by),
            o::recorded_at.eq(tx.now),
            o::updated_by.eq(by),
            o::updated_at.eq(tx.now),
        ))
        .execute(tx.conn);
    if follow_ups::already(&inserted) {
        return Ok(false);
    }
    inserted?;
    tx.audit("outcome.record", "case", case_id)?;
    Ok(true)
}

/// Corrects a recorded outcome. Audited `outcome.correct`; `NotFound` when none exists.
pub fn correct(tx: &mut Tx<'_>, case_id: &str, outcome: &Outcome, by: &str) -> DbResult<()> {
    let n = diesel::update(o::table.filter(o::case_id.eq(case_id)))
        .set((
            o::kind.eq(outcome.kind.as_str()),
            o::day.eq(outcome.day),
            o::country.eq(outcome.country.as_str()),
            o::note.eq(&outcome.note),
            o::updated_by.eq(by),
            o::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    if n == 0 {
        return Err(crate::DbError::NotFound);
    }
    tx.audit("outcome.correct", "case", case_id)
}

/// An outcome in a list, with the case it ends.
#[derive(Debug, Clone)]
pub struct Listed {
    pub outcome: OutcomeRow,
    pub reference: String,
    pub programme_id: String,
    pub candidate_id: String,
    /// The trainee's country of residence when they applied.
    pub origin: String,
}

/// What an outcome list is narrowed to.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub programme_id: Option<String>,
    pub kind: Option<OutcomeKind>,
}

/// The outcomes of the cases in reach, by case reference.
pub fn list(conn: &mut DbConn, scope: &Scope, actor_id: &str, f: &Filter) -> DbResult<Vec<Listed>> {
    let mut q = reached!(
        o::table.inner_join(cases::table).into_boxed(),
        scope,
        actor_id
    );
    if let Some(p) = &f.programme_id {
        q = q.filter(cases::programme_id.eq(p.clone()));
    }
    if let Some(k) = f.kind {
        q = q.filter(o::kind.eq(k.as_str()));
    }
    let rows: Vec<(OutcomeRow, String, String, String, String)> = q
        .select((
            OutcomeRow::as_select(),
            cases::reference,
            cases::programme_id,
            cases::candidate_id,
            cases::country,
        ))
        .order(cases::reference.asc())
        .limit(MAX_LIST)
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(outcome, reference, programme_id, candidate_id, origin)| Listed {
                outcome,
                reference,
                programme_id,
                candidate_id,
                origin,
            },
        )
        .collect())
}

/// How many outcomes of each kind per country of origin, for the cases of `programme_id`
/// in reach (DOMAIN.md §6), summed by the database.
pub fn counts(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    programme_id: &str,
) -> DbResult<Vec<(String, OutcomeKind, i64)>> {
    // Grouped before boxing: a boxed query takes no GROUP BY of its own.
    let q = o::table
        .inner_join(cases::table)
        .group_by((cases::country, o::kind))
        .select((cases::country, o::kind, diesel::dsl::count_star()))
        .into_boxed();
    let rows: Vec<(String, String, i64)> = reached!(q, scope, actor_id)
        .filter(cases::programme_id.eq(programme_id.to_owned()))
        .load(conn)?;
    rows.into_iter()
        .map(|(c, k, n)| Ok((c, crate::stored(k)?, n)))
        .collect()
}

/// The case of the participant `candidate_id` if `scope` reaches it (the newest, should
/// there be more than one): the participant's page is reached through it.
pub fn case_of_participant(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    candidate_id: &str,
) -> DbResult<Option<crate::cases::Case>> {
    Ok(reached!(cases::table.into_boxed(), scope, actor_id)
        .filter(cases::candidate_id.eq(candidate_id.to_owned()))
        .order(cases::created_at.desc())
        .select(crate::cases::Case::as_select())
        .first(conn)
        .optional()?)
}
