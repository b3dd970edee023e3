//! Host companies: registering one, its profile, its hosting checklist declarations, its
//! outreach stage, the contacts logged with it, and inviting its colleagues. Each is done
//! only to a company within the person's reach, found inside the transaction that writes.

use db::companies::Company;
use domain::company::CompanyDraft;
use domain::host_rules::Declarations;
use domain::ids::{OrganisationId, ProgrammeId};
use domain::outreach::Stage;
use domain::{Email, Permission, Role};

use crate::{Acting, AppResult, Clock, Error, reach};

/// A contact's notes are kept to this many characters.
const NOTES_MAX: usize = 4000;

/// Registers a company in a programme the person does outreach for, at the first stage of
/// the pipeline, owned by them. The programme, the territory and the region named must be
/// within reach (`Invalid` on that field otherwise: 422, as for an unknown id); the company
/// is returned as the person sees it.
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
        let programme_id = reach::given("programme_id", programme.as_str())?;
        let p = reach::programme(tx.conn, &s, "programme_id", programme_id)?;
        check_place(tx.conn, &s, &draft, std::slice::from_ref(&p.id))?;
        let id = db::companies::create(tx, &p.id, &draft, Stage::Identified, Some(&owner))?;
        Ok(db::companies::find(tx.conn, &view, &id)?)
    })
    .await
}

/// The territory and region a company's draft names: within the person's reach, the
/// territory one of the company's programmes'.
fn check_place(
    conn: &mut db::DbConn,
    scope: &domain::permission::Scope,
    draft: &CompanyDraft,
    programmes: &[String],
) -> AppResult<()> {
    reach::territory(
        conn,
        scope,
        "territory_id",
        draft.territory_id.as_deref(),
        Some(programmes),
    )?;
    reach::region(conn, "region", draft.region.as_deref())
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
        // The company first (beyond reach: 404), then where the change would move it.
        db::companies::find(tx.conn, &s, company.as_str())?;
        let programmes = reach::programmes_of(tx.conn, company.as_str())?;
        check_place(tx.conn, &s, &draft, &programmes)?;
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
        // The company first (beyond reach: 404), then the campaign the contact names.
        db::companies::find(tx.conn, &s, company.as_str())?;
        if let Some(c) = &draft.campaign_id {
            reach::reference("campaign_id", db::outreach::find_campaign(tx.conn, &s, c))?;
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
