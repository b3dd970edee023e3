//! A call's panel and award (issue 15, items 3–5): the coordinator appoints the panel
//! (`panel`); each panellist declares on every eligible application — no conflict of
//! interest, or a conflict that removes them from it — and scores it independently
//! (`scoring`); the submitted scores are consolidated into a ranking with the spread
//! between panellists (`board`, `domain::grant::panel`); the award proposal follows the
//! call's published rule, with the knapsack's advice beside it, the committee's recorded
//! adjustments and, once the call is closed and every application scored, the acceptance
//! that writes the grants and tells the applicants (`award`); the results go out as a
//! spreadsheet (`export`).
//!
//! Reach: a call is reached through `db::grants::Reach` with the permission the use case
//! needs; a panellist must also be appointed to the call (`Forbidden` otherwise), and never
//! reads another panellist's marks or comments on an application before submitting their
//! own on it.

mod award;
mod board;
mod export;
mod panel;
mod scoring;

pub use award::{
    AdjustInput, AwardView, accept, accept_in, adjust, adjust_in, award, award_mail, close,
};
pub use board::{Board, Ranked, board_of, ranking};
pub use export::{results_rows, results_xlsx};
pub use panel::{PanelView, appoint, appoint_in, panel, remove};
pub use scoring::{
    Declaration, Detail, ItemState, MARK_FIELDS, OtherScore, PanelItem, ReviewView, ScoreInput,
    ScoreLine, call_of, check_score, declare, items_of as items_for, review, score, scores, work,
    work_in,
};

use db::grants::Reach;
use db::grants::calls::Call;
use db::{DbConn, DbResult};
use domain::Permission;

use crate::{Acting, AppResult};

/// The call `id` within the person's reach under `permission`.
fn call_in_reach(
    conn: &mut DbConn,
    who: &Acting,
    permission: Permission,
    id: &str,
) -> AppResult<Call> {
    let scope = who.scope(permission)?;
    let reach = Reach::of(conn, &scope, &who.actor.user_id)?;
    Ok(db::grants::calls::find(conn, &reach, id)?)
}

/// Whether the person may manage the call (appoint, see the ranking, award).
fn manages(who: &Acting) -> bool {
    who.actor.can(Permission::ManageGrantCalls)
}

/// The calls whose panel the person sits on or, for those who manage calls, every call in
/// reach: the index of panels and awards.
pub async fn calls(
    db: &db::Database,
    who: &Acting,
) -> AppResult<Vec<(db::grants::calls::CallRow, bool)>> {
    let scope = who.scope(Permission::ScoreGrantApplications)?;
    let user = who.actor.user_id.clone();
    let all = manages(who);
    db.read(move |conn| -> DbResult<_> {
        let reach = Reach::of(conn, &scope, &user)?;
        let mine = db::grant_panel::panellists::calls_of(conn, &user)?;
        Ok(db::grants::calls::list(conn, &reach)?
            .into_iter()
            .filter(|c| all || mine.contains(&c.id))
            .map(|c| {
                let sits = mine.contains(&c.id);
                (c, sits)
            })
            .collect())
    })
    .await
    .map_err(Into::into)
}
