//! Calls for proposals in storage, on both backends: a call is reached by its programme's
//! staff and by the people on its eligibility list, nobody else; its terms come back as
//! published and are replaced whole; an application is one per person and call, its draft
//! is replaced with its lines, and its status moves only from the status read.

use chrono::NaiveDate;
use db::Origin;
use db::grants::Reach;
use db::grants::applications::Draft;
use domain::Country;
use domain::candidate::Status as CandidateStatus;
use domain::grant::terms::{Criterion, Share, Terms};
use domain::grant::{Basis, ProjectOrigin, ProjectType, SharesBy, Status};
use testkit::{fixtures, on_each_backend};

fn terms() -> Terms {
    Terms {
        title: "Return projects".into(),
        description: "For those who completed a traineeship".into(),
        currency: "EUR".into(),
        fund_cents: 10_000_000,
        min_grant_cents: 100_000,
        max_grant_cents: 500_000,
        opens_on: NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(),
        closes_on: NaiveDate::from_ymd_opt(2024, 4, 30).unwrap(),
        quality_threshold: 60,
        partial_last: true,
        entrepreneurial: true,
        professional: true,
        from_italy: true,
        from_home: true,
        shares_by: SharesBy::Country,
        shares: vec![Share {
            group: "TN".into(),
            max_cents: 6_000_000,
        }],
        criteria: vec![
            Criterion {
                label: "Feasibility".into(),
                weight: 60,
            },
            Criterion {
                label: "Impact".into(),
                weight: 40,
            },
        ],
    }
}

fn draft(title: &str) -> Draft {
    Draft {
        project_type: ProjectType::Entrepreneurial,
        origin: ProjectOrigin::Home,
        title: title.into(),
        summary: "A bakery in Sfax".into(),
        requested_cents: 400_000,
        lang: "ar".into(),
        lines: vec![
            ("equipment".into(), "Oven".into(), 300_000),
            ("rent".into(), "Six months".into(), 100_000),
        ],
    }
}

#[test]
fn calls_are_reached_by_their_programme_and_their_eligible_people() {
    on_each_backend(|db| {
        let p1 = fixtures::programme(db, "g-one");
        let p2 = fixtures::programme(db, "g-two");
        let call = fixtures::call(db, &p1, "2022");
        let listed =
            fixtures::candidate(db, &call, "Ben Salah", "TN", CandidateStatus::Shortlisted);
        let other = fixtures::candidate(db, &call, "Alaoui", "MA", CandidateStatus::Shortlisted);
        let (id, added, again) = db
            .write_blocking(&Origin::system(), |tx| {
                let id = db::grants::calls::create(tx, &p1, &terms(), "u")?;
                let added = db::grants::eligibles::add(
                    tx,
                    &id,
                    &listed,
                    Basis::Recovered,
                    "Visa refused in 2023; recovered by the committee",
                    Country::TN,
                    "u",
                )?;
                let again = db::grants::eligibles::add(
                    tx,
                    &id,
                    &listed,
                    Basis::Completed,
                    "",
                    Country::TN,
                    "u",
                )?;
                Ok((id, added, again))
            })
            .unwrap();
        assert!(added && !again, "a person is on a list once");
        let mut c = db.conn().unwrap();
        let call_back = db::grants::calls::find(&mut c, &Reach::All, &id).unwrap();
        assert_eq!(call_back.terms(), terms());
        for reach in [
            Reach::Programmes(vec![p1.clone()]),
            Reach::Own(vec![listed.clone()]),
        ] {
            assert!(
                db::grants::calls::find(&mut c, &reach, &id).is_ok(),
                "{reach:?}"
            );
            assert_eq!(db::grants::calls::list(&mut c, &reach).unwrap().len(), 1);
        }
        for reach in [
            Reach::Programmes(vec![p2.clone()]),
            Reach::Own(vec![other.clone()]),
            Reach::Own(vec![]),
        ] {
            assert!(
                matches!(
                    db::grants::calls::find(&mut c, &reach, &id),
                    Err(db::DbError::NotFound)
                ),
                "{reach:?}"
            );
            assert!(db::grants::calls::list(&mut c, &reach).unwrap().is_empty());
        }
        let list = db::grants::eligibles::list(&mut c, &id).unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].eligible.basis, Basis::Recovered);
        assert_eq!(list[0].family_name, "Ben Salah");

        let mut changed = terms();
        changed.shares_by = SharesBy::None;
        changed.shares.clear();
        changed.criteria.pop();
        changed.criteria[0].weight = 100;
        db.write_blocking(&Origin::system(), |tx| {
            db::grants::calls::update(tx, &id, &changed)
        })
        .unwrap();
        let back = db::grants::calls::find(&mut c, &Reach::All, &id).unwrap();
        assert_eq!(back.terms(), changed);
    });
}

#[test]
fn an_application_moves_only_from_the_status_read() {
    on_each_backend(|db| {
        let p = fixtures::programme(db, "g-apply");
        let call = fixtures::call(db, &p, "2022");
        let person = fixtures::candidate(db, &call, "Trabelsi", "TN", CandidateStatus::Shortlisted);
        let stranger =
            fixtures::candidate(db, &call, "Idrissi", "MA", CandidateStatus::Shortlisted);
        let id = db
            .write_blocking(&Origin::system(), |tx| {
                let g = db::grants::calls::create(tx, &p, &terms(), "u")?;
                db::grants::eligibles::add(
                    tx,
                    &g,
                    &person,
                    Basis::Completed,
                    "",
                    Country::TN,
                    "u",
                )?;
                db::grants::applications::create(tx, &g, &person, &draft("Bakery"))
            })
            .unwrap();
        let mut c = db.conn().unwrap();
        let row = db::grants::applications::find(&mut c, &Reach::All, &id).unwrap();
        assert_eq!(row.status, Status::Draft);
        assert!(row.reference.starts_with("GP-") && row.reference.len() == 11);
        let g = row.call_id.clone();

        let twice = db.write_blocking(&Origin::system(), |tx| {
            db::grants::applications::create(tx, &g, &person, &draft("Again"))
        });
        assert!(
            matches!(twice, Err(db::DbError::Conflict(_))),
            "one per person"
        );

        let mut d = draft("Bakery and café");
        d.lines.truncate(1);
        d.requested_cents = 300_000;
        db.write_blocking(&Origin::system(), |tx| {
            db::grants::applications::save(tx, &id, &d)?;
            db::grants::applications::set_status(tx, &id, Status::Draft, Status::Submitted)
        })
        .unwrap();
        let row =
            db::grants::applications::find(&mut c, &Reach::Own(vec![person.clone()]), &id).unwrap();
        assert_eq!(
            (row.title.as_str(), row.status),
            ("Bakery and café", Status::Submitted)
        );
        assert!(row.submitted_at.is_some());
        assert_eq!(
            db::grants::applications::lines(&mut c, &id).unwrap().len(),
            1
        );
        assert!(matches!(
            db::grants::applications::find(&mut c, &Reach::Own(vec![stranger]), &id),
            Err(db::DbError::NotFound)
        ));

        // A submitted application no longer changes, and a stale move is refused.
        let late = db.write_blocking(&Origin::system(), |tx| {
            db::grants::applications::save(tx, &id, &draft("Late"))
        });
        assert!(matches!(late, Err(db::DbError::Conflict(_))));
        let stale = db.write_blocking(&Origin::system(), |tx| {
            db::grants::applications::set_status(tx, &id, Status::Draft, Status::Withdrawn)
        });
        assert!(matches!(stale, Err(db::DbError::Conflict(_))));

        db.write_blocking(&Origin::system(), |tx| {
            db::grants::applications::record_check(tx, &id, &[(0, true)], "Within bounds", "u")?;
            db::grants::applications::set_status(tx, &id, Status::Submitted, Status::Eligible)
        })
        .unwrap();
        let listed =
            db::grants::applications::list(&mut c, &Reach::Programmes(vec![p.clone()]), &g, false)
                .unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].country, Country::TN);
        assert_eq!(listed[0].application.status, Status::Eligible);
        assert_eq!(
            db::grants::applications::lines(&mut c, &id).unwrap()[0].eligible,
            Some(true)
        );
    });
}

#[test]
fn a_grant_is_given_once_and_moves_along_its_workflow() {
    use domain::grant::GrantState;
    on_each_backend(|db| {
        let p = fixtures::programme(db, "g-award");
        let call = fixtures::call(db, &p, "2022");
        let person = fixtures::candidate(db, &call, "Chebbi", "TN", CandidateStatus::Shortlisted);
        let (g, id) = db
            .write_blocking(&Origin::system(), |tx| {
                let g = db::grants::calls::create(tx, &p, &terms(), "u")?;
                db::grants::eligibles::add(
                    tx,
                    &g,
                    &person,
                    Basis::Completed,
                    "",
                    Country::TN,
                    "u",
                )?;
                let id = db::grants::applications::create(tx, &g, &person, &draft("Bakery"))?;
                db::grants::awards::create(tx, &g, &id, 350_000, "reduced: oven second-hand", "u")?;
                Ok((g, id))
            })
            .unwrap();
        let twice = db.write_blocking(&Origin::system(), |tx| {
            db::grants::awards::create(tx, &g, &id, 400_000, "", "u")
        });
        assert!(matches!(twice, Err(db::DbError::Conflict(_))));
        let signed = NaiveDate::from_ymd_opt(2024, 6, 3).unwrap();
        db.write_blocking(&Origin::system(), |tx| {
            db::grants::awards::set_state(tx, &id, GrantState::Awarded, GrantState::Agreed, signed)
        })
        .unwrap();
        let stale = db.write_blocking(&Origin::system(), |tx| {
            db::grants::awards::set_state(
                tx,
                &id,
                GrantState::Awarded,
                GrantState::Cancelled,
                signed,
            )
        });
        assert!(matches!(stale, Err(db::DbError::Conflict(_))));
        let mut c = db.conn().unwrap();
        let grant = db::grants::awards::of_application(&mut c, &id)
            .unwrap()
            .unwrap();
        assert_eq!(
            (grant.amount_cents, grant.state, grant.agreed_on),
            (350_000, GrantState::Agreed, Some(signed))
        );
        assert_eq!(db::grants::awards::of_call(&mut c, &g).unwrap().len(), 1);
    });
}
