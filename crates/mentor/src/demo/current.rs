//! The current call's cases: of the placements the approved run proposed, most are
//! accepted and their cases stand at every step of the procedure, dated back from the real
//! today (Europe/Rome) so that some deadlines are near and some overdue whenever the demo
//! is seeded: a visa requested 95 days ago (the consulate's 90 days passed), an arrival 12
//! working days ago with no permit request (8 working days passed), a permit requested 18
//! days ago and the traineeship not started (15 days passed).
//!
//! Who sees what: the demo company account's company (the first Milan host) has two cases
//! (one overdue, one active traineeship) and two proposals still to answer; other hosts in Milan and Turin have
//! theirs; the account `trainee.case@demo.example` (French) is given the application of a
//! trainee placed in Milan whose visa is requested and who still has papers to upload. A
//! quarter of the other proposals are left unanswered, as companies are slow.
//! Idempotent: nothing is done once a case of the call exists.

use anyhow::{Context, Result, anyhow};
use chrono::{Duration, NaiveDate, Utc};
use db::{Database, Origin};
use domain::Email;
use domain::deadline::rome_today;
use domain::fieldcrypt::Keyring;
use domain::permission::Scope;
use domain::placement::PlacementStatus;

use super::paths::{self, Planned, Shape, Who};

pub const TRAINEE: &str = "trainee.case@demo.example";

/// How long ago a case entered the step it stands in.
#[derive(Debug, Clone, Copy)]
enum Ago {
    Days(i64),
    WorkingDays(u32),
}

/// Where the cases stand, in the order they are given out (the first three to the demo
/// company's two cases and the French trainee's; then round and round).
const STANDING: [(&str, Ago); 21] = [
    // The demo company: permit request overdue (and its hospitality declaration).
    ("arrived", Ago::WorkingDays(12)),
    // The demo company: a trainee in their fourth month, whose tutor (the demo company
    // account) files the monthly reports (`demo::traineeships`).
    ("active", Ago::Days(100)),
    // The French trainee: visa requested, passport dates and housing proof to give.
    ("visa_requested", Ago::Days(30)),
    // The consulate's 90 days passed.
    ("visa_requested", Ago::Days(95)),
    // Decision due in four days.
    ("visa_requested", Ago::Days(86)),
    ("arrived", Ago::Days(1)),
    ("convention", Ago::Days(6)),
    ("training_project", Ago::Days(12)),
    ("regional_review", Ago::Days(20)),
    ("regional_approved", Ago::Days(9)),
    ("visa_issued", Ago::Days(11)),
    ("ready_to_depart", Ago::Days(4)),
    // Permit request due in two working days.
    ("arrived", Ago::WorkingDays(6)),
    // The traineeship should have started three days ago.
    ("permit_requested", Ago::Days(18)),
    ("active", Ago::Days(40)),
    // Refused a week ago: to be filed again.
    ("visa_refused", Ago::Days(8)),
    ("active", Ago::Days(120)),
    ("extended", Ago::Days(20)),
    ("training_project", Ago::Days(3)),
    ("visa_requested", Ago::Days(60)),
    ("regional_review", Ago::Days(35)),
];

/// Seeds the cases of the call titled `call_title`; returns how many were opened.
pub fn seed(
    db: &Database,
    keys: &Keyring,
    programme_id: &str,
    call_title: &str,
    companies: &[(String, String)],
    promoter_id: &str,
) -> Result<usize> {
    let mut conn = db.conn()?;
    let call = db::calls::find_by_title_unscoped(&mut conn, programme_id, call_title)?
        .context("the demo call")?;
    let all = db::matching::placements(
        &mut conn,
        &Scope::All,
        &db::matching::Filter {
            call_id: Some(call.id.clone()),
            status: None,
            ..Default::default()
        },
    )?;
    for p in &all {
        if db::cases::of_placement(&mut conn, &p.placement.id)?.is_some() {
            return Ok(0);
        }
    }
    let mut proposed: Vec<_> = all
        .into_iter()
        .filter(|p| p.placement.status == PlacementStatus::Proposed)
        .collect();
    proposed.sort_by(|a, b| a.placement.candidate_id.cmp(&b.placement.candidate_id));
    let first_company = companies.first().map(|c| c.1.clone()).unwrap_or_default();
    let milan: Vec<&str> = companies
        .iter()
        .filter(|(name, _)| super::companies::MILAN.contains(&name.as_str()))
        .map(|(_, id)| id.as_str())
        .collect();
    // The candidates an account already owns (the interview journey's trainee) stay
    // proposed: their journey starts with the company's answer.
    let mut free = Vec::new();
    for p in proposed {
        let c = db::candidates::find(&mut conn, &Scope::All, "", &p.placement.candidate_id)?;
        if c.user_id.is_none() {
            free.push((p, c));
        }
    }
    let (mine, others): (Vec<_>, Vec<_>) = free
        .into_iter()
        .partition(|(p, _)| p.placement.company_id == first_company);
    let mut others: Vec<_> = others
        .into_iter()
        .enumerate()
        .filter(|(k, _)| k % 4 != 3)
        .map(|(_, x)| x)
        .collect();
    // The French trainee's case: the first in a Milan company.
    let trainee_at = others
        .iter()
        .position(|(p, _)| milan.contains(&p.placement.company_id.as_str()))
        .ok_or_else(|| anyhow!("no Milan placement for the demo trainee"))?;
    let trainee = others.remove(trainee_at);
    let mut chosen: Vec<_> = mine.into_iter().take(2).collect();
    chosen.push(trainee.clone());
    chosen.extend(others);
    drop(conn);

    let today = rome_today(Utc::now());
    let mut opened = 0;
    for (k, (p, c)) in chosen.iter().enumerate() {
        let (step, ago) = STANDING[k % STANDING.len()];
        let city = if milan.contains(&p.placement.company_id.as_str()) {
            "Milano"
        } else {
            "Torino"
        };
        let covered = chosen
            .iter()
            .filter(|(o, _)| o.placement.company_id == p.placement.company_id)
            .count();
        let who = Who {
            index: 100 + k,
            family_name: c.family_name.clone(),
            given_names: c.given_names.clone(),
            female: c.sex == "f",
            birth_date: c.birth_date.unwrap_or(today - Duration::days(26 * 365)),
            country: p.candidate_country,
            city: city.to_owned(),
            covered,
        };
        let target = match ago {
            Ago::Days(n) => today - Duration::days(n),
            Ago::WorkingDays(n) => {
                paths::working_days_before(&paths::calendar(city, today), today, n)
            }
        };
        let path = standing_at(&who, step, target);
        if paths::write(db, keys, &p.placement.id, promoter_id, &path)?.is_some() {
            opened += 1;
        }
    }
    give_to_trainee(
        db,
        &trainee.1.id,
        &format!("{} {}", trainee.1.given_names, trainee.1.family_name),
    )?;
    Ok(opened)
}

/// The path of a case that entered `step` on `on` and stands there: the usual course
/// shifted so that it reaches `step` that day, cut there, and the step's own facts (beyond
/// its anchor) still to be given.
fn standing_at(who: &Who, step: &str, on: NaiveDate) -> Vec<Planned> {
    let shape = Shape {
        refused: step == "visa_refused",
        extended: step == "extended",
    };
    let draft_start = on - Duration::days(200);
    let at = |path: &[Planned]| path.iter().position(|s| s.step == step).unwrap_or(0);
    let draft = paths::plan(who, draft_start, shape);
    let shift = on - draft[at(&draft)].on;
    let mut path = paths::plan(who, draft_start + shift, shape);
    path.truncate(at(&path) + 1);
    if let Some(last) = path.last_mut() {
        let step = last.step;
        last.facts.retain(|(f, _)| paths::is_anchor(step, f));
    }
    path
}

/// Gives the trainee account the application of the case it follows, and its name.
fn give_to_trainee(db: &Database, candidate_id: &str, name: &str) -> Result<()> {
    let mut conn = db.conn()?;
    let email = Email::parse(TRAINEE).map_err(|e| anyhow!("{e}"))?;
    let user = db::users::find_by_email_unscoped(&mut conn, &email)?
        .ok_or_else(|| anyhow!("demo account {TRAINEE} missing"))?;
    if !db::candidates::of_user(&mut conn, &user.id)?.is_empty() {
        return Ok(());
    }
    drop(conn);
    db.write_blocking(&Origin::system(), |tx| {
        db::candidates::link_account(tx, candidate_id, &user.id)?;
        db::users::update_profile(tx, &user.id, name)
    })?;
    Ok(())
}
