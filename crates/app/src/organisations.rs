//! Organisations: creating one (optionally joining a programme the person manages) and
//! editing one within reach.

use db::organisations::OrganisationDraft;
use domain::Permission;
use domain::ids::{OrganisationId, ProgrammeId};

use crate::{Acting, AppResult, Clock, reach};

/// Creates an organisation, joining `programme` when given: a programme the person
/// manages, or `Invalid` on `programme_id`. Its territory must be within reach (and of
/// that programme), or `Invalid` on `territory_id`.
pub async fn create(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    draft: OrganisationDraft,
    programme: Option<&ProgrammeId>,
) -> AppResult<OrganisationId> {
    let s = who.scope(Permission::ManageOrganisations)?;
    let programmes = who.scope(Permission::ManageProgrammes)?;
    let programme = programme.cloned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let joined = match &programme {
            Some(p) => {
                reach::programme(tx.conn, &programmes, "programme_id", p.as_str())?;
                Some(vec![p.as_str().to_owned()])
            }
            None => None,
        };
        reach::territory(
            tx.conn,
            &s,
            "territory_id",
            draft.territory_id.as_deref(),
            joined.as_deref(),
        )?;
        let id = db::organisations::create(tx, &draft)?;
        if let Some(p) = &programme {
            db::programmes::add_organisation(tx, p.as_str(), &id)?;
        }
        Ok(OrganisationId::new(id))
    })
    .await
}

/// Changes an organisation within reach (`NotFound` otherwise); the territory it moves to
/// must be within reach and of one of its programmes (`Invalid` on `territory_id`).
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
        db::organisations::find(tx.conn, &s, id.as_str())?;
        let programmes = reach::programmes_of(tx.conn, id.as_str())?;
        reach::territory(
            tx.conn,
            &s,
            "territory_id",
            draft.territory_id.as_deref(),
            (!programmes.is_empty()).then_some(programmes.as_slice()),
        )?;
        Ok(db::organisations::update(tx, &s, id.as_str(), &draft)?)
    })
    .await
}
