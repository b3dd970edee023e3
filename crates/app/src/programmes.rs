//! Programmes: creating and editing one, and adding a territory to it. A coordinator's own
//! organisation leads the programme it creates, so that they can see it afterwards.

use domain::ids::ProgrammeId;
use domain::programme::ProgrammeDraft;
use domain::{Country, Permission, Role};

use crate::{Acting, AppResult, Clock};

/// Creates a programme; `Conflict(SlugTaken)` when another has the slug.
pub async fn create(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    draft: ProgrammeDraft,
) -> AppResult<ProgrammeId> {
    who.scope(Permission::ManageProgrammes)?;
    let creator_orgs: Vec<String> = who
        .actor
        .memberships
        .iter()
        .filter(|m| m.role == Role::Coordinator)
        .map(|m| m.organisation_id.clone())
        .collect();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let id = db::programmes::create(tx, &draft)?;
        for org in &creator_orgs {
            db::programmes::add_organisation(tx, &id, org)?;
        }
        Ok(ProgrammeId::new(id))
    })
    .await
}

/// Changes a programme within reach; `Conflict(SlugTaken)` when another has the slug.
pub async fn update(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &ProgrammeId,
    draft: ProgrammeDraft,
) -> AppResult<()> {
    let s = who.scope(Permission::ManageProgrammes)?;
    let id = id.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::programmes::update(tx, &s, id.as_str(), &draft)?)
    })
    .await
}

/// Adds a territory to a programme within reach; `Conflict(TerritoryTaken)` when the
/// programme has one of that name.
pub async fn add_territory(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    programme: &ProgrammeId,
    name: String,
    country: Country,
) -> AppResult<String> {
    let s = who.scope(Permission::ManageProgrammes)?;
    let programme = programme.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        db::programmes::find(tx.conn, &s, programme.as_str())?;
        Ok(db::territories::create(
            tx,
            programme.as_str(),
            &name,
            country,
        )?)
    })
    .await
}
