//! The demo trainee's own application, so that the interview journey can be tried end to
//! end: the trainee account (`trainee@demo.example`) is given the application of one of the
//! shortlisted candidates the approved run proposed to the demo company
//! (`company@demo.example`), preferably one living in Tunisia, and takes that candidate's
//! name. The company then finds it among its proposals, judges the anonymised profile and
//! offers times; the trainee picks one. No application is added, so the call keeps its 41
//! shortlisted and placed. Idempotent: nothing changes once the trainee has an application
//! in the call.

use anyhow::{Context, Result, anyhow};
use db::{Database, Origin};
use domain::permission::Scope;
use domain::placement::PlacementStatus;
use domain::{Country, Email};

const TRAINEE: &str = "trainee@demo.example";
const COMPANY: &str = "company@demo.example";

pub fn seed(db: &Database, origin: &Origin, call_title: &str, programme_id: &str) -> Result<()> {
    let mut conn = db.conn()?;
    let call = db::calls::find_by_title_unscoped(&mut conn, programme_id, call_title)?
        .context("the demo call")?;
    let mut user = |email: &str| -> Result<db::users::User> {
        let e = Email::parse(email).map_err(|e| anyhow!("{e}"))?;
        db::users::find_by_email_unscoped(&mut conn, &e)?
            .ok_or_else(|| anyhow!("demo account {email} missing"))
    };
    let (trainee, company_user) = (user(TRAINEE)?, user(COMPANY)?);
    if db::candidates::of_user(&mut conn, &trainee.id)?
        .iter()
        .any(|c| c.call_id == call.id)
    {
        return Ok(());
    }
    let company = db::memberships::of_user(&mut conn, &company_user.id)?
        .into_iter()
        .next()
        .context("the demo company")?
        .organisation_id;
    let filter = db::matching::Filter {
        call_id: Some(call.id.clone()),
        status: Some(PlacementStatus::Proposed),
        ..Default::default()
    };
    let mut proposed: Vec<_> = db::matching::placements(&mut conn, &Scope::All, &filter)?
        .into_iter()
        .filter(|v| v.placement.company_id == company)
        .collect();
    proposed.sort_by(|a, b| a.placement.candidate_id.cmp(&b.placement.candidate_id));
    let Some(chosen) = proposed
        .iter()
        .find(|v| v.candidate_country == Country::TN)
        .or(proposed.first())
    else {
        // A demo whose run proposed nothing to the demo company has no journey to offer.
        return Ok(());
    };
    let candidate = chosen.placement.candidate_id.clone();
    let name = chosen.candidate_name.clone();
    drop(conn);
    db.write_blocking(origin, |tx| {
        db::candidates::link_account(tx, &candidate, &trainee.id)?;
        db::users::update_profile(tx, &trainee.id, &name)
    })
    .context("the demo trainee's application")?;
    Ok(())
}
