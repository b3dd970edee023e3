//! Reading a matching problem's inputs: the call's shortlisted applications with their ESCO
//! choices, the programme's open positions and the companies holding them, the regional
//! rules, the placements already made, the constraints and the stated preferences; and
//! the much smaller overview the call's matching page shows before any run.

use std::collections::HashMap;

use domain::permission::Scope;

use super::{Inputs, Settings};

/// Loads what a run needs for `call_id` within `scope`.
pub fn load_inputs(
    conn: &mut db::DbConn,
    scope: &Scope,
    call_id: &str,
) -> Result<(db::calls::Call, Inputs), db::DbError> {
    let call = db::calls::find(conn, scope, call_id)?;
    let programme = Scope::Programmes(vec![call.programme_id.clone()]);
    let candidates = db::matching::shortlisted(conn, &call.id)?;
    let ids: Vec<String> = candidates.iter().map(|(c, _)| c.id.clone()).collect();
    let esco: HashMap<String, db::candidates::Chosen> = db::candidates::esco_of_many(conn, &ids)?
        .into_iter()
        .collect();
    let uris: Vec<String> = esco
        .values()
        .flat_map(|c| c.occupations.iter().map(|o| o.uri.clone()))
        .collect();
    let positions = db::positions::list(conn, &programme, &open())?;
    // Only the companies holding the open positions take part in the problem.
    let mut holding: Vec<String> = positions
        .iter()
        .map(|l| l.position.company_id.clone())
        .collect();
    holding.sort_unstable();
    holding.dedup();
    let inputs = Inputs {
        isco: db::taxonomy::isco_codes(conn, &uris)?.into_iter().collect(),
        esco,
        candidates,
        companies: db::companies::among(conn, &programme, &holding)?,
        positions,
        rules: db::rules::list(conn)?,
        placements: db::matching::active_placements(conn, &call.id)?,
        constraints: db::matching::constraints(conn, &call.id)?,
        rankings: db::matching::rankings(conn, &call.id)?,
    };
    Ok((call, inputs))
}

/// What the call's matching page shows: who is shortlisted (names and countries only), the
/// open positions, how many placements stand, the runs (without their problems) and the
/// settings of the newest one. None of the ESCO choices, rules, constraints or stated
/// preferences a run reads.
pub struct Overview {
    pub shortlisted: Vec<db::matching::Shortlisted>,
    pub positions: Vec<db::positions::Listed>,
    pub placed: i64,
    pub runs: Vec<db::matching::RunSummary>,
    /// The newest run's settings (the defaults when there is none, or it cannot be read).
    pub last: Settings,
}

/// Reads the [`Overview`] of `call_id` within `scope`.
pub fn overview(
    conn: &mut db::DbConn,
    scope: &Scope,
    call_id: &str,
) -> Result<(db::calls::Call, Overview), db::DbError> {
    let call = db::calls::find(conn, scope, call_id)?;
    let programme = Scope::Programmes(vec![call.programme_id.clone()]);
    let newest = db::matching::newest_problem(conn, &call.id)?;
    let overview = Overview {
        shortlisted: db::matching::shortlisted_names(conn, &call.id)?,
        positions: db::positions::list(conn, &programme, &open())?,
        placed: db::matching::active_placement_count(conn, &call.id)?,
        runs: db::matching::run_summaries(conn, &call.id)?,
        last: newest
            .and_then(|p| super::settings_of(&p).ok())
            .unwrap_or_default(),
    };
    Ok((call, overview))
}

/// The positions a run matches: the open ones.
fn open() -> db::positions::Filter {
    db::positions::Filter {
        company_id: None,
        status: Some(domain::position::PositionStatus::Open),
    }
}
