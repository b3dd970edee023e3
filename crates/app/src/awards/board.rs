//! The consolidated ranking of a call: every application that passed the check, with its
//! panel's consolidation (`domain::grant::panel`), ranked by the call's tie rule; the ones
//! no panellist has scored yet wait apart.

use db::grant_panel::panellists::Panellist;
use db::grant_panel::reviews::Review;
use db::grants::Reach;
use db::grants::applications::Listed;
use db::grants::calls::Call;
use db::{DbConn, DbResult};
use domain::grant::award::Entry;
use domain::grant::panel::{Consolidated, Standing, consolidate, ranking_order};
use domain::grant::{SharesBy, Status};

/// One application with what the panel made of it.
#[derive(Debug, Clone)]
pub struct Ranked {
    pub listed: Listed,
    /// `None` until a panellist without a conflict submitted a score.
    pub consolidated: Option<Consolidated>,
    /// Panellists who declared a conflict on it.
    pub conflicts: usize,
    /// Its share group, when the call sets shares.
    pub group: Option<String>,
}

impl Ranked {
    pub fn id(&self) -> &str {
        &self.listed.application.id
    }

    pub fn name(&self) -> String {
        format!("{} {}", self.listed.given_names, self.listed.family_name)
            .trim()
            .to_owned()
    }
}

/// The call, its panel and its applications, ranked.
#[derive(Debug, Clone)]
pub struct Board {
    pub call: Call,
    pub panel: Vec<Panellist>,
    /// Scored applications in ranking order.
    pub ranked: Vec<Ranked>,
    /// Eligible applications nobody has scored yet.
    pub waiting: Vec<Ranked>,
    pub reviews: Vec<Review>,
}

impl Board {
    /// The ranking as the award rule reads it.
    pub fn entries(&self) -> Vec<Entry> {
        self.ranked
            .iter()
            .filter_map(|r| {
                Some(Entry {
                    id: r.id().to_owned(),
                    points_milli: r.consolidated?.mean_milli,
                    requested_cents: r.listed.application.requested_cents,
                    group: r.group.clone(),
                })
            })
            .collect()
    }

    pub fn find(&self, id: &str) -> Option<&Ranked> {
        self.ranked
            .iter()
            .chain(&self.waiting)
            .find(|r| r.id() == id)
    }
}

/// Whether an application of this status goes before the panel.
pub(crate) fn before_panel(s: Status) -> bool {
    matches!(
        s,
        Status::Eligible | Status::Scored | Status::Awarded | Status::NotAwarded
    )
}

/// The board of a call found in reach.
pub fn board_of(conn: &mut DbConn, call: Call) -> DbResult<Board> {
    let panel = db::grant_panel::panellists::list(conn, &call.row.id)?;
    let reviews = db::grant_panel::reviews::of_call(conn, &call.row.id, None, call.criteria.len())?;
    let mut ranked = Vec::new();
    let mut waiting = Vec::new();
    for listed in db::grants::applications::list(conn, &Reach::All, &call.row.id, false)? {
        if !before_panel(listed.application.status) {
            continue;
        }
        let mine = reviews
            .iter()
            .filter(|r| r.row.application_id == listed.application.id);
        let conflicts = mine.clone().filter(|r| r.row.conflict).count();
        let submitted: Vec<Vec<i64>> = mine
            .filter(|r| !r.row.conflict && r.submitted())
            .filter_map(Review::complete)
            .collect();
        let group = match call.row.shares_by {
            SharesBy::None => None,
            SharesBy::Country => Some(listed.country.as_str().to_owned()),
            SharesBy::ProjectType => Some(listed.application.project_type.as_str().to_owned()),
        };
        let r = Ranked {
            consolidated: consolidate(&call.criteria, &submitted),
            listed,
            conflicts,
            group,
        };
        if r.consolidated.is_some() {
            ranked.push(r);
        } else {
            waiting.push(r);
        }
    }
    let standing = |r: &Ranked| Standing {
        mean_milli: r.consolidated.map_or(0, |c| c.mean_milli),
        lowest_milli: r.consolidated.map_or(0, |c| c.lowest_milli),
        submitted_at: r.listed.application.submitted_at,
        reference: r.listed.application.reference.clone(),
    };
    ranked.sort_by(|a, b| ranking_order(&standing(a), &standing(b)));
    Ok(Board {
        call,
        panel,
        ranked,
        waiting,
        reviews,
    })
}

/// The consolidated ranking of the call `id`: for those who manage the call, and for a
/// panellist once they submitted a score on every application of their list (`Forbidden`
/// before, so the ranking tells nobody the others' scores early).
pub async fn ranking(db: &db::Database, who: &crate::Acting, id: &str) -> crate::AppResult<Board> {
    let who = who.clone();
    let id = id.to_owned();
    db.read_as(move |conn| -> crate::AppResult<Board> {
        let call =
            super::call_in_reach(conn, &who, domain::Permission::ScoreGrantApplications, &id)?;
        let me = who.actor.user_id.clone();
        let sits = db::grant_panel::panellists::sits(conn, &call.row.id, &me)?;
        let board = board_of(conn, call)?;
        if super::manages(&who) {
            return Ok(board);
        }
        let done = sits
            && super::scoring::items_of(&board, &me)
                .iter()
                .all(|i| i.state == super::ItemState::Submitted);
        if !done {
            return Err(crate::Error::Forbidden);
        }
        Ok(board)
    })
    .await
}
