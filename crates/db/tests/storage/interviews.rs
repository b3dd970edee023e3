//! Interview slots: offered (replacing the unpicked ones), picked once, cleared by the
//! coordinator's reversal of a decline; a person's time zone; an invitation kept with its
//! message in the outbox.

use chrono::{Duration, Utc};
use db::Origin;
use db::matching::Proposal;
use domain::candidate::Status;
use domain::interview::Slot;
use domain::permission::Scope;
use domain::placement::PlacementStatus;
use domain::position::PositionFields;
use domain::{Conflict, OrganisationKind, Role};
use testkit::fixtures;

struct Setup {
    placement: String,
    company_user: String,
    call: String,
}

fn setup(d: &db::Database) -> Setup {
    let p = fixtures::programme(d, "iv");
    let company = fixtures::organisation(d, &p, "Trattoria Srl", OrganisationKind::HostCompany);
    let company_user = fixtures::user(d, "hr@trattoria.example", &company, Role::Company);
    let call = fixtures::call(d, &p, "Interview call");
    let candidate = fixtures::candidate(d, &call, "Haddad", "TN", Status::Shortlisted);
    let draft = PositionFields {
        title: "Kitchen helper".into(),
        occupation: "kitchen assistant".into(),
        min_italian: "A2".into(),
        education_level: "3".into(),
        city: "Milano".into(),
        starts_on: "2027-03-01".into(),
        duration_months: "6".into(),
        hours_per_week: "30".into(),
        allowance: "600".into(),
        tutor_name: "Luca".into(),
        places: "1".into(),
        ..Default::default()
    }
    .parse(Utc::now().date_naive())
    .unwrap();
    let placement = d
        .write_blocking(&Origin::system(), |tx| {
            let position = db::positions::create(tx, &p, &company, &draft)?;
            db::matching::propose(
                tx,
                &call,
                &Proposal {
                    candidate_id: candidate.clone(),
                    position_id: position,
                    company_id: company.clone(),
                    score: 1,
                },
            )
        })
        .unwrap();
    Setup {
        placement,
        company_user,
        call,
    }
}

fn slot(days: i64, minutes: i32) -> Slot {
    Slot {
        starts_at: Utc::now().naive_utc() + Duration::days(days),
        minutes,
        place: "Via Roma 1".into(),
    }
}

fn find(d: &db::Database, id: &str) -> db::matching::Placement {
    let mut conn = d.conn().unwrap();
    db::matching::find_placement(&mut conn, &Scope::All, id)
        .unwrap()
        .placement
}

#[test]
fn slots_are_offered_replaced_while_unpicked_and_picked_once() {
    testkit::on_each_backend(|d| {
        let s = setup(d);
        let p = find(d, &s.placement);
        d.write_blocking(&Origin::system(), |tx| {
            db::interviews::offer(
                tx,
                &p,
                &[slot(3, 30), slot(4, 30)],
                "Europe/Rome",
                &s.company_user,
            )
        })
        .unwrap();
        let p = find(d, &s.placement);
        assert_eq!(p.status, PlacementStatus::Interview);
        // Offered again before any pick: the new ones replace the old.
        let ids = d
            .write_blocking(&Origin::system(), |tx| {
                db::interviews::offer(tx, &p, &[slot(5, 45)], "Africa/Tunis", &s.company_user)
            })
            .unwrap();
        let mut conn = d.conn().unwrap();
        let slots = db::interviews::slots_of(&mut conn, &s.placement).unwrap();
        assert_eq!(slots.len(), 1);
        assert_eq!(
            (slots[0].minutes, slots[0].time_zone.as_str()),
            (45, "Africa/Tunis")
        );
        assert_eq!(slots[0].id, ids[0]);
        assert_eq!(
            slots[0].ends_at() - slots[0].starts_at,
            Duration::minutes(45)
        );

        d.write_blocking(&Origin::system(), |tx| {
            db::interviews::pick(tx, &p, &ids[0])
        })
        .unwrap();
        assert_eq!(
            find(d, &s.placement).interview_slot_id,
            Some(ids[0].clone())
        );
        // A second pick, and an offer over a booked interview, lose.
        let again = d.write_blocking(&Origin::system(), |tx| {
            db::interviews::pick(tx, &p, &ids[0])
        });
        assert!(matches!(
            again,
            Err(db::DbError::Conflict(Conflict::InterviewPicked))
        ));
        let p = find(d, &s.placement);
        let offer = d.write_blocking(&Origin::system(), |tx| {
            db::interviews::offer(tx, &p, &[slot(6, 30)], "Europe/Rome", &s.company_user)
        });
        assert!(matches!(offer, Err(db::DbError::Conflict(_))));
        assert_eq!(
            db::interviews::slots_of(&mut conn, &s.placement)
                .unwrap()
                .len(),
            1
        );
    });
}

#[test]
fn a_reversed_decline_is_proposed_again_with_its_reason_and_no_slots() {
    testkit::on_each_backend(|d| {
        let s = setup(d);
        let p = find(d, &s.placement);
        d.write_blocking(&Origin::system(), |tx| {
            db::interviews::offer(tx, &p, &[slot(3, 30)], "Europe/Rome", &s.company_user)?;
            let p = db::matching::find_placement(tx.conn, &Scope::All, &p.id)?.placement;
            db::matching::set_placement_status(tx, &p, PlacementStatus::Declined, "Too far")
        })
        .unwrap();
        let declined = find(d, &s.placement);
        // Picking a declined placement's slot loses.
        let mut conn = d.conn().unwrap();
        let slot_id = db::interviews::slots_of(&mut conn, &s.placement).unwrap()[0]
            .id
            .clone();
        let pick = d.write_blocking(&Origin::system(), |tx| {
            db::interviews::pick(tx, &declined, &slot_id)
        });
        assert!(matches!(
            pick,
            Err(db::DbError::Conflict(Conflict::InterviewPicked))
        ));

        d.write_blocking(&Origin::system(), |tx| {
            db::interviews::reverse_decline(tx, &declined, &s.company_user, "Distance is fine")
        })
        .unwrap();
        let p = find(d, &s.placement);
        assert_eq!(p.status, PlacementStatus::Proposed);
        assert_eq!(p.reversal_reason.as_deref(), Some("Distance is fine"));
        assert!(p.reversed_at.is_some() && p.interview_slot_id.is_none());
        assert!(
            db::interviews::slots_of(&mut conn, &s.placement)
                .unwrap()
                .is_empty()
        );
        assert!(
            db::matching::constraints(&mut conn, &s.call)
                .unwrap()
                .is_empty()
        );
        // Only once: it is no longer declined.
        let twice = d.write_blocking(&Origin::system(), |tx| {
            db::interviews::reverse_decline(tx, &declined, &s.company_user, "again")
        });
        assert!(matches!(
            twice,
            Err(db::DbError::Conflict(Conflict::PlacementNotDeclined))
        ));
    });
}

#[test]
fn a_time_zone_is_kept_per_person_and_an_invitation_with_its_message() {
    testkit::on_each_backend(|d| {
        let s = setup(d);
        let mut conn = d.conn().unwrap();
        assert_eq!(
            db::users::time_zone(&mut conn, &s.company_user).unwrap(),
            None
        );
        assert_eq!(
            db::interviews::home_country(&mut conn, &s.company_user).unwrap(),
            Some(domain::Country::IT)
        );
        d.write_blocking(&Origin::system(), |tx| {
            db::users::set_time_zone(tx, &s.company_user, Some("Africa/Casablanca"))
        })
        .unwrap();
        assert_eq!(
            db::users::time_zone(&mut conn, &s.company_user)
                .unwrap()
                .as_deref(),
            Some("Africa/Casablanca")
        );
        let ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
        d.write_blocking(&Origin::system(), |tx| {
            db::outbox::enqueue_with_calendar(
                tx,
                db::outbox::NewMail {
                    recipient: "hr@trattoria.example".into(),
                    subject: "Colloquio".into(),
                    body: "Buongiorno".into(),
                    locale: "it".into(),
                    kind: "interview.invitation".into(),
                },
                ics.into(),
            )?;
            db::outbox::enqueue(
                tx,
                db::outbox::NewMail {
                    recipient: "hr@trattoria.example".into(),
                    subject: "Altro".into(),
                    body: "Senza invito".into(),
                    locale: "it".into(),
                    kind: "other".into(),
                },
            )
        })
        .unwrap();
        let mails = db::outbox::to_recipient(&mut conn, "hr@trattoria.example").unwrap();
        let with = mails
            .iter()
            .find(|m| m.kind == "interview.invitation")
            .unwrap();
        let without = mails.iter().find(|m| m.kind == "other").unwrap();
        assert_eq!(with.calendar.as_deref(), Some(ics), "CRLF kept as is");
        assert_eq!(without.calendar, None);
    });
}

#[test]
fn esco_labels_in_other_languages_are_set_again_without_duplicates() {
    testkit::on_each_backend(|d| {
        let labels = vec![
            ("http://x/o1".to_owned(), "développeur web".to_owned()),
            ("http://x/s1".to_owned(), "travailler en équipe".to_owned()),
        ];
        for _ in 0..2 {
            d.write_blocking(&Origin::system(), |tx| {
                db::esco_labels::set(tx, "fr", &labels)
            })
            .unwrap();
        }
        let mut conn = d.conn().unwrap();
        let uris = vec!["http://x/o1".to_owned(), "http://x/missing".to_owned()];
        let fr = db::esco_labels::of(&mut conn, "fr", &uris).unwrap();
        assert_eq!(fr.len(), 1);
        assert_eq!(
            fr.get("http://x/o1").map(String::as_str),
            Some("développeur web")
        );
        assert!(
            db::esco_labels::of(&mut conn, "it", &uris)
                .unwrap()
                .is_empty()
        );
    });
}
