//! The demo programme "MENTOR II (demo)": the partnership of DOMAIN.md §2 and one account
//! per role. Seeding is idempotent: every record is looked up by its natural key (slug,
//! name, e-mail) and created only when missing, so later issues add their parts here and a
//! second run changes nothing but the demo passwords.
//!
//! Two cohorts, kept apart by call: *MENTOR II — 2022* (`cohort.rs`, `paths.rs`: 41 cases
//! completed through the whole art. 27 procedure, one visa refused and filed again) and the
//! current call (`current.rs`: its accepted placements as cases in progress, dated back
//! from today, some deadlines near and some overdue); `case_documents.rs` gives each step a
//! case has passed a small sample PDF for each document it asks; `courses.rs` gives both
//! cohorts their pre-departure courses; `traineeships.rs` their tutors, monthly reports and
//! allowances; `outcomes.rs` ends the 2022 cohort as DOMAIN.md §6 reports and gives it a
//! mentor with its follow-ups; `grants.rs` publishes the calls for proposals after the
//! return, and `awards.rs` gives them their panel, scores and the 2024 award.

mod accounts;
mod awards;
mod candidates;
pub mod case_documents;
mod cases;
mod cohort;
mod companies;
mod content;
mod courses;
mod current;
pub mod documents;
mod duplicates;
mod grant_payments;
mod grants;
mod iati;
mod inbox;
mod interviews;
mod lists;
mod matching;
mod mentorships;
mod offers;
mod outcomes;
mod outreach;
mod partners;
mod paths;
pub mod results;
mod selection;
mod taxonomy;
mod taxonomy_fr;
mod traineeships;

use anyhow::{Context, Result};
use db::{Database, Origin};
use domain::programme::ProgrammeFields;

pub use accounts::ACCOUNTS;
/// The demo's ESCO subset, loaded when missing (`mentor generate` needs a taxonomy too).
pub use taxonomy::seed as seed_taxonomy;

pub const PROGRAMME_NAME: &str = "MENTOR II (demo)";
pub const PROGRAMME_SLUG: &str = "mentor-ii";

pub struct Summary {
    pub organisations: usize,
    pub host_companies: usize,
    pub candidates: usize,
    /// Cases opened by this run: the 2022 cohort's and the current call's.
    pub cases_past: usize,
    pub cases_current: usize,
    /// Outcomes of the 2022 cohort recorded by this run (`outcomes.rs`).
    pub outcomes: usize,
    /// Applications to the calls for proposals written by this run (`grants.rs`).
    pub grant_applications: usize,
    /// Mentorships opened by this run (`mentorships.rs`).
    pub mentorships: usize,
}

pub fn seed(
    db: &Database,
    password: &str,
    field_keys: &domain::fieldcrypt::Keyring,
) -> Result<Summary> {
    let origin = Origin::system();
    taxonomy::seed(db, &origin)?;
    taxonomy_fr::seed(db, &origin)?;
    let programme_id = programme(db, &origin)?;
    let territories = partners::territories(db, &origin, &programme_id)?;
    let partners = partners::organisations(db, &origin, &programme_id, &territories)?;
    let companies = companies::seed(db, &origin, &programme_id, &territories)?;
    accounts::seed(db, &origin, password, &companies)?;
    let business = accounts::business_accounts(db)?;
    let engaged = outreach::seed(db, &origin, &programme_id, &territories, &business)?;
    candidates::seed(db, &origin, &programme_id, &territories, field_keys)?;
    lists::seed(db, &origin, candidates::CALL_TITLE)?;
    duplicates::seed(
        db,
        &origin,
        &programme_id,
        candidates::CALL_TITLE,
        field_keys,
    )?;
    // Applications in the lists: the generated ones and the possible duplicates, less the
    // one merged away.
    let candidates = {
        let mut conn = db.conn()?;
        let call =
            db::calls::find_by_title_unscoped(&mut conn, &programme_id, candidates::CALL_TITLE)?
                .context("the demo call")?;
        let f = db::candidates::ListFilter {
            call_id: Some(call.id),
            per_page: 1,
            ..Default::default()
        };
        usize::try_from(db::candidates::list(&mut conn, &domain::permission::Scope::All, "", &f)?.1)
            .unwrap_or(0)
    };
    matching::seed(db, &origin, &programme_id)?;
    selection::seed(db, &programme_id)?;
    inbox::seed(db, &origin, &programme_id)?;
    interviews::seed(db, &origin, candidates::CALL_TITLE, &programme_id)?;
    content::seed(db, &origin, candidates::CALL_TITLE, &programme_id)?;
    let cases = cases::seed(db, &origin, &programme_id, &companies, field_keys)?;
    traineeships::seed(db, &origin)?;
    let outcomes = outcomes::seed(db, &origin, &programme_id)?;
    courses::seed(db, &origin, &programme_id)?;
    let grant_applications = grants::seed(db, &origin, &programme_id)?;
    let mentorships = mentorships::seed(db, &programme_id)?;
    awards::seed(db, &origin, &programme_id)?;
    grant_payments::seed(db, &origin, &programme_id)?;
    iati::seed(db, &origin, &programme_id)?;
    results::seed(db, &origin, &programme_id)?;
    Ok(Summary {
        grant_applications,
        mentorships,
        outcomes,
        cases_past: cases.past,
        cases_current: cases.current,
        organisations: partners + engaged,
        host_companies: companies.len(),
        candidates,
    })
}

fn programme(db: &Database, origin: &Origin) -> Result<String> {
    let mut conn = db.conn()?;
    if let Some(p) = db::programmes::find_by_slug_unscoped(&mut conn, PROGRAMME_SLUG)? {
        return Ok(p.id);
    }
    // MENTOR II: July 2021 – December 2024, EUR 3.26 M (DOMAIN.md §1).
    let draft = ProgrammeFields {
        name: PROGRAMME_NAME.into(),
        slug: PROGRAMME_SLUG.into(),
        countries: "IT,MA,TN".into(),
        starts_on: "2021-07-01".into(),
        ends_on: "2024-12-31".into(),
        budget: "3260000".into(),
        currency: "EUR".into(),
    }
    .parse(chrono::Utc::now().date_naive())
    .map_err(|e| anyhow::anyhow!("demo programme: {e}"))?;
    db.write_blocking(origin, |tx| db::programmes::create(tx, &draft))
        .context("create demo programme")
}

#[cfg(test)]
mod query_counts;
#[cfg(test)]
mod report_tests;
#[cfg(test)]
mod tests;
