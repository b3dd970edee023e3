//! The documents of a grant application in storage, on both backends: added and listed in
//! order, found only through their own application, removed once, each write audited
//! against the application without naming the person.

use chrono::NaiveDate;
use db::Origin;
use db::grants::applications::Draft;
use db::grants::documents::DocumentRow;
use domain::Country;
use domain::candidate::Status as CandidateStatus;
use domain::grant::document::DocumentKind;
use domain::grant::terms::{Criterion, Terms};
use domain::grant::{Basis, ProjectOrigin, ProjectType, SharesBy};
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
        partial_last: false,
        entrepreneurial: true,
        professional: true,
        from_italy: true,
        from_home: true,
        shares_by: SharesBy::None,
        shares: vec![],
        criteria: vec![Criterion {
            label: "Feasibility".into(),
            weight: 100,
        }],
    }
}

fn draft(title: &str) -> Draft {
    Draft {
        project_type: ProjectType::Entrepreneurial,
        origin: ProjectOrigin::Home,
        title: title.into(),
        summary: "A bakery in Sfax".into(),
        requested_cents: 300_000,
        lang: "ar".into(),
        lines: vec![("equipment".into(), "Oven".into(), 300_000)],
    }
}

fn doc(id: &str, application: &str, kind: DocumentKind, minute: u32) -> DocumentRow {
    DocumentRow {
        id: id.into(),
        application_id: application.into(),
        kind,
        content_type: "application/pdf".into(),
        size_bytes: 2048,
        sha256: "ab".repeat(32),
        uploaded_by: "user-1".into(),
        uploaded_at: NaiveDate::from_ymd_opt(2024, 3, 10)
            .unwrap()
            .and_hms_opt(9, minute, 0)
            .unwrap(),
    }
}

#[test]
fn documents_belong_to_their_application_and_are_audited() {
    on_each_backend(|db| {
        let p = fixtures::programme(db, "g-docs");
        let call = fixtures::call(db, &p, "2022");
        let one = fixtures::candidate(db, &call, "Trabelsi", "TN", CandidateStatus::Shortlisted);
        let two = fixtures::candidate(db, &call, "Idrissi", "MA", CandidateStatus::Shortlisted);
        let (a, b) = db
            .write_blocking(&Origin::system(), |tx| {
                let g = db::grants::calls::create(tx, &p, &terms(), "u")?;
                for (c, country) in [(&one, Country::TN), (&two, Country::MA)] {
                    db::grants::eligibles::add(tx, &g, c, Basis::Completed, "", country, "u")?;
                }
                let a = db::grants::applications::create(tx, &g, &one, &draft("Bakery"))?;
                let b = db::grants::applications::create(tx, &g, &two, &draft("Garage"))?;
                Ok((a, b))
            })
            .unwrap();
        db.write_blocking(&Origin::system(), |tx| {
            db::grants::documents::add(tx, &doc("d-2", &a, DocumentKind::Quote, 5))?;
            db::grants::documents::add(tx, &doc("d-1", &a, DocumentKind::BusinessPlan, 1))?;
            db::grants::documents::add(tx, &doc("d-3", &b, DocumentKind::Identity, 2))
        })
        .unwrap();
        let mut c = db.conn().unwrap();
        let listed = db::grants::documents::list(&mut c, &a).unwrap();
        assert_eq!(
            listed.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
            ["d-1", "d-2"],
            "oldest first"
        );
        assert_eq!(listed[0], doc("d-1", &a, DocumentKind::BusinessPlan, 1));
        assert_eq!(db::grants::documents::count(&mut c, &a).unwrap(), 2);
        assert_eq!(
            db::grants::documents::find(&mut c, &a, "d-2").unwrap().kind,
            DocumentKind::Quote
        );
        assert!(
            matches!(
                db::grants::documents::find(&mut c, &a, "d-3"),
                Err(db::DbError::NotFound)
            ),
            "another application's document is not found through this one"
        );
        drop(c);

        let other = db.write_blocking(&Origin::system(), |tx| {
            db::grants::documents::remove(tx, &a, "d-3")
        });
        assert!(matches!(other, Err(db::DbError::NotFound)));
        db.write_blocking(&Origin::system(), |tx| {
            db::grants::documents::remove(tx, &a, "d-1")
        })
        .unwrap();
        let again = db.write_blocking(&Origin::system(), |tx| {
            db::grants::documents::remove(tx, &a, "d-1")
        });
        assert!(matches!(again, Err(db::DbError::NotFound)), "removed once");
        let mut c = db.conn().unwrap();
        assert_eq!(db::grants::documents::count(&mut c, &a).unwrap(), 1);
        assert_eq!(db::grants::documents::count(&mut c, &b).unwrap(), 1);

        let mut rows = db::audit::recent(&mut c, 100, None).unwrap();
        rows.sort_by_key(|r| r.seq);
        let on_a: Vec<&str> = rows
            .iter()
            .filter(|r| r.action.starts_with("grant_document."))
            .filter(|r| r.object_type == "grant_application" && r.object_id == a)
            .map(|r| r.action.as_str())
            .collect();
        assert_eq!(
            on_a,
            [
                "grant_document.add",
                "grant_document.add",
                "grant_document.remove"
            ]
        );
    });
}
