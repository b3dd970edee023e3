//! Follow-ups: the next one due on a case opens with the previous answers filled in (or,
//! for the first, the country the outcome named), and is recorded once per milestone.

use domain::outcome::follow_up::FollowUpFields;
use domain::outcome::schedule::{self, Due};
use domain::{Invalid, Permission};

use super::{may_follow_up, today};
use crate::{Acting, AppResult, Clock, Error};

/// The follow-up form of a case: which milestone is next, when it is due, the answers it
/// opens with, and the schedule so far.
#[derive(Debug, Clone)]
pub struct FollowUpForm {
    pub case_id: String,
    pub reference: String,
    pub candidate_id: String,
    /// The milestone to record; `None` when there is no outcome yet or every one is done.
    pub next: Option<Due>,
    pub schedule: Vec<Due>,
    pub fields: FollowUpFields,
    /// Whether `fields` are the previous follow-up's answers.
    pub preloaded: bool,
}

/// The follow-up form of the case `case_id` for its mentor or the coordinator.
pub async fn form(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    case_id: &str,
) -> AppResult<FollowUpForm> {
    let scope = who.scope(Permission::FollowUp)?;
    let actor_id = who.actor.user_id.clone();
    let id = case_id.to_owned();
    let today = today(clock);
    db.read_as(move |conn| -> AppResult<FollowUpForm> {
        let case = db::cases::find(conn, &scope, &actor_id, &id)?;
        if !may_follow_up(conn, &scope, &actor_id, &case)? {
            return Err(Error::Forbidden);
        }
        let outcome = db::outcomes::of_case(conn, &case.id)?;
        let done = db::outcomes::follow_ups_of(conn, &case.id)?;
        let months: Vec<i64> = done.iter().map(|f| f.months).collect();
        let (next, sched) = match &outcome {
            Some(o) => (
                schedule::next(o.day, &months),
                schedule::schedule(o.day, &months),
            ),
            None => (None, Vec::new()),
        };
        let previous = done.iter().max_by_key(|f| f.months);
        let mut fields = match (previous, &outcome) {
            (Some(p), _) => p.answers().fields(),
            (None, Some(o)) => FollowUpFields {
                country: o.country.to_string(),
                ..Default::default()
            },
            (None, None) => FollowUpFields::default(),
        };
        // A new follow-up happens today unless said otherwise; its note is its own.
        fields.done_on = today.to_string();
        fields.note = String::new();
        Ok(FollowUpForm {
            case_id: case.id,
            reference: case.reference,
            candidate_id: case.candidate_id,
            next,
            schedule: sched,
            fields,
            preloaded: previous.is_some(),
        })
    })
    .await
}

/// Records the follow-up of milestone `months` on the case `case_id`. Only the next one
/// due may be recorded (a stale form, or one recorded meanwhile, is refused naming
/// `months`); a case without an outcome has none.
pub async fn record_follow_up(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    case_id: &str,
    months: i64,
    fields: &FollowUpFields,
) -> AppResult<()> {
    let scope = who.scope(Permission::FollowUp)?;
    let actor_id = who.actor.user_id.clone();
    let answers = fields.parse(today(clock))?;
    let id = case_id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let case = db::cases::find(tx.conn, &scope, &actor_id, &id)?;
        if !may_follow_up(tx.conn, &scope, &actor_id, &case)? {
            return Err(Error::Forbidden);
        }
        let Some(outcome) = db::outcomes::of_case(tx.conn, &case.id)? else {
            return Err(Error::Invalid(Invalid::new(
                "months",
                "follow-up-error-no-outcome",
            )));
        };
        let done: Vec<i64> = db::outcomes::follow_ups_of(tx.conn, &case.id)?
            .iter()
            .map(|f| f.months)
            .collect();
        let next = schedule::next(outcome.day, &done);
        if next.map(|d| i64::from(d.months)) != Some(months) {
            return Err(Error::Invalid(Invalid::new(
                "months",
                "follow-up-error-recorded",
            )));
        }
        if !db::outcomes::record_follow_up(tx, &case.id, months, &answers, &actor_id)? {
            return Err(Error::Invalid(Invalid::new(
                "months",
                "follow-up-error-recorded",
            )));
        }
        Ok(())
    })
    .await
}

/// The follow-ups in the person's reach (the API's list).
pub async fn list_follow_ups(
    db: &db::Database,
    who: &Acting,
    programme_id: Option<String>,
) -> AppResult<Vec<db::outcomes::ListedFollowUp>> {
    let scope = who.scope(Permission::ViewOutcomes)?;
    let actor_id = who.actor.user_id.clone();
    Ok(db
        .read(move |conn| {
            db::outcomes::list_follow_ups(conn, &scope, &actor_id, programme_id.as_deref())
        })
        .await?)
}
