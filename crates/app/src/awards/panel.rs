//! Who sits on a call's panel: the coordinator appoints partner staff of the call's
//! programme whose role may score (from both shores: each shown with their organisation and
//! its country), and may remove one who has not scored yet.

use db::grant_panel::panellists::{Member, Panellist};
use domain::permission::role_grants;
use domain::{Conflict, Invalid, Permission};

use super::board::{Board, board_of};
use super::scoring::{PanelItem, items_of};
use super::{call_in_reach, manages};
use crate::{Acting, AppResult, Clock, Error};

/// The panel page: the person's own applications to declare on and score (when they sit),
/// and for the coordinator the panel, each panellist's progress and whom they may appoint.
#[derive(Debug, Clone)]
pub struct PanelView {
    pub board: Board,
    pub sits: bool,
    pub manages: bool,
    /// The person's applications (without those they declared a conflict on).
    pub items: Vec<PanelItem>,
    /// Per panellist: submitted scores, declared conflicts.
    pub progress: Vec<(Panellist, usize, usize)>,
    /// People of the programme who may be appointed (not on the panel yet).
    pub candidates: Vec<Member>,
}

impl PanelView {
    /// Whether the person submitted a score on every application of their list.
    pub fn all_submitted(&self) -> bool {
        self.sits
            && self
                .items
                .iter()
                .all(|i| i.state == super::ItemState::Submitted)
    }
}

fn may_score(m: &Member) -> bool {
    role_grants(m.role, Permission::ScoreGrantApplications)
}

/// The panel page of the call `id`. `Forbidden` for someone neither on the panel nor
/// managing the call.
pub async fn panel(db: &db::Database, who: &Acting, id: &str) -> AppResult<PanelView> {
    let who = who.clone();
    let id = id.to_owned();
    db.read_as(move |conn| -> AppResult<PanelView> {
        let call = call_in_reach(conn, &who, Permission::ScoreGrantApplications, &id)?;
        let me = who.actor.user_id.clone();
        let sits = db::grant_panel::panellists::sits(conn, &call.row.id, &me)?;
        let manages = manages(&who);
        if !sits && !manages {
            return Err(Error::Forbidden);
        }
        let programme = call.row.programme_id.clone();
        let board = board_of(conn, call)?;
        let items = if sits {
            items_of(&board, &me)
        } else {
            Vec::new()
        };
        let (progress, candidates) = if manages {
            let progress = board
                .panel
                .iter()
                .map(|p| {
                    let theirs = board
                        .reviews
                        .iter()
                        .filter(|r| r.row.user_id == p.member.user_id);
                    let submitted = theirs.clone().filter(|r| r.submitted()).count();
                    let conflicts = theirs.filter(|r| r.row.conflict).count();
                    (p.clone(), submitted, conflicts)
                })
                .collect();
            let mut candidates: Vec<Member> =
                db::grant_panel::panellists::members(conn, &programme)?
                    .into_iter()
                    .filter(may_score)
                    .filter(|m| !board.panel.iter().any(|p| p.member.user_id == m.user_id))
                    .collect();
            candidates.dedup_by(|a, b| a.user_id == b.user_id);
            (progress, candidates)
        } else {
            (Vec::new(), Vec::new())
        };
        Ok(PanelView {
            board,
            sits,
            manages,
            items,
            progress,
            candidates,
        })
    })
    .await
}

/// Appoints `user_id` to the call's panel: a person of the call's programme whose role may
/// score (else 422 on `user`). Appointing someone already there changes nothing.
pub async fn appoint(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    user_id: &str,
) -> AppResult<bool> {
    let who = who.clone();
    let (id, user_id) = (id.to_owned(), user_id.trim().to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        appoint_in(tx, &who, &id, &user_id)
    })
    .await
}

/// [`appoint`] inside the caller's transaction (the demo seeds through it).
pub fn appoint_in(tx: &mut db::Tx<'_>, who: &Acting, id: &str, user_id: &str) -> AppResult<bool> {
    let call = call_in_reach(tx.conn, who, Permission::ManageGrantCalls, id)?;
    let fits = db::grant_panel::panellists::members(tx.conn, &call.row.programme_id)?
        .iter()
        .any(|m| m.user_id == user_id && may_score(m));
    if !fits {
        return Err(Error::Invalid(Invalid::new(
            "user",
            "award-error-panellist",
        )));
    }
    Ok(db::grant_panel::panellists::appoint(
        tx,
        &call.row.id,
        user_id,
        &who.actor.user_id,
    )?)
}

/// Removes `user_id` from the call's panel, unless they submitted a score
/// (`Conflict::PanellistScored`). `NotFound` when they do not sit on it.
pub async fn remove(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    user_id: &str,
) -> AppResult<()> {
    let who = who.clone();
    let (id, user_id) = (id.to_owned(), user_id.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let call = call_in_reach(tx.conn, &who, Permission::ManageGrantCalls, &id)?;
        if db::grant_panel::panellists::has_scored(tx.conn, &call.row.id, &user_id)? {
            return Err(Error::Conflict(Conflict::PanellistScored));
        }
        if !db::grant_panel::panellists::remove(tx, &call.row.id, &user_id)? {
            return Err(Error::NotFound);
        }
        Ok(())
    })
    .await
}
