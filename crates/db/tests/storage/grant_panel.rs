//! A call's panel and award in storage, on both backends: panellists are the programme's
//! people, appointed once and removed with their drafts; a declaration is final; a
//! submitted score does not change; adjustments keep their order and reason; an award is
//! accepted once, with its reserve list.

use chrono::NaiveDate;
use db::Origin;
use db::grants::Reach;
use db::grants::applications::Draft;
use domain::candidate::Status as CandidateStatus;
use domain::grant::award::Adjustment;
use domain::grant::terms::{Criterion, Terms};
use domain::grant::{Basis, ProjectOrigin, ProjectType, SharesBy, Status};
use domain::{Conflict, Country, OrganisationKind, Role};
use testkit::{fixtures, on_each_backend};

fn terms() -> Terms {
    Terms {
        title: "Return projects".into(),
        description: String::new(),
        currency: "EUR".into(),
        fund_cents: 1_000_000,
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
        shares_by: SharesBy::None,
        shares: vec![],
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

struct Setup {
    call: String,
    application: String,
    tunis: String,
    milan: String,
    company: String,
}

fn setup(db: &db::Database) -> Setup {
    let p = fixtures::programme(db, "panel");
    let agency =
        fixtures::organisation_in(db, &p, "ANETI", OrganisationKind::OriginAgency, Country::TN);
    let promoter = fixtures::organisation(db, &p, "AFOL", OrganisationKind::Promoter);
    let firm = fixtures::organisation(db, &p, "Acme", OrganisationKind::HostCompany);
    let tunis = fixtures::user(db, "tunis@example.org", &agency, Role::AgencyStaff);
    let milan = fixtures::user(db, "milan@example.org", &promoter, Role::PromoterStaff);
    let company = fixtures::user(db, "firm@example.org", &firm, Role::Company);
    let cands = fixtures::call(db, &p, "2022");
    let who = fixtures::candidate(db, &cands, "Ben Salah", "TN", CandidateStatus::Shortlisted);
    let (call, application) = db
        .write_blocking(&Origin::system(), |tx| {
            let call = db::grants::calls::create(tx, &p, &terms(), "u")?;
            db::grants::eligibles::add(tx, &call, &who, Basis::Completed, "", Country::TN, "u")?;
            let draft = Draft {
                project_type: ProjectType::Entrepreneurial,
                origin: ProjectOrigin::Home,
                title: "A bakery in Sfax".into(),
                summary: String::new(),
                requested_cents: 400_000,
                lang: "fr".into(),
                lines: vec![("equipment".into(), "Oven".into(), 400_000)],
            };
            let a = db::grants::applications::create(tx, &call, &who, &draft)?;
            db::grants::applications::set_status(tx, &a, Status::Draft, Status::Submitted)?;
            db::grants::applications::set_status(tx, &a, Status::Submitted, Status::Eligible)?;
            Ok((call, a))
        })
        .unwrap();
    Setup {
        call,
        application,
        tunis,
        milan,
        company,
    }
}

#[test]
fn panellists_are_the_programmes_people_appointed_once() {
    on_each_backend(|db| {
        let s = setup(db);
        let mut c = db.conn().unwrap();
        let p = db::grants::calls::find(&mut c, &Reach::All, &s.call)
            .unwrap()
            .row
            .programme_id;
        let members = db::grant_panel::panellists::members(&mut c, &p).unwrap();
        let ids: Vec<&str> = members.iter().map(|m| m.user_id.as_str()).collect();
        for u in [&s.tunis, &s.milan, &s.company] {
            assert!(ids.contains(&u.as_str()));
        }
        let tunis = members.iter().find(|m| m.user_id == s.tunis).unwrap();
        assert_eq!(
            (tunis.organisation.as_str(), tunis.country.as_str()),
            ("ANETI", "TN")
        );
        assert_eq!(tunis.role, Role::AgencyStaff);
        drop(c);
        let (first, again) = db
            .write_blocking(&Origin::system(), |tx| {
                let first = db::grant_panel::panellists::appoint(tx, &s.call, &s.tunis, "co")?;
                let again = db::grant_panel::panellists::appoint(tx, &s.call, &s.tunis, "co")?;
                db::grant_panel::panellists::appoint(tx, &s.call, &s.milan, "co")?;
                Ok((first, again))
            })
            .unwrap();
        assert!(first && !again);
        let mut c = db.conn().unwrap();
        let panel = db::grant_panel::panellists::list(&mut c, &s.call).unwrap();
        assert_eq!(panel.len(), 2);
        assert_eq!(
            db::grant_panel::panellists::calls_of(&mut c, &s.tunis).unwrap(),
            std::slice::from_ref(&s.call)
        );
        assert!(!db::grant_panel::panellists::sits(&mut c, &s.call, &s.company).unwrap());
        drop(c);
        // Removing takes the draft with it; a declared conflict stays on record.
        db.write_blocking(&Origin::system(), |tx| {
            db::grant_panel::reviews::declare(tx, &s.call, &s.application, &s.milan, false)?;
            db::grant_panel::reviews::save(
                tx,
                &s.application,
                &s.milan,
                &[Some(7), None],
                "",
                false,
            )?;
            assert!(db::grant_panel::panellists::remove(tx, &s.call, &s.milan)?);
            assert!(!db::grant_panel::panellists::remove(tx, &s.call, &s.milan)?);
            Ok(())
        })
        .unwrap();
        let mut c = db.conn().unwrap();
        assert_eq!(
            db::grant_panel::reviews::find(&mut c, &s.application, &s.milan, 2).unwrap(),
            None
        );
        assert_eq!(
            db::grant_panel::panellists::list(&mut c, &s.call)
                .unwrap()
                .len(),
            1
        );
    });
}

#[test]
fn a_declaration_is_final_and_a_submitted_score_does_not_change() {
    on_each_backend(|db| {
        let s = setup(db);
        let refused = |r: Result<(), db::DbError>| match r {
            Err(db::DbError::Conflict(c)) => c,
            other => panic!("{other:?}"),
        };
        db.write_blocking(&Origin::system(), |tx| {
            db::grant_panel::reviews::declare(tx, &s.call, &s.application, &s.tunis, false)?;
            db::grant_panel::reviews::declare(tx, &s.call, &s.application, &s.milan, true)?;
            Ok(())
        })
        .unwrap();
        let again = db.write_blocking(&Origin::system(), |tx| {
            db::grant_panel::reviews::declare(tx, &s.call, &s.application, &s.milan, false)
        });
        assert_eq!(refused(again), Conflict::AlreadyDeclared);
        let conflicted = db.write_blocking(&Origin::system(), |tx| {
            db::grant_panel::reviews::save(
                tx,
                &s.application,
                &s.milan,
                &[Some(5), Some(5)],
                "",
                false,
            )
        });
        assert_eq!(
            refused(conflicted),
            Conflict::ScoreSubmitted,
            "nothing to score"
        );
        db.write_blocking(&Origin::system(), |tx| {
            db::grant_panel::reviews::save(
                tx,
                &s.application,
                &s.tunis,
                &[Some(7), None],
                "draft",
                false,
            )?;
            db::grant_panel::reviews::save(
                tx,
                &s.application,
                &s.tunis,
                &[Some(8), Some(6)],
                "Solid",
                true,
            )
        })
        .unwrap();
        let later = db.write_blocking(&Origin::system(), |tx| {
            db::grant_panel::reviews::save(
                tx,
                &s.application,
                &s.tunis,
                &[Some(1), Some(1)],
                "",
                true,
            )
        });
        assert_eq!(refused(later), Conflict::ScoreSubmitted);
        let mut c = db.conn().unwrap();
        let mine = db::grant_panel::reviews::find(&mut c, &s.application, &s.tunis, 2)
            .unwrap()
            .unwrap();
        assert!(mine.submitted());
        assert_eq!(mine.complete(), Some(vec![8, 6]));
        assert_eq!(mine.row.comment, "Solid");
        let all = db::grant_panel::reviews::of_call(&mut c, &s.call, None, 2).unwrap();
        assert_eq!(all.len(), 2);
        assert!(
            all.iter()
                .any(|r| r.row.conflict && r.marks == [None, None])
        );
        let one = db::grant_panel::reviews::of_call(&mut c, &s.call, Some(&s.milan), 2).unwrap();
        assert_eq!(one.len(), 1);
        assert!(db::grant_panel::panellists::has_scored(&mut c, &s.call, &s.tunis).unwrap());
        assert!(!db::grant_panel::panellists::has_scored(&mut c, &s.call, &s.milan).unwrap());
    });
}

#[test]
fn adjustments_keep_their_order_and_an_award_is_accepted_once() {
    on_each_backend(|db| {
        let s = setup(db);
        let co = s.milan.clone();
        db.write_blocking(&Origin::system(), |tx| {
            db::locks::grant_call(tx, &s.call)?;
            let reduce = Adjustment::Reduce {
                id: s.application.clone(),
                amount_cents: 300_000,
            };
            db::grant_panel::award::adjust(tx, &s.call, &reduce, "The oven is second-hand", &co)?;
            let exclude = Adjustment::Exclude {
                id: s.application.clone(),
            };
            db::grant_panel::award::adjust(tx, &s.call, &exclude, "Withdrawn by phone", &co)?;
            Ok(())
        })
        .unwrap();
        let mut c = db.conn().unwrap();
        let recorded = db::grant_panel::award::adjustments(&mut c, &s.call).unwrap();
        let kinds: Vec<_> = recorded.iter().map(|r| r.adjustment.kind()).collect();
        assert_eq!(kinds, ["reduce", "exclude"]);
        assert_eq!(recorded[0].reason, "The oven is second-hand");
        assert_eq!(recorded[0].made_by_name, "Test User");
        assert_eq!(
            recorded[0].adjustment,
            Adjustment::Reduce {
                id: s.application.clone(),
                amount_cents: 300_000
            }
        );
        assert!(
            db::grant_panel::award::acceptance(&mut c, &s.call)
                .unwrap()
                .is_none()
        );
        drop(c);
        db.write_blocking(&Origin::system(), |tx| {
            db::grant_panel::award::accept(
                tx,
                &s.call,
                0,
                std::slice::from_ref(&s.application),
                &co,
            )
        })
        .unwrap();
        let twice = db.write_blocking(&Origin::system(), |tx| {
            db::grant_panel::award::accept(tx, &s.call, 0, &[], &co)
        });
        assert!(matches!(
            twice,
            Err(db::DbError::Conflict(Conflict::AwardAccepted))
        ));
        let late = db.write_blocking(&Origin::system(), |tx| {
            let e = Adjustment::Include {
                id: s.application.clone(),
            };
            db::grant_panel::award::adjust(tx, &s.call, &e, "late", &co).map(|_| ())
        });
        assert!(matches!(
            late,
            Err(db::DbError::Conflict(Conflict::AwardAccepted))
        ));
        let mut c = db.conn().unwrap();
        assert_eq!(
            db::grant_panel::award::reserve(&mut c, &s.call).unwrap(),
            std::slice::from_ref(&s.application)
        );
        assert_eq!(
            db::grant_panel::award::acceptance(&mut c, &s.call)
                .unwrap()
                .unwrap()
                .accepted_by,
            co
        );
    });
}
