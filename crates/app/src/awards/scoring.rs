//! A panellist's work on one call: the list of applications (by reference, never in the
//! panel's order, which would tell others' scores), the declaration on each — only the
//! applicant's name and the project's title are shown before it — and the score: a mark per
//! criterion and a comment, saved as a draft and submitted once. Another panellist's marks
//! and comments are shown on an application only once the person's own score on it is
//! submitted. The first submitted score moves the application `eligible → scored`.

use db::grant_panel::reviews::Review;
use db::grants::applications::BudgetLine;
use db::grants::calls::Call;
use domain::grant::terms::{MAX_CRITERIA, MAX_MARK, points_milli};
use domain::grant::{ProjectOrigin, ProjectType, Status};
use domain::{Checks, Invalid, Permission, bounds};

use super::board::{Board, Ranked, board_of};
use super::call_in_reach;
use crate::{Acting, AppResult, Clock, Error};

/// Where the person stands on one application of their list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemState {
    /// Not declared yet: only the name and the title are shown.
    Undeclared,
    /// No conflict declared; the score is a draft (or not begun).
    Draft,
    /// Their score is submitted.
    Submitted,
}

impl ItemState {
    pub const fn as_str(self) -> &'static str {
        match self {
            ItemState::Undeclared => "undeclared",
            ItemState::Draft => "draft",
            ItemState::Submitted => "submitted",
        }
    }
}

/// One application of the panellist's list.
#[derive(Debug, Clone)]
pub struct PanelItem {
    pub application_id: String,
    pub reference: String,
    pub name: String,
    pub title: String,
    pub state: ItemState,
    /// Their own points, once every mark is given.
    pub points_milli: Option<i64>,
}

/// The person's list on the board: every application before the panel but those they
/// declared a conflict on, by reference.
pub fn items_of(board: &Board, me: &str) -> Vec<PanelItem> {
    let mut items: Vec<PanelItem> = board
        .ranked
        .iter()
        .chain(&board.waiting)
        .filter_map(|r| {
            let mine = own(board, r.id(), me);
            let state = match mine {
                Some(rv) if rv.row.conflict => return None,
                Some(rv) if rv.submitted() => ItemState::Submitted,
                Some(_) => ItemState::Draft,
                None => ItemState::Undeclared,
            };
            Some(PanelItem {
                application_id: r.id().to_owned(),
                reference: r.listed.application.reference.clone(),
                name: r.name(),
                title: r.listed.application.title.clone(),
                state,
                points_milli: mine
                    .and_then(Review::complete)
                    .and_then(|m| points_milli(&board.call.criteria, &m)),
            })
        })
        .collect();
    items.sort_by(|a, b| a.reference.cmp(&b.reference));
    items
}

fn own<'a>(board: &'a Board, application: &str, me: &str) -> Option<&'a Review> {
    board
        .reviews
        .iter()
        .find(|r| r.row.application_id == application && r.row.user_id == me)
}

/// What the panellist declared on the application.
#[derive(Debug, Clone)]
pub enum Declaration {
    Undeclared,
    Conflict,
    Open(Review),
}

/// The whole application: shown only after a declaration of no conflict.
#[derive(Debug, Clone)]
pub struct Detail {
    pub project_type: ProjectType,
    pub origin: ProjectOrigin,
    pub summary: String,
    pub lang: String,
    pub requested_cents: i64,
    pub country: domain::Country,
    pub lines: Vec<BudgetLine>,
}

/// Another panellist's submitted score.
#[derive(Debug, Clone)]
pub struct OtherScore {
    pub name: String,
    pub marks: Vec<i64>,
    pub comment: String,
    pub points_milli: i64,
}

/// One application as its panellist's page shows it.
#[derive(Debug, Clone)]
pub struct ReviewView {
    pub call: Call,
    pub application_id: String,
    pub reference: String,
    pub name: String,
    pub title: String,
    pub declaration: Declaration,
    /// Filled only once no conflict is declared.
    pub detail: Option<Detail>,
    /// Filled only once the person's own score is submitted.
    pub others: Vec<OtherScore>,
    /// Whether it can still be declared on and scored (before the award is accepted).
    pub open: bool,
}

/// The board of a call on whose panel the person sits (else `Forbidden`).
fn panellist_board(conn: &mut db::DbConn, who: &Acting, id: &str) -> AppResult<Board> {
    let call = call_in_reach(conn, who, Permission::ScoreGrantApplications, id)?;
    if !db::grant_panel::panellists::sits(conn, &call.row.id, &who.actor.user_id)? {
        return Err(Error::Forbidden);
    }
    Ok(board_of(conn, call)?)
}

fn open(r: &Ranked) -> bool {
    matches!(
        r.listed.application.status,
        Status::Eligible | Status::Scored
    )
}

/// The application `application` of the call `id` for its panellist.
pub async fn review(
    db: &db::Database,
    who: &Acting,
    id: &str,
    application: &str,
) -> AppResult<ReviewView> {
    let who = who.clone();
    let (id, application) = (id.to_owned(), application.to_owned());
    db.read_as(move |conn| -> AppResult<ReviewView> {
        let board = panellist_board(conn, &who, &id)?;
        let me = who.actor.user_id.as_str();
        let r = board.find(&application).ok_or(Error::NotFound)?;
        let declaration = match own(&board, r.id(), me) {
            None => Declaration::Undeclared,
            Some(rv) if rv.row.conflict => Declaration::Conflict,
            Some(rv) => Declaration::Open(rv.clone()),
        };
        let detail = match &declaration {
            Declaration::Open(_) => Some(Detail {
                project_type: r.listed.application.project_type,
                origin: r.listed.application.origin,
                summary: r.listed.application.summary.clone(),
                lang: r.listed.application.lang.clone(),
                requested_cents: r.listed.application.requested_cents,
                country: r.listed.country,
                lines: db::grants::applications::lines(conn, r.id())?,
            }),
            _ => None,
        };
        let submitted = matches!(&declaration, Declaration::Open(rv) if rv.submitted());
        let others = if submitted {
            others_on(&board, r.id(), me)
        } else {
            Vec::new()
        };
        Ok(ReviewView {
            application_id: r.id().to_owned(),
            reference: r.listed.application.reference.clone(),
            name: r.name(),
            title: r.listed.application.title.clone(),
            open: open(r),
            declaration,
            detail,
            others,
            call: board.call.clone(),
        })
    })
    .await
}

/// The other panellists' submitted, non-conflicted scores on an application.
fn others_on(board: &Board, application: &str, me: &str) -> Vec<OtherScore> {
    board
        .reviews
        .iter()
        .filter(|r| r.row.application_id == application && r.row.user_id != me)
        .filter(|r| !r.row.conflict && r.submitted())
        .filter_map(|r| {
            let marks = r.complete()?;
            Some(OtherScore {
                name: board
                    .panel
                    .iter()
                    .find(|p| p.member.user_id == r.row.user_id)
                    .map(|p| p.member.display_name.clone())
                    .unwrap_or_default(),
                points_milli: points_milli(&board.call.criteria, &marks)?,
                marks,
                comment: r.row.comment.clone(),
            })
        })
        .collect()
}

/// Records the panellist's declaration on the application: `conflict` removes them from it
/// for good. `Conflict::AlreadyDeclared` when they declared before.
pub async fn declare(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    application: &str,
    conflict: bool,
) -> AppResult<()> {
    work(db, clock, who, id, application, Some(conflict), None).await
}

/// A score as typed: a mark per criterion (in the call's order; empty in a draft), a
/// comment, and whether it is submitted.
#[derive(Debug, Clone, Default)]
pub struct ScoreInput {
    pub marks: Vec<String>,
    pub comment: String,
    pub submit: bool,
}

/// The form fields of the marks, by criterion position.
pub const MARK_FIELDS: [&str; MAX_CRITERIA] = [
    "mark-0", "mark-1", "mark-2", "mark-3", "mark-4", "mark-5", "mark-6", "mark-7", "mark-8",
    "mark-9",
];

/// Whether the typed score holds (every mistake at once), before asking to confirm it.
pub fn check_score(criteria: usize, input: &ScoreInput) -> Result<(), domain::Invalids> {
    parse_marks(criteria, input).map(|_| ())
}

/// The marks typed, checked: each 0–MAX_MARK, all given to submit (every mistake at once).
fn parse_marks(
    criteria: usize,
    input: &ScoreInput,
) -> Result<(Vec<Option<i64>>, String), domain::Invalids> {
    let mut c = Checks::default();
    let mut marks = Vec::with_capacity(criteria);
    for (i, field) in MARK_FIELDS.iter().enumerate().take(criteria) {
        let typed = input.marks.get(i).map_or("", |s| s.trim());
        if typed.is_empty() {
            if input.submit {
                c.refuse(Invalid::new(field, "error-required"));
            }
            marks.push(None);
            continue;
        }
        match typed.parse::<i64>() {
            Ok(m) if (0..=MAX_MARK).contains(&m) => marks.push(Some(m)),
            _ => {
                c.refuse(Invalid::new(field, "award-error-mark"));
                marks.push(None);
            }
        }
    }
    let comment = c.check(bounds::text(
        "comment",
        &input.comment,
        bounds::MAX_DESCRIPTION,
    ));
    c.done()?;
    Ok((marks, comment.unwrap_or_default()))
}

/// Saves the panellist's score as a draft or submits it. A submitted score does not change
/// (`Conflict::ScoreSubmitted`); the first one submitted moves the application to scored.
pub async fn score(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    application: &str,
    input: ScoreInput,
) -> AppResult<()> {
    work(db, clock, who, id, application, None, Some(input)).await
}

/// A declaration, a score, or both (the API's one request), in one transaction: the
/// panellist on the call's panel, the application still before the panel, the declaration
/// first (final), then the score on a draft without a conflict.
pub async fn work(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    application: &str,
    declaration: Option<bool>,
    input: Option<ScoreInput>,
) -> AppResult<()> {
    if declaration.is_none() && input.is_none() {
        return Err(Error::Invalid(Invalid::new(
            "declaration",
            "award-error-undeclared",
        )));
    }
    let who = who.clone();
    let (id, application) = (id.to_owned(), application.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        work_in(tx, &who, &id, &application, declaration, input)
    })
    .await
}

/// [`work`] inside the caller's transaction (the demo seeds through it).
pub fn work_in(
    tx: &mut db::Tx<'_>,
    who: &Acting,
    id: &str,
    application: &str,
    declaration: Option<bool>,
    input: Option<ScoreInput>,
) -> AppResult<()> {
    let board = panellist_board(tx.conn, who, id)?;
    let r = board.find(application).ok_or(Error::NotFound)?;
    if !open(r) {
        return Err(Error::Conflict(domain::Conflict::GrantApplicationMoved));
    }
    let me = who.actor.user_id.as_str();
    let mut declared = own(&board, r.id(), me).map(|rv| (rv.row.conflict, rv.submitted()));
    if let Some(conflict) = declaration {
        db::grant_panel::reviews::declare(tx, &board.call.row.id, r.id(), me, conflict)?;
        declared = Some((conflict, false));
    }
    let Some(input) = input else {
        return Ok(());
    };
    match declared {
        None => {
            return Err(Error::Invalid(Invalid::new(
                "declaration",
                "award-error-undeclared",
            )));
        }
        Some((true, _)) => return Err(Error::NotFound),
        Some((false, true)) => {
            return Err(Error::Conflict(domain::Conflict::ScoreSubmitted));
        }
        Some((false, false)) => {}
    }
    let (marks, comment) = parse_marks(board.call.criteria.len(), &input)?;
    db::grant_panel::reviews::save(tx, r.id(), me, &marks, &comment, input.submit)?;
    if input.submit && r.listed.application.status == Status::Eligible {
        db::grants::applications::set_status(tx, r.id(), Status::Eligible, Status::Scored)?;
    }
    Ok(())
}

/// One score as the API answers it to a panellist.
#[derive(Debug, Clone)]
pub struct ScoreLine {
    pub application_id: String,
    pub reference: String,
    pub mine: bool,
    pub panellist: String,
    pub conflict: bool,
    pub submitted: bool,
    pub marks: Vec<Option<i64>>,
    pub comment: String,
    pub points_milli: Option<i64>,
}

/// The panellist's own declarations and scores on the call, and the other panellists'
/// submitted scores only on the applications where theirs is submitted.
pub async fn scores(db: &db::Database, who: &Acting, id: &str) -> AppResult<Vec<ScoreLine>> {
    let who = who.clone();
    let id = id.to_owned();
    db.read_as(move |conn| -> AppResult<Vec<ScoreLine>> {
        let board = panellist_board(conn, &who, &id)?;
        let me = who.actor.user_id.as_str();
        let mut out = Vec::new();
        for r in board.ranked.iter().chain(&board.waiting) {
            let Some(mine) = own(&board, r.id(), me) else {
                continue;
            };
            let line = |rv: &Review, mine: bool| ScoreLine {
                application_id: r.id().to_owned(),
                reference: r.listed.application.reference.clone(),
                mine,
                panellist: board
                    .panel
                    .iter()
                    .find(|p| p.member.user_id == rv.row.user_id)
                    .map(|p| p.member.display_name.clone())
                    .unwrap_or_default(),
                conflict: rv.row.conflict,
                submitted: rv.submitted(),
                marks: rv.marks.clone(),
                comment: rv.row.comment.clone(),
                points_milli: rv
                    .complete()
                    .and_then(|m| points_milli(&board.call.criteria, &m)),
            };
            out.push(line(mine, true));
            if mine.submitted() {
                for rv in board.reviews.iter().filter(|x| {
                    x.row.application_id == r.id()
                        && x.row.user_id != me
                        && !x.row.conflict
                        && x.submitted()
                }) {
                    out.push(line(rv, false));
                }
            }
        }
        Ok(out)
    })
    .await
}

/// The call of the application `application`, as the panellist's reach finds it (for the
/// API, which names the application only).
pub async fn call_of(db: &db::Database, who: &Acting, application: &str) -> AppResult<String> {
    let scope = who.scope(Permission::ScoreGrantApplications)?;
    let user = who.actor.user_id.clone();
    let application = application.to_owned();
    db.read_as(move |conn| -> AppResult<String> {
        let reach = db::grants::Reach::of(conn, &scope, &user)?;
        Ok(db::grants::applications::find(conn, &reach, &application)?.call_id)
    })
    .await
}
