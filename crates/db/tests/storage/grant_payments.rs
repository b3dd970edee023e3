//! Grants after the award in storage, on both backends: a grant is reached by its
//! programme's staff and its grantee only; its plan is replaced around the tranches kept;
//! disbursements add up per tranche and per grant; a report is reviewed once.

use chrono::NaiveDate;
use db::Origin;
use db::grants::Reach;
use db::grants::payments::disbursements::DisbursementRow;
use db::grants::payments::reports::ReportRow;
use domain::Country;
use domain::candidate::Status as CandidateStatus;
use domain::grant::payment::disbursement::PayCurrency;
use domain::grant::payment::plan::Tranche;
use domain::grant::payment::{Milestone, ReportStatus};
use domain::grant::{GrantState, ProjectOrigin, ProjectType};
use testkit::grant_payments::{grant, grant_call};
use testkit::{fixtures, on_each_backend};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn tranche(label: &str, cents: i64, due: NaiveDate, m: Milestone) -> Tranche {
    Tranche {
        label: label.into(),
        amount_cents: cents,
        due_on: due,
        milestone: m,
    }
}

#[test]
fn grants_are_reached_by_their_programme_and_their_grantee() {
    on_each_backend(|db| {
        let p1 = fixtures::programme(db, "gp-one");
        let p2 = fixtures::programme(db, "gp-two");
        let call = fixtures::call(db, &p1, "2022");
        let a = fixtures::candidate(db, &call, "Ben Salah", "TN", CandidateStatus::Shortlisted);
        let b = fixtures::candidate(db, &call, "Alaoui", "MA", CandidateStatus::Shortlisted);
        let gc = grant_call(db, &p1, "Return projects");
        let ga = grant(
            db,
            &gc,
            &a,
            Country::TN,
            ProjectType::Entrepreneurial,
            ProjectOrigin::Home,
            500_000,
        );
        let gb = grant(
            db,
            &gc,
            &b,
            Country::MA,
            ProjectType::Professional,
            ProjectOrigin::Italy,
            250_000,
        );
        let mut c = db.conn().unwrap();
        use db::grants::payments::listing;
        let all = listing::list(&mut c, &Reach::Programmes(vec![p1.clone()]), Some(&gc)).unwrap();
        assert_eq!(all.len(), 2);
        let first = all.iter().find(|g| g.award.application_id == ga).unwrap();
        assert_eq!(
            (first.country, first.family_name.as_str()),
            (Country::TN, "Ben Salah")
        );
        assert_eq!(first.award.state, GrantState::Awarded);
        assert_eq!(first.currency, "EUR");
        let own = listing::list(&mut c, &Reach::Own(vec![b.clone()]), None).unwrap();
        assert_eq!(
            own.iter()
                .map(|g| g.award.application_id.clone())
                .collect::<Vec<_>>(),
            vec![gb.clone()]
        );
        assert!(
            listing::list(&mut c, &Reach::Programmes(vec![p2]), None)
                .unwrap()
                .is_empty()
        );
        assert!(matches!(
            listing::find(&mut c, &Reach::Own(vec![b.clone()]), &ga),
            Err(db::DbError::NotFound)
        ));
        assert!(listing::find(&mut c, &Reach::Own(vec![a]), &ga).is_ok());
    });
}

#[test]
fn plans_are_replaced_around_the_tranches_kept_and_payments_add_up() {
    on_each_backend(|db| {
        let p = fixtures::programme(db, "gp-plan");
        let call = fixtures::call(db, &p, "2022");
        let a = fixtures::candidate(db, &call, "Trabelsi", "TN", CandidateStatus::Shortlisted);
        let gc = grant_call(db, &p, "Return projects");
        let g = grant(
            db,
            &gc,
            &a,
            Country::TN,
            ProjectType::Entrepreneurial,
            ProjectOrigin::Home,
            500_000,
        );
        use db::grants::payments as pay;
        db.write_blocking(&Origin::system(), |tx| {
            pay::set_plan(
                tx,
                &g,
                &[],
                &[
                    tranche(
                        "At signature",
                        300_000,
                        ymd(2024, 6, 14),
                        Milestone::Signature,
                    ),
                    tranche(
                        "After the final report",
                        200_000,
                        ymd(2025, 6, 14),
                        Milestone::Final,
                    ),
                ],
            )
        })
        .unwrap();
        let mut c = db.conn().unwrap();
        let plan = pay::tranches(&mut c, &g).unwrap();
        assert_eq!(
            plan.iter().map(|t| t.amount_cents).collect::<Vec<_>>(),
            [300_000, 200_000]
        );
        let first = plan[0].clone();
        assert_eq!(first.milestone, Milestone::Signature);
        let pay_one = |id: &str, cents: i64, local: Option<(i64, i64)>| DisbursementRow {
            id: id.into(),
            application_id: g.clone(),
            tranche_id: first.id.clone(),
            paid_on: ymd(2024, 7, 10),
            amount_cents: cents,
            currency: if local.is_some() {
                PayCurrency::Tnd
            } else {
                PayCurrency::Eur
            },
            local_milli: local.map(|l| l.0),
            rate_micro: local.map(|l| l.1),
            recorded_by: "u".into(),
            recorded_at: ymd(2024, 7, 10).and_hms_opt(9, 0, 0).unwrap(),
        };
        db.write_blocking(&Origin::system(), |tx| {
            pay::lock(tx, &g)?;
            pay::disbursements::add(tx, &pay_one("d1", 100_000, Some((3_371_200, 3_371_200))))?;
            pay::disbursements::add(tx, &pay_one("d2", 200_000, None))
        })
        .unwrap();
        assert_eq!(
            pay::paid_by_tranche(&mut c, &g).unwrap(),
            vec![(first.id.clone(), 300_000)]
        );
        assert_eq!(
            pay::disbursements::paid_by_grant(&mut c, std::slice::from_ref(&g)).unwrap(),
            vec![(g.clone(), 300_000)]
        );
        let stored = pay::disbursements::of_grant(&mut c, &g).unwrap();
        assert_eq!(stored[0].currency, PayCurrency::Tnd);
        assert_eq!(
            (stored[0].local_milli, stored[0].rate_micro),
            (Some(3_371_200), Some(3_371_200))
        );
        // The paid tranche stays; the rest is replaced by a mid-term and a final tranche.
        db.write_blocking(&Origin::system(), |tx| {
            pay::set_plan(
                tx,
                &g,
                std::slice::from_ref(&first.id),
                &[
                    tranche("Mid-term", 100_000, ymd(2024, 12, 14), Milestone::Midterm),
                    tranche("Final", 100_000, ymd(2025, 6, 14), Milestone::Final),
                ],
            )?;
            pay::record_change(tx, &g, pay::CHANGE_PLAN, "Equipment bought earlier", "u")
        })
        .unwrap();
        let plan = pay::tranches(&mut c, &g).unwrap();
        assert_eq!(
            plan.iter()
                .map(|t| (t.milestone, t.amount_cents))
                .collect::<Vec<_>>(),
            [
                (Milestone::Signature, 300_000),
                (Milestone::Midterm, 100_000),
                (Milestone::Final, 100_000)
            ]
        );
        assert_eq!(plan[0].id, first.id);
        assert_eq!(
            pay::changes(&mut c, &g).unwrap()[0].reason,
            "Equipment bought earlier"
        );
    });
}

#[test]
fn a_report_is_reviewed_once() {
    on_each_backend(|db| {
        let p = fixtures::programme(db, "gp-rep");
        let call = fixtures::call(db, &p, "2022");
        let a = fixtures::candidate(db, &call, "Idrissi", "MA", CandidateStatus::Shortlisted);
        let gc = grant_call(db, &p, "Return projects");
        let g = grant(
            db,
            &gc,
            &a,
            Country::MA,
            ProjectType::Professional,
            ProjectOrigin::Home,
            300_000,
        );
        use db::grants::payments::reports;
        let row = ReportRow {
            id: db::id::new_id(),
            application_id: g.clone(),
            milestone: Milestone::Final,
            done: "Certified as a welder".into(),
            spent_cents: 280_000,
            document_id: None,
            content_type: None,
            size_bytes: None,
            sha256: None,
            status: ReportStatus::Submitted,
            review_note: String::new(),
            submitted_by: "grantee".into(),
            submitted_at: ymd(2025, 5, 2).and_hms_opt(10, 0, 0).unwrap(),
            reviewed_by: None,
            reviewed_at: None,
        };
        db.write_blocking(&Origin::system(), |tx| reports::add(tx, &row))
            .unwrap();
        let mut c = db.conn().unwrap();
        assert_eq!(
            reports::waiting(&mut c, std::slice::from_ref(&g))
                .unwrap()
                .len(),
            1
        );
        db.write_blocking(&Origin::system(), |tx| {
            reports::review(tx, &g, &row.id, ReportStatus::Accepted, "", "staff")
        })
        .unwrap();
        let again = db.write_blocking(&Origin::system(), |tx| {
            reports::review(
                tx,
                &g,
                &row.id,
                ReportStatus::MoreRequested,
                "More",
                "staff",
            )
        });
        assert!(matches!(again, Err(db::DbError::Conflict(_))), "{again:?}");
        let back = reports::find(&mut c, &g, &row.id).unwrap();
        assert_eq!(
            (back.status, back.reviewed_by.as_deref()),
            (ReportStatus::Accepted, Some("staff"))
        );
        assert!(reports::waiting(&mut c, &[g]).unwrap().is_empty());
        assert!(matches!(
            reports::find(&mut c, "other", &row.id),
            Err(db::DbError::NotFound)
        ));
    });
}
