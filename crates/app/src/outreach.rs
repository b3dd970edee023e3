//! Outreach to companies: campaigns and the follow-ups of logged contacts.

use domain::Permission;
use domain::ids::ProgrammeId;

use crate::{Acting, AppResult, Clock, Error, reach};

/// Starts a campaign, owned by the acting person, in `programme`: a programme they do
/// outreach for, with a territory of it within their reach (a business association's or
/// promoter's own; they may not start one for every city). Either beyond reach, unknown
/// or missing is `Invalid` on its field. Returns its id.
pub async fn create_campaign(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    programme: &ProgrammeId,
    mut draft: db::outreach::CampaignDraft,
) -> AppResult<String> {
    let s = who.scope(Permission::ManageOutreach)?;
    draft.owner_id = Some(who.actor.user_id.clone());
    let programme = programme.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let programme_id = reach::given("programme_id", programme.as_str())?;
        let p = reach::programme(tx.conn, &s, "programme_id", programme_id)?;
        reach::territory(
            tx.conn,
            &s,
            "territory_id",
            draft.territory_id.as_deref(),
            Some(std::slice::from_ref(&p.id)),
        )?;
        Ok(db::outreach::create_campaign(tx, &p.id, &draft)?)
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
