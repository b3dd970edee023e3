//! Approving a run: its pairs become placements proposed to the companies, once.

use std::collections::HashMap;

use domain::permission::Scope;

use super::decode;

/// Approves a run of a call within the person's reach: its pairs become proposed
/// placements (see [`approve`]). Returns how many were proposed.
pub async fn approve_run(
    db: &db::Database,
    clock: &dyn crate::Clock,
    who: &crate::Acting,
    run: &domain::ids::RunId,
) -> crate::AppResult<usize> {
    let s = who.scope(domain::Permission::ManageMatching)?;
    let id = run.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let r = db::matching::find_run(tx.conn, id.as_str())?;
        db::calls::find(tx.conn, &s, &r.call_id)?;
        Ok(approve(tx, id.as_str())?)
    })
    .await
}

/// Turns an approved run's pairs into proposed placements, in the caller's transaction.
/// Runs may be made on staged shortlists, but nobody is proposed to a company before their
/// shortlisting is published: they would hear of it from the company first
/// (`Conflict::ShortlistUnpublished`).
pub fn approve(tx: &mut db::Tx<'_>, run_id: &str) -> Result<usize, db::DbError> {
    let run = db::matching::find_run(tx.conn, run_id)?;
    let (_, solution) = decode(&run).map_err(db::DbError::Migration)?;
    let candidates: Vec<String> = solution.pairs.iter().map(|p| p.candidate.clone()).collect();
    if db::candidates::not_at_status(tx.conn, &candidates, domain::candidate::Status::Shortlisted)?
        > 0
    {
        return Err(db::DbError::Conflict(
            domain::Conflict::ShortlistUnpublished,
        ));
    }
    let positions: HashMap<String, String> = {
        let all = db::positions::list(tx.conn, &Scope::All, &db::positions::Filter::default())?;
        all.into_iter()
            .map(|l| (l.position.id, l.position.company_id))
            .collect()
    };
    let proposals: Vec<db::matching::Proposal> = solution
        .pairs
        .iter()
        .filter_map(|p| {
            positions
                .get(&p.position)
                .map(|company| db::matching::Proposal {
                    candidate_id: p.candidate.clone(),
                    position_id: p.position.clone(),
                    company_id: company.clone(),
                    score: p.score,
                })
        })
        .collect();
    db::matching::approve(tx, run_id, &proposals)
}
