//! Filing a monthly report: the author is whoever holds the duty on the case; a draft is
//! theirs alone until they submit it, then it is read-only. A month may be reported once
//! it has begun, and only within the traineeship's dates.

use db::traineeships::{Report, ReportWrite};
use domain::duty::Duty;
use domain::traineeship::report::AUTHORS;
use domain::traineeship::{Month, ReportFields};
use domain::{Conflict, Invalid, Permission};

use crate::{Acting, AppResult, Clock, Error};

/// The form of one author's report for one month.
#[derive(Debug, Clone)]
pub struct ReportForm {
    pub case_id: String,
    pub reference: String,
    pub month: Month,
    pub duty: Duty,
    /// What was saved before (a draft, or the submitted report shown read-only).
    pub saved: Option<Report>,
}

/// Which of the person's author duties the report is filed under: the one asked for when
/// they hold it, else their only one. `Forbidden` when they hold none.
fn duty_of(held: &[Duty], asked: Option<Duty>) -> AppResult<Duty> {
    let held: Vec<Duty> = held
        .iter()
        .copied()
        .filter(|d| AUTHORS.contains(d))
        .collect();
    match asked {
        Some(d) if held.contains(&d) => Ok(d),
        Some(_) => Err(Error::Forbidden),
        None => held.first().copied().ok_or(Error::Forbidden),
    }
}

/// A month the traineeship covers and that has begun on `today`.
fn check_month(
    t: &db::traineeships::Traineeship,
    month: Month,
    today: chrono::NaiveDate,
) -> AppResult<()> {
    let covered = Month::span(t.starts_on, t.ends_on).contains(&month);
    if !covered || month.first_day() > today {
        return Err(Error::Invalid(Invalid::new(
            "month",
            "traineeship-error-month-outside",
        )));
    }
    Ok(())
}

/// The person's report for `month` on the case `id`, to fill in.
pub async fn report_form(
    db: &db::Database,
    who: &Acting,
    id: &str,
    month: Month,
    asked: Option<Duty>,
) -> AppResult<ReportForm> {
    let scope = who.scope(Permission::FollowTraineeships)?;
    let actor_id = who.actor.user_id.clone();
    let id = id.to_owned();
    db.read_as(move |conn| -> AppResult<ReportForm> {
        let case = db::cases::find(conn, &scope, &actor_id, &id)?;
        db::traineeships::find(conn, &case.id)?.ok_or(Error::NotFound)?;
        let duty = duty_of(&db::cases::duties_of(conn, &case.id, &actor_id)?, asked)?;
        let saved = db::traineeships::report(conn, &case.id, month.first_day(), duty)?
            // Someone else's draft (the duty changed hands) is not theirs to read.
            .filter(|r| r.author_id == actor_id || r.submitted_at.is_some());
        Ok(ReportForm {
            case_id: case.id,
            reference: case.reference,
            month,
            duty,
            saved,
        })
    })
    .await
}

/// Saves the person's report for `month` (submitting it when `submit`). `Forbidden` when
/// they hold no author's duty on the case; `Conflict::ReportSubmitted` once submitted.
#[expect(
    clippy::too_many_arguments,
    reason = "a use case's usual four, and the month, the duty, the report and whether to submit"
)]
pub async fn save_report(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    month: Month,
    asked: Option<Duty>,
    fields: &ReportFields,
    submit: bool,
) -> AppResult<()> {
    let scope = who.scope(Permission::FollowTraineeships)?;
    let actor_id = who.actor.user_id.clone();
    let today = domain::deadline::rome_today(clock.now().and_utc());
    let id = id.to_owned();
    let fields = fields.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let case = db::cases::find(tx.conn, &scope, &actor_id, &id)?;
        let t = db::traineeships::find(tx.conn, &case.id)?.ok_or(Error::NotFound)?;
        let duty = duty_of(&db::cases::duties_of(tx.conn, &case.id, &actor_id)?, asked)?;
        check_month(&t, month, today)?;
        let draft = fields.parse(duty, month)?;
        if let Some(old) = db::traineeships::report(tx.conn, &case.id, month.first_day(), duty)?
            && old.submitted_at.is_some()
        {
            return Err(Error::Conflict(Conflict::ReportSubmitted));
        }
        db::traineeships::save_report(
            tx,
            &ReportWrite {
                case_id: &case.id,
                month: month.first_day(),
                duty,
                author_id: &actor_id,
                days_attended: draft.days_attended,
                days_scheduled: draft.days_scheduled,
                progress: &draft.progress,
                issues: &draft.issues,
                submit,
            },
        )?;
        Ok(())
    })
    .await
}
