//! Mentorships in storage, on both backends: one open per mentee and programme; reached
//! by the programme (coordinator), by their mentor, by the mentee's own records, nobody
//! else; sessions, the action plan and concerns written once each and audited against the
//! mentorship; a closed one is closed once.

use chrono::NaiveDate;
use db::Origin;
use db::mentorships::{NewMentorship, Reach, Show};
use domain::candidate::Status;
use domain::mentorship::form::{Item, Session, Terms};
use domain::mentorship::{SessionMode, Whereabouts};
use domain::{OrganisationKind, Role};
use testkit::{fixtures, on_each_backend};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn terms() -> Terms {
    Terms {
        whereabouts: Whereabouts::Home,
        goals: "Open a repair shop".into(),
        reminder_days: 30,
    }
}

fn last_audit(db: &db::Database) -> (String, String, String) {
    let mut conn = db.conn().unwrap();
    let r = db::audit::recent(&mut conn, 1, None).unwrap().remove(0);
    (r.action, r.object_type, r.object_id)
}

#[test]
fn a_mentorship_is_reached_by_its_programme_its_mentor_and_its_mentee_only() {
    on_each_backend(|db| {
        let p1 = fixtures::programme(db, "m-one");
        let p2 = fixtures::programme(db, "m-two");
        let ngo = fixtures::organisation(db, &p1, "ANOLF", OrganisationKind::Ngo);
        let mentor = fixtures::user(db, "mentor@m.example", &ngo, Role::NgoStaff);
        let other = fixtures::user(db, "other@m.example", &ngo, Role::NgoStaff);
        let call = fixtures::call(db, &p1, "2022");
        let mentee = fixtures::candidate(db, &call, "Ben Salah", "TN", Status::Shortlisted);
        let t = terms();
        let new = NewMentorship {
            programme_id: &p1,
            candidate_id: &mentee,
            mentor_id: &mentor,
            organisation_id: &ngo,
            terms: &t,
            opened_on: d(2024, 9, 1),
            by: &mentor,
        };
        let id = db
            .write_blocking(&Origin::system(), |tx| db::mentorships::create(tx, &new))
            .unwrap()
            .unwrap();
        assert_eq!(
            last_audit(db),
            ("mentorship.open".into(), "mentorship".into(), id.clone())
        );
        let twice = db
            .write_blocking(&Origin::system(), |tx| db::mentorships::create(tx, &new))
            .unwrap();
        assert!(
            twice.is_none(),
            "one open mentorship per mentee and programme"
        );

        let mut conn = db.conn().unwrap();
        let reaches = [
            (Reach::All, true),
            (Reach::Programmes(vec![p1.clone()]), true),
            (Reach::Programmes(vec![p2.clone()]), false),
            (Reach::Mentor(mentor.clone()), true),
            (Reach::Mentor(other.clone()), false),
            (Reach::Own(vec![mentee.clone()]), true),
            (Reach::Own(vec!["someone-else".into()]), false),
        ];
        for (reach, reached) in reaches {
            assert_eq!(
                db::mentorships::find(&mut conn, &reach, &id).is_ok(),
                reached,
                "{reach:?}"
            );
            let n = db::mentorships::list(&mut conn, &reach, Show::Open)
                .unwrap()
                .len();
            assert_eq!(n, usize::from(reached), "{reach:?}");
        }
        let found = db::mentorships::find(&mut conn, &Reach::All, &id).unwrap();
        assert_eq!(found.family_name, "Ben Salah");
        assert_eq!(found.organisation, "ANOLF");
        assert_eq!(found.reference, None, "no case, no MC- reference");
        assert_eq!(found.row.whereabouts, Whereabouts::Home);
        assert_eq!(found.last_session, None);
        assert!(!found.concern);
    });
}

#[test]
fn sessions_plan_and_concerns_are_written_once_and_a_closed_mentorship_stays_closed() {
    on_each_backend(|db| {
        let p1 = fixtures::programme(db, "m-three");
        let ngo = fixtures::organisation(db, &p1, "ANOLF", OrganisationKind::Ngo);
        let mentor = fixtures::user(db, "mentor@m.example", &ngo, Role::NgoStaff);
        let call = fixtures::call(db, &p1, "2022");
        let mentee = fixtures::candidate(db, &call, "Alaoui", "MA", Status::Shortlisted);
        let t = terms();
        let id = db
            .write_blocking(&Origin::system(), |tx| {
                db::mentorships::create(
                    tx,
                    &NewMentorship {
                        programme_id: &p1,
                        candidate_id: &mentee,
                        mentor_id: &mentor,
                        organisation_id: &ngo,
                        terms: &t,
                        opened_on: d(2024, 9, 1),
                        by: &mentor,
                    },
                )
            })
            .unwrap()
            .unwrap();
        let session = |on: NaiveDate| Session {
            held_on: on,
            mode: SessionMode::Phone,
            topics: "Market study".into(),
            notes: "Confidential".into(),
        };
        let item = |on: NaiveDate| Item {
            action: "Register the company".into(),
            due_on: on,
        };
        let (first, second) = db
            .write_blocking(&Origin::system(), |tx| {
                db::mentorships::sessions::log(tx, &id, &session(d(2024, 10, 1)), &mentor)?;
                db::mentorships::sessions::log(tx, &id, &session(d(2024, 11, 5)), &mentor)?;
                let a = db::mentorships::items::add(tx, &id, &item(d(2024, 12, 1)), &mentor)?;
                let b = db::mentorships::items::add(tx, &id, &item(d(2025, 3, 1)), &mentor)?;
                Ok((a, b))
            })
            .unwrap();
        assert_eq!(
            last_audit(db),
            ("mentorship.item".into(), "mentorship".into(), id.clone())
        );
        {
            let mut conn = db.conn().unwrap();
            let l = db::mentorships::find(&mut conn, &Reach::All, &id).unwrap();
            assert_eq!(l.last_session, Some(d(2024, 11, 5)));
            let s = db::mentorships::sessions::of(&mut conn, &id).unwrap();
            assert_eq!(s.len(), 2);
            assert_eq!(s[0].held_on, d(2024, 11, 5), "the latest first");
            assert_eq!(s[0].mode, SessionMode::Phone);
            // On 2025-01-10 the first item is overdue, the second not yet.
            let late =
                db::mentorships::items::overdue(&mut conn, Some(&mentor), None, d(2025, 1, 10))
                    .unwrap();
            assert_eq!(late, [(id.clone(), 1, d(2024, 12, 1))]);
            let none = db::mentorships::items::overdue(&mut conn, Some("x"), None, d(2025, 1, 10))
                .unwrap();
            assert!(none.is_empty());
            let mine = db::mentorships::items::overdue(
                &mut conn,
                None,
                Some(std::slice::from_ref(&mentee)),
                d(2025, 4, 1),
            )
            .unwrap();
            assert_eq!(mine, [(id.clone(), 2, d(2024, 12, 1))]);
            let r = db::mentorships::reminders_of(&mut conn, &mentor).unwrap();
            assert_eq!(
                r,
                [db::mentorships::Reminder {
                    mentorship_id: id.clone(),
                    opened_on: d(2024, 9, 1),
                    reminder_days: 30,
                    last_session: Some(d(2024, 11, 5)),
                }]
            );
        }
        let (done, again, wrong) = db
            .write_blocking(&Origin::system(), |tx| {
                let done = db::mentorships::items::mark_done(tx, &id, &first, &mentor)?;
                let again = db::mentorships::items::mark_done(tx, &id, &first, &mentor)?;
                let wrong = db::mentorships::items::mark_done(tx, "another", &second, &mentor)?;
                Ok((done, again, wrong))
            })
            .unwrap();
        assert_eq!((done, again, wrong), (true, false, false));

        // One concern open at a time, until handled.
        let raise = |note: &'static str| {
            db.write_blocking(&Origin::system(), |tx| {
                db::mentorships::concerns::raise(tx, &id, note, &mentor)
            })
            .unwrap()
        };
        let (raised, twice) = (raise("No news"), raise("Still none"));
        assert_eq!((raised, twice), (true, false));
        {
            let mut conn = db.conn().unwrap();
            let n = db::mentorships::list(&mut conn, &Reach::All, Show::Concern)
                .unwrap()
                .len();
            assert_eq!(n, 1);
            assert_eq!(
                db::mentorships::concerns::open(&mut conn, Some(std::slice::from_ref(&p1)))
                    .unwrap()
                    .len(),
                1
            );
            assert!(
                db::mentorships::concerns::open(&mut conn, Some(&["p2".into()]))
                    .unwrap()
                    .is_empty()
            );
        }
        let (handled, twice) = db
            .write_blocking(&Origin::system(), |tx| {
                let a = db::mentorships::concerns::handle(tx, &id, "Called him", "coord")?;
                let b = db::mentorships::concerns::handle(tx, &id, "Again", "coord")?;
                Ok((a, b))
            })
            .unwrap();
        assert_eq!((handled, twice), (true, false));
        assert_eq!(
            last_audit(db),
            (
                "mentorship.concern_handled".into(),
                "mentorship".into(),
                id.clone()
            )
        );

        // Closed once; the mentee may then have a new one.
        let (closed, twice, updated) = db
            .write_blocking(&Origin::system(), |tx| {
                let a =
                    db::mentorships::close(tx, &id, d(2025, 6, 1), "Business running", &mentor)?;
                let b = db::mentorships::close(tx, &id, d(2025, 6, 2), "Again", &mentor)?;
                let c = db::mentorships::update(tx, &id, &terms())?;
                Ok((a, b, c))
            })
            .unwrap();
        assert_eq!((closed, twice, updated), (true, false, false));
        let mut conn = db.conn().unwrap();
        let l = db::mentorships::find(&mut conn, &Reach::All, &id).unwrap();
        assert_eq!(l.row.close_note.as_deref(), Some("Business running"));
        assert_eq!(l.row.closed_on, Some(d(2025, 6, 1)));
        assert!(
            db::mentorships::list(&mut conn, &Reach::All, Show::Open)
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            db::mentorships::list(&mut conn, &Reach::All, Show::Closed)
                .unwrap()
                .len(),
            1
        );
        assert_eq!(
            db::mentorships::open_of(&mut conn, &p1, &mentee).unwrap(),
            None
        );
    });
}
