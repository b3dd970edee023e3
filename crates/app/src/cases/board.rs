//! The coordinator's board: the cases of the cohort by step, the average and slowest time
//! per step (the bottleneck), the cases at risk (a deadline overdue or waiting longest),
//! for the cases within reach under a filter (a city, a country).

use chrono::NaiveDate;
use db::cases::CaseFilter;
use domain::Permission;
use domain::procedure::board::{self, StepFigures};

use crate::{AppResult, Error};

#[derive(Debug, Clone)]
pub struct Board {
    pub steps: Vec<StepFigures>,
    /// The step where passages take longest on average.
    pub bottleneck: Option<String>,
    /// Open cases with a deadline before today.
    pub overdue: i64,
    pub open: i64,
    pub closed: i64,
}

/// The board of the cases within the person's reach under `f` (closed ones count in the
/// times per step).
pub async fn board(
    db: &db::Database,
    actor: &domain::Actor,
    f: CaseFilter,
    today: NaiveDate,
) -> AppResult<Board> {
    let scope = actor.scope(Permission::ViewCases).ok_or(Error::Forbidden)?;
    let actor_id = actor.user_id.clone();
    db.read_as(move |conn| -> AppResult<Board> {
        // Summed by the database from the days kept per passage: the cohort's paths are
        // not read (10,000 cases are 73,000 steps).
        let now = db::cases::standing_by_step(conn, &scope, &actor_id, &f)?;
        let times = db::cases::step_times(conn, &scope, &actor_id, &f)?;
        let order = db::cases::step_order(conn)?;
        let order: Vec<&str> = order.iter().map(String::as_str).collect();
        let steps = board::from_totals(&order, &now, &times);
        let not_waiting = db::cases::not_waiting_steps(conn)?;
        let bottleneck = board::bottleneck(&steps, &not_waiting).map(|s| s.step.clone());
        let counts = db::cases::counts(conn, &scope, &actor_id, &f, today)?;
        Ok(Board {
            steps,
            bottleneck,
            overdue: counts.overdue,
            open: counts.open,
            closed: counts.closed,
        })
    })
    .await
}
