//! Writing a case: opening it, recording the steps it enters (a conditional update, so of
//! two people moving it at once one is told it moved), its facts, and the date of its
//! next deadline. Each write is audited; the rule checks are the caller's, in the same
//! transaction.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::{Case, Fact, StepEntry};
use crate::locks::expect_one;
use crate::schema::{case_facts, case_steps, cases};
use crate::{DbResult, Tx};

/// Opens a case at its template's start, entered on `on`. Audited `case.open`.
pub fn open(tx: &mut Tx<'_>, case: &Case, by_user: Option<&str>) -> DbResult<()> {
    diesel::insert_into(cases::table)
        .values(case.clone())
        .execute(tx.conn)?;
    let entry = StepEntry {
        case_id: case.id.clone(),
        seq: 1,
        step: case.step.clone(),
        entered_on: case.step_since,
        entered_at: None,
        by_user: by_user.map(str::to_owned),
        note: String::new(),
        recorded_at: tx.now,
        days: None,
    };
    diesel::insert_into(case_steps::table)
        .values(entry)
        .execute(tx.conn)?;
    tx.audit("case.open", "case", &case.id)
}

/// What a step's recording says.
#[derive(Debug, Clone)]
pub struct Move<'a> {
    pub from: &'a str,
    pub to: &'a str,
    pub on: NaiveDate,
    pub at: Option<NaiveDateTime>,
    pub note: &'a str,
    pub closes: bool,
}

/// Moves a case from `m.from` to `m.to`, if it still stands at `m.from` and is open;
/// `Conflict::CaseMoved` otherwise. Audited `case.transition`.
pub fn record_step(tx: &mut Tx<'_>, case_id: &str, by_user: &str, m: &Move<'_>) -> DbResult<()> {
    let changed = diesel::update(
        cases::table
            .filter(cases::id.eq(case_id))
            .filter(cases::step.eq(m.from))
            .filter(cases::closed.eq(false)),
    )
    .set((
        cases::step.eq(m.to),
        cases::step_since.eq(m.on),
        cases::closed.eq(m.closes),
        cases::updated_at.eq(tx.now),
    ))
    .execute(tx.conn)?;
    expect_one(changed, domain::Conflict::CaseMoved)?;
    let last: Option<(i64, NaiveDate)> = case_steps::table
        .filter(case_steps::case_id.eq(case_id))
        .order(case_steps::seq.desc())
        .select((case_steps::seq, case_steps::entered_on))
        .first(tx.conn)
        .optional()?;
    // The step left: the days spent in it, for the board.
    if let Some((seq, entered_on)) = last {
        set_days(tx, case_id, seq, Some((m.on - entered_on).num_days()))?;
    }
    let last = last.map(|(seq, _)| seq);
    let entry = StepEntry {
        case_id: case_id.to_owned(),
        seq: last.unwrap_or(0) + 1,
        step: m.to.to_owned(),
        entered_on: m.on,
        entered_at: m.at,
        by_user: Some(by_user.to_owned()),
        note: m.note.to_owned(),
        recorded_at: tx.now,
        days: None,
    };
    diesel::insert_into(case_steps::table)
        .values(entry)
        .execute(tx.conn)?;
    tx.audit("case.transition", "case", case_id)
}

fn set_days(tx: &mut Tx<'_>, case_id: &str, seq: i64, days: Option<i64>) -> DbResult<()> {
    diesel::update(
        case_steps::table
            .filter(case_steps::case_id.eq(case_id))
            .filter(case_steps::seq.eq(seq)),
    )
    .set(case_steps::days.eq(days))
    .execute(tx.conn)?;
    Ok(())
}

/// The day entry `seq` of a case was entered, if there is one.
fn entered_on(tx: &mut Tx<'_>, case_id: &str, seq: i64) -> DbResult<Option<NaiveDate>> {
    Ok(case_steps::table
        .filter(case_steps::case_id.eq(case_id))
        .filter(case_steps::seq.eq(seq))
        .select(case_steps::entered_on)
        .first(tx.conn)
        .optional()?)
}

/// Corrects the day (and time) the case last entered `step`: a deadline anchor. `false`
/// when the case never entered it. The caller recomputes the deadlines.
pub fn correct_entry(
    tx: &mut Tx<'_>,
    case_id: &str,
    step: &str,
    on: NaiveDate,
    at: Option<NaiveDateTime>,
) -> DbResult<bool> {
    let seq: Option<i64> = case_steps::table
        .filter(case_steps::case_id.eq(case_id))
        .filter(case_steps::step.eq(step))
        .select(diesel::dsl::max(case_steps::seq))
        .first(tx.conn)?;
    let Some(seq) = seq else { return Ok(false) };
    diesel::update(
        case_steps::table
            .filter(case_steps::case_id.eq(case_id))
            .filter(case_steps::seq.eq(seq)),
    )
    .set((case_steps::entered_on.eq(on), case_steps::entered_at.eq(at)))
    .execute(tx.conn)?;
    // The days spent before and in the corrected step move with it.
    if let Some(before) = entered_on(tx, case_id, seq - 1)? {
        set_days(tx, case_id, seq - 1, Some((on - before).num_days()))?;
    }
    if let Some(after) = entered_on(tx, case_id, seq + 1)? {
        set_days(tx, case_id, seq, Some((after - on).num_days()))?;
    }
    // The step the case stands in keeps its start in step with its entry.
    diesel::update(
        cases::table
            .filter(cases::id.eq(case_id))
            .filter(cases::step.eq(step)),
    )
    .set(cases::step_since.eq(on))
    .execute(tx.conn)?;
    Ok(true)
}

/// Records (or replaces) a fact. Audited `case.fact` (the field's name is not in the
/// entry: the audit names objects, not what they hold).
pub fn set_fact(tx: &mut Tx<'_>, fact: &Fact) -> DbResult<()> {
    diesel::delete(
        case_facts::table
            .filter(case_facts::case_id.eq(&fact.case_id))
            .filter(case_facts::field.eq(&fact.field)),
    )
    .execute(tx.conn)?;
    diesel::insert_into(case_facts::table)
        .values(fact.clone())
        .execute(tx.conn)?;
    diesel::update(cases::table.filter(cases::id.eq(&fact.case_id)))
        .set(cases::updated_at.eq(tx.now))
        .execute(tx.conn)?;
    tx.audit("case.fact", "case", &fact.case_id)
}

/// Keeps the date of the case's nearest running deadline (or none).
pub fn set_next_due(tx: &mut Tx<'_>, case_id: &str, due: Option<NaiveDate>) -> DbResult<()> {
    diesel::update(cases::table.filter(cases::id.eq(case_id)))
        .set(cases::next_due.eq(due))
        .execute(tx.conn)?;
    Ok(())
}
