//! The grant agreement: recorded once with its signing date and tranche plan (the grant
//! moves `awarded → agreed`), and the plan changed later with a reason, around the
//! tranches on which something was paid.

use chrono::NaiveDate;
use domain::grant::GrantState;
use domain::grant::payment::plan::{self, TrancheFields};
use domain::grant::payment::report::parse_note;
use domain::{Invalid, Permission};

use super::{locked, today};
use crate::{Acting, AppResult, Clock, Error};

/// Records the agreement signed on `signed_on` (not after today, not before the award)
/// with its plan; the grant becomes `agreed`. Every mistake of the plan at once.
pub async fn agree(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    application_id: &str,
    signed_on: &str,
    rows: Vec<TrancheFields>,
) -> AppResult<()> {
    who.scope(Permission::ManageGrants)?;
    let today = today(clock);
    let signed = domain::bounds::date("signed_on", signed_on);
    let (who, id) = (who.clone(), application_id.to_owned());
    db.write_at(
        who.origin.clone(),
        clock.now(),
        move |tx| -> AppResult<()> {
            let v = locked(tx, &who, Permission::ManageGrants, &id)?;
            if v.grant.award.state != GrantState::Awarded {
                return Err(Error::Conflict(domain::Conflict::GrantApplicationMoved));
            }
            let mut checks = domain::Checks::default();
            let signed_on = checks.check(signed.clone().and_then(|d| {
                if d > today {
                    Err(Invalid::new("signed_on", "error-date-in-future"))
                } else if d < v.grant.award.awarded_at.date() {
                    Err(Invalid::new("signed_on", "grant-plan-error-before-award"))
                } else {
                    Ok(d)
                }
            }));
            let tranches = match plan::check(v.grant.award.amount_cents, &[], &rows) {
                Ok(t) => Some(t),
                Err(all) => {
                    for i in all.all() {
                        checks.refuse(i.clone());
                    }
                    None
                }
            };
            checks.done()?;
            let (Some(signed_on), Some(tranches)) = (signed_on, tranches) else {
                return Err(Invalid::new("signed_on", "error-invalid-date").into());
            };
            db::grants::payments::set_plan(tx, &id, &[], &tranches)?;
            db::grants::awards::set_state(
                tx,
                &id,
                GrantState::Awarded,
                GrantState::Agreed,
                signed_on,
            )?;
            Ok(())
        },
    )
    .await
}

/// Changes an agreed grant's plan: the tranches on which something was paid stay as they
/// are, `rows` replace the rest; the whole must still add up to the grant. The reason is
/// required and kept.
pub async fn replan(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    application_id: &str,
    rows: Vec<TrancheFields>,
    reason: &str,
) -> AppResult<()> {
    who.scope(Permission::ManageGrants)?;
    let reason = parse_note(reason).map_err(|i| Invalid::new("reason", i.key));
    let (who, id) = (who.clone(), application_id.to_owned());
    db.write_at(
        who.origin.clone(),
        clock.now(),
        move |tx| -> AppResult<()> {
            let v = locked(tx, &who, Permission::ManageGrants, &id)?;
            if v.grant.award.state != GrantState::Agreed {
                return Err(Error::Conflict(domain::Conflict::GrantApplicationMoved));
            }
            let kept: Vec<_> = v.locked().map(|t| t.row.planned()).collect();
            let keep: Vec<String> = v.locked().map(|t| t.row.id.clone()).collect();
            let mut checks = domain::Checks::default();
            let reason = checks.check(reason.clone());
            let tranches = match plan::check(v.grant.award.amount_cents, &kept, &rows) {
                Ok(t) => Some(t),
                Err(all) => {
                    for i in all.all() {
                        checks.refuse(i.clone());
                    }
                    None
                }
            };
            checks.done()?;
            let (Some(reason), Some(tranches)) = (reason, tranches) else {
                return Err(Invalid::new("reason", "error-required").into());
            };
            db::grants::payments::set_plan(tx, &id, &keep, &tranches)?;
            db::grants::payments::record_change(
                tx,
                &id,
                db::grants::payments::CHANGE_PLAN,
                &reason,
                &who.actor.user_id,
            )?;
            Ok(())
        },
    )
    .await
}

/// The default plan proposed for a grant of `amount_cents` signed on `signed_on`:
/// (milestone, amount, due date) per tranche; the page names them in the reader's
/// language.
pub fn proposed(
    amount_cents: i64,
    signed_on: NaiveDate,
) -> Vec<(domain::grant::payment::Milestone, i64, NaiveDate)> {
    plan::default_split(amount_cents)
        .into_iter()
        .map(|(m, cents)| (m, cents, plan::default_due(signed_on, m)))
        .collect()
}
