//! Outreach to companies: campaigns and the follow-ups of logged contacts.

use domain::Permission;

use crate::{Acting, AppResult, Clock, Error};

/// Starts a campaign, owned by the acting person, in the first programme they do outreach
/// for. Returns its id.
pub async fn create_campaign(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    mut draft: db::outreach::CampaignDraft,
) -> AppResult<String> {
    let s = who.scope(Permission::ManageOutreach)?;
    draft.owner_id = Some(who.actor.user_id.clone());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let programme = db::programmes::list(tx.conn, &s)?
            .into_iter()
            .next()
            .ok_or(Error::NotFound)?;
        Ok(db::outreach::create_campaign(tx, &programme.id, &draft)?)
    })
    .await
}

/// Marks a follow-up done. Only its author may: anyone else's is not found.
pub async fn follow_up_done(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    contact_id: &str,
) -> AppResult<()> {
    if who.actor.scope(Permission::ManageOutreach).is_none() {
        return Err(Error::Forbidden);
    }
    let me = who.actor.user_id.clone();
    let contact_id = contact_id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::outreach::mark_done(tx, &contact_id, &me)?)
    })
    .await
}
