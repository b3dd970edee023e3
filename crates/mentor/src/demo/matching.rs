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
        // (the first Milan host) takes four candidates: two it has accepted (their cases are
        // under way, `demo::current`) and two still to answer.
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
            // Who fits a software house: computer science graduates first.
            let shortlisted = db::matching::shortlisted(tx.conn, &call.id)?;
            let computing = |p: &Option<db::candidates::Profile>| {
                p.as_ref()
                    .is_some_and(|p| p.field_of_study == "Computer science")
            };
            let fitting = shortlisted
                .iter()
                .filter(|(_, p)| computing(p))
                .chain(shortlisted.iter().filter(|(_, p)| !computing(p)));
            for (candidate, _) in fitting.take(4) {
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
    use app::matching_problem::{Why, decode, why};
    use domain::permission::Scope;

    /// The demo's run, through the real path (seeded, solved, stored, read back), reads as
    /// a person expects: occupations and skills count for most pairs, and whoever is not at
    /// their best option is kept from it by a named constraint.
    #[test]
    fn the_demo_run_makes_sense_to_a_person() {
        testkit::on_each_backend(|db| {
            super::super::seed(db, "a demo password", &testkit::field_keys()).unwrap();
            let mut c = db.conn().unwrap();
            let calls = db::calls::list(&mut c, &Scope::All).unwrap();
            let call = calls
                .iter()
                .find(|x| x.title == super::super::candidates::CALL_TITLE)
                .unwrap();
            let runs = db::matching::runs_of(&mut c, &call.id).unwrap();
            let (stored, solution) = decode(&runs[0]).unwrap();
            let pairs = &solution.pairs;
            assert_eq!(pairs.len(), 41, "every participant placed");
            let share = |f: &dyn Fn(&matching::MatchedPair) -> bool| {
                pairs.iter().filter(|p| f(p)).count() * 100 / pairs.len()
            };
            let skills = share(&|p| p.components.skills > 0);
            let occupation = share(&|p| p.components.occupation > 0);
            assert!(skills >= 80, "skills count for {skills}% of pairs");
            assert!(
                occupation >= 80,
                "occupation counts for {occupation}% of pairs"
            );
            assert!(
                share(&|p| p.rank <= 3) >= 75,
                "most are at one of their three best options"
            );
            for p in pairs.iter().filter(|p| p.rank > 1) {
                let e = solution
                    .explanations
                    .iter()
                    .find(|e| e.candidate == p.candidate)
                    .unwrap_or_else(|| panic!("no explanation for rank {}", p.rank));
                let w = why(&stored, e);
                assert_ne!(w, Why::Other, "rank {} without a binding reason", p.rank);
                assert!(e.gain > 0);
            }
            // The demo's locks are the coordinator's; the rest of the first round is the
            // one-per-host rule, and the explanations tell them apart.
            let kinds: Vec<&str> = solution
                .explanations
                .iter()
                .map(|e| why(&stored, e).kind())
                .collect();
            assert!(kinds.contains(&"one-per-host"), "{kinds:?}");
            // Where that round gave their best place to another, what undoing its decision
            // would change is computed (the other is placed again).
            let taken: Vec<_> = solution
                .explanations
                .iter()
                .filter(|e| matches!(why(&stored, e), Why::OnePerHost(Some(_))))
                .collect();
            assert!(!taken.is_empty());
            assert!(taken.iter().all(|e| e.total_change.is_some()), "{taken:?}");
        });
    }
}
