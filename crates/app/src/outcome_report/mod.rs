//! The outcome table of DOMAIN.md §6 for one programme (issue 16 item 3): read from the
//! records in a few queries within the reader's `ViewResults` reach, counted by
//! `domain::results::outcome_table` (which says which call for proposals it covers), and
//! never stored. Pages, CSV, XLSX, the API and `mentor report outcomes` all read
//! [`table`]; the spreadsheets' rows come from [`rows`], so every output prints the same
//! cells.

mod export;

use db::DbConn;
use db::programmes::Programme;
use domain::Permission;
use domain::permission::Scope;
use domain::results::outcome_table::{Counts, OutcomeTable, outcome_table};

use crate::{Acting, AppResult};

pub use export::{Format, export, rows};

/// The table and what it is about.
#[derive(Debug, Clone)]
pub struct Report {
    pub programme_id: String,
    pub programme: String,
    pub slug: String,
    /// The call for proposals the call rows count (id, title), if the programme has one.
    pub call: Option<(String, String)>,
    pub table: OutcomeTable,
}

/// The programme `key` (its id or its slug) if `scope` reaches it; otherwise `NotFound`.
pub(crate) fn programme(conn: &mut DbConn, scope: &Scope, key: &str) -> AppResult<Programme> {
    let id = match db::programmes::find_by_slug_unscoped(conn, key)? {
        Some(p) => p.id,
        None => key.to_owned(),
    };
    Ok(db::programmes::find(conn, scope, &id)?)
}

/// Counts the table of `programme` within `scope` (for the actor `actor_id`).
pub(crate) fn count(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    programme: &Programme,
) -> AppResult<Report> {
    let outcomes = db::outcomes::counts(conn, scope, actor_id, &programme.id)?;
    let hosts = db::outcome_report::hosts_by_territory(conn, scope, actor_id, &programme.id)?;
    let call = db::outcome_report::first_call(conn, &programme.id)?;
    let listed = match &call {
        Some((id, _)) => Some(domain::grant::table::table(
            &db::grants::people::table_people(conn, id)?,
        )),
        None => None,
    };
    Ok(Report {
        programme_id: programme.id.clone(),
        programme: programme.name.clone(),
        slug: programme.slug.clone(),
        call,
        table: outcome_table(&Counts {
            outcomes,
            hosts,
            call: listed,
        }),
    })
}

/// The table of the programme `key` (id or slug), if the person may view its results.
pub async fn table(db: &db::Database, who: &Acting, key: &str) -> AppResult<Report> {
    let scope = who.scope(Permission::ViewResults)?;
    let actor_id = who.actor.user_id.clone();
    let key = key.to_owned();
    db.read_as(move |conn| -> AppResult<Report> {
        let p = programme(conn, &scope, &key)?;
        count(conn, &scope, &actor_id, &p)
    })
    .await
}
