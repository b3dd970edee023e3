//! How a traineeship ended and what the participant said afterwards (issue 14 items 3 and
//! 5): the outcome recorded by promoter staff within reach or the coordinator, corrected
//! with an audit entry; the follow-ups due 3, 6, 12 and 24 months after it
//! (`domain::outcome::schedule`), recorded by the case's mentor (`Duty::Mentor`) or the
//! coordinator, each opening with the previous answers; and the per-country figures of
//! DOMAIN.md §6. Reach is the case's: an outcome out of reach is a missing one.

mod follow_ups;

use chrono::NaiveDate;
use db::DbConn;
use db::cases::Case;
use db::outcomes::{FollowUpRow, OutcomeRow};
use domain::outcome::summary::{Figures, tally};
use domain::outcome::{OutcomeFields, recordable_at};
use domain::{Invalid, Permission};

use crate::{Acting, AppResult, Clock, Error};

pub use follow_ups::*;

/// "Today" as the procedure counts it (Europe/Rome), for dates that must have come.
pub(crate) fn today(clock: &dyn Clock) -> NaiveDate {
    domain::deadline::rome_today(clock.now().and_utc())
}

/// A case's end as its outcome page shows it.
#[derive(Debug, Clone)]
pub struct CaseOutcome {
    pub case: Case,
    pub family_name: String,
    pub given_names: String,
    pub outcome: Option<OutcomeRow>,
    pub follow_ups: Vec<FollowUpRow>,
    /// The person may record or correct the outcome now (their role, the case's step).
    pub may_record: bool,
    /// The person may record follow-ups on this case.
    pub may_follow_up: bool,
}

/// The outcome of the case `case_id`, as the person may see it.
pub async fn of_case(db: &db::Database, who: &Acting, case_id: &str) -> AppResult<CaseOutcome> {
    let scope = who.scope(Permission::ViewOutcomes)?;
    let record_scope = who.actor.scope(Permission::RecordOutcomes);
    let follow_scope = who.actor.scope(Permission::FollowUp);
    let actor_id = who.actor.user_id.clone();
    let id = case_id.to_owned();
    db.read_as(move |conn| -> AppResult<CaseOutcome> {
        let case = db::cases::find(conn, &scope, &actor_id, &id)?;
        let (family_name, given_names, _) = db::cases::names(conn, &case)?;
        let may_record = recordable_at(&case.step)
            && match &record_scope {
                Some(s) => db::cases::find(conn, s, &actor_id, &case.id).is_ok(),
                None => false,
            };
        let may_follow_up = match &follow_scope {
            Some(s) => may_follow_up(conn, s, &actor_id, &case)?,
            None => false,
        };
        Ok(CaseOutcome {
            outcome: db::outcomes::of_case(conn, &case.id)?,
            follow_ups: db::outcomes::follow_ups_of(conn, &case.id)?,
            case,
            family_name,
            given_names,
            may_record,
            may_follow_up,
        })
    })
    .await
}

/// Records the outcome of the case `case_id`, or corrects the one recorded. Answers
/// whether it was a correction. Refused (422, nothing written) when the case's
/// traineeship has not begun, or the form does not fit.
pub async fn record(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    case_id: &str,
    fields: &OutcomeFields,
) -> AppResult<bool> {
    let scope = who.scope(Permission::RecordOutcomes)?;
    let actor_id = who.actor.user_id.clone();
    let outcome = fields.parse(today(clock))?;
    let id = case_id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let case = db::cases::find(tx.conn, &scope, &actor_id, &id)?;
        if !recordable_at(&case.step) {
            return Err(Error::Invalid(Invalid::new("kind", "outcome-error-step")));
        }
        if db::outcomes::of_case(tx.conn, &case.id)?.is_some() {
            db::outcomes::correct(tx, &case.id, &outcome, &actor_id)?;
            return Ok(true);
        }
        if !db::outcomes::record(tx, &case.id, &outcome, &actor_id)? {
            return Err(Error::Invalid(Invalid::new(
                "kind",
                "outcome-error-recorded",
            )));
        }
        Ok(false)
    })
    .await
}

/// The figures of DOMAIN.md §6 for one programme: per country of origin and in total,
/// counting only the cases in the person's reach.
#[derive(Debug, Clone)]
pub struct Summary {
    pub programme_id: String,
    pub programme: String,
    pub rows: Vec<Figures>,
    pub total: Figures,
}

/// The figures of every programme the person takes part in.
pub async fn summaries(db: &db::Database, who: &Acting) -> AppResult<Vec<Summary>> {
    let scope = who.scope(Permission::ViewOutcomes)?;
    let programmes_scope = who.scope(Permission::ViewProgrammes)?;
    let actor_id = who.actor.user_id.clone();
    db.read_as(move |conn| -> AppResult<Vec<Summary>> {
        let mut out = Vec::new();
        for p in db::programmes::list(conn, &programmes_scope)? {
            let counts = db::outcomes::counts(conn, &scope, &actor_id, &p.id)?;
            let (rows, total) = tally(&counts);
            out.push(Summary {
                programme_id: p.id,
                programme: p.name,
                rows,
                total,
            });
        }
        Ok(out)
    })
    .await
}

/// The outcomes in the person's reach (the API's list).
pub async fn list(
    db: &db::Database,
    who: &Acting,
    filter: db::outcomes::Filter,
) -> AppResult<Vec<db::outcomes::Listed>> {
    let scope = who.scope(Permission::ViewOutcomes)?;
    let actor_id = who.actor.user_id.clone();
    Ok(db
        .read(move |conn| db::outcomes::list(conn, &scope, &actor_id, &filter))
        .await?)
}

/// Whether someone reaching follow-ups through `scope` may record them on `case`: the
/// coordinator (and admins) on every case of their programmes, anyone else only as the
/// case's mentor.
fn may_follow_up(
    conn: &mut DbConn,
    scope: &domain::permission::Scope,
    actor_id: &str,
    case: &Case,
) -> AppResult<bool> {
    use domain::permission::Scope;
    if db::cases::find(conn, scope, actor_id, &case.id).is_err() {
        return Ok(false);
    }
    Ok(match scope {
        Scope::All | Scope::Programmes(_) => true,
        _ => crate::cases::people::duties(conn, case, actor_id)?
            .contains(&domain::duty::Duty::Mentor),
    })
}
