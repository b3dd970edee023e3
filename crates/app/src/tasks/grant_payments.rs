//! Grants' tasks (issue 15 item 5). For staff who manage grants (the coordinator, the
//! programme's NGO staff), within their reach: a tranche released and not yet paid, a
//! milestone report waiting for review (one task a grant, linked to its page), and the
//! agreements not signed 30 days after the award (one task a call, linked to its grants).
//! For a grantee: their milestone report due within 14 days, or overdue. A task names a
//! grant by its `GP-` reference, never the person.

use chrono::{Duration, NaiveDate};
use db::grants::Reach;
use db::{DbConn, DbResult};
use domain::grant::GrantState;
use domain::{Actor, Permission};

use super::{Kind, Source, Task};
use crate::grant_payments::{GrantView, load_many};

/// A released tranche waits for its payment.
pub static GRANT_TO_PAY: Kind = Kind {
    id: "grant-to-pay",
    rank: 5,
};

/// A grantee's report waits for review.
pub static GRANT_REPORT_REVIEW: Kind = Kind {
    id: "grant-report-review",
    rank: 5,
};

/// Grants awarded more than [`UNSIGNED_DAYS`] ago whose agreement is not signed.
pub static GRANT_UNSIGNED: Kind = Kind {
    id: "grant-unsigned",
    rank: 7,
};

/// The grantee's report is past its date.
pub static GRANT_REPORT_OVERDUE: Kind = Kind {
    id: "grant-report-overdue",
    rank: 4,
};

/// The grantee's report falls due within [`REPORT_NOTICE_DAYS`].
pub static GRANT_REPORT_DUE: Kind = Kind {
    id: "grant-report-due",
    rank: 8,
};

/// Days after the award by which the agreement should be signed.
pub const UNSIGNED_DAYS: i64 = 30;
/// Days ahead a grantee is told their report falls due.
pub const REPORT_NOTICE_DAYS: i64 = 14;

pub const SOURCE: Source = Source {
    kinds: &[
        &GRANT_TO_PAY,
        &GRANT_REPORT_REVIEW,
        &GRANT_UNSIGNED,
        &GRANT_REPORT_OVERDUE,
        &GRANT_REPORT_DUE,
    ],
    find,
};

fn grants(conn: &mut DbConn, actor: &Actor, permission: Permission) -> DbResult<Vec<GrantView>> {
    let Some(scope) = actor.scope(permission) else {
        return Ok(Vec::new());
    };
    let reach = Reach::of(conn, &scope, &actor.user_id)?;
    if reach.own().is_some_and(<[String]>::is_empty) {
        return Ok(Vec::new());
    }
    let all = db::grants::payments::listing::list(conn, &reach, None)?;
    load_many(conn, all)
}

fn find(conn: &mut DbConn, actor: &Actor, today: NaiveDate) -> DbResult<Vec<Task>> {
    let mut tasks = Vec::new();
    if actor.can(Permission::ManageGrants) {
        tasks.extend(staff(
            &grants(conn, actor, Permission::ManageGrants)?,
            today,
        ));
    } else if actor.can(Permission::ApplyForGrants) {
        tasks.extend(grantee(
            &grants(conn, actor, Permission::ApplyForGrants)?,
            today,
        ));
    }
    Ok(tasks)
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Staff's tasks from the grants in their reach.
pub(crate) fn staff(all: &[GrantView], today: NaiveDate) -> Vec<Task> {
    let mut tasks = Vec::new();
    let mut unsigned: Vec<(String, String, NaiveDate)> = Vec::new();
    for v in all {
        let g = &v.grant;
        match g.award.state {
            GrantState::Agreed => {
                let payable: Vec<_> = v.payable().collect();
                if let Some(first) = payable.iter().map(|t| t.row.due_on).min() {
                    tasks.push(Task {
                        kind: &GRANT_TO_PAY,
                        count: count(payable.len()),
                        due: Some(first),
                        href: format!("/grants/{}#pay-heading", g.award.application_id),
                        about: Some(g.reference.clone()),
                    });
                }
                let waiting = v
                    .reports
                    .iter()
                    .filter(|r| r.status == domain::grant::payment::ReportStatus::Submitted)
                    .count();
                if waiting > 0 {
                    tasks.push(Task {
                        kind: &GRANT_REPORT_REVIEW,
                        count: count(waiting),
                        due: None,
                        href: format!("/grants/{}#reports-heading", g.award.application_id),
                        about: Some(g.reference.clone()),
                    });
                }
            }
            GrantState::Awarded => {
                let by = g.award.awarded_at.date() + Duration::days(UNSIGNED_DAYS);
                if by < today {
                    unsigned.push((g.award.call_id.clone(), g.call_title.clone(), by));
                }
            }
            GrantState::Completed | GrantState::Cancelled => {}
        }
    }
    unsigned.sort();
    let mut i = 0;
    while i < unsigned.len() {
        let (call, title, by) = unsigned[i].clone();
        let n = unsigned[i..].iter().take_while(|u| u.0 == call).count();
        tasks.push(Task {
            kind: &GRANT_UNSIGNED,
            count: count(n),
            due: Some(by),
            href: format!("/grant-calls/{call}/grants"),
            about: Some(title),
        });
        i += n;
    }
    tasks
}

/// A grantee's tasks from their own grants.
pub(crate) fn grantee(own: &[GrantView], today: NaiveDate) -> Vec<Task> {
    let soon = today + Duration::days(REPORT_NOTICE_DAYS);
    own.iter()
        .flat_map(|v| {
            v.milestones
                .iter()
                .filter(|m| m.may_report && m.due_on <= soon)
                .map(|m| Task {
                    kind: if m.due_on < today {
                        &GRANT_REPORT_OVERDUE
                    } else {
                        &GRANT_REPORT_DUE
                    },
                    count: 1,
                    due: Some(m.due_on),
                    href: format!(
                        "/my/funding/{}#milestones-heading",
                        v.grant.award.application_id
                    ),
                    about: Some(v.grant.reference.clone()),
                })
        })
        .collect()
}
