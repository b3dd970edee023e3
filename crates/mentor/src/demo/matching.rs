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
            Err(f) => {
                return Err(db::DbError::Migration(format!(
                    "demo matching: {}",
                    f.error
                )));
            }
        };
        approve(tx, &id)
    })?;
    Ok(proposed)
}

#[cfg(test)]
mod tests {
    use domain::permission::Scope;

    #[test]
    fn probe_demo_run() {
        let t = testkit::TestDb::sqlite();
        let db = t.db();
        super::super::seed(db, "a demo password", &testkit::field_keys()).unwrap();
        let mut c = db.conn().unwrap();
        let calls = db::calls::list(&mut c, &Scope::All).unwrap();
        let call = calls.iter().find(|x| x.title == super::super::candidates::CALL_TITLE).unwrap();
        let run = db::matching::runs_of(&mut c, &call.id).unwrap().remove(0);
        let (stored, sol) = app::matching_problem::decode(&run).unwrap();
        let pos = db::positions::list(&mut c, &Scope::All, &Default::default()).unwrap();
        let short = db::matching::shortlisted(&mut c, &call.id).unwrap();
        let esco: std::collections::HashMap<_, _> = db::candidates::esco_of_many(&mut c, &short.iter().map(|x| x.0.id.clone()).collect::<Vec<_>>()).unwrap().into_iter().collect();
        for p in &sol.pairs {
            let (cand, prof) = short.iter().find(|x| x.0.id == p.candidate).unwrap();
            let q = pos.iter().find(|l| l.position.id == p.position).unwrap();
            let e = esco.get(&cand.id).map(|e| e.occupations.iter().map(|o| o.label.clone()).collect::<Vec<_>>().join("/")).unwrap_or_default();
            eprintln!("{:<28} {:<22} -> {:<35} {:<30} occ {:>5} sk {:>5} total {:>6} rank {}/{} {}", prof.as_ref().map(|p| p.field_of_study.clone()).unwrap_or_default(), e, q.position.title, q.company_name, p.components.occupation, p.components.skills, p.score, p.rank, p.alternatives, p.locked);
        }
        eprintln!("unassigned {:?}", sol.unassigned_candidates);
        eprintln!("settings {:?}", stored.settings);
    }
}
