//! The outbox worker with the file transport, on each backend: due messages are written
//! to `outbox.log` once, a failing transport is retried later with a growing wait, and the
//! worker gives up after the cap.

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot go on fails on the spot; the panic names the line"
)]

use chrono::{Duration, Utc};
use db::outbox::{self, NewMail};
use std::sync::{Arc, Mutex, mpsc};

use mail::{Deliver, Mailbox, Outgoing, Round, Transport, Worker};

fn temp_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("mentor-mail-{}", db::id::new_secret(8)));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn enqueue(d: &db::Database, to: &str, subject: &str, body: &str) -> String {
    d.write_blocking(&db::Origin::system(), |tx| {
        outbox::enqueue(
            tx,
            NewMail {
                recipient: to.into(),
                subject: subject.into(),
                body: body.into(),
                locale: "fr".into(),
                kind: "candidate.decision".into(),
            },
        )
    })
    .unwrap()
}

#[tokio::test]
async fn due_messages_are_written_to_the_file_once() {
    for tdb in testkit::backends() {
        let d = tdb.db().clone();
        let dir = temp_dir();
        let transport = Transport::from_config(None, &dir).unwrap();
        let worker = Worker::new(d.clone(), transport, "Mentor <mentor@example.org>").unwrap();
        enqueue(
            &d,
            "amina@example.tn",
            "Votre candidature",
            "Bonjour Amina,\nFrom now on…\nMerci",
        );
        enqueue(
            &d,
            "youssef@example.ma",
            "Votre candidature",
            "Bonjour Youssef",
        );
        let now = Utc::now().naive_utc() + Duration::seconds(1);
        let round = worker.round(now).await.unwrap();
        assert_eq!(round, Round { sent: 2, failed: 0 });
        let log = std::fs::read_to_string(dir.join("outbox.log")).unwrap_or_default();
        assert_eq!(
            log.matches("\nSubject: Votre candidature\n").count(),
            2,
            "{log}"
        );
        assert!(log.contains("To: amina@example.tn\n"));
        assert!(
            log.contains("Bonjour Amina,\n>From now on…\nMerci\n"),
            "body lines starting with From are quoted"
        );
        assert!(log.contains("Content-Language: fr\n"));
        // Sent messages are not sent again.
        let again = worker.round(now).await.unwrap();
        assert_eq!(again, Round::default());
        // A message another worker has claimed is left to it, until its lease is over.
        let late = enqueue(&d, "salma@example.ma", "Votre candidature", "Bonjour Salma");
        let claimed = d
            .write_blocking(&db::Origin::system(), |tx| outbox::claim(tx, &late, now))
            .unwrap();
        assert!(claimed.is_some());
        let round = worker.round(now).await.unwrap();
        assert_eq!(round, Round::default(), "claimed elsewhere: not sent here");
        let after_lease = now + outbox::LEASE + Duration::seconds(1);
        let round = worker.round(after_lease).await.unwrap();
        assert_eq!(
            round,
            Round { sent: 1, failed: 0 },
            "taken over after the lease"
        );
        let mut conn = d.conn().unwrap();
        let sent = outbox::to_recipient(&mut conn, "amina@example.tn").unwrap_or_default();
        assert_eq!(
            outbox::to_recipient(&mut conn, "salma@example.ma")
                .unwrap_or_default()
                .len(),
            1
        );
        assert_eq!(sent.len(), 1);
        assert!(sent[0].sent_at.is_some());
        assert_eq!(sent[0].attempts, 1);
        let list = outbox::recent(&mut conn, 10).unwrap_or_default();
        assert!(list.iter().all(|m| m.state() == outbox::State::Sent));
        let _ = std::fs::remove_dir_all(dir);
    }
}

#[tokio::test]
async fn a_failing_transport_is_retried_later_and_given_up_after_the_cap() {
    for tdb in testkit::backends() {
        let d = tdb.db().clone();
        // A file inside a folder that does not exist cannot be written.
        let missing = temp_dir().join("no-such-folder");
        let worker = Worker::new(
            d.clone(),
            Transport::File(missing.join("outbox.log")),
            "mentor@example.org",
        )
        .unwrap();
        let id = enqueue(&d, "amina@example.tn", "Subject", "Body");
        let mut now = Utc::now().naive_utc() + Duration::seconds(1);
        let round = worker.round(now).await.unwrap();
        assert_eq!(round, Round { sent: 0, failed: 1 });
        let mut conn = d.conn().unwrap();
        let m = &outbox::to_recipient(&mut conn, "amina@example.tn").unwrap_or_default()[0];
        assert_eq!(m.id, id);
        assert_eq!(m.attempts, 1);
        assert!(m.last_error.is_some());
        assert!(m.next_attempt_at > now, "the next attempt waits");
        // Not due again at once.
        assert_eq!(worker.round(now).await.unwrap(), Round::default());
        for _ in 1..outbox::MAX_ATTEMPTS {
            now += Duration::hours(7);
            let r = worker.round(now).await.unwrap();
            assert_eq!(r.failed, 1);
        }
        now += Duration::hours(7);
        assert_eq!(
            worker.round(now).await.unwrap(),
            Round::default(),
            "given up"
        );
        let list = outbox::recent(&mut conn, 10).unwrap_or_default();
        assert_eq!(list[0].state(), outbox::State::Failed);
        assert_eq!(list[0].attempts, outbox::MAX_ATTEMPTS);

        // Once the folder exists, a new message goes out.
        std::fs::create_dir_all(&missing).unwrap();
        enqueue(&d, "youssef@example.ma", "S", "B");
        let r = worker.round(now).await.unwrap();
        assert_eq!(r, Round { sent: 1, failed: 0 });
    }
}

#[test]
fn smtp_urls_are_checked_without_repeating_them() {
    let dir = std::env::temp_dir();
    assert!(matches!(
        Transport::from_config(Some("smtp://relay.example.org:25"), &dir),
        Ok(Transport::Smtp(_))
    ));
    assert!(matches!(
        Transport::from_config(Some("smtps://user:secret@mail.example.org:465"), &dir),
        Ok(Transport::Smtp(_))
    ));
    match Transport::from_config(Some("http://user:secret@x"), &dir) {
        Err(e) => assert!(!e.to_string().contains("secret"), "{e}"),
        Ok(_) => panic!("an http URL is not an SMTP server"),
    }
    assert!(matches!(
        Transport::from_config(Some(""), &dir),
        Ok(Transport::File(_))
    ));
}

/// What a transport saw of a message when it was called: its Message-ID, the attempt and
/// repeat flag it was handed, and the row as stored at that moment (from another connection).
#[derive(Debug, Clone, PartialEq)]
struct Seen {
    message_id: String,
    attempt: i64,
    repeat: bool,
    stored_attempts: i64,
    stored_attempted_at: bool,
}

/// A transport that notes what it sees, then answers as told: `gate` set means it never
/// returns until the test ends (a send that hangs while the process is killed).
struct Recording {
    db: db::Database,
    seen: Arc<Mutex<Vec<Seen>>>,
    gate: Option<Mutex<mpsc::Receiver<()>>>,
}

impl Deliver for Recording {
    fn deliver(&self, _: &Mailbox, out: &Outgoing<'_>) -> Result<(), String> {
        let mut conn = self.db.conn().map_err(|e| e.to_string())?;
        let stored = outbox::to_recipient(&mut conn, &out.mail.recipient)
            .map_err(|e| e.to_string())?
            .into_iter()
            .find(|m| m.id == out.mail.id)
            .ok_or("message not stored")?;
        self.seen.lock().unwrap().push(Seen {
            message_id: out.message_id(),
            attempt: out.claim.attempt,
            repeat: out.claim.repeat,
            stored_attempts: stored.attempts,
            stored_attempted_at: stored.attempted_at.is_some(),
        });
        match &self.gate {
            Some(gate) => {
                // Blocks until the test drops the sender: this send never answers.
                let _ = gate.lock().unwrap().recv();
                Err("never answered".into())
            }
            None => Ok(()),
        }
    }

    fn describe(&self) -> String {
        "recording".into()
    }
}

/// Issue 10, defect 14: the attempt is committed before the transport is called, so a send
/// that never returns (the process killed mid-send) is on record; the retry after the lease
/// carries the same stored Message-ID and is marked as a repeat.
#[tokio::test]
async fn the_attempt_is_recorded_before_sending_and_a_repeat_keeps_its_message_id() {
    for tdb in testkit::backends() {
        let d = tdb.db().clone();
        let id = enqueue(&d, "amina@example.tn", "Votre candidature", "Bonjour");
        let stored_id = {
            let mut conn = d.conn().unwrap();
            outbox::to_recipient(&mut conn, "amina@example.tn").unwrap()[0]
                .message_id
                .clone()
        };
        assert!(
            stored_id.starts_with('<') && stored_id.ends_with('>'),
            "{stored_id}"
        );

        // First worker: its transport is called and never answers; the round is abandoned
        // as a killed process would abandon it.
        let seen = Arc::new(Mutex::new(Vec::new()));
        let (release, gate) = mpsc::channel::<()>();
        let hanging = Worker::new(
            d.clone(),
            Recording {
                db: tdb.second_handle(),
                seen: seen.clone(),
                gate: Some(Mutex::new(gate)),
            },
            "mentor@example.org",
        )
        .unwrap();
        let now = Utc::now().naive_utc() + Duration::seconds(1);
        let abandoned =
            tokio::time::timeout(std::time::Duration::from_secs(2), hanging.round(now)).await;
        assert!(abandoned.is_err(), "the send never answered");
        let first = seen.lock().unwrap().clone();
        assert_eq!(first.len(), 1);
        assert_eq!(first[0].message_id, stored_id);
        assert_eq!((first[0].attempt, first[0].repeat), (1, false));
        assert_eq!(
            (first[0].stored_attempts, first[0].stored_attempted_at),
            (1, true),
            "the attempt was committed before the transport was called"
        );
        {
            let mut conn = d.conn().unwrap();
            let m = &outbox::to_recipient(&mut conn, "amina@example.tn").unwrap()[0];
            assert_eq!(m.id, id);
            assert_eq!(m.attempts, 1, "the attempt stays on record");
            assert!(m.attempted_at.is_some() && m.sent_at.is_none());
        }

        // After the lease, another worker sends it again: same Message-ID, known as a repeat.
        let later = now + outbox::LEASE + Duration::seconds(1);
        let dir = temp_dir();
        let file = Worker::new(
            d.clone(),
            Transport::from_config(None, &dir).unwrap(),
            "mentor@example.org",
        )
        .unwrap();
        assert_eq!(
            file.round(later).await.unwrap(),
            Round { sent: 1, failed: 0 }
        );
        let log = std::fs::read_to_string(dir.join("outbox.log")).unwrap();
        assert!(log.contains(&format!("Message-ID: {stored_id}\n")), "{log}");
        assert!(log.contains("X-Mentor-Attempt: 2\n"), "{log}");
        assert!(log.contains("X-Mentor-Repeat: yes\n"), "{log}");
        let mut conn = d.conn().unwrap();
        let m = &outbox::to_recipient(&mut conn, "amina@example.tn").unwrap()[0];
        assert_eq!(m.message_id, stored_id, "the Message-ID never changes");
        assert!(m.sent_at.is_some() && m.attempted_at.is_none());
        assert_eq!(m.attempts, 2);
        let actions: Vec<String> = db::audit::recent(&mut conn, 2, None)
            .unwrap()
            .into_iter()
            .map(|r| r.action)
            .collect();
        assert_eq!(actions, ["outbox.sent", "outbox.repeat"]);
        drop(release);
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// A retry after a failure that was recorded is no repeat, and keeps the Message-ID.
#[tokio::test]
async fn a_retry_after_a_recorded_failure_keeps_the_message_id_and_is_no_repeat() {
    for tdb in testkit::backends() {
        let d = tdb.db().clone();
        enqueue(&d, "youssef@example.ma", "S", "B");
        let missing = temp_dir().join("no-such-folder");
        let failing = Worker::new(
            d.clone(),
            Transport::File(missing.join("outbox.log")),
            "mentor@example.org",
        )
        .unwrap();
        let now = Utc::now().naive_utc() + Duration::seconds(1);
        assert_eq!(failing.round(now).await.unwrap().failed, 1);
        let seen = Arc::new(Mutex::new(Vec::new()));
        let recording = Worker::new(
            d.clone(),
            Recording {
                db: tdb.second_handle(),
                seen: seen.clone(),
                gate: None,
            },
            "mentor@example.org",
        )
        .unwrap();
        let later = now + Duration::hours(1);
        assert_eq!(recording.round(later).await.unwrap().sent, 1);
        let mut conn = d.conn().unwrap();
        let stored = &outbox::to_recipient(&mut conn, "youssef@example.ma").unwrap()[0];
        let seen = seen.lock().unwrap().clone();
        assert_eq!(
            seen,
            [Seen {
                message_id: stored.message_id.clone(),
                attempt: 2,
                repeat: false,
                stored_attempts: 2,
                stored_attempted_at: true,
            }]
        );
    }
}

#[tokio::test]
async fn an_invitation_is_written_after_the_body_as_a_calendar_part() {
    for tdb in testkit::backends() {
        let d = tdb.db().clone();
        let dir = temp_dir();
        let worker = Worker::new(
            d.clone(),
            Transport::from_config(None, &dir).unwrap(),
            "Mentor <mentor@example.org>",
        )
        .unwrap();
        d.write_blocking(&db::Origin::system(), |tx| {
            outbox::enqueue_with_calendar(
                tx,
                NewMail {
                    recipient: "amina@example.tn".into(),
                    subject: "Entretien".into(),
                    body: "Bonjour Amina".into(),
                    locale: "fr".into(),
                    kind: "interview.invitation".into(),
                },
                "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n".into(),
            )
        })
        .unwrap();
        let round = worker
            .round(Utc::now().naive_utc() + Duration::seconds(1))
            .await
            .unwrap();
        assert_eq!(round, Round { sent: 1, failed: 0 });
        let log = std::fs::read_to_string(dir.join("outbox.log")).unwrap();
        assert!(log.contains("Content-Type: multipart/mixed"), "{log}");
        assert!(log.contains("text/calendar; method=REQUEST"), "{log}");
        let body_at = log.find("Bonjour Amina").unwrap();
        let calendar_at = log.find("METHOD:REQUEST").unwrap();
        assert!(body_at < calendar_at, "the body first, then the invitation");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
