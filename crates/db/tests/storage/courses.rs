//! Courses in storage, on both backends: a course is reached by its organisation and its
//! programme's coordinators and by nobody else; a programme's completion rule is stored
//! and replaced whole; sessions come back in order; a verification code that no
//! certificate has finds nothing.

use chrono::{NaiveDate, Utc};
use db::Origin;
use db::courses::{Course, Session};
use domain::OrganisationKind;
use domain::cefr::Cefr;
use domain::course::{Rule, Subject, Weights};
use domain::permission::Scope;
use testkit::{fixtures, on_each_backend};

#[test]
fn a_course_is_reached_by_its_organisation_and_programme_only() {
    on_each_backend(|db| {
        let p1 = fixtures::programme(db, "p-one");
        let p2 = fixtures::programme(db, "p-two");
        let ngo = fixtures::organisation(db, &p1, "NGO", OrganisationKind::Ngo);
        let other = fixtures::organisation(db, &p1, "Other NGO", OrganisationKind::Ngo);
        let now = Utc::now().naive_utc();
        let course = Course {
            id: db::id::new_id(),
            programme_id: p1.clone(),
            organisation_id: ngo.clone(),
            subject: Subject::Italian,
            title: "Italiano A1".into(),
            created_by: "u".into(),
            created_at: now,
        };
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        db.write_blocking(&Origin::system(), |tx| {
            db::courses::create(tx, &course)?;
            for (d, at) in [(12, "14:00"), (10, "09:30"), (12, "09:30")] {
                db::courses::add_session(
                    tx,
                    &Session {
                        id: db::id::new_id(),
                        course_id: course.id.clone(),
                        held_on: day(d),
                        starts_at: at.into(),
                        topic: "Lezione".into(),
                        place: "Milano".into(),
                        online: false,
                        created_at: now,
                    },
                )?;
            }
            Ok(())
        })
        .unwrap();
        let mut c = db.conn().unwrap();
        for scope in [
            Scope::All,
            Scope::Programmes(vec![p1.clone()]),
            Scope::Organisations(vec![ngo.clone()]),
        ] {
            assert!(
                db::courses::find(&mut c, &scope, &course.id).is_ok(),
                "{scope:?}"
            );
        }
        for scope in [
            Scope::Programmes(vec![p2.clone()]),
            Scope::Organisations(vec![other.clone()]),
            Scope::OwnAccount,
            Scope::Assigned,
        ] {
            assert!(
                matches!(
                    db::courses::find(&mut c, &scope, &course.id),
                    Err(db::DbError::NotFound)
                ),
                "{scope:?}"
            );
            assert!(db::courses::list(&mut c, &scope).unwrap().is_empty());
        }
        let line = &db::courses::list(&mut c, &Scope::All).unwrap()[0];
        assert_eq!((line.sessions, line.enrolled), (3, 0));
        let order: Vec<(NaiveDate, String)> = db::courses::sessions(&mut c, &course.id)
            .unwrap()
            .into_iter()
            .map(|s| (s.held_on, s.starts_at))
            .collect();
        assert_eq!(
            order,
            [
                (day(10), "09:30".to_owned()),
                (day(12), "09:30".to_owned()),
                (day(12), "14:00".to_owned())
            ]
        );
        assert_eq!(
            db::courses::verify(&mut c, "00000-00000-00000-00000").unwrap(),
            None
        );
    });
}

#[test]
fn a_programmes_completion_rule_is_stored_and_replaced_whole() {
    on_each_backend(|db| {
        let p1 = fixtures::programme(db, "p-one");
        let mut c = db.conn().unwrap();
        assert_eq!(db::courses::rule(&mut c, &p1).unwrap(), None);
        let strict = Rule {
            min_attendance: 90,
            min_level: Some(Cefr::A2),
            weights: Weights {
                late: 50,
                justified: 0,
            },
        };
        let lenient = Rule {
            min_attendance: 70,
            min_level: None,
            weights: Weights {
                late: 100,
                justified: 100,
            },
        };
        for rule in [strict, lenient] {
            db.write_blocking(&Origin::system(), |tx| {
                db::courses::set_rule(tx, &p1, &rule, "u")
            })
            .unwrap();
            assert_eq!(db::courses::rule(&mut c, &p1).unwrap(), Some(rule));
        }
    });
}
