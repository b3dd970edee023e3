//! Who a call concerns, in storage on both backends (`db::grants::people`): a person of the
//! programme found by id or full name (either order), never one of another programme; who
//! applied and where each application stands; the rows of the table of DOMAIN.md §6
//! (presented = submitted and not withdrawn); the applications waiting for the check in
//! reach; a draft to a call closing soon; those who have not submitted.

use chrono::{Duration, NaiveDate};
use db::Origin;
use db::grants::Reach;
use db::grants::applications::Draft;
use domain::Country;
use domain::candidate::Status as CandidateStatus;
use domain::grant::terms::{Criterion, Terms};
use domain::grant::{Basis, ProjectOrigin, ProjectType, SharesBy, Status};
use testkit::{fixtures, on_each_backend};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, m, d).unwrap()
}

fn terms() -> Terms {
    Terms {
        title: "Second round".into(),
        description: String::new(),
        currency: "EUR".into(),
        fund_cents: 3_000_000,
        min_grant_cents: 100_000,
        max_grant_cents: 500_000,
        opens_on: day(3, 1),
        closes_on: day(3, 31),
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

fn draft(kind: ProjectType, from: ProjectOrigin) -> Draft {
    Draft {
        project_type: kind,
        origin: from,
        title: "A project".into(),
        summary: "What it does".into(),
        requested_cents: 200_000,
        lang: "fr".into(),
        lines: vec![("equipment".into(), "Tools".into(), 200_000)],
    }
}

#[test]
fn people_are_named_within_their_programme_and_counted_as_section_6() {
    on_each_backend(|db| {
        let p1 = fixtures::programme(db, "gp-one");
        let p2 = fixtures::programme(db, "gp-two");
        let selection = fixtures::call(db, &p1, "2022");
        let elsewhere = fixtures::call(db, &p2, "2022 bis");
        let s = CandidateStatus::Shortlisted;
        let ben = fixtures::candidate(db, &selection, "Ben Salah", "TN", s);
        let alaoui = fixtures::candidate(db, &selection, "Alaoui", "MA", s);
        let quiet = fixtures::candidate(db, &selection, "Chraibi", "MA", s);
        let gone = fixtures::candidate(db, &selection, "Jaziri", "TN", s);
        let stranger = fixtures::candidate(db, &elsewhere, "Mansour", "TN", s);
        let mut conn = db.conn().unwrap();
        let ids =
            |found: Vec<(String, Country)>| found.into_iter().map(|(id, _)| id).collect::<Vec<_>>();
        assert_eq!(
            ids(db::grants::people::named(&mut conn, &p1, &ben).unwrap()),
            std::slice::from_ref(&ben)
        );
        assert_eq!(
            db::grants::people::named(&mut conn, &p1, "  test   BEN SALAH ").unwrap(),
            [(ben.clone(), Country::TN)],
            "given then family, case and spaces ignored"
        );
        assert_eq!(
            ids(db::grants::people::named(&mut conn, &p1, "Alaoui Test").unwrap()),
            std::slice::from_ref(&alaoui)
        );
        assert!(
            db::grants::people::named(&mut conn, &p1, "Test Mansour")
                .unwrap()
                .is_empty(),
            "another programme's"
        );
        assert!(
            db::grants::people::named(&mut conn, &p1, &stranger)
                .unwrap()
                .is_empty()
        );
        drop(conn);

        let call = db
            .write_blocking(&Origin::system(), |tx| {
                let call = db::grants::calls::create(tx, &p1, &terms(), "u")?;
                for (id, country, basis) in [
                    (&ben, Country::TN, Basis::Completed),
                    (&alaoui, Country::MA, Basis::Recovered),
                    (&quiet, Country::MA, Basis::Completed),
                    (&gone, Country::TN, Basis::Completed),
                ] {
                    db::grants::eligibles::add(tx, &call, id, basis, "", country, "u")?;
                }
                let a = db::grants::applications::create(
                    tx,
                    &call,
                    &ben,
                    &draft(ProjectType::Entrepreneurial, ProjectOrigin::Italy),
                )?;
                db::grants::applications::set_status(tx, &a, Status::Draft, Status::Submitted)?;
                let b = db::grants::applications::create(
                    tx,
                    &call,
                    &alaoui,
                    &draft(ProjectType::Professional, ProjectOrigin::Home),
                )?;
                db::grants::applications::set_status(tx, &b, Status::Draft, Status::Submitted)?;
                db::grants::applications::set_status(
                    tx,
                    &b,
                    Status::Submitted,
                    Status::Ineligible,
                )?;
                db::grants::applications::create(
                    tx,
                    &call,
                    &quiet,
                    &draft(ProjectType::Professional, ProjectOrigin::Home),
                )?;
                let w = db::grants::applications::create(
                    tx,
                    &call,
                    &gone,
                    &draft(ProjectType::Professional, ProjectOrigin::Italy),
                )?;
                db::grants::applications::set_status(tx, &w, Status::Draft, Status::Withdrawn)?;
                Ok(call)
            })
            .unwrap();
        let mut conn = db.conn().unwrap();
        let applied = db::grants::people::applied(&mut conn, &call).unwrap();
        assert_eq!(applied.get(&ben), Some(&Status::Submitted));
        assert_eq!(applied.get(&quiet), Some(&Status::Draft));
        let counts = db::grants::people::status_counts(&mut conn, &call).unwrap();
        assert_eq!(
            (
                counts[&Status::Submitted],
                counts[&Status::Ineligible],
                counts[&Status::Draft]
            ),
            (1, 1, 1)
        );

        let t = domain::grant::table::table(
            &db::grants::people::table_people(&mut conn, &call).unwrap(),
        );
        assert_eq!(
            (
                t.total.eligible,
                t.total.recovered,
                t.total.presented,
                t.total.did_not_apply
            ),
            (4, 1, 2, 2)
        );
        assert_eq!(
            (t.total.entrepreneurial_italy, t.total.professional_home),
            (1, 1),
            "the ineligible one was presented"
        );
        assert_eq!(
            db::grants::people::not_applied(&mut conn, &call).unwrap(),
            2,
            "a draft and a withdrawal"
        );

        let waiting =
            db::grants::people::waiting_check(&mut conn, &Reach::Programmes(vec![p1.clone()]))
                .unwrap();
        assert_eq!(waiting.len(), 1);
        assert_eq!(
            (waiting[0].call_id.as_str(), waiting[0].count),
            (call.as_str(), 1)
        );
        assert!(
            db::grants::people::waiting_check(&mut conn, &Reach::Programmes(vec![p2]))
                .unwrap()
                .is_empty()
        );

        let closing = |today: NaiveDate| {
            let mut conn = db.conn().unwrap();
            db::grants::people::drafts_closing(
                &mut conn,
                std::slice::from_ref(&quiet),
                today,
                today + Duration::days(7),
            )
            .unwrap()
        };
        assert_eq!(closing(day(3, 25)).len(), 1, "closes within the week");
        assert!(closing(day(3, 10)).is_empty(), "closes later");
        assert!(closing(day(4, 1)).is_empty(), "closed");
    });
}
