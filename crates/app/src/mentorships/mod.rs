//! Mentoring after the traineeship (issue 15 item 1): a mentor — NGO staff or a mediator —
//! follows a participant at home or in Italy (`open`), logs sessions, keeps an action plan,
//! raises a concern to the coordinator and either side closes it (`work`).
//!
//! Reach is `db::mentorships::Reach` from `Permission::ViewMentorships`: the coordinator
//! all of their programmes', a mentor those they are the mentor of, a participant their
//! own; out of reach is missing. What a reader sees of one is decided here ([`Standing`]):
//! the session notes and the concerns only the mentor's organisation and the coordinator,
//! never the mentee.

pub mod open;
pub mod work;

use chrono::NaiveDate;
use db::DbConn;
use db::mentorships::{ConcernRow, ItemRow, Listed, MentorshipRow, Reach, SessionRow, Show};
use domain::{Actor, Permission};

use crate::{Acting, AppResult, Clock, Error};

/// "Today" as the programme counts it (Europe/Rome).
pub(crate) fn today(clock: &dyn Clock) -> NaiveDate {
    crate::outcomes::today(clock)
}

/// Who the reader is to one mentorship and what they may do with it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Standing {
    /// A coordinator (or an admin): every mentorship of the programme.
    pub coordinator: bool,
    /// The mentor themselves.
    pub mentor: bool,
    /// The mentee (their own mentorship).
    pub mentee: bool,
    /// Reads the session notes and the concerns: the mentor's organisation, coordinators.
    pub confidential: bool,
    /// May log sessions, add to the plan and change the terms (open only).
    pub may_work: bool,
    /// May raise a concern (the mentor, while open and none is open).
    pub may_raise: bool,
    /// May mark the open concern handled (a coordinator).
    pub may_handle: bool,
    /// May mark action items done (the mentor's side and the mentee, open only).
    pub may_mark_done: bool,
    /// May close it (either side, or the coordinator; open only).
    pub may_close: bool,
}

impl Standing {
    /// How `actor`, reaching mentorships through `reach`, stands to `row` (found in that
    /// reach), with or without an open concern.
    pub fn of(actor: &Actor, reach: &Reach, row: &MentorshipRow, concern_open: bool) -> Standing {
        let coordinator = reach.programme_wide();
        let mentor = row.mentor_id == actor.user_id;
        let mentee = matches!(reach, Reach::Own(_));
        let colleague = actor
            .memberships
            .iter()
            .any(|m| m.organisation_id == row.organisation_id);
        let confidential = !mentee && (coordinator || mentor || colleague);
        let open = row.is_open();
        let works = actor.can(Permission::MentorParticipants) && (coordinator || mentor);
        Standing {
            coordinator,
            mentor,
            mentee,
            confidential,
            may_work: open && works,
            may_raise: open && mentor && !mentee && !concern_open,
            may_handle: coordinator && concern_open,
            may_mark_done: open && (works || mentee),
            may_close: open && (coordinator || mentor || mentee),
        }
    }
}

/// One mentorship as its reader may see it.
#[derive(Debug, Clone)]
pub struct View {
    pub listed: Listed,
    /// The latest first; a reader outside the mentor's organisation gets empty notes.
    pub sessions: Vec<SessionRow>,
    pub items: Vec<ItemRow>,
    /// Only to those who read what is confidential; empty for the others.
    pub concerns: Vec<ConcernRow>,
    pub standing: Standing,
    /// The day the mentor is reminded when no session is logged.
    pub reminder_on: NaiveDate,
}

/// The reach of the acting person over mentorships.
pub(crate) fn reach_of(conn: &mut DbConn, who: &Acting) -> AppResult<Reach> {
    let scope = who.scope(Permission::ViewMentorships)?;
    Ok(Reach::of(conn, &scope, &who.actor.user_id)?)
}

/// Reads one mentorship in reach for `actor`, with what they may see of it.
pub(crate) fn view_in(
    conn: &mut DbConn,
    actor: &Actor,
    reach: &Reach,
    id: &str,
) -> AppResult<View> {
    let listed = db::mentorships::find(conn, reach, id)?;
    let standing = Standing::of(actor, reach, &listed.row, listed.concern);
    let mut sessions = db::mentorships::sessions::of(conn, id)?;
    if !standing.confidential {
        for s in &mut sessions {
            s.notes.clear();
        }
    }
    let concerns = if standing.confidential {
        db::mentorships::concerns::of(conn, id)?
    } else {
        Vec::new()
    };
    let reminder_on = domain::mentorship::reminder_on(
        listed.row.opened_on,
        listed.last_session,
        listed.row.reminder_days,
    );
    Ok(View {
        sessions,
        items: db::mentorships::items::of(conn, id)?,
        concerns,
        standing,
        reminder_on,
        listed,
    })
}

/// One mentorship, as the person may see it.
pub async fn view(db: &db::Database, who: &Acting, id: &str) -> AppResult<View> {
    let who = who.clone();
    let id = id.to_owned();
    db.read_as(move |conn| -> AppResult<View> {
        let reach = reach_of(conn, &who)?;
        view_in(conn, &who.actor, &reach, &id)
    })
    .await
}

/// The mentorships in reach; with whether the reader sees the concerns (coordinators and
/// the mentors' side: a participant never does).
pub async fn list(db: &db::Database, who: &Acting, show: Show) -> AppResult<(Vec<Listed>, bool)> {
    let who = who.clone();
    db.read_as(move |conn| -> AppResult<(Vec<Listed>, bool)> {
        let reach = reach_of(conn, &who)?;
        let mentee = matches!(reach, Reach::Own(_));
        // A participant has no concern to filter by: they are never told of one.
        let show = if mentee && show == Show::Concern {
            Show::Open
        } else {
            show
        };
        let mut rows = db::mentorships::list(conn, &reach, show)?;
        if mentee {
            for r in &mut rows {
                r.concern = false;
            }
        }
        Ok((rows, !mentee))
    })
    .await
}

/// The participant's own mentorship: the open one (the latest opened), or else the latest
/// closed; `None` when they have none.
pub async fn mine(db: &db::Database, who: &Acting) -> AppResult<Option<View>> {
    let who = who.clone();
    db.read_as(move |conn| -> AppResult<Option<View>> {
        let reach = reach_of(conn, &who)?;
        if !matches!(reach, Reach::Own(_)) {
            return Ok(None);
        }
        let mut all = db::mentorships::list(conn, &reach, Show::All)?;
        all.sort_by_key(|l| (l.row.is_open(), l.row.opened_on));
        match all.pop() {
            Some(l) => Ok(Some(view_in(conn, &who.actor, &reach, &l.row.id)?)),
            None => Ok(None),
        }
    })
    .await
}

/// A mentorship found in the write's reach, refused unless `allowed` by the person's
/// standing: beyond reach is missing, a closed one (or a role that may not) forbidden.
pub(crate) fn standing_in(
    conn: &mut DbConn,
    who: &Acting,
    id: &str,
) -> AppResult<(Listed, Standing)> {
    let reach = reach_of(conn, who)?;
    let listed = db::mentorships::find(conn, &reach, id)?;
    let standing = Standing::of(&who.actor, &reach, &listed.row, listed.concern);
    Ok((listed, standing))
}

/// `Forbidden` unless `ok`.
pub(crate) fn allowed(ok: bool) -> AppResult<()> {
    if ok { Ok(()) } else { Err(Error::Forbidden) }
}
