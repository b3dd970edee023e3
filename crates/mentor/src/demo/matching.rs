//! The demo's matching: one run over the 41 shortlisted candidates and the 36 hosts' open
//! positions — quotas of 23 from Tunisia and 18 from Morocco, as in MENTOR II — approved, so
//! the companies have placements to answer. Idempotent: done once per call.

use std::collections::BTreeMap;

use anyhow::{Result, anyhow};
use app::matching_problem::{Settings, approve, run};
use db::{Database, Origin};
use domain::permission::Scope;

/// Returns the number of placements proposed by the demo run (0 when it already exists).
pub fn seed(db: &Database, origin: &Origin, programme_id: &str) -> Result<usize> {
    let mut conn = db.conn()?;
    let call =
        db::calls::find_by_title_unscoped(&mut conn, programme_id, super::candidates::CALL_TITLE)?
            .ok_or_else(|| anyhow!("demo call missing"))?;
    if db::matching::runs_of(&mut conn, &call.id)?
        .iter()
        .any(|r| r.approved_at.is_some())
    {
        return Ok(0);
    }
    drop(conn);
    let settings = Settings {
        country_max: BTreeMap::from([("TN".to_owned(), 23), ("MA".to_owned(), 18)]),
        // MENTOR II's 41 participants went to 36 host companies: one each first.
        spread: true,
        ..Default::default()
    };
    let proposed = db.write_blocking(origin, |tx| {
        // The coordinator's own decision before the run: the demo company account's company
        // (the first Milan host) interviews two candidates, so it has proposals to answer.
        let hosts = db::companies::list(tx.conn, &Scope::All, &Default::default())?;
        let first = hosts
            .iter()
            .find(|c| c.organisation.name == super::companies::MILAN[0]);
        let open = db::positions::Filter {
            company_id: first.map(|c| c.organisation.id.clone()),
            status: Some(domain::position::PositionStatus::Open),
        };
        let position = db::positions::list(tx.conn, &Scope::All, &open)?
            .into_iter()
            .next();
        if let Some(position) = position {
            let shortlisted = db::matching::shortlisted(tx.conn, &call.id)?;
            for (candidate, _) in shortlisted.iter().take(2) {
                db::matching::set_constraint(
                    tx,
                    &call.id,
                    &candidate.id,
                    &position.position.id,
                    Some("lock"),
                )?;
            }
        }
        let id = match run(tx, &Scope::All, &call.id, &settings)? {
            Ok(id) => id,
            Err(reason) => return Err(db::DbError::Migration(format!("demo matching: {reason}"))),
        };
        approve(tx, &id)
    })?;
    Ok(proposed)
}
