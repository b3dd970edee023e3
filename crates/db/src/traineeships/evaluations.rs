//! Skills evaluations: per stage (mid-term, final) a note and a level per objective.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::traineeship::evaluation::Stage;

use crate::schema::{traineeship_evaluation_levels as l, traineeship_evaluations as e};
use crate::{DbConn, DbResult, Tx};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    pub stage: Stage,
    pub note: String,
    pub evaluated_by: String,
    pub evaluated_at: NaiveDateTime,
    /// (objective, level), in the project's order.
    pub levels: Vec<(String, i64)>,
}

/// A case's evaluations, mid-term first.
pub fn evaluations(conn: &mut DbConn, case_id: &str) -> DbResult<Vec<Evaluation>> {
    let heads: Vec<(String, String, String, NaiveDateTime)> = e::table
        .filter(e::case_id.eq(case_id))
        .select((e::stage, e::note, e::evaluated_by, e::evaluated_at))
        .load(conn)?;
    let mut out = Vec::new();
    for (stage, note, evaluated_by, evaluated_at) in heads {
        let Some(s) = Stage::parse(&stage) else {
            return Err(crate::DbError::Migration(format!("unknown stage {stage}")));
        };
        let levels: Vec<(String, i64)> = l::table
            .filter(l::case_id.eq(case_id))
            .filter(l::stage.eq(&stage))
            .order(l::position.asc())
            .select((l::objective, l::level))
            .load(conn)?;
        out.push(Evaluation {
            stage: s,
            note,
            evaluated_by,
            evaluated_at,
            levels,
        });
    }
    out.sort_by_key(|x| x.stage);
    Ok(out)
}

/// Records (or records again) a stage's evaluation whole. Audited
/// `traineeship.evaluation.save`.
pub fn save_evaluation(
    tx: &mut Tx<'_>,
    case_id: &str,
    stage: Stage,
    note: &str,
    by: &str,
    levels: &[(String, i64)],
) -> DbResult<()> {
    diesel::delete(
        l::table
            .filter(l::case_id.eq(case_id))
            .filter(l::stage.eq(stage.as_str())),
    )
    .execute(tx.conn)?;
    diesel::delete(
        e::table
            .filter(e::case_id.eq(case_id))
            .filter(e::stage.eq(stage.as_str())),
    )
    .execute(tx.conn)?;
    diesel::insert_into(e::table)
        .values((
            e::case_id.eq(case_id),
            e::stage.eq(stage.as_str()),
            e::note.eq(note),
            e::evaluated_by.eq(by),
            e::evaluated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    for (n, (objective, level)) in levels.iter().enumerate() {
        diesel::insert_into(l::table)
            .values((
                l::case_id.eq(case_id),
                l::stage.eq(stage.as_str()),
                l::position.eq(i64::try_from(n).unwrap_or(i64::MAX)),
                l::objective.eq(objective),
                l::level.eq(level),
            ))
            .execute(tx.conn)?;
    }
    tx.audit("traineeship.evaluation.save", "case", case_id)
}
