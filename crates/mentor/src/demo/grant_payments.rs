//! The grants of the 2024 call after its award (issue 15 item 5), as MENTOR II paid them:
//! every agreement signed in June 2024 with the default plan (60 % at signature, 40 % after
//! the final report, due mid-December); the first tranche paid in July 2024 — in dinars or
//! dirhams at the rate of the day for those who presented their project from home
//! (1 EUR = 3.3712 TND, 1 EUR = 10.8450 MAD), in euros for those in Italy; final reports
//! accepted for most in November, their second tranche paid in December (the grant then
//! completed); one grant cancelled in September with its reason; and, left for the demo's
//! tasks, one final report waiting for review, one not filed, and one accepted report
//! whose tranche is still to pay.
//!
//! It acts on whatever grants the award wrote (`grant_awards`), only on those still
//! `awarded` with no plan, so a second run writes nothing. Written through the storage
//! functions the use cases use, at the dates the work was done.

use anyhow::Result;
use chrono::{Duration, NaiveDate, NaiveDateTime};
use db::grants::Reach;
use db::grants::payments::disbursements::DisbursementRow;
use db::grants::payments::listing::{self, Grant};
use db::grants::payments::reports::ReportRow;
use db::grants::payments::{self as pay, CHANGE_CANCEL};
use db::{Database, Origin};
use domain::Country;
use domain::grant::payment::disbursement::{PayCurrency, eur_cents};
use domain::grant::payment::plan::{Tranche, default_split};
use domain::grant::payment::{Milestone, ReportStatus};
use domain::grant::{GrantState, ProjectOrigin};

use super::grants::CALL_TITLE;

const COORDINATOR: &str = "coordinator@demo.example";
/// Local units for one euro, in millionths, on the day of the July 2024 transfers.
pub const RATE_TND: i64 = 3_371_200;
pub const RATE_MAD: i64 = 10_845_000;

/// What happens to the grant at position `i` of the award.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    /// Final report accepted, second tranche paid: completed.
    Completed,
    /// Cancelled after the first tranche.
    Cancelled,
    /// Final report filed, waiting for review.
    ReportWaiting,
    /// Final report not filed (overdue).
    ReportMissing,
    /// Final report accepted, second tranche not yet paid.
    ToPay,
}

pub fn fate(i: usize, n: usize) -> Fate {
    match i {
        _ if n >= 2 && i == n - 1 => Fate::Cancelled,
        _ if n >= 5 && i == n - 2 => Fate::ReportWaiting,
        _ if n >= 5 && i == n - 3 => Fate::ReportMissing,
        _ if n >= 5 && i == n - 4 => Fate::ToPay,
        _ => Fate::Completed,
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn at(d: NaiveDate, hour: u32) -> NaiveDateTime {
    d.and_hms_opt(hour, 0, 0).unwrap_or_default()
}

fn offset(i: usize, days: usize) -> Duration {
    Duration::days(i64::try_from(i % days).unwrap_or(0))
}

/// Agrees, pays and follows the 2024 call's grants; answers how many grants it wrote to.
pub fn seed(db: &Database, origin: &Origin, programme_id: &str) -> Result<usize> {
    let mut conn = db.conn()?;
    let Some(call) =
        db::grants::calls::find_by_title_unscoped(&mut conn, programme_id, CALL_TITLE)?
    else {
        return Ok(0);
    };
    let by = super::outcomes::user_id(&mut conn, COORDINATOR)?;
    let grants = listing::list(&mut conn, &Reach::All, Some(&call.row.id))?;
    drop(conn);
    let n = grants.len();
    let mut written = 0;
    for (i, g) in grants.iter().enumerate() {
        let untouched = {
            let mut conn = db.conn()?;
            g.award.state == GrantState::Awarded
                && pay::tranches(&mut conn, &g.award.application_id)?.is_empty()
        };
        if untouched {
            follow(db, origin, g, i, fate(i, n), &by)?;
            written += 1;
        }
    }
    Ok(written)
}

fn follow(db: &Database, origin: &Origin, g: &Grant, i: usize, fate: Fate, by: &str) -> Result<()> {
    let id = g.award.application_id.clone();
    let signed = day(2024, 6, 3) + offset(i, 25);
    let [(m1, first), (m2, second)] = default_split(g.award.amount_cents);
    let plan = [
        Tranche {
            label: "First tranche, at signature".into(),
            amount_cents: first,
            due_on: signed,
            milestone: m1,
        },
        Tranche {
            label: "Balance, after the final report".into(),
            amount_cents: second,
            due_on: day(2024, 12, 15),
            milestone: m2,
        },
    ];
    db.write_blocking_at(origin, at(signed, 11), |tx| {
        pay::set_plan(tx, &id, &[], &plan)?;
        db::grants::awards::set_state(tx, &id, GrantState::Awarded, GrantState::Agreed, signed)
    })?;
    let tranches = {
        let mut conn = db.conn()?;
        pay::tranches(&mut conn, &id)?
    };
    let (Some(t1), Some(t2)) = (tranches.first(), tranches.get(1)) else {
        return Ok(());
    };
    let home = g.origin == ProjectOrigin::Home;
    let currency = match (home, g.country) {
        (true, Country::TN) => PayCurrency::Tnd,
        (true, Country::MA) => PayCurrency::Mad,
        _ => PayCurrency::Eur,
    };
    disburse(
        db,
        origin,
        &id,
        &t1.id,
        first,
        currency,
        day(2024, 7, 8) + offset(i, 20),
        by,
    )?;
    match fate {
        Fate::Cancelled => {
            let on = day(2024, 9, 16);
            db.write_blocking_at(origin, at(on, 10), |tx| {
                db::grants::awards::set_state(tx, &id, GrantState::Agreed, GrantState::Cancelled, on)?;
                pay::record_change(
                    tx,
                    &id,
                    CHANGE_CANCEL,
                    "The grantee accepted a permanent contract in Turin and renounced the project; the first tranche, spent on equipment, stays recorded.",
                    by,
                )
            })?;
        }
        Fate::ReportMissing => {}
        Fate::ReportWaiting | Fate::ToPay | Fate::Completed => {
            let filed = day(2024, 11, 4) + offset(i, 20);
            let accepted = !matches!(fate, Fate::ReportWaiting);
            let row = ReportRow {
                id: db::id::new_id(),
                application_id: id.clone(),
                milestone: Milestone::Final,
                done: "The project is under way as planned: equipment bought and installed, first clients served; the budget was spent as approved.".into(),
                spent_cents: g.award.amount_cents,
                document_id: None,
                content_type: None,
                size_bytes: None,
                sha256: None,
                status: ReportStatus::Submitted,
                review_note: String::new(),
                submitted_by: by.to_owned(),
                submitted_at: at(filed, 9),
                reviewed_by: None,
                reviewed_at: None,
            };
            db.write_blocking_at(origin, at(filed, 9), |tx| pay::reports::add(tx, &row))?;
            if accepted {
                let reviewed = filed + Duration::days(7);
                db.write_blocking_at(origin, at(reviewed, 15), |tx| {
                    pay::reports::review(tx, &id, &row.id, ReportStatus::Accepted, "", by)
                })?;
            }
            if fate == Fate::Completed {
                let paid = day(2024, 12, 2) + offset(i, 15);
                disburse(db, origin, &id, &t2.id, second, currency, paid, by)?;
                db.write_blocking_at(origin, at(paid, 17), |tx| {
                    db::grants::awards::set_state(
                        tx,
                        &id,
                        GrantState::Agreed,
                        GrantState::Completed,
                        paid,
                    )
                })?;
            }
        }
    }
    Ok(())
}

#[expect(
    clippy::too_many_arguments,
    reason = "one disbursement's facts, each a column"
)]
fn disburse(
    db: &Database,
    origin: &Origin,
    id: &str,
    tranche: &str,
    cents: i64,
    currency: PayCurrency,
    on: NaiveDate,
    by: &str,
) -> Result<()> {
    let rate = match currency {
        PayCurrency::Tnd => Some(RATE_TND),
        PayCurrency::Mad => Some(RATE_MAD),
        PayCurrency::Eur => None,
    };
    // The local amount the bank sent: the euros at the rate, to the currency's smallest unit.
    let local = rate.map(|r| {
        let milli = (i128::from(cents) * i128::from(r) + 50_000) / 100_000;
        let unit = if currency.decimals() == 2 { 10 } else { 1 };
        i64::try_from((milli + i128::from(unit) / 2) / i128::from(unit) * i128::from(unit))
            .unwrap_or(0)
    });
    if let (Some(l), Some(r)) = (local, rate) {
        anyhow::ensure!((eur_cents(l, r) - cents).abs() <= 1, "demo rate of {id}");
    }
    let row = DisbursementRow {
        id: db::id::new_id(),
        application_id: id.to_owned(),
        tranche_id: tranche.to_owned(),
        paid_on: on,
        amount_cents: cents,
        currency,
        local_milli: local,
        rate_micro: rate,
        recorded_by: by.to_owned(),
        recorded_at: at(on, 16),
    };
    db.write_blocking_at(origin, at(on, 16), |tx| pay::disbursements::add(tx, &row))?;
    Ok(())
}

/// The demo's grants as [`seed`] leaves them (after the award is seeded).
#[cfg(test)]
pub fn check(conn: &mut db::DbConn) {
    let programme = db::programmes::find_by_slug_unscoped(conn, super::PROGRAMME_SLUG)
        .unwrap()
        .unwrap()
        .id;
    let call = db::grants::calls::find_by_title_unscoped(conn, &programme, CALL_TITLE)
        .unwrap()
        .unwrap();
    check_call(conn, &call.row.id);
}

/// What [`seed`] leaves on a call's grants.
#[cfg(test)]
pub fn check_call(conn: &mut db::DbConn, call_id: &str) {
    let grants = listing::list(conn, &Reach::All, Some(call_id)).unwrap();
    let n = grants.len();
    for (i, g) in grants.iter().enumerate() {
        let id = &g.award.application_id;
        let expected = match fate(i, n) {
            Fate::Completed => GrantState::Completed,
            Fate::Cancelled => GrantState::Cancelled,
            _ => GrantState::Agreed,
        };
        assert_eq!(g.award.state, expected, "{}", g.reference);
        let agreed = g.award.agreed_on.unwrap();
        assert_eq!(
            (
                chrono::Datelike::year(&agreed),
                chrono::Datelike::month(&agreed)
            ),
            (2024, 6)
        );
        let tranches = pay::tranches(conn, id).unwrap();
        assert_eq!(
            tranches.iter().map(|t| t.amount_cents).sum::<i64>(),
            g.award.amount_cents
        );
        let paid = pay::disbursements::of_grant(conn, id).unwrap();
        let first = &paid[0];
        assert_eq!(first.amount_cents, tranches[0].amount_cents);
        let local = match (g.origin, g.country) {
            (ProjectOrigin::Home, Country::TN) => PayCurrency::Tnd,
            (ProjectOrigin::Home, Country::MA) => PayCurrency::Mad,
            _ => PayCurrency::Eur,
        };
        assert_eq!(first.currency, local);
        assert_eq!(first.rate_micro.is_some(), local != PayCurrency::Eur);
        assert!(
            paid.iter()
                .all(|d| d.paid_on.to_string().starts_with("2024-"))
        );
    }
}

#[cfg(test)]
mod tests {
    use chrono::Datelike as _;
    use domain::candidate::Status;
    use domain::grant::ProjectType;
    use domain::{OrganisationKind, Role};
    use testkit::fixtures;
    use testkit::grant_payments::{grant, grant_call};

    use super::*;

    #[test]
    fn the_grants_are_agreed_paid_reported_and_one_cancelled_once() {
        testkit::on_each_backend(|db| {
            let p = fixtures::programme(db, "demo-grants");
            let lead = fixtures::organisation(db, &p, "Lead", OrganisationKind::LeadPartner);
            fixtures::user(db, COORDINATOR, &lead, Role::Coordinator);
            let call = fixtures::call(db, &p, "2022");
            let gc = grant_call(db, &p, CALL_TITLE);
            for i in 0..6 {
                let (country, origin) = match i % 3 {
                    0 => ("TN", ProjectOrigin::Home),
                    1 => ("MA", ProjectOrigin::Home),
                    _ => ("TN", ProjectOrigin::Italy),
                };
                let c = fixtures::candidate(
                    db,
                    &call,
                    &format!("Person {i}"),
                    country,
                    Status::Shortlisted,
                );
                let amount = 250_000 + 12_345 * i64::from(i);
                grant(
                    db,
                    &gc,
                    &c,
                    Country::parse(country).unwrap(),
                    ProjectType::Professional,
                    origin,
                    amount,
                );
            }
            let origin = Origin::system();
            assert_eq!(seed(db, &origin, &p).unwrap(), 6);
            assert_eq!(
                seed(db, &origin, &p).unwrap(),
                0,
                "a second run writes nothing"
            );
            let mut conn = db.conn().unwrap();
            check_call(&mut conn, &gc);
            let grants = listing::list(&mut conn, &Reach::All, Some(&gc)).unwrap();
            let states: Vec<GrantState> = grants.iter().map(|g| g.award.state).collect();
            assert_eq!(
                states,
                [
                    GrantState::Completed,
                    GrantState::Completed,
                    GrantState::Agreed,
                    GrantState::Agreed,
                    GrantState::Agreed,
                    GrantState::Cancelled
                ]
            );
            let tnd =
                pay::disbursements::of_grant(&mut conn, &grants[0].award.application_id).unwrap();
            assert_eq!(tnd[0].rate_micro, Some(RATE_TND));
            assert_eq!(tnd[1].paid_on.month(), 12);
            let cancelled = pay::changes(&mut conn, &grants[5].award.application_id).unwrap();
            assert_eq!(cancelled[0].kind, CHANGE_CANCEL);
        });
    }
}
