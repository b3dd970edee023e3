//! The inbox's counts stay within the reader's reach, and the daily digest is recorded at
//! most once per person and day, whichever writer gets there first.

use chrono::{Duration, NaiveDate};
use db::Origin;
use db::selection::ScoreInput;
use domain::candidate::Status;
use domain::permission::Scope;
use domain::selection::{CriterionDraft, InterviewDraft};
use domain::{Country, OrganisationKind, Role};
use testkit::fixtures;

fn write<T>(db: &db::Database, f: impl FnOnce(&mut db::Tx<'_>) -> db::DbResult<T>) -> T {
    db.write_blocking(&Origin::system(), f).unwrap()
}

#[test]
fn inbox_counts_reach_no_further_than_the_reader() {
    testkit::on_each_backend(|db| {
        let p1 = fixtures::programme(db, "p1");
        let p2 = fixtures::programme(db, "p2");
        let aneti = fixtures::organisation_in(
            db,
            &p1,
            "ANETI",
            OrganisationKind::OriginAgency,
            Country::TN,
        );
        let cespi = fixtures::organisation(db, &p1, "CeSPI", OrganisationKind::ResearchCentre);
        let evaluator = fixtures::user(db, "evaluator@example.org", &cespi, Role::Evaluator);
        let colleague = fixtures::user(db, "colleague@example.org", &cespi, Role::Evaluator);
        let call = fixtures::call(db, &p1, "Call 1");
        fixtures::call(db, &p2, "Call 2");
        // The fixtures share one phone number: every pair is a possible duplicate.
        let tn_a = fixtures::candidate(db, &call, "Ben Salah", "TN", Status::Eligible);
        let tn_b = fixtures::candidate(db, &call, "Trabelsi", "TN", Status::Eligible);
        let ma = fixtures::candidate(db, &call, "El Amrani", "MA", Status::Eligible);
        write(db, |tx| {
            db::duplicates::flag_for(tx, &tn_a)?;
            db::duplicates::flag_for(tx, &tn_b)
        });
        let agency = Scope::Residence(vec![aneti]);
        let programme = Scope::Programmes(vec![p1.clone()]);
        let other = Scope::Programmes(vec![p2.clone()]);
        let mut c = db.conn().unwrap();
        assert_eq!(
            db::inbox::open_duplicates(&mut c, &programme, "").unwrap(),
            3
        );
        assert_eq!(
            db::inbox::open_duplicates(&mut c, &agency, "").unwrap(),
            1,
            "only the pair whose two records are Tunisian"
        );
        assert_eq!(db::inbox::open_duplicates(&mut c, &other, "").unwrap(), 0);

        // Scoring: what an assessor has not scored yet, per call, within reach.
        let criterion = write(db, |tx| {
            db::selection::add_criterion(
                tx,
                &Scope::All,
                &call,
                &CriterionDraft {
                    name: "Motivation".into(),
                    weight: 1,
                    max_score: 10,
                },
            )
        });
        let score = |who: &str, id: &str| {
            write(db, |tx| {
                db::selection::save_scores(
                    tx,
                    &Scope::All,
                    who,
                    id,
                    &[ScoreInput {
                        criterion_id: criterion.clone(),
                        score: Some(7),
                        note: None,
                    }],
                )
            })
            .unwrap();
        };
        score(&evaluator, &tn_a);
        let unscored = |scope: &Scope, who: &str| {
            let mut c = db.conn().unwrap();
            db::inbox::unscored_by_call(&mut c, scope, who).unwrap()
        };
        assert_eq!(unscored(&programme, &evaluator), [(call.clone(), 2)]);
        assert_eq!(unscored(&programme, &colleague), [(call.clone(), 3)]);
        assert_eq!(unscored(&agency, "officer"), [(call.clone(), 2)]);
        assert!(unscored(&other, &evaluator).is_empty());
        let mut c = db.conn().unwrap();
        assert_eq!(
            db::inbox::scored_by(&mut c, &programme, &evaluator).unwrap(),
            1
        );

        // Interviews held without a result: the Moroccan one is beyond the agency's reach.
        let now = chrono::Utc::now().naive_utc();
        for id in [&tn_a, &ma] {
            write(db, |tx| {
                db::selection::schedule_interview(
                    tx,
                    &Scope::All,
                    &colleague,
                    id,
                    &InterviewDraft {
                        scheduled_at: now - Duration::days(2),
                        place: "Tunis".into(),
                        panel: "ANETI".into(),
                    },
                )
            })
            .unwrap();
        }
        let held = |scope: &Scope| {
            let mut c = db.conn().unwrap();
            db::inbox::interviews_to_record(&mut c, scope, "", now).unwrap()
        };
        assert_eq!(held(&programme).len(), 2);
        let agency_held = held(&agency);
        assert_eq!(agency_held.len(), 1);
        assert_eq!(agency_held[0].0, tn_a);
        assert!(held(&other).is_empty());
        assert!(
            db::inbox::interviews_to_record(&mut c, &programme, "", now - Duration::days(3))
                .unwrap()
                .is_empty(),
            "not yet held, nothing to record"
        );
    });
}

#[test]
fn a_person_gets_one_digest_a_day_whichever_writer_comes_first() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "p1");
        let lead = fixtures::organisation(db, &p, "Lead", OrganisationKind::LeadPartner);
        let me = fixtures::user(db, "me@example.org", &lead, Role::Coordinator);
        let out = fixtures::user(db, "out@example.org", &lead, Role::Coordinator);
        let gone = fixtures::user(db, "gone@example.org", &lead, Role::Coordinator);
        write(db, |tx| {
            db::digests::set_wanted(tx, &out, false)?;
            db::users::set_disabled(tx, &gone, true)
        });
        let day = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let due = |day: NaiveDate| {
            let mut c = db.conn().unwrap();
            db::digests::due_on(&mut c, day)
                .unwrap()
                .into_iter()
                .map(|r| r.user_id)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            due(day),
            [me.as_str()],
            "not the opted out, not the disabled"
        );

        // Four writers at once (four connections): exactly one records the digest.
        let recorded: Vec<bool> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..4)
                .map(|_| {
                    let me = me.clone();
                    s.spawn(move || write(db, |tx| db::digests::record(tx, &me, day, 3, 1)))
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        assert_eq!(recorded.iter().filter(|r| **r).count(), 1, "{recorded:?}");
        let mut c = db.conn().unwrap();
        assert_eq!(db::digests::count_on(&mut c, &me, day).unwrap(), 1);
        assert!(due(day).is_empty(), "sent today");
        assert_eq!(
            due(day.succ_opt().unwrap()),
            [me.as_str()],
            "due again tomorrow"
        );

        // Opting back in makes one due again.
        write(db, |tx| db::digests::set_wanted(tx, &out, true));
        assert!(due(day).contains(&out));
        assert!(!db::digests::opted_out(&mut c, &out).unwrap());
    });
}
