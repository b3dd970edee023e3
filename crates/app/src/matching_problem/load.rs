//! Reading a matching problem's inputs: the call's shortlisted applications with their ESCO
//! choices, the programme's open positions and the companies holding them, the regional
//! rules, the placements already made, the constraints and the stated preferences.

use std::collections::HashMap;

use domain::permission::Scope;

use super::Inputs;

/// Loads what a run needs for `call_id` within `scope`.
pub fn load_inputs(
    conn: &mut db::DbConn,
    scope: &Scope,
    call_id: &str,
) -> Result<(db::calls::Call, Inputs), db::DbError> {
    let call = db::calls::find(conn, scope, call_id)?;
    let programme = Scope::Programmes(vec![call.programme_id.clone()]);
    let open = db::positions::Filter {
        company_id: None,
        status: Some(domain::position::PositionStatus::Open),
    };
    let candidates = db::matching::shortlisted(conn, &call.id)?;
    let ids: Vec<String> = candidates.iter().map(|(c, _)| c.id.clone()).collect();
    let esco: HashMap<String, db::candidates::Chosen> = db::candidates::esco_of_many(conn, &ids)?
        .into_iter()
        .collect();
    let uris: Vec<String> = esco
        .values()
        .flat_map(|c| c.occupations.iter().map(|o| o.uri.clone()))
        .collect();
    let positions = db::positions::list(conn, &programme, &open)?;
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
