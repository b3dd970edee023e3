//! Lists: saved searches belong to their owner and fall due once a day; ESCO concepts are
//! resolved by label and searched by the start of a skill's label; French and English
//! levels are kept for the filters, also for rows written before they existed.

use chrono::Duration;
use db::Origin;
use db::candidates::{Chosen, Concept, EscoKind, ListFilter};
use domain::candidate::Status;
use domain::permission::Scope;
use domain::{OrganisationKind, Role};
use testkit::fixtures;

#[test]
fn saved_searches_are_their_owners_and_fall_due_a_day_after_the_last_digest() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "p1");
        let lead = fixtures::organisation(db, &p, "Lead", OrganisationKind::LeadPartner);
        let owner = fixtures::user(db, "owner@example.org", &lead, Role::Coordinator);
        let other = fixtures::user(db, "other@example.org", &lead, Role::Coordinator);
        let (id, created) = db
            .write_blocking(&Origin::system(), |tx| {
                let id =
                    db::saved_searches::create(tx, &owner, "Tunisia", r#"{"country":"TN"}"#, true)?;
                Ok((id, tx.now))
            })
            .unwrap();
        let mut c = db.conn().unwrap();
        assert!(db::saved_searches::find(&mut c, &owner, &id).is_ok());
        assert!(matches!(
            db::saved_searches::find(&mut c, &other, &id),
            Err(db::DbError::NotFound)
        ));
        let refused = db.write_blocking(&Origin::system(), |tx| {
            db::saved_searches::delete(tx, &other, &id)
        });
        assert!(matches!(refused, Err(db::DbError::NotFound)));
        assert!(
            db::saved_searches::due(&mut c, created)
                .unwrap_or_default()
                .is_empty()
        );
        let due =
            db::saved_searches::due(&mut c, created + Duration::hours(25)).unwrap_or_default();
        assert_eq!(due.len(), 1);
        assert_eq!(due[0].email, "owner@example.org");
        db.write_blocking(&Origin::system(), |tx| {
            db::saved_searches::mark_notified(tx, &id, created + Duration::hours(25))
        })
        .unwrap();
        assert!(
            db::saved_searches::due(&mut c, created + Duration::hours(26))
                .unwrap_or_default()
                .is_empty()
        );
        db.write_blocking(&Origin::system(), |tx| {
            db::saved_searches::set_watched(tx, &owner, &id, false)
        })
        .unwrap();
        assert!(
            db::saved_searches::due(&mut c, created + Duration::days(9))
                .unwrap_or_default()
                .is_empty(),
            "unwatched"
        );
    });
}

#[test]
fn esco_skills_are_resolved_by_label_and_searched_by_their_start() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "p1");
        let call = fixtures::call(db, &p, "Call");
        let a = fixtures::candidate(db, &call, "Trabelsi", "TN", Status::Submitted);
        let b = fixtures::candidate(db, &call, "Alaoui", "MA", Status::Submitted);
        let package = domain::taxonomy::Package {
            skills: vec![domain::taxonomy::Skill {
                uri: "esco:teams".into(),
                label: "work in teams".into(),
                alt_labels: vec![],
                skill_type: "skill/competence".into(),
                reuse_level: "transversal".into(),
                description: String::new(),
            }],
            ..Default::default()
        };
        db.write_blocking(&Origin::cli(), |tx| {
            db::taxonomy::import(tx, &package, &mut |_, _, _| {})
        })
        .unwrap();
        let mut c = db.conn().unwrap();
        let found =
            db::candidates::resolve(&mut c, EscoKind::Skill, &["Work  In Teams".into()]).unwrap();
        assert_eq!(
            found,
            Ok(vec![Concept {
                uri: "esco:teams".into(),
                label: "work in teams".into()
            }])
        );
        let missing =
            db::candidates::resolve(&mut c, EscoKind::Skill, &["knitting".into()]).unwrap();
        assert_eq!(missing, Err("knitting".to_owned()));
        let chosen = Chosen {
            occupations: vec![],
            skills: found.unwrap_or_default(),
        };
        let before = db::candidates::find(&mut c, &Scope::All, "", &a)
            .unwrap()
            .updated_at;
        std::thread::sleep(std::time::Duration::from_millis(5));
        db.write_blocking(&Origin::system(), |tx| {
            db::candidates::set_esco(tx, &Scope::All, "", &a, &chosen)
        })
        .unwrap();
        let after = db::candidates::find(&mut c, &Scope::All, "", &a)
            .unwrap()
            .updated_at;
        assert!(
            after > before,
            "a change of skills is a change a digest sees"
        );
        let search = |skill: &str| {
            let f = ListFilter {
                skill: skill.into(),
                per_page: 10,
                ..Default::default()
            };
            let mut c = db.conn().unwrap();
            db::candidates::list(&mut c, &Scope::All, "", &f)
                .unwrap_or_default()
                .0
                .into_iter()
                .map(|r| r.id)
                .collect::<Vec<_>>()
        };
        assert_eq!(search("WORK in"), vec![a.clone()]);
        assert_eq!(search("work in teams"), vec![a.clone()]);
        assert!(
            search("teams").is_empty(),
            "the start of a label, not any word"
        );
        assert!(search("work in teamsx").is_empty());
        assert_eq!(search("%"), Vec::<String>::new());
        let _ = b;
        assert_eq!(
            db::candidates::esco_of(&mut c, &a)
                .map(|e| e.skills.len())
                .unwrap_or(0),
            1
        );
    });
}

#[test]
fn french_and_english_levels_are_kept_for_the_filters() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "p1");
        let call = fixtures::call(db, &p, "Call");
        // The fixture profile holds Italian B1 only.
        fixtures::candidate(db, &call, "Trabelsi", "TN", Status::Submitted);
        let mut c = db.conn().unwrap();
        let count = |c: &mut db::DbConn, f: ListFilter| {
            db::candidates::list(c, &Scope::All, "", &ListFilter { per_page: 5, ..f })
                .map(|r| r.1)
                .unwrap_or(-1)
        };
        assert_eq!(
            count(
                &mut c,
                ListFilter {
                    min_italian: Some(3),
                    ..Default::default()
                }
            ),
            1
        );
        assert_eq!(
            count(
                &mut c,
                ListFilter {
                    min_french: Some(1),
                    ..Default::default()
                }
            ),
            0
        );
        assert_eq!(
            count(
                &mut c,
                ListFilter {
                    min_english: Some(1),
                    ..Default::default()
                }
            ),
            0
        );
        assert_eq!(
            count(
                &mut c,
                ListFilter {
                    nationality: Some("TN".into()),
                    ..Default::default()
                }
            ),
            1
        );
        assert_eq!(
            count(
                &mut c,
                ListFilter {
                    nationality: Some("MA".into()),
                    ..Default::default()
                }
            ),
            0
        );
    });
}
