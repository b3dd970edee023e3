//! The completion rule of each programme (data the coordinator edits).

use diesel::prelude::*;
use domain::cefr::Cefr;
use domain::course::{Rule, Weights};

use crate::schema::course_rules as r;
use crate::{DbConn, DbError, DbResult, Tx};

fn percent(n: i64) -> DbResult<u8> {
    u8::try_from(n)
        .ok()
        .filter(|p| *p <= 100)
        .ok_or_else(|| DbError::Migration(format!("course rule percent {n}")))
}

/// The programme's rule; `None` when it has none (its cases then need no course to depart).
pub fn rule(conn: &mut DbConn, programme_id: &str) -> DbResult<Option<Rule>> {
    let row: Option<(i64, Option<String>, i64, i64)> = r::table
        .find(programme_id)
        .select((
            r::min_attendance,
            r::min_level,
            r::late_weight,
            r::justified_weight,
        ))
        .first(conn)
        .optional()?;
    let Some((min, level, late, justified)) = row else {
        return Ok(None);
    };
    let min_level = match level {
        Some(l) => Some(Cefr::try_from(l).map_err(|u| DbError::Migration(u.to_string()))?),
        None => None,
    };
    Ok(Some(Rule {
        min_attendance: percent(min)?,
        min_level,
        weights: Weights {
            late: percent(late)?,
            justified: percent(justified)?,
        },
    }))
}

/// Sets the programme's rule. Audited `course.rule`.
pub fn set_rule(tx: &mut Tx<'_>, programme_id: &str, rule: &Rule, by: &str) -> DbResult<()> {
    diesel::delete(r::table.find(programme_id)).execute(tx.conn)?;
    diesel::insert_into(r::table)
        .values((
            r::programme_id.eq(programme_id),
            r::min_attendance.eq(i64::from(rule.min_attendance)),
            r::min_level.eq(rule.min_level.map(|l| l.as_str())),
            r::late_weight.eq(i64::from(rule.weights.late)),
            r::justified_weight.eq(i64::from(rule.weights.justified)),
            r::updated_by.eq(by),
            r::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("course.rule", "programme", programme_id)
}
