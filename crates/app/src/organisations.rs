//! Organisations: creating one (optionally joining a programme the person manages) and
//! editing one within reach.

use db::organisations::OrganisationDraft;
use domain::Permission;
use domain::ids::{OrganisationId, ProgrammeId};

use crate::{Acting, AppResult, Clock};

/// Creates an organisation, joining `programme` when given: a programme the person
/// manages, or `NotFound`.
pub async fn create(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    draft: OrganisationDraft,
    programme: Option<&ProgrammeId>,
) -> AppResult<OrganisationId> {
    who.scope(Permission::ManageOrganisations)?;
    let programmes = who.scope(Permission::ManageProgrammes)?;
    let programme = programme.cloned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        if let Some(p) = &programme {
            db::programmes::find(tx.conn, &programmes, p.as_str())?;
        }
        let id = db::organisations::create(tx, &draft)?;
        if let Some(p) = &programme {
            db::programmes::add_organisation(tx, p.as_str(), &id)?;
        }
        Ok(OrganisationId::new(id))
    })
    .await
}

/// Changes an organisation within reach.
pub async fn update(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &OrganisationId,
    draft: OrganisationDraft,
) -> AppResult<()> {
    let s = who.scope(Permission::ManageOrganisations)?;
    let id = id.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::organisations::update(tx, &s, id.as_str(), &draft)?)
    })
    .await
}
