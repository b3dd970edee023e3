//! Turning a policy [`Scope`] into the set of organisations and programmes a query may reach.
//! `Scope::Territories` reaches the organisations of those territories (promoters and
//! business associations work for their city's companies).

use diesel::prelude::*;
use domain::permission::Scope;

use crate::DbConn;
use crate::schema::{organisations, programme_organisations as po, territories};

/// Organisation ids reachable under `scope`; `None` means "all of them".
pub(crate) fn organisation_ids(
    conn: &mut DbConn,
    scope: &Scope,
) -> QueryResult<Option<Vec<String>>> {
    match scope {
        Scope::All => Ok(None),
        Scope::Programmes(ps) => po::table
            .filter(po::programme_id.eq_any(ps))
            .select(po::organisation_id)
            .distinct()
            .load(conn)
            .map(Some),
        Scope::Organisations(os) | Scope::Residence(os) => Ok(Some(os.clone())),
        Scope::Territories(ts) => organisations::table
            .filter(organisations::territory_id.eq_any(ts))
            .select(organisations::id)
            .load(conn)
            .map(Some),
        Scope::OwnAccount | Scope::Assigned => Ok(Some(Vec::new())),
    }
}

/// Programme ids reachable under `scope`; `None` means "all of them".
pub(crate) fn programme_ids(conn: &mut DbConn, scope: &Scope) -> QueryResult<Option<Vec<String>>> {
    match scope {
        Scope::All => Ok(None),
        Scope::Programmes(ps) => Ok(Some(ps.clone())),
        Scope::Organisations(os) | Scope::Residence(os) => po::table
            .filter(po::organisation_id.eq_any(os))
            .select(po::programme_id)
            .distinct()
            .load(conn)
            .map(Some),
        Scope::Territories(ts) => territories::table
            .filter(territories::id.eq_any(ts))
            .select(territories::programme_id)
            .distinct()
            .load(conn)
            .map(Some),
        Scope::OwnAccount | Scope::Assigned => Ok(Some(Vec::new())),
    }
}
