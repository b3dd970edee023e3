//! The work on an open mentorship: its terms, sessions, action plan, the concern and its
//! handling, and closing. Each use case finds the mentorship in the person's reach, checks
//! their standing and that it is open, and writes in one transaction; a closed mentorship
//! is read-only.

use domain::Invalid;
use domain::mentorship::form::{self, ItemFields, SessionFields, TermsFields};

use super::{allowed, standing_in, today};
use crate::{Acting, AppResult, Clock, Error};

/// Refused on a closed mentorship, naming `field`.
fn open_or(field: &'static str, open: bool) -> AppResult<()> {
    if open {
        Ok(())
    } else {
        Err(Error::Invalid(Invalid::new(
            field,
            "mentoring-error-closed",
        )))
    }
}

/// Changes where the mentee is, the goals and the reminder (the mentor or a coordinator).
pub async fn update(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    fields: &TermsFields,
) -> AppResult<()> {
    let terms = fields.parse();
    let who = who.clone();
    let id = id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let (l, s) = standing_in(tx.conn, &who, &id)?;
        allowed(s.coordinator || s.mentor)?;
        open_or("goals", l.row.is_open())?;
        allowed(s.may_work)?;
        let terms = terms?;
        if !db::mentorships::update(tx, &id, &terms)? {
            return Err(Error::Invalid(Invalid::new(
                "goals",
                "mentoring-error-closed",
            )));
        }
        Ok(())
    })
    .await
}

/// Logs a session (the mentor or a coordinator). Audited, naming the mentorship.
pub async fn log_session(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    fields: &SessionFields,
) -> AppResult<String> {
    let session = fields.parse(today(clock));
    let who = who.clone();
    let id = id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let (l, s) = standing_in(tx.conn, &who, &id)?;
        allowed(s.coordinator || s.mentor)?;
        open_or("held_on", l.row.is_open())?;
        allowed(s.may_work)?;
        let session = session?;
        Ok(db::mentorships::sessions::log(
            tx,
            &id,
            &session,
            &who.actor.user_id,
        )?)
    })
    .await
}

/// Adds an item to the action plan (the mentor or a coordinator).
pub async fn add_item(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    fields: &ItemFields,
) -> AppResult<String> {
    let item = fields.parse(today(clock));
    let who = who.clone();
    let id = id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let (l, s) = standing_in(tx.conn, &who, &id)?;
        allowed(s.coordinator || s.mentor)?;
        open_or("action", l.row.is_open())?;
        allowed(s.may_work)?;
        let item = item?;
        Ok(db::mentorships::items::add(
            tx,
            &id,
            &item,
            &who.actor.user_id,
        )?)
    })
    .await
}

/// Marks an action item done (the mentor's side or the mentee). An unknown item, or one
/// done already, is refused naming `item`.
pub async fn mark_done(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    item_id: &str,
) -> AppResult<()> {
    let who = who.clone();
    let id = id.to_owned();
    let item_id = item_id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let (l, s) = standing_in(tx.conn, &who, &id)?;
        open_or("item", l.row.is_open())?;
        allowed(s.may_mark_done)?;
        if !db::mentorships::items::mark_done(tx, &id, &item_id, &who.actor.user_id)? {
            return Err(Error::Invalid(Invalid::new("item", "mentoring-error-item")));
        }
        Ok(())
    })
    .await
}

/// The mentor raises "I am worried about this mentorship" with a note, for the
/// coordinator. One open at a time.
pub async fn raise_concern(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    note: &str,
) -> AppResult<()> {
    let note = form::note("reason", note);
    let who = who.clone();
    let id = id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let (l, s) = standing_in(tx.conn, &who, &id)?;
        allowed(s.mentor && !s.mentee)?;
        open_or("reason", l.row.is_open())?;
        if l.concern {
            return Err(Error::Invalid(Invalid::new(
                "reason",
                "mentoring-error-concern-open",
            )));
        }
        let note = note?;
        if !db::mentorships::concerns::raise(tx, &id, &note, &who.actor.user_id)? {
            return Err(Error::Invalid(Invalid::new(
                "reason",
                "mentoring-error-concern-open",
            )));
        }
        Ok(())
    })
    .await
}

/// A coordinator marks the open concern handled, with a note.
pub async fn handle_concern(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    note: &str,
) -> AppResult<()> {
    let note = form::note("reason", note);
    let who = who.clone();
    let id = id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let (_, s) = standing_in(tx.conn, &who, &id)?;
        allowed(s.coordinator)?;
        let note = note?;
        if !db::mentorships::concerns::handle(tx, &id, &note, &who.actor.user_id)? {
            return Err(Error::Invalid(Invalid::new(
                "reason",
                "mentoring-error-no-concern",
            )));
        }
        Ok(())
    })
    .await
}

/// Closes the mentorship with a note (the mentor, the mentee or a coordinator).
pub async fn close(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    note: &str,
) -> AppResult<()> {
    let note = form::note("reason", note);
    let on = today(clock);
    let who = who.clone();
    let id = id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let (l, s) = standing_in(tx.conn, &who, &id)?;
        allowed(s.coordinator || s.mentor || s.mentee)?;
        open_or("reason", l.row.is_open())?;
        let note = note?;
        if !db::mentorships::close(tx, &id, on, &note, &who.actor.user_id)? {
            return Err(Error::Invalid(Invalid::new(
                "reason",
                "mentoring-error-closed",
            )));
        }
        Ok(())
    })
    .await
}
