//! Builders for grants after the award (issue 15 item 5): a call for proposals and an
//! awarded grant in it, written through the foundation's storage as the award would
//! write them (the application submitted, checked eligible, scored, awarded; then its
//! `grant_awards` row).

use chrono::NaiveDate;
use db::grants::applications::Draft;
use db::{Database, Origin};
use domain::Country;
use domain::grant::terms::{Criterion, Terms};
use domain::grant::{Basis, ProjectOrigin, ProjectType, SharesBy, Status};

/// A call for proposals of `programme_id`: EUR 100,000, grants 1,000–5,000, no shares.
pub fn grant_call(db: &Database, programme_id: &str, title: &str) -> String {
    let terms = Terms {
        title: title.into(),
        description: "Return projects".into(),
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
        shares_by: SharesBy::None,
        shares: vec![],
        criteria: vec![Criterion {
            label: "Feasibility".into(),
            weight: 100,
        }],
    };
    db.write_blocking(&Origin::system(), |tx| {
        db::grants::calls::create(tx, programme_id, &terms, "fixture")
    })
    .expect("create grant call")
}

/// An awarded grant of `amount_cents` to `candidate_id` (put on the call's list, from
/// `country`) for a project of type `ty` presented from `origin`. Returns the
/// application's id, which is the grant's.
pub fn grant(
    db: &Database,
    call_id: &str,
    candidate_id: &str,
    country: Country,
    ty: ProjectType,
    origin: ProjectOrigin,
    amount_cents: i64,
) -> String {
    db.write_blocking(&Origin::system(), |tx| {
        db::grants::eligibles::add(
            tx,
            call_id,
            candidate_id,
            Basis::Completed,
            "",
            country,
            "fixture",
        )?;
        let id = db::grants::applications::create(
            tx,
            call_id,
            candidate_id,
            &Draft {
                project_type: ty,
                origin,
                title: format!("Project of {candidate_id}"),
                summary: "A workshop".into(),
                requested_cents: amount_cents,
                lang: "ar".into(),
                lines: vec![("equipment".into(), "Tools".into(), amount_cents)],
            },
        )?;
        let moves = [
            (Status::Draft, Status::Submitted),
            (Status::Submitted, Status::Eligible),
            (Status::Eligible, Status::Scored),
            (Status::Scored, Status::Awarded),
        ];
        for (from, to) in moves {
            db::grants::applications::set_status(tx, &id, from, to)?;
        }
        db::grants::awards::create(tx, call_id, &id, amount_cents, "", "fixture")?;
        Ok(id)
    })
    .expect("award a grant")
}
