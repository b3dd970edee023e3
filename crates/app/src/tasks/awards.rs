//! The panel's and the award's tasks: a panellist's applications waiting for their
//! declaration or score (one task per call whose award is not accepted), and for those who
//! manage calls "every application is scored — the award can be proposed" (while the call
//! is open) and "the call is closed and its award not accepted". A task counts
//! applications; it names no applicant.

use chrono::NaiveDate;
use db::grants::Reach;
use db::{DbConn, DbResult};
use domain::{Actor, Permission};

use super::{Kind, Source, Task};
use crate::awards::{ItemState, board_of};

/// Applications waiting for the panellist's declaration or submitted score.
pub static GRANT_PANEL_WAITING: Kind = Kind {
    id: "grant-panel-waiting",
    rank: 4,
};

/// Every eligible application has a submitted score: the award can be proposed.
pub static GRANT_AWARD_READY: Kind = Kind {
    id: "grant-award-ready",
    rank: 3,
};

/// The call is closed and its award not accepted.
pub static GRANT_AWARD_PENDING: Kind = Kind {
    id: "grant-award-pending",
    rank: 2,
};

pub const SOURCE: Source = Source {
    kinds: &[
        &GRANT_PANEL_WAITING,
        &GRANT_AWARD_READY,
        &GRANT_AWARD_PENDING,
    ],
    find,
};

fn find(conn: &mut DbConn, actor: &Actor, today: NaiveDate) -> DbResult<Vec<Task>> {
    let mut tasks = Vec::new();
    if let Some(scope) = actor.scope(Permission::ScoreGrantApplications) {
        let reach = Reach::of(conn, &scope, &actor.user_id)?;
        for id in db::grant_panel::panellists::calls_of(conn, &actor.user_id)? {
            let Ok(call) = db::grants::calls::find(conn, &reach, &id) else {
                continue;
            };
            if db::grant_panel::award::acceptance(conn, &id)?.is_some() {
                continue;
            }
            let title = call.row.title.clone();
            let board = board_of(conn, call)?;
            let waiting = crate::awards::items_for(&board, &actor.user_id)
                .iter()
                .filter(|i| i.state != ItemState::Submitted)
                .count();
            if waiting > 0 {
                tasks.push(Task {
                    kind: &GRANT_PANEL_WAITING,
                    count: i64::try_from(waiting).unwrap_or(i64::MAX),
                    due: None,
                    href: format!("/grant-calls/{id}/panel"),
                    about: Some(title),
                });
            }
        }
    }
    if let Some(scope) = actor.scope(Permission::ManageGrantCalls) {
        let reach = Reach::of(conn, &scope, &actor.user_id)?;
        for row in db::grants::calls::list(conn, &reach)? {
            if db::grant_panel::award::acceptance(conn, &row.id)?.is_some() {
                continue;
            }
            let closed = row.closed_by(today);
            let call = db::grants::calls::find(conn, &reach, &row.id)?;
            let board = board_of(conn, call)?;
            let all_scored = board.waiting.is_empty() && !board.ranked.is_empty();
            let kind = if closed && !board.ranked.is_empty() {
                &GRANT_AWARD_PENDING
            } else if all_scored {
                &GRANT_AWARD_READY
            } else {
                continue;
            };
            tasks.push(Task {
                kind,
                count: 1,
                due: closed.then_some(row.closes_on.min(today)),
                href: format!("/grant-calls/{}/award", row.id),
                about: Some(row.title),
            });
        }
    }
    Ok(tasks)
}
