//! Sends the outbox (`db::outbox`): a worker started by `mentor serve` looks for messages
//! that are due every few seconds and hands each to a [`Transport`] — SMTP through `lettre`
//! when `MENTOR_SMTP_URL` is set, otherwise a plain-text file `outbox.log` in the data
//! directory (one message per block, mbox-like, so a developer or a small installation
//! without a mail server can read what would have been sent).
//!
//! Each message is claimed before it is sent (`db::outbox::claim`, a lease), so two server
//! processes on one database do not both send it. A failed attempt is recorded with its
//! error and retried later with a doubling wait (`db::outbox::backoff`) until
//! `db::outbox::MAX_ATTEMPTS`. Logs name message ids and
//! kinds only: never an address, a subject or a body.
//!
//! The claim records the attempt before the transport is called, and every transport uses
//! the Message-ID stored with the message: a send repeated after a crash (the outcome of
//! the earlier attempt never recorded) carries the same Message-ID, is logged as a repeat,
//! and `outbox.log` marks it `X-Mentor-Repeat: yes`.
//!
//! A message with an iCalendar invitation (`Mail::calendar`, made by `app::calendar`) goes
//! out as `multipart/mixed`: a `multipart/alternative` of the plain text and the
//! `text/calendar; method=REQUEST` part (what calendar clients act on), plus the same
//! invitation as an `invite.ics` attachment for clients that only offer attachments.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{NaiveDateTime, Utc};
use db::outbox::{self, Claim, Mail};
pub use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, MultiPart, SinglePart};
use lettre::{Message, SmtpTransport, Transport as _};

/// How often the worker looks for due messages.
pub const EVERY: Duration = Duration::from_secs(5);
/// Messages sent per round at most.
const BATCH: i64 = 50;

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("invalid SMTP URL: {0}")]
    SmtpUrl(String),
    #[error("invalid sender address: {0}")]
    From(String),
}

/// One attempt at sending a message, as a transport receives it.
pub struct Outgoing<'a> {
    pub mail: &'a Mail,
    /// The attempt recorded (committed) before the transport was called.
    pub claim: Claim,
    pub now: NaiveDateTime,
}

impl Outgoing<'_> {
    /// The message's stored Message-ID (the same on every attempt).
    pub fn message_id(&self) -> String {
        if self.mail.message_id.is_empty() {
            format!("<{}@mentor>", self.mail.id)
        } else {
            self.mail.message_id.clone()
        }
    }
}

/// Something that delivers messages: [`Transport`] in production; tests give their own.
pub trait Deliver: Send + Sync + 'static {
    /// Sends one message; the error text is kept (blanked of addresses) for the staff page.
    fn deliver(&self, from: &Mailbox, out: &Outgoing<'_>) -> Result<(), String>;
    /// A short name for the log line at start-up (no credentials).
    fn describe(&self) -> String;
}

/// Where messages go.
pub enum Transport {
    /// Appended to this file (created if missing).
    File(PathBuf),
    Smtp(Box<SmtpTransport>),
}

impl Transport {
    /// SMTP when `smtp_url` is given (`smtp://host:25`, `smtp://user:pass@host:587?tls=required`,
    /// `smtps://user:pass@host:465`), otherwise `outbox.log` in `data_dir`.
    pub fn from_config(smtp_url: Option<&str>, data_dir: &Path) -> Result<Transport, MailError> {
        match smtp_url.map(str::trim).filter(|u| !u.is_empty()) {
            Some(url) => SmtpTransport::from_url(url)
                .map(|b| {
                    Transport::Smtp(Box::new(b.timeout(Some(Duration::from_secs(30))).build()))
                })
                // The URL may hold a password: say what is wrong without repeating it.
                .map_err(|e| MailError::SmtpUrl(e.to_string())),
            None => Ok(Transport::File(data_dir.join("outbox.log"))),
        }
    }
}

impl Deliver for Transport {
    fn describe(&self) -> String {
        match self {
            Transport::File(p) => format!("file {}", p.display()),
            Transport::Smtp(_) => "smtp".to_owned(),
        }
    }

    fn deliver(&self, from: &Mailbox, out: &Outgoing<'_>) -> Result<(), String> {
        let mail = out.mail;
        match self {
            Transport::File(path) => append(path, from, out).map_err(|e| e.to_string()),
            Transport::Smtp(smtp) => {
                let to: Mailbox = mail
                    .recipient
                    .parse()
                    .map_err(|_| "invalid recipient address".to_owned())?;
                let builder = Message::builder()
                    .from(from.clone())
                    .to(to)
                    .subject(mail.subject.clone())
                    .message_id(Some(out.message_id()));
                let message = match &mail.calendar {
                    None => builder
                        .header(ContentType::TEXT_PLAIN)
                        .body(mail.body.clone()),
                    Some(ics) => builder.multipart(with_calendar(&mail.body, ics)?),
                }
                .map_err(|e| e.to_string())?;
                smtp.send(&message).map(|_| ()).map_err(|e| e.to_string())
            }
        }
    }
}

/// The body and its invitation: `multipart/mixed` of `multipart/alternative` (plain text,
/// `text/calendar; method=REQUEST`) and the `invite.ics` attachment.
fn with_calendar(body: &str, ics: &str) -> Result<MultiPart, String> {
    let calendar = ContentType::parse(CALENDAR_TYPE).map_err(|e| e.to_string())?;
    let attachment = ContentType::parse("application/ics").map_err(|e| e.to_string())?;
    Ok(MultiPart::mixed()
        .multipart(
            MultiPart::alternative()
                .singlepart(SinglePart::plain(body.to_owned()))
                .singlepart(SinglePart::builder().header(calendar).body(ics.to_owned())),
        )
        .singlepart(Attachment::new("invite.ics".to_owned()).body(ics.to_owned(), attachment)))
}

const CALENDAR_TYPE: &str = "text/calendar; method=REQUEST; charset=utf-8";

/// Appends one message to the file as an mbox-like block: a `From ` line, headers, a blank
/// line, the body (lines starting with `From ` are quoted as `>From `), a blank line.
fn append(path: &Path, from: &Mailbox, out: &Outgoing<'_>) -> std::io::Result<()> {
    let mail = out.mail;
    let date = out.now.and_utc();
    let mut block = String::new();
    block.push_str(&format!(
        "From mentor {}\n",
        date.format("%a %b %e %H:%M:%S %Y")
    ));
    block.push_str(&format!("Date: {}\n", date.to_rfc2822()));
    block.push_str(&format!("From: {from}\n"));
    block.push_str(&format!("To: {}\n", one_line(&mail.recipient)));
    block.push_str(&format!("Subject: {}\n", one_line(&mail.subject)));
    block.push_str(&format!("Message-ID: {}\n", one_line(&out.message_id())));
    block.push_str(&format!("Content-Language: {}\n", one_line(&mail.locale)));
    block.push_str(&format!("X-Mentor-Kind: {}\n", one_line(&mail.kind)));
    block.push_str(&format!("X-Mentor-Attempt: {}\n", out.claim.attempt));
    if out.claim.repeat {
        block.push_str("X-Mentor-Repeat: yes\n");
    }
    // The invitation, when there is one, follows the body as a second part.
    let boundary = format!("mentor-{}", mail.id);
    if mail.calendar.is_some() {
        block.push_str(&format!(
            "Content-Type: multipart/mixed; boundary=\"{boundary}\"\n\n--{boundary}\n"
        ));
    }
    block.push_str("Content-Type: text/plain; charset=utf-8\n\n");
    let mut push_lines = |text: &str| {
        for line in text.lines() {
            if line.starts_with("From ") {
                block.push('>');
            }
            block.push_str(line);
            block.push('\n');
        }
    };
    push_lines(&mail.body);
    if let Some(ics) = &mail.calendar {
        push_lines(&format!(
            "--{boundary}\nContent-Type: {CALENDAR_TYPE}\nContent-Disposition: attachment; filename=\"invite.ics\"\n"
        ));
        push_lines(ics);
        push_lines(&format!("--{boundary}--"));
    }
    block.push('\n');
    // It holds names, addresses and decisions: the owner's only, like the whole data folder.
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    #[cfg(unix)]
    std::fs::set_permissions(path, std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
    file.write_all(block.as_bytes())?;
    file.sync_data()
}

fn one_line(s: &str) -> String {
    s.replace(['\r', '\n'], " ")
}

/// The outbox worker.
pub struct Worker {
    pub db: db::Database,
    pub transport: std::sync::Arc<dyn Deliver>,
    pub from: Mailbox,
}

/// What one round did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Round {
    pub sent: usize,
    pub failed: usize,
}

impl Worker {
    pub fn new(db: db::Database, transport: impl Deliver, from: &str) -> Result<Worker, MailError> {
        let from = from.parse().map_err(|_| MailError::From(from.to_owned()))?;
        Ok(Worker {
            db,
            transport: std::sync::Arc::new(transport),
            from,
        })
    }

    /// Sends every message due at `now` (one round).
    pub async fn round(&self, now: NaiveDateTime) -> Result<Round, db::DbError> {
        let due = self.db.read(move |c| outbox::due(c, now, BATCH)).await?;
        let mut round = Round::default();
        for mail in due {
            // Another server process on the same database may be looking at the same rows:
            // send only what this worker managed to claim.
            let target = mail.id.clone();
            // The attempt is recorded and committed before the transport is called: if the
            // process dies while sending, the next claim knows it is a repeat.
            let claimed = self
                .db
                .write(db::Origin::system(), move |tx| {
                    outbox::claim(tx, &target, now)
                })
                .await?;
            let Some(claim) = claimed else {
                continue;
            };
            let transport = self.transport.clone();
            let from = self.from.clone();
            let (id, kind) = (mail.id.clone(), mail.kind.clone());
            if claim.repeat {
                // The Message-ID names no one; the same one goes out again.
                tracing::warn!(
                    mail = %id, kind = %kind, attempt = claim.attempt, message_id = %mail.message_id,
                    "repeating a send whose outcome was never recorded; the same Message-ID goes out again"
                );
            }
            let result = tokio::task::spawn_blocking(move || {
                transport.deliver(
                    &from,
                    &Outgoing {
                        mail: &mail,
                        claim,
                        now,
                    },
                )
            })
            .await
            .unwrap_or_else(|_| Err("send task failed".to_owned()));
            match result {
                Ok(()) => {
                    let target = id.clone();
                    self.db
                        .write(db::Origin::system(), move |tx| {
                            outbox::mark_sent(tx, &target)
                        })
                        .await?;
                    tracing::info!(mail = %id, kind = %kind, "mail sent");
                    round.sent += 1;
                }
                Err(error) => {
                    let target = id.clone();
                    self.db
                        .write(db::Origin::system(), move |tx| {
                            outbox::mark_failed(tx, &target, &error)
                        })
                        .await?;
                    // The error text may quote an address: it is kept (blanked) in the database only.
                    tracing::warn!(mail = %id, kind = %kind, attempt = claim.attempt, "mail not sent; will retry");
                    round.failed += 1;
                }
            }
        }
        Ok(round)
    }

    /// Runs forever; spawn it next to the server.
    pub async fn run(self) {
        tracing::info!(transport = %self.transport.describe(), "outbox worker started");
        let mut tick = tokio::time::interval(EVERY);
        loop {
            tick.tick().await;
            if let Err(e) = self.round(Utc::now().naive_utc()).await {
                tracing::warn!(error = %e, "outbox round failed");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invitation_goes_as_a_calendar_part_and_an_attachment() {
        let ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
        let message = Message::builder()
            .from("Mentor <mentor@example.org>".parse().unwrap())
            .to("amina@example.org".parse().unwrap())
            .subject("Entretien")
            .multipart(with_calendar("Bonjour", ics).unwrap())
            .unwrap();
        let text = String::from_utf8(message.formatted()).unwrap();
        assert!(text.contains("multipart/mixed"), "{text}");
        assert!(text.contains("multipart/alternative"), "{text}");
        assert!(
            text.contains("Content-Type: text/calendar; method=REQUEST; charset=utf-8"),
            "{text}"
        );
        assert!(text.contains("filename=\"invite.ics\""), "{text}");
        assert!(text.contains("Bonjour"));
    }
}
