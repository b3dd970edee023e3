//! Calls for applications: a person who manages calls publishes one in a programme within
//! reach.

use db::calls::Call;
use domain::Permission;
use domain::call::CallDraft;

use crate::{Acting, AppResult, Clock};

/// Publishes a call in a programme within reach (`Invalid` on `programme_id` otherwise, as
/// for an unknown one); returns the call as stored.
pub async fn create(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    draft: CallDraft,
) -> AppResult<Call> {
    let s = who.scope(Permission::ManageCalls)?;
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        crate::reach::programme(tx.conn, &s, "programme_id", &draft.programme_id)?;
        let id = db::calls::create(tx, &s, &draft)?;
        Ok(db::calls::find_published(tx.conn, &id)?)
    })
    .await
}
