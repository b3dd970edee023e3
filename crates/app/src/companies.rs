//! Host companies: registering one, its profile, its hosting checklist declarations, its
//! outreach stage, the contacts logged with it, and inviting its colleagues. Each is done
//! only to a company within the person's reach, found inside the transaction that writes.

use db::companies::Company;
use domain::company::CompanyDraft;
use domain::host_rules::Declarations;
use domain::ids::{OrganisationId, ProgrammeId};
use domain::outreach::Stage;
use domain::{Email, Permission, Role};

use crate::{Acting, AppResult, Clock, Error};

/// A contact's notes are kept to this many characters.
const NOTES_MAX: usize = 4000;

/// Registers a company in a programme the person does outreach for, at the first stage of
/// the pipeline, owned by them. The programme must be within reach; the company is
/// returned as the person sees it (a company they could not see is not registered).
pub async fn register(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    programme: &ProgrammeId,
    draft: CompanyDraft,
) -> AppResult<Company> {
    let s = who.scope(Permission::ManageOutreach)?;
    let view = who.scope(Permission::ViewCompanies)?;
    let owner = who.actor.user_id.clone();
    let programme = programme.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        db::programmes::find(tx.conn, &s, programme.as_str())?;
        let id = db::companies::create(
            tx,
            programme.as_str(),
            &draft,
            Stage::Identified,
            Some(&owner),
        )?;
        Ok(db::companies::find(tx.conn, &view, &id)?)
    })
    .await
}

/// Like [`register`], for the registration form: the programme chosen if it is within
/// reach, otherwise the first the person does outreach for (the form may offer none).
pub async fn register_preferring(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    preferred: &str,
    draft: CompanyDraft,
) -> AppResult<OrganisationId> {
    let s = who.scope(Permission::ManageOutreach)?;
    let owner = who.actor.user_id.clone();
    let preferred = preferred.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let programmes = db::programmes::list(tx.conn, &s)?;
        let p = programmes
            .iter()
            .find(|p| p.id == preferred)
            .or(programmes.first())
            .ok_or(Error::NotFound)?;
        let id = db::companies::create(tx, &p.id, &draft, Stage::Identified, Some(&owner))?;
        Ok(OrganisationId::new(id))
    })
    .await
}

/// Changes a company's name, place and profile.
pub async fn update_profile(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    company: &OrganisationId,
    draft: CompanyDraft,
) -> AppResult<()> {
    let s = who.scope(Permission::ManageCompanies)?;
    let company = company.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::companies::save_profile(
            tx,
            &s,
            company.as_str(),
            &draft,
        )?)
    })
    .await
}

/// Records the company's answers to the hosting checklist's declarations.
pub async fn declare(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    company: &OrganisationId,
    d: Declarations,
) -> AppResult<()> {
    let s = who.scope(Permission::ManageCompanies)?;
    let company = company.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::companies::save_declarations(
            tx,
            &s,
            company.as_str(),
            &d,
        )?)
    })
    .await
}

/// Moves a company along the outreach pipeline.
pub async fn set_stage(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    company: &OrganisationId,
    stage: Stage,
) -> AppResult<()> {
    let s = who.scope(Permission::ManageOutreach)?;
    let company = company.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::companies::set_stage(tx, &s, company.as_str(), stage)?)
    })
    .await
}

/// Logs a contact with a company, by the acting person; a campaign named must be one within
/// reach too. Returns the contact's id.
pub async fn log_contact(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    company: &OrganisationId,
    mut draft: db::outreach::ContactDraft,
) -> AppResult<String> {
    let s = who.scope(Permission::ManageOutreach)?;
    draft.notes = draft.notes.trim().chars().take(NOTES_MAX).collect();
    let author = who.actor.user_id.clone();
    let company = company.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        if let Some(c) = &draft.campaign_id {
            db::outreach::find_campaign(tx.conn, &s, c)?;
        }
        Ok(db::outreach::add_contact(
            tx,
            &s,
            company.as_str(),
            &author,
            &draft,
        )?)
    })
    .await
}

/// Invites a colleague to a company: its own users may, and so may whoever manages the
/// users of its organisation. Returns the invitation's secret token (shown once).
pub async fn invite(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    company: &OrganisationId,
    email: Email,
) -> AppResult<String> {
    let view = who.scope(Permission::ViewCompanies)?;
    let is_own = who
        .actor
        .memberships
        .iter()
        .any(|m| m.organisation_id == company.as_str() && m.role == Role::Company);
    let manage = who.actor.scope(Permission::ManageUsers);
    let inviter = who.actor.user_id.clone();
    let company = company.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let target = company.as_str();
        db::companies::find(tx.conn, &view, target)?;
        let allowed = is_own
            || match &manage {
                Some(s) => db::organisations::find(tx.conn, s, target).is_ok(),
                None => false,
            };
        if !allowed {
            // Beyond reach looks like missing, as everywhere else.
            return Err(Error::NotFound);
        }
        Ok(db::invitations::create(
            tx,
            target,
            Role::Company,
            &email,
            &inviter,
        )?)
    })
    .await
}
