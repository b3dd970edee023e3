//! The outbox: e-mails written in the same transaction as the change they tell about, and
//! sent later by the worker (`mail` crate) — so a message exists exactly when its change
//! was committed, and a mail server being down delays it without losing it.
//!
//! For other features: build a [`NewMail`] (recipient, subject and body already in the
//! recipient's language, the locale tag, a short `kind` such as `candidate.decision` or
//! `digest.daily`) and call [`enqueue`] inside your [`Tx`]. Nothing else is needed:
//! the worker picks it up within seconds. Bodies and addresses stay in this table; they are
//! never logged and never shown on the staff outbox page.
//!
//! Sending happens at least once, never silently twice: each message gets its Message-ID
//! when it is enqueued (`message_id`, used by every transport), and [`claim`] records the
//! attempt (`attempts` + 1, `attempted_at`) and commits it before the transport is called.
//! [`mark_sent`] and [`mark_failed`] record the outcome and clear `attempted_at`; a claim that
//! finds it still set knows the previous attempt ended without word (a crash or a kill
//! mid-send) and that the message may already have been delivered: the repeat carries the
//! same Message-ID, so mail clients can fold the two, and it is logged and audited as a
//! repeat (`outbox.repeat`).

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::schema::outbox;
use crate::{DbConn, DbResult, Tx, id::new_id};

/// Attempts after which the worker gives up on a message (it stays, marked failed): with
/// the doubling wait capped at 6 hours, some two and a half days of trying, so a mail
/// server down over a weekend does not lose the decisions sent meanwhile.
pub const MAX_ATTEMPTS: i64 = 20;

/// A message to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMail {
    /// One e-mail address.
    pub recipient: String,
    pub subject: String,
    /// Plain text.
    pub body: String,
    /// The language the message is written in (`it`, `fr`, `en`, `ar`).
    pub locale: String,
    /// What kind of message this is, for the staff list (`candidate.decision`, …).
    pub kind: String,
}

/// Adds a message to the outbox in the caller's transaction (audited as `outbox.enqueue`);
/// returns its id.
pub fn enqueue(tx: &mut Tx<'_>, mail: NewMail) -> DbResult<String> {
    insert(tx, mail, None)
}

/// Like [`enqueue`], with an iCalendar invitation (RFC 5545 text, `METHOD:REQUEST`, made by
/// `app::calendar`) that the worker sends as a `text/calendar` part beside the body.
pub fn enqueue_with_calendar(tx: &mut Tx<'_>, mail: NewMail, calendar: String) -> DbResult<String> {
    insert(tx, mail, Some(calendar))
}

fn insert(tx: &mut Tx<'_>, mail: NewMail, calendar: Option<String>) -> DbResult<String> {
    let id = new_id();
    diesel::insert_into(outbox::table)
        .values((
            outbox::id.eq(&id),
            outbox::message_id.eq(message_id_of(&id)),
            outbox::attempted_at.eq(None::<NaiveDateTime>),
            outbox::recipient.eq(mail.recipient.trim()),
            outbox::subject.eq(&mail.subject),
            outbox::body.eq(&mail.body),
            outbox::locale.eq(&mail.locale),
            outbox::kind.eq(&mail.kind),
            outbox::created_at.eq(tx.now),
            outbox::attempts.eq(0),
            outbox::next_attempt_at.eq(tx.now),
            outbox::sent_at.eq(None::<NaiveDateTime>),
            outbox::last_error.eq(None::<String>),
            outbox::calendar.eq(calendar),
        ))
        .execute(tx.conn)?;
    tx.audit("outbox.enqueue", "outbox", &id)?;
    Ok(id)
}

/// The Message-ID header value a message gets when it is enqueued (the form messages had
/// before it was stored, so older ones keep theirs).
fn message_id_of(id: &str) -> String {
    format!("<{id}@mentor>")
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub struct Mail {
    pub id: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub locale: String,
    pub kind: String,
    pub created_at: NaiveDateTime,
    pub attempts: i64,
    pub next_attempt_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
    pub last_error: Option<String>,
    /// The `Message-ID` header value, made when the message was enqueued (`<…@mentor>`).
    pub message_id: String,
    /// When the attempt whose outcome is not yet recorded began.
    pub attempted_at: Option<NaiveDateTime>,
    /// An iCalendar invitation sent with the body (`text/calendar; method=REQUEST`).
    pub calendar: Option<String>,
}

/// Where a message stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Pending,
    Sent,
    /// Given up after [`MAX_ATTEMPTS`].
    Failed,
}

impl State {
    pub fn of(sent_at: Option<NaiveDateTime>, attempts: i64) -> State {
        match sent_at {
            Some(_) => State::Sent,
            None if attempts >= MAX_ATTEMPTS => State::Failed,
            None => State::Pending,
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            State::Pending => "pending",
            State::Sent => "sent",
            State::Failed => "failed",
        }
    }
}

/// The wait before attempt `attempts + 1`: 30 s, 1 min, 2 min, … doubling, at most 6 hours.
pub fn backoff(attempts: i64) -> Duration {
    let exp = attempts.clamp(1, 20) - 1;
    let secs = 30i64.saturating_mul(1i64 << exp);
    Duration::seconds(secs.min(6 * 3600))
}

/// Messages due at `now`, oldest first, at most `limit`.
pub fn due(conn: &mut DbConn, now: NaiveDateTime, limit: i64) -> DbResult<Vec<Mail>> {
    Ok(outbox::table
        .filter(outbox::sent_at.is_null())
        .filter(outbox::attempts.lt(MAX_ATTEMPTS))
        .filter(outbox::next_attempt_at.le(now))
        .select(Mail::as_select())
        .order(outbox::created_at.asc())
        .limit(limit)
        .load(conn)?)
}

/// How long a claimed message stays with the worker that claimed it: long enough for one
/// SMTP exchange (the transport times out after 30 s); if that worker dies, another takes
/// the message once the lease is over.
pub const LEASE: Duration = Duration::minutes(10);

/// An attempt this worker has taken and recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Claim {
    /// Which attempt this is (1 for the first).
    pub attempt: i64,
    /// The previous attempt ended without its outcome being recorded (the process died
    /// while sending): the message may already have been delivered once.
    pub repeat: bool,
}

/// Takes message `id` for sending, if it is still due at `now` and nobody else took it,
/// and records the attempt: `attempts` + 1 and `attempted_at = now`, committed with the
/// caller's transaction before anything is sent. Its next attempt moves to the end of the
/// lease, so a second worker (another server process on the same database) sees it as not
/// due. Returns the attempt when this caller has it. Audited as `outbox.claim`, or
/// `outbox.repeat` when the previous attempt's outcome is unknown.
pub fn claim(tx: &mut Tx<'_>, id: &str, now: NaiveDateTime) -> DbResult<Option<Claim>> {
    let seen: Option<(i64, Option<NaiveDateTime>)> = outbox::table
        .filter(outbox::id.eq(id))
        .filter(outbox::sent_at.is_null())
        .filter(outbox::attempts.lt(MAX_ATTEMPTS))
        .filter(outbox::next_attempt_at.le(now))
        .select((outbox::attempts, outbox::attempted_at))
        .first(tx.conn)
        .optional()?;
    let Some((attempts, attempted_at)) = seen else {
        return Ok(None);
    };
    // Conditional on what was read: a worker that claimed it meanwhile (PostgreSQL, READ
    // COMMITTED) moved `next_attempt_at` and `attempts`, and this update then takes nothing.
    let taken = diesel::update(
        outbox::table
            .filter(outbox::id.eq(id))
            .filter(outbox::sent_at.is_null())
            .filter(outbox::attempts.eq(attempts))
            .filter(outbox::next_attempt_at.le(now)),
    )
    .set((
        outbox::next_attempt_at.eq(now + LEASE),
        outbox::attempts.eq(attempts + 1),
        outbox::attempted_at.eq(Some(now)),
    ))
    .execute(tx.conn)?;
    if taken != 1 {
        return Ok(None);
    }
    let claim = Claim {
        attempt: attempts + 1,
        repeat: attempted_at.is_some(),
    };
    let action = if claim.repeat {
        "outbox.repeat"
    } else {
        "outbox.claim"
    };
    tx.audit(action, "outbox", id)?;
    Ok(Some(claim))
}

/// Records a delivery (audited as `outbox.sent`); the attempt was counted by [`claim`].
pub fn mark_sent(tx: &mut Tx<'_>, id: &str) -> DbResult<()> {
    diesel::update(outbox::table.filter(outbox::id.eq(id)))
        .set((
            outbox::sent_at.eq(Some(tx.now)),
            outbox::attempted_at.eq(None::<NaiveDateTime>),
            outbox::last_error.eq(None::<String>),
        ))
        .execute(tx.conn)?;
    tx.audit("outbox.sent", "outbox", id)
}

/// Records that the attempt [`claim`] counted failed, and when to try again (audited as
/// `outbox.failed`). `error` is kept for the staff page, cut to 300 characters.
pub fn mark_failed(tx: &mut Tx<'_>, id: &str, error: &str) -> DbResult<()> {
    let attempts: i64 = outbox::table
        .filter(outbox::id.eq(id))
        .select(outbox::attempts)
        .first(tx.conn)?;
    diesel::update(outbox::table.filter(outbox::id.eq(id)))
        .set((
            outbox::next_attempt_at.eq(tx.now + backoff(attempts)),
            outbox::attempted_at.eq(None::<NaiveDateTime>),
            outbox::last_error.eq(Some(redact(error).chars().take(300).collect::<String>())),
        ))
        .execute(tx.conn)?;
    tx.audit("outbox.failed", "outbox", id)
}

/// The error as kept for the staff page: a mail server's reply often quotes the recipient
/// (`550 <amina@…>: Recipient address rejected`), and addresses stay off that page.
fn redact(error: &str) -> String {
    error
        .split(' ')
        .map(|w| if w.contains('@') { "[address]" } else { w })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A message as the staff list shows it: no body, no address.
#[derive(Debug, Clone)]
pub struct Summary {
    pub id: String,
    pub kind: String,
    pub locale: String,
    pub created_at: NaiveDateTime,
    pub attempts: i64,
    pub next_attempt_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
    pub last_error: Option<String>,
    /// It carries a calendar invitation.
    pub calendar: bool,
}

impl Summary {
    pub fn state(&self) -> State {
        State::of(self.sent_at, self.attempts)
    }
}

/// The latest messages, newest first (for administrators).
pub fn recent(conn: &mut DbConn, limit: i64) -> DbResult<Vec<Summary>> {
    type Row = (
        String,
        String,
        String,
        NaiveDateTime,
        i64,
        NaiveDateTime,
        Option<NaiveDateTime>,
        Option<String>,
        bool,
    );
    let rows: Vec<Row> = outbox::table
        .select((
            outbox::id,
            outbox::kind,
            outbox::locale,
            outbox::created_at,
            outbox::attempts,
            outbox::next_attempt_at,
            outbox::sent_at,
            outbox::last_error,
            outbox::calendar.is_not_null(),
        ))
        .order((outbox::created_at.desc(), outbox::id.asc()))
        .limit(limit)
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(
                id,
                kind,
                locale,
                created_at,
                attempts,
                next_attempt_at,
                sent_at,
                last_error,
                calendar,
            )| {
                Summary {
                    id,
                    kind,
                    locale,
                    created_at,
                    attempts,
                    next_attempt_at,
                    sent_at,
                    last_error,
                    calendar,
                }
            },
        )
        .collect())
}

/// Every message of one kind to one address, newest first — for tests and support.
pub fn to_recipient(conn: &mut DbConn, recipient: &str) -> DbResult<Vec<Mail>> {
    Ok(outbox::table
        .filter(outbox::recipient.eq(recipient))
        .select(Mail::as_select())
        .order(outbox::created_at.desc())
        .load(conn)?)
}

/// Messages of these kinds queued for `recipient` since `since` (to keep an address from
/// being flooded through a form anyone may send).
pub fn count_to_since(
    conn: &mut DbConn,
    recipient: &str,
    kinds: &[&str],
    since: NaiveDateTime,
) -> DbResult<i64> {
    Ok(outbox::table
        .filter(outbox::recipient.eq(recipient))
        .filter(outbox::kind.eq_any(kinds))
        .filter(outbox::created_at.ge(since))
        .count()
        .get_result(conn)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_thirty_seconds_up_to_six_hours() {
        assert_eq!(backoff(1), Duration::seconds(30));
        assert_eq!(backoff(2), Duration::seconds(60));
        assert_eq!(backoff(3), Duration::seconds(120));
        assert_eq!(backoff(12), Duration::hours(6));
        assert_eq!(backoff(1000), Duration::hours(6));
    }

    #[test]
    fn a_message_is_pending_until_sent_or_given_up() {
        assert_eq!(State::of(None, 0), State::Pending);
        assert_eq!(State::of(None, MAX_ATTEMPTS - 1), State::Pending);
        assert_eq!(State::of(None, MAX_ATTEMPTS), State::Failed);
        assert_eq!(State::of(Some(NaiveDateTime::default()), 3), State::Sent);
    }

    #[test]
    fn errors_kept_for_staff_name_no_address() {
        assert_eq!(
            redact("550 5.1.1 <amina@example.tn>: Recipient address rejected"),
            "550 5.1.1 [address] Recipient address rejected"
        );
        assert_eq!(redact("connection refused"), "connection refused");
    }
}
