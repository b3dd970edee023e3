//! Staged selection decisions (issue 11): staged beside the published status, published
//! for a call at once (each once), reversed back to undecided; a staged shortlist counts
//! for matching; a status changed otherwise drops the staged decision.

use db::Origin;
use db::candidates::ListFilter;
use domain::Conflict;
use domain::candidate::Status;
use domain::permission::Scope;
use testkit::fixtures;

fn status(db: &db::Database, id: &str) -> Status {
    let mut conn = db.conn().unwrap();
    db::candidates::find(&mut conn, &Scope::All, "", id)
        .unwrap()
        .status
}

fn stage(db: &db::Database, id: &str, to: Status, reason: &str) -> Result<(), &'static str> {
    db.write_blocking(&Origin::system(), |tx| {
        db::decisions::stage(tx, &Scope::All, "staff", id, to, reason)
    })
    .unwrap()
    .map_err(|e| e.key)
}

fn publish(db: &db::Database, call: &str) -> db::DbResult<Vec<String>> {
    db.write_blocking(&Origin::system(), |tx| {
        db::locks::call(tx, call)?;
        db::decisions::publish(tx, call)
    })
}

#[test]
fn staged_decisions_stay_beside_the_published_status_until_published_once() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "p1");
        let call = fixtures::call(db, &p, "Call");
        let a = fixtures::candidate(db, &call, "Amri", "TN", Status::Eligible);
        let b = fixtures::candidate(db, &call, "Bennani", "MA", Status::Eligible);
        let c = fixtures::candidate(db, &call, "Chaabane", "TN", Status::Eligible);
        let kept = fixtures::candidate(db, &call, "Dridi", "TN", Status::Shortlisted);
        let sent = fixtures::candidate(db, &call, "Essafi", "TN", Status::Submitted);

        assert_eq!(stage(db, &a, Status::Shortlisted, ""), Ok(()));
        assert_eq!(stage(db, &b, Status::Shortlisted, ""), Ok(()));
        // It changes freely until published.
        assert_eq!(stage(db, &b, Status::WaitingList, ""), Ok(()));
        assert_eq!(
            stage(db, &c, Status::Rejected, " "),
            Err("error-reason-required")
        );
        assert_eq!(stage(db, &c, Status::Rejected, "Italian below A2"), Ok(()));
        assert_eq!(
            stage(db, &sent, Status::Shortlisted, ""),
            Err("decisions-error-not-stageable"),
            "an application is screened before it is decided"
        );
        assert_eq!(
            stage(db, &kept, Status::Rejected, "x"),
            Err("decisions-error-not-stageable"),
            "a published shortlist is reversed, not restaged"
        );

        // What the candidates see has not moved.
        for id in [&a, &b, &c] {
            assert_eq!(status(db, id), Status::Eligible);
        }
        let mut conn = db.conn().unwrap();
        let staged = db::decisions::staged_of(&mut conn, &b).unwrap().unwrap();
        assert_eq!(staged.decision, Status::WaitingList);

        // Staff match on the staged shortlist with the published one.
        let mut matched: Vec<String> = db::matching::shortlisted(&mut conn, &call)
            .unwrap()
            .into_iter()
            .map(|(c, _)| c.id)
            .collect();
        matched.sort();
        let mut expected = vec![a.clone(), kept.clone()];
        expected.sort();
        assert_eq!(matched, expected);
        // The matching pages' narrow read names the same people.
        let named: Vec<String> = db::matching::shortlisted_names(&mut conn, &call)
            .unwrap()
            .into_iter()
            .map(|c| c.id)
            .collect();
        assert_eq!(named, expected);

        // The list filters on a staged decision.
        let f = ListFilter {
            staged: Some("rejected".into()),
            per_page: 50,
            ..Default::default()
        };
        let (rows, total) = db::candidates::list(&mut conn, &Scope::All, "", &f).unwrap();
        assert_eq!((total, rows[0].id.as_str()), (1, c.as_str()));

        let call_row = db::calls::find_published(&mut conn, &call).unwrap();
        let preview = db::decisions::preview(&mut conn, &call_row).unwrap();
        assert_eq!(
            (preview.shortlisted, preview.waiting_list, preview.rejected),
            (1, 1, 1)
        );
        assert_eq!(preview.messages, 3);
        assert_eq!(
            preview.shortlist_after, 2,
            "the published one and the staged one"
        );
        let mut tasks = db::decisions::count_by_call(&mut conn, &Scope::All).unwrap();
        assert_eq!(tasks.pop(), Some((call.clone(), 3)));
        let other = Scope::Programmes(vec!["another".into()]);
        assert!(
            db::decisions::count_by_call(&mut conn, &other)
                .unwrap()
                .is_empty()
        );

        let mut decided = publish(db, &call).unwrap();
        decided.sort();
        let mut all = vec![a.clone(), b.clone(), c.clone()];
        all.sort();
        assert_eq!(decided, all);
        assert_eq!(status(db, &a), Status::Shortlisted);
        assert_eq!(status(db, &b), Status::WaitingList);
        assert_eq!(status(db, &c), Status::Rejected);
        let rejected = db::candidates::find(&mut conn, &Scope::All, "", &c).unwrap();
        assert_eq!(
            rejected.decision_reason.as_deref(),
            Some("Italian below A2")
        );
        assert!(db::decisions::staged_of(&mut conn, &a).unwrap().is_none());

        // The same decisions are not published twice.
        assert!(matches!(
            publish(db, &call),
            Err(db::DbError::Conflict(Conflict::NothingStaged))
        ));
        let audit = db::audit::recent(&mut conn, 100, None).unwrap();
        let count = |action: &str| audit.iter().filter(|r| r.action == action).count();
        assert_eq!(count("candidate.decision.stage"), 4);
        assert_eq!(count("candidate.decision.publish"), 3);
        assert_eq!(count("call.decisions.publish"), 1);

        // A waiting list moves on by staging again.
        assert_eq!(stage(db, &b, Status::Shortlisted, ""), Ok(()));
    });
}

#[test]
fn a_reversal_makes_the_application_undecided_with_its_reason() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "p1");
        let call = fixtures::call(db, &p, "Call");
        let a = fixtures::candidate(db, &call, "Amri", "TN", Status::Shortlisted);
        let e = fixtures::candidate(db, &call, "Bennani", "MA", Status::Eligible);
        let reverse = |id: &str, scope: &Scope| {
            db.write_blocking(&Origin::system(), |tx| {
                db::decisions::reverse(tx, scope, "coordinator", id, "Documents did not match")
            })
        };
        assert!(matches!(
            reverse(&a, &Scope::Programmes(vec!["another".into()])),
            Err(db::DbError::NotFound)
        ));
        assert_eq!(reverse(&a, &Scope::All).unwrap(), Status::Shortlisted);
        assert_eq!(status(db, &a), Status::Eligible);
        assert!(matches!(
            reverse(&a, &Scope::All),
            Err(db::DbError::Conflict(Conflict::NotDecided))
        ));
        assert!(matches!(
            reverse(&e, &Scope::All),
            Err(db::DbError::Conflict(Conflict::NotDecided))
        ));
        let mut conn = db.conn().unwrap();
        let c = db::candidates::find(&mut conn, &Scope::All, "", &a).unwrap();
        let last = db::candidates::events(&mut conn, &c)
            .unwrap()
            .pop()
            .unwrap();
        assert_eq!(last.kind, "decision-reversed");
        assert_eq!(last.from_status.as_deref(), Some("shortlisted"));
        assert_eq!(last.note.as_deref(), Some("Documents did not match"));
        let audit = db::audit::recent(&mut conn, 20, None).unwrap();
        assert!(
            audit
                .iter()
                .any(|r| r.action == "candidate.decision.reverse")
        );
    });
}

#[test]
fn a_status_changed_otherwise_drops_the_staged_decision() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "p1");
        let call = fixtures::call(db, &p, "Call");
        let a = fixtures::candidate(db, &call, "Amri", "TN", Status::Eligible);
        assert_eq!(stage(db, &a, Status::Shortlisted, ""), Ok(()));
        db.write_blocking(&Origin::system(), |tx| {
            db::candidates::set_status(tx, &Scope::All, "", &a, Status::Ineligible, "Not resident")
        })
        .unwrap()
        .unwrap();
        let mut conn = db.conn().unwrap();
        assert!(db::decisions::staged_of(&mut conn, &a).unwrap().is_none());
        assert!(matches!(
            publish(db, &call),
            Err(db::DbError::Conflict(Conflict::NothingStaged))
        ));
        // Withdrawing what is not staged says so.
        assert!(matches!(
            db.write_blocking(&Origin::system(), |tx| {
                db::decisions::withdraw(tx, &Scope::All, "", &a)
            }),
            Err(db::DbError::Conflict(Conflict::NothingStaged))
        ));
    });
}

#[test]
fn a_placed_candidates_decision_is_not_reversed() {
    testkit::on_each_backend(|db| {
        use domain::position::{PositionFields, PositionStatus};
        let p1 = fixtures::programme(db, "p1");
        let call = fixtures::call(db, &p1, "Call");
        let company = fixtures::organisation(
            db,
            &p1,
            "Company A Srl",
            domain::OrganisationKind::HostCompany,
        );
        let a = fixtures::candidate(db, &call, "Amri", "TN", Status::Shortlisted);
        let draft = PositionFields {
            title: "Developer".into(),
            occupation: "software developer".into(),
            min_italian: "A2".into(),
            education_level: "4".into(),
            city: "Milano".into(),
            starts_on: "2027-03-01".into(),
            duration_months: "6".into(),
            hours_per_week: "30".into(),
            allowance: "600".into(),
            tutor_name: "Luca".into(),
            places: "1".into(),
            ..Default::default()
        }
        .parse(chrono::Utc::now().date_naive())
        .unwrap();
        db.write_blocking(&Origin::system(), |tx| {
            let position = db::positions::create(tx, &p1, &company, &draft)?;
            db::positions::set_status(tx, &position, PositionStatus::Open, "")?;
            db::matching::propose(
                tx,
                &call,
                &db::matching::Proposal {
                    candidate_id: a.clone(),
                    position_id: position,
                    company_id: company.clone(),
                    score: 10,
                },
            )
        })
        .unwrap();
        let r = db.write_blocking(&Origin::system(), |tx| {
            db::decisions::reverse(tx, &Scope::All, "coordinator", &a, "Appeal")
        });
        assert!(matches!(
            r,
            Err(db::DbError::Conflict(Conflict::CandidatePlaced))
        ));
        assert_eq!(status(db, &a), Status::Shortlisted);
        // The matching page's count of standing placements agrees with the rows.
        let mut conn = db.conn().unwrap();
        assert_eq!(
            db::matching::active_placement_count(&mut conn, &call).unwrap(),
            1
        );
        let other = fixtures::call(db, &p1, "Other");
        assert_eq!(
            db::matching::active_placement_count(&mut conn, &other).unwrap(),
            0
        );
    });
}

#[test]
fn a_call_s_runs_are_listed_newest_first_without_their_problems() {
    testkit::on_each_backend(|db| {
        let p = fixtures::programme(db, "p1");
        let call = fixtures::call(db, &p, "Call");
        let mut conn = db.conn().unwrap();
        assert!(
            db::matching::newest_problem(&mut conn, &call)
                .unwrap()
                .is_none()
        );
        let run = |problem: &str, score: i64| {
            let (call, problem) = (call.clone(), problem.to_owned());
            db.write_blocking(&Origin::system(), move |tx| {
                let new = db::matching::NewRun {
                    call_id: &call,
                    method: "optimal",
                    problem: &problem,
                    result: "{}",
                    total_score: score,
                    pair_count: 2,
                };
                db::matching::create_run(tx, &new)
            })
            .unwrap()
        };
        let first = run("{\"first\":1}", 10);
        std::thread::sleep(std::time::Duration::from_millis(5));
        let second = run("{\"second\":2}", 20);
        let listed = db::matching::run_summaries(&mut conn, &call).unwrap();
        let ids: Vec<&str> = listed.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, [second.as_str(), first.as_str()]);
        assert_eq!((listed[0].total_score, listed[0].pair_count), (20, 2));
        assert_eq!(
            db::matching::newest_problem(&mut conn, &call)
                .unwrap()
                .as_deref(),
            Some("{\"second\":2}")
        );
        let whole = db::matching::find_run(&mut conn, &first).unwrap();
        assert_eq!(whole.summary().id, first);
    });
}
