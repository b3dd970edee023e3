//! Approving a month's allowance: the promoter confirms the company tutor's register (the
//! authoritative attendance) and the amount the region's rule gives is copied, with the
//! rule's source, into a row no later change touches. Paying is recorded once after.

use chrono::NaiveDate;
use db::traineeships::Allowance;
use domain::duty::Duty;
use domain::traineeship::Month;
use domain::{Invalid, Permission};

use crate::{Acting, AppResult, Clock, Error};

/// Approves `month` of the case `id`: `Invalid` (`traineeship-error-no-register`) until the
/// company tutor submitted that month's report; `traineeship-error-no-rule` when the
/// region has no rule; `Conflict::AllowanceLocked` when approved already.
pub async fn approve(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    month: Month,
) -> AppResult<i64> {
    let scope = who.scope(Permission::ApproveAllowances)?;
    let actor_id = who.actor.user_id.clone();
    let id = id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let case = db::cases::find(tx.conn, &scope, &actor_id, &id)?;
        let t = crate::cases::template_of(tx.conn, &case.template_id)?;
        let register =
            db::traineeships::report(tx.conn, &case.id, month.first_day(), Duty::CompanyTutor)?
                .filter(|r| r.submitted_at.is_some())
                .ok_or(Error::Invalid(Invalid::new(
                    "month",
                    "traineeship-error-no-register",
                )))?;
        let rule = super::rule_of(&t).ok_or(Error::Invalid(Invalid::new(
            "month",
            "traineeship-error-no-rule",
        )))?;
        let scheduled = register.days_scheduled.unwrap_or(0);
        let computed = rule.compute(register.days_attended, scheduled);
        db::traineeships::approve(
            tx,
            &Allowance {
                case_id: case.id.clone(),
                month: month.first_day(),
                days_attended: register.days_attended,
                days_scheduled: scheduled,
                percent: computed.percent,
                amount_cents: computed.cents,
                region: rule.region.to_owned(),
                rule_source: rule.source.to_owned(),
                rule_verified: rule.verified,
                approved_by: actor_id.clone(),
                approved_at: tx.now,
                paid_on: None,
            },
        )?;
        Ok(computed.cents)
    })
    .await
}

/// Records that `month`'s approved allowance was paid on `on` (not in the future).
pub async fn mark_paid(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    month: Month,
    on: NaiveDate,
) -> AppResult<()> {
    let scope = who.scope(Permission::ApproveAllowances)?;
    let actor_id = who.actor.user_id.clone();
    let today = domain::deadline::rome_today(clock.now().and_utc());
    if on > today || on < month.first_day() {
        return Err(Error::Invalid(Invalid::new(
            "on",
            "traineeship-error-paid-on",
        )));
    }
    let id = id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let case = db::cases::find(tx.conn, &scope, &actor_id, &id)?;
        let approved = db::traineeships::allowances(tx.conn, &case.id)?
            .into_iter()
            .any(|a| a.month == month.first_day());
        if !approved {
            return Err(Error::NotFound);
        }
        db::traineeships::mark_paid(tx, &case.id, month.first_day(), on)?;
        Ok(())
    })
    .await
}
