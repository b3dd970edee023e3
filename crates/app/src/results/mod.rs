//! Results (issue 16): the programme's logframe with its indicators' values, the records
//! behind a computed figure, reporting periods (submitting one freezes every figure), the
//! values of manual indicators with their evidence, and the logframe's editing.
//!
//! [`report`] is the one calculation path: the results pages, the CSV/XLSX, the donor
//! report's PDF and the IATI file all read the `Report` it returns (assembled in `build`
//! from the registry's figures over the facts, `domain::results::registry`). Reading needs
//! `ViewResults` (admin, coordinator, evaluator: their programmes); changing needs
//! `ManageResults`. Evaluators see figures and records, never who is behind them.

pub mod build;
pub mod cache;
pub mod logframe;
pub mod manual;
pub mod periods;
pub mod records;

use domain::Permission;
use domain::results::Report;

pub use cache::Cache;
pub use records::{RecordRow, Records, records};

use crate::{Acting, AppResult};

/// The programmes whose results the person may read: (id, name), the latest first.
pub async fn programmes(db: &db::Database, who: &Acting) -> AppResult<Vec<(String, String)>> {
    let scope = who.scope(Permission::ViewResults)?;
    let all = db.read(move |c| db::programmes::list(c, &scope)).await?;
    Ok(all.into_iter().map(|p| (p.id, p.name)).collect())
}

/// The results of `programme_id` (within the person's `ViewResults` reach, else
/// `NotFound`), for the period `period_id` if given: the logframe with every indicator's
/// value, its periods (frozen once submitted, with `corrected` when the records moved
/// since) and the registry's figures, the facts taken from `cache`.
pub async fn report(
    db: &db::Database,
    cache: &Cache,
    who: &Acting,
    programme_id: &str,
    period_id: Option<&str>,
) -> AppResult<Report> {
    let scope = who.scope(Permission::ViewResults)?;
    let (id, period) = (programme_id.to_owned(), period_id.map(str::to_owned));
    let (handle, cache) = (db.clone(), cache.clone());
    db.read_as(move |c| -> AppResult<Report> {
        let p = db::programmes::find(c, &scope, &id)?;
        let facts = cache.snapshot(&handle, c, &p.id)?;
        let stored = build::load(c, p, facts)?;
        build::build(&stored, period.as_deref())
    })
    .await
}

/// Whether the person may change the results of programmes (the pages offer the forms).
pub fn may_manage(who: &Acting) -> bool {
    who.actor.can(Permission::ManageResults)
}

/// The names of the programme's territories (a breakdown's keys are their ids).
pub async fn territories(
    db: &db::Database,
    who: &Acting,
    programme_id: &str,
) -> AppResult<std::collections::HashMap<String, String>> {
    let scope = who.scope(Permission::ViewResults)?;
    let p = programme_id.to_owned();
    db.read_as(move |c| -> AppResult<_> {
        let programme = db::programmes::find(c, &scope, &p)?;
        Ok(db::territories::list(c, &scope, Some(&programme.id))?
            .into_iter()
            .map(|t| (t.id, t.name))
            .collect())
    })
    .await
}
