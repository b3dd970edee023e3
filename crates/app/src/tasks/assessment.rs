//! Assessors' tasks: applications of a call with criteria that the person has not scored
//! yet, and interviews held whose result nobody has recorded. Reached with the person's
//! scope for assessing, so an evaluator's count covers their programmes and an agency's its
//! countries; nothing names a candidate.

use chrono::NaiveDate;
use db::{DbConn, DbResult};
use domain::{Actor, Permission};

use super::{Kind, Source, Task};

/// Interviews held with no result recorded.
pub static RECORD_INTERVIEWS: Kind = Kind {
    id: "record-interviews",
    rank: 18,
};

/// Applications to score against the call's criteria, per call.
pub static SCORE: Kind = Kind {
    id: "score-applications",
    rank: 30,
};

pub const SOURCE: Source = Source {
    kinds: &[&RECORD_INTERVIEWS, &SCORE],
    find,
};

fn find(conn: &mut DbConn, actor: &Actor, today: NaiveDate) -> DbResult<Vec<Task>> {
    let Some(scope) = actor.scope(Permission::AssessCandidates) else {
        return Ok(Vec::new());
    };
    let mut tasks = Vec::new();
    // Held by the start of today: an interview later today is not yet to record.
    let start = today.and_time(chrono::NaiveTime::MIN);
    let held = db::inbox::interviews_to_record(conn, &scope, &actor.user_id, start)?;
    if let Some((first, at)) = held.first() {
        tasks.push(Task {
            kind: &RECORD_INTERVIEWS,
            count: i64::try_from(held.len()).unwrap_or(i64::MAX),
            // A result is due the day after the interview.
            due: at.date().succ_opt(),
            href: format!("/candidates/{first}#interviews"),
            about: None,
        });
    }
    let unscored = db::inbox::unscored_by_call(conn, &scope, &actor.user_id)?;
    if !unscored.is_empty() {
        let calls = db::calls::list(conn, &scope)?;
        for (call_id, count) in unscored {
            let call = calls.iter().find(|c| c.id == call_id);
            tasks.push(Task {
                kind: &SCORE,
                count,
                due: None,
                href: format!("/calls/{call_id}/ranking"),
                about: call.map(|c| c.title.clone()),
            });
        }
    }
    Ok(tasks)
}
