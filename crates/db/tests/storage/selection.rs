//! Selection storage: criteria per call, each assessor's own scores, interviews, the
//! ranking inputs within scope, and the outbox's enqueue / due / sent cycle.

use chrono::{Duration, Utc};
use db::Origin;
use db::outbox::{self, NewMail};
use db::selection::{self, ScoreInput};
use domain::candidate::Status;
use domain::permission::Scope;
use domain::selection::{CriterionDraft, InterviewDraft};
use domain::{Country, OrganisationKind, Role};
use testkit::fixtures;

fn draft(name: &str, weight: i64, max: i64) -> CriterionDraft {
    CriterionDraft {
        name: name.into(),
        weight,
        max_score: max,
    }
}

fn input(criterion: &str, score: Option<i64>) -> ScoreInput {
    ScoreInput {
        criterion_id: criterion.into(),
        score,
        note: None,
    }
}

#[test]
fn assessors_keep_their_own_scores_within_their_reach() {
    testkit::on_each_backend(|db| {
        let p1 = fixtures::programme(db, "p1");
        let lead = fixtures::organisation(db, &p1, "Lead", OrganisationKind::LeadPartner);
        let aneti = fixtures::organisation_in(
            db,
            &p1,
            "ANETI",
            OrganisationKind::OriginAgency,
            Country::TN,
        );
        let a1 = fixtures::user(db, "a1@example.org", &aneti, Role::AgencyStaff);
        let a2 = fixtures::user(db, "a2@example.org", &lead, Role::Coordinator);
        let call = fixtures::call(db, &p1, "Call");
        let tn = fixtures::candidate(db, &call, "Trabelsi", "TN", Status::Eligible);
        let ma = fixtures::candidate(db, &call, "Alaoui", "MA", Status::Eligible);
        let all = Scope::All;
        let sys = Origin::system();
        let (k1, k2) = db
            .write_blocking(&sys, |tx| {
                Ok((
                    selection::add_criterion(tx, &all, &call, &draft("Motivation", 50, 10))?,
                    selection::add_criterion(tx, &all, &call, &draft("Italian", 50, 10))?,
                ))
            })
            .unwrap();
        {
            let mut conn = db.conn().unwrap();
            let order: Vec<String> = selection::criteria(&mut conn, &call)
                .unwrap_or_default()
                .into_iter()
                .map(|k| k.id)
                .collect();
            assert_eq!(
                order,
                [k1.clone(), k2.clone()],
                "in the order they were added"
            );
        }
        let dup = db.write_blocking(&sys, |tx| {
            selection::add_criterion(tx, &all, &call, &draft("Motivation", 1, 1))
        });
        assert!(matches!(
            dup,
            Err(db::DbError::Conflict(domain::Conflict::CriterionTaken))
        ));

        let agency = Scope::Residence(vec![aneti.clone()]);
        let save = |actor: &str, scope: &Scope, id: &str, inputs: Vec<ScoreInput>| {
            db.write_blocking(&Origin::user(actor, "r"), |tx| {
                selection::save_scores(tx, scope, actor, id, &inputs)
            })
        };
        assert!(matches!(
            save(
                &a1,
                &agency,
                &tn,
                vec![input(&k1, Some(8)), input(&k2, Some(6))]
            ),
            Ok(Ok(()))
        ));
        assert!(matches!(
            save(&a2, &all, &tn, vec![input(&k1, Some(4))]),
            Ok(Ok(()))
        ));
        // Out of reach: the Moroccan application is not found for the Tunisian agency.
        assert!(matches!(
            save(&a1, &agency, &ma, vec![input(&k1, Some(1))]),
            Err(db::DbError::NotFound)
        ));
        // Above the criterion's maximum: refused, nothing written.
        assert!(matches!(
            save(&a1, &agency, &tn, vec![input(&k1, Some(11))]),
            Ok(Err(_))
        ));
        // Withdrawing one's own score leaves the other assessor's.
        assert!(matches!(
            save(&a1, &agency, &tn, vec![input(&k1, None)]),
            Ok(Ok(()))
        ));

        let mut conn = db.conn().unwrap();
        let c = db::candidates::find(&mut conn, &all, "", &tn).unwrap();
        let rows = selection::scores_of(&mut conn, &c).unwrap_or_default();
        let mut got: Vec<(String, String, i64)> = rows
            .iter()
            .map(|r| (r.assessor_id.clone(), r.criterion_id.clone(), r.score))
            .collect();
        got.sort();
        let mut want = vec![(a1.clone(), k2.clone(), 6), (a2.clone(), k1.clone(), 4)];
        want.sort();
        assert_eq!(got, want);
        let events = db::candidates::events(&mut conn, &c).unwrap_or_default();
        assert_eq!(events.iter().filter(|e| e.kind == "score").count(), 3);

        // A scored criterion stays; the ranking of the agency reaches Tunisia only.
        let removed =
            db.write_blocking(&sys, |tx| selection::remove_criterion(tx, &all, &call, &k1));
        assert!(matches!(
            removed,
            Err(db::DbError::Conflict(domain::Conflict::CriterionScored))
        ));
        let inputs = selection::ranking_inputs(&mut conn, &agency, &a1, &call).unwrap();
        assert_eq!(inputs.candidates.len(), 1);
        assert_eq!(inputs.scores.get(&tn).map(Vec::len), Some(2));

        // Interviews: scheduled, then scored; the latest scored one counts.
        let when = chrono::NaiveDate::from_ymd_opt(2022, 4, 12)
            .and_then(|d| d.and_hms_opt(10, 30, 0))
            .unwrap_or_default();
        let iv = db
            .write_blocking(&Origin::user(&a1, "r"), |tx| {
                selection::schedule_interview(
                    tx,
                    &agency,
                    &a1,
                    &tn,
                    &InterviewDraft {
                        scheduled_at: when,
                        place: "ANETI, Tunis".into(),
                        panel: "A. Ben Ali".into(),
                    },
                )
            })
            .unwrap()
            .unwrap();
        assert_eq!(
            selection::interview_score(&mut conn, &c).unwrap_or_default(),
            None
        );
        let r = db.write_blocking(&Origin::user(&a2, "r"), |tx| {
            selection::record_interview(tx, &all, &a2, &tn, &iv, Some(Some("Good")), 80)
        });
        assert!(matches!(r, Ok(Ok(()))));
        assert_eq!(
            selection::interview_score(&mut conn, &c).unwrap_or_default(),
            Some(80)
        );
        let inputs = selection::ranking_inputs(&mut conn, &all, &a2, &call).unwrap();
        assert_eq!(inputs.interviews.get(&tn), Some(&80));
    });
}

#[test]
fn the_outbox_gives_due_messages_until_sent_and_backs_off_after_failures() {
    testkit::on_each_backend(|db| {
        let sys = Origin::system();
        let id = db
            .write_blocking(&sys, |tx| {
                outbox::enqueue(
                    tx,
                    NewMail {
                        recipient: "amina@example.tn".into(),
                        subject: "S".into(),
                        body: "B".into(),
                        locale: "ar".into(),
                        kind: "candidate.decision".into(),
                    },
                )
            })
            .unwrap();
        let mut conn = db.conn().unwrap();
        let now = Utc::now().naive_utc() + Duration::seconds(1);
        assert_eq!(outbox::due(&mut conn, now, 10).unwrap_or_default().len(), 1);
        db.write_blocking(&sys, |tx| {
            outbox::claim(tx, &id, now)?;
            outbox::mark_failed(tx, &id, "connection refused")
        })
        .unwrap();
        assert!(
            outbox::due(&mut conn, now, 10)
                .unwrap_or_default()
                .is_empty(),
            "waits"
        );
        let later = now + Duration::minutes(5);
        assert_eq!(
            outbox::due(&mut conn, later, 10).unwrap_or_default().len(),
            1
        );
        db.write_blocking(&sys, |tx| {
            outbox::claim(tx, &id, later)?;
            outbox::mark_sent(tx, &id)
        })
        .unwrap();
        assert!(
            outbox::due(&mut conn, later, 10)
                .unwrap_or_default()
                .is_empty()
        );
        let list = outbox::recent(&mut conn, 10).unwrap_or_default();
        assert_eq!(list[0].state(), outbox::State::Sent);
        assert_eq!(list[0].attempts, 2);
        assert_eq!(list[0].last_error, None);
        let actions: Vec<String> = db::audit::recent(&mut conn, 5, None)
            .unwrap_or_default()
            .into_iter()
            .map(|r| r.action)
            .collect();
        assert_eq!(
            actions,
            [
                "outbox.sent",
                "outbox.claim",
                "outbox.failed",
                "outbox.claim",
                "outbox.enqueue"
            ]
        );
    });
}
