//! The outbox worker with the file transport, on each backend: due messages are written
//! to `outbox.log` once, a failing transport is retried later with a growing wait, and the
//! worker gives up after the cap.

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot go on fails on the spot; the panic names the line"
)]

use chrono::{Duration, Utc};
use db::outbox::{self, NewMail};
use mail::{Round, Transport, Worker};

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
        assert!(claimed);
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
