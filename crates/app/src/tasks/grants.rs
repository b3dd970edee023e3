//! Calls for proposals as tasks: for the checkers (`CheckGrantApplications`), the
//! submitted applications waiting for the eligibility and cost check, one task per call;
//! for the applicant, their draft to a call closing within a week; for whoever manages
//! calls, the people on an open call's list who have not applied a week before it closes
//! (a count, so they can be reminded). Each counts; none names a person.

use chrono::{Duration, NaiveDate};
use db::grants::Reach;
use db::{DbConn, DbResult};
use domain::{Actor, Permission};

use super::{Kind, Source, Task};

/// Submitted applications waiting for the check.
pub static GRANT_CHECK: Kind = Kind {
    id: "grant-check",
    rank: 5,
};

/// The applicant's draft to a call closing soon.
pub static GRANT_DRAFT_CLOSING: Kind = Kind {
    id: "grant-draft-closing",
    rank: 3,
};

/// People on the list who have not applied, a week before the call closes.
pub static GRANT_NOT_APPLIED: Kind = Kind {
    id: "grant-not-applied",
    rank: 8,
};

pub const SOURCE: Source = Source {
    kinds: &[&GRANT_CHECK, &GRANT_DRAFT_CLOSING, &GRANT_NOT_APPLIED],
    find,
};

/// How long before a call closes the applicant and the coordinator are reminded.
const WEEK: i64 = 7;

fn reach_for(conn: &mut DbConn, actor: &Actor, p: Permission) -> DbResult<Option<Reach>> {
    match actor.scope(p) {
        Some(scope) => Ok(Some(Reach::of(conn, &scope, &actor.user_id)?)),
        None => Ok(None),
    }
}

fn find(conn: &mut DbConn, actor: &Actor, today: NaiveDate) -> DbResult<Vec<Task>> {
    let mut tasks = Vec::new();
    let until = today + Duration::days(WEEK);
    if let Some(r) = reach_for(conn, actor, Permission::CheckGrantApplications)? {
        for w in db::grants::people::waiting_check(conn, &r)? {
            tasks.push(Task {
                kind: &GRANT_CHECK,
                count: w.count,
                due: w.first.map(|d| d + Duration::days(WEEK)),
                href: format!("/grant-calls/{}/applications", w.call_id),
                about: Some(w.title),
            });
        }
    }
    if let Some(Reach::Own(ids)) = reach_for(conn, actor, Permission::ApplyForGrants)? {
        for (call, title, closes_on) in
            db::grants::people::drafts_closing(conn, &ids, today, until)?
        {
            tasks.push(Task {
                kind: &GRANT_DRAFT_CLOSING,
                count: 1,
                due: Some(closes_on),
                href: format!("/my/grants/{call}"),
                about: Some(title),
            });
        }
    }
    if let Some(r) = reach_for(conn, actor, Permission::ManageGrantCalls)? {
        for call in db::grants::calls::list(conn, &r)? {
            if !call.accepts_on(today) || call.closes_on > until {
                continue;
            }
            let count = db::grants::people::not_applied(conn, &call.id)?;
            if count > 0 {
                tasks.push(Task {
                    kind: &GRANT_NOT_APPLIED,
                    count,
                    due: Some(call.closes_on),
                    href: format!("/grant-calls/{}/eligible", call.id),
                    about: Some(call.title),
                });
            }
        }
    }
    Ok(tasks)
}
