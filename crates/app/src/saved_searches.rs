//! The candidate list: one's own saved searches on it (at most a few per person, the
//! count checked in the transaction that adds one), and the audit of its exports.

use domain::Permission;

use crate::{Acting, AppResult, Clock};

/// Only those who may see candidates keep searches on their list; each acts on their own.
fn own(who: &Acting) -> AppResult<String> {
    who.scope(Permission::ViewCandidates)?;
    Ok(who.actor.user_id.clone())
}

/// Saves a search (its query as the list's filter understood it) under a name;
/// `Conflict(TooManySavedSearches)` when the person keeps the most already. A watched
/// search reports only what arrives from now on.
pub async fn create(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    name: String,
    query_json: String,
    watch: bool,
) -> AppResult<String> {
    let user = own(who)?;
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::saved_searches::create(
            tx,
            &user,
            &name,
            &query_json,
            watch,
        )?)
    })
    .await
}

/// Deletes one of one's own saved searches (`NotFound` for anyone else's).
pub async fn delete(db: &db::Database, clock: &dyn Clock, who: &Acting, id: &str) -> AppResult<()> {
    let (user, id) = (own(who)?, id.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::saved_searches::delete(tx, &user, &id)?)
    })
    .await
}

/// Watches (or stops watching) one of one's own saved searches.
pub async fn set_watched(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    watch: bool,
) -> AppResult<()> {
    let (user, id) = (own(who)?, id.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::saved_searches::set_watched(tx, &user, &id, watch)?)
    })
    .await
}

/// Records in the audit trail that the list was exported: the format and how many rows,
/// never what they held.
pub async fn exported(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    format: &str,
    count: usize,
) -> AppResult<()> {
    own(who)?;
    let object = format!("{format}:{count}");
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(tx.audit("candidate.export", "candidates", &object)?)
    })
    .await
}
