//! A person's calendar feed of their case deadlines, at a secret address they can revoke
//! (issue 13 item 5). The address holds a random token; only its SHA-256 is stored
//! (`calendar_feeds`), so a leaked database opens no feed. A new address revokes the old;
//! a revoked or unknown token, or a disabled person's, answers like a missing page.
//!
//! What the feed holds (computed when it is read, like the pages):
//! - a trainee, their own case's deadlines, all of them, named by step and rule in their
//!   language (their own procedure; a task shows its title);
//! - staff, the deadlines within their reach that are theirs by role (`is_theirs`), all
//!   running ones — but a coordinator (who answers for every role, across the cohort) only
//!   the overdue and near ones, so the feed stays a short list. Staff events name the case
//!   by its reference and the rule, never the trainee (phone calendars sync to other
//!   companies' clouds), and a task by "task", its free-text title staying on the page.
//!
//! Events are all-day on the due date; their UID is the case, the rule and its anchor
//! event (a task: its id), so a corrected anchor moves the event rather than adding one.

use chrono::NaiveDate;
use domain::deadline::rome_today;
use domain::{Locale, Permission, Role};
use i18n::{FluentArg, Tr};
use sha2::{Digest, Sha256};

use super::deadlines::{CaseDeadline, Which, candidates_for, of_cases, theirs};
use super::labels;
use crate::calendar::{Feed, FeedEvent};
use crate::{Acting, AppResult, Clock, Error};

/// Random bytes in a token (hex in the address).
const TOKEN_BYTES: usize = 32;

/// What is stored of a token.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// A token as this module makes them: 64 lowercase hex digits. Anything else is not looked
/// up.
fn well_formed(token: &str) -> bool {
    token.len() == TOKEN_BYTES * 2
        && token
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Whether the person has a live feed.
pub async fn has_feed(db: &db::Database, who: &Acting) -> AppResult<bool> {
    who.scope(Permission::ViewCases)?;
    let user_id = who.actor.user_id.clone();
    Ok(db
        .read(move |conn| db::cases::has_feed(conn, &user_id))
        .await?)
}

/// A new secret address for the person's feed, revoking any previous one. The token is
/// returned to be shown once; only its hash is kept. Audited `calendar.feed.create`.
pub async fn renew(db: &db::Database, clock: &dyn Clock, who: &Acting) -> AppResult<String> {
    who.scope(Permission::ViewCases)?;
    let token = db::id::new_secret(TOKEN_BYTES);
    let hash = token_hash(&token);
    let user_id = who.actor.user_id.clone();
    db.write_at(
        who.origin.clone(),
        clock.now(),
        move |tx| -> AppResult<()> {
            db::cases::renew_feed(tx, &db::id::new_id(), &user_id, &hash)?;
            Ok(())
        },
    )
    .await?;
    Ok(token)
}

/// Revokes the person's feed. Audited `calendar.feed.revoke`.
pub async fn revoke(db: &db::Database, clock: &dyn Clock, who: &Acting) -> AppResult<()> {
    who.scope(Permission::ViewCases)?;
    let user_id = who.actor.user_id.clone();
    db.write_at(
        who.origin.clone(),
        clock.now(),
        move |tx| -> AppResult<()> {
            db::cases::revoke_feed(tx, &user_id)?;
            Ok(())
        },
    )
    .await
}

/// The feed behind `token`, as `text/calendar`. `NotFound` for a token that is malformed,
/// unknown, revoked, or whose owner is disabled or may no longer see cases.
pub async fn ics(
    db: &db::Database,
    clock: &dyn Clock,
    token: &str,
    base_url: &str,
) -> AppResult<String> {
    if !well_formed(token) {
        return Err(Error::NotFound);
    }
    let hash = token_hash(token);
    let now = clock.now();
    let today = rome_today(now.and_utc());
    let base = base_url.trim_end_matches('/').to_owned();
    db.read_as(move |conn| -> AppResult<String> {
        let owner = db::cases::feed_owner(conn, &hash)?.ok_or(Error::NotFound)?;
        let actor = db::memberships::load_actor(conn, &owner)?.ok_or(Error::NotFound)?;
        let scope = actor.scope(Permission::ViewCases).ok_or(Error::NotFound)?;
        let user = db::users::find(conn, &domain::permission::Scope::All, "", &owner)?;
        let tr = Tr::new(user.locale().unwrap_or_default());
        let trainee = actor.roles() == [Role::Participant];
        let deadlines = if trainee {
            let cases = candidates_for(conn, &scope, &actor.user_id, today, Which::All)?;
            of_cases(conn, &cases, today, Which::All)?
        } else {
            let which = if super::template_roles(&actor).contains(&Role::Coordinator) {
                Which::Near
            } else {
                Which::All
            };
            theirs(conn, &actor, today, which)?
        };
        let feed = Feed {
            name: tr.t("deadlines-feed-name"),
            stamp: now,
            events: deadlines
                .iter()
                .map(|d| event(&tr, d, trainee, &base))
                .collect(),
        };
        Ok(feed.to_ics())
    })
    .await
}

/// The event's UID: stable for one deadline of one case.
pub fn uid(d: &CaseDeadline) -> String {
    match (&d.task_id, &d.due) {
        (Some(task), _) => format!("task-{task}@mentor"),
        (None, Some(due)) => format!(
            "deadline-{}-{}-{}@mentor",
            d.case_id, d.rule, due.why.anchor_event
        ),
        (None, None) => format!("deadline-{}-{}@mentor", d.case_id, d.rule),
    }
}

/// One deadline as an all-day event in the reader's language.
fn event(tr: &Tr, d: &CaseDeadline, trainee: bool, base: &str) -> FeedEvent {
    let what = match (&d.title, trainee) {
        (Some(title), true) => title.clone(),
        _ => labels::rule(tr, &d.rule),
    };
    let summary = if trainee {
        tr.t_with(
            "deadlines-feed-summary-own",
            &[
                ("rule", FluentArg::Str(what)),
                ("step", FluentArg::Str(labels::step(tr, &d.step))),
            ],
        )
    } else {
        tr.t_with(
            "deadlines-feed-summary",
            &[
                ("reference", FluentArg::Str(d.reference.clone())),
                ("rule", FluentArg::Str(what)),
            ],
        )
    };
    let mut description = Vec::new();
    if let Some(due) = &d.due {
        description.push(why(tr, &due.why.anchor_event, due.why.anchor_date, due));
    }
    description.push(tr.t1(
        "deadlines-feed-open",
        "link",
        &format!("{base}/cases/{}", d.case_id),
    ));
    FeedEvent {
        uid: uid(d),
        date: d.date,
        summary: plain(tr.locale, summary),
        description: plain(tr.locale, description.join("\n")),
    }
}

/// "8 working days after: arrival, 2 April 2027".
fn why(tr: &Tr, anchor: &str, on: NaiveDate, due: &domain::deadline::Due) -> String {
    tr.t_with(
        "deadlines-feed-why",
        &[
            ("offset", FluentArg::Num(due.why.offset)),
            (
                "unit",
                FluentArg::Str(labels::unit_id(due.why.unit).to_owned()),
            ),
            ("anchor", FluentArg::Str(labels::step(tr, anchor))),
            ("date", FluentArg::Str(tr.date(&on))),
        ],
    )
}

/// Calendar apps show text as it is: no invisible isolation marks (Arabic keeps them).
fn plain(locale: Locale, s: String) -> String {
    crate::notify::plain(locale, s)
}
