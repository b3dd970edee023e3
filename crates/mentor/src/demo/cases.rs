//! The demo's art. 27 cases, in two cohorts (issue 13):
//!
//! - **MENTOR II, 2022** (`demo::cohort`): the past call "MENTOR II — 2022" of the demo
//!   programme, its 41 participants (23 Tunisian, 18 Moroccan) placed in the 36 hosts of
//!   Milan and Turin, every case completed between 2023 and 2024 through the whole
//!   procedure — one visa refused and filed again, fifteen traineeships extended.
//! - **The current call** (`demo::current`): today's open call, whose accepted placements
//!   are cases in progress at every step, dated back from today so that some deadlines are
//!   near and some overdue.
//!
//! First the procedure templates and the years' holidays are stored, as the server does at
//! start. Every step is written by the promoter's demo account, on the day it happened.

use anyhow::{Result, anyhow};
use chrono::{Duration, NaiveDate, Utc};
use db::{Database, Origin};
use domain::Email;
use domain::deadline::rome_today;
use domain::fieldcrypt::Keyring;

use super::paths::{self, Shape, Who};

const PROMOTER: &str = "promoter@demo.example";

/// The participant of the 2022 cohort whose first visa request was refused.
pub const REFUSED: usize = 17;

/// Whether participant `i` of the 2022 cohort extended the traineeship (15 of 41: with
/// those who signed a job contract, the 29 who stayed in Italy, DOMAIN.md §6).
pub fn extended(i: usize) -> bool {
    i.is_multiple_of(3) || i == 40
}

pub struct Summary {
    pub past: usize,
    pub current: usize,
}

pub fn seed(
    db: &Database,
    origin: &Origin,
    programme_id: &str,
    companies: &[(String, String)],
    keys: &Keyring,
) -> Result<Summary> {
    let today = rome_today(Utc::now());
    db.write_blocking_at(origin, Utc::now().naive_utc(), |tx| {
        app::cases::procedures::seed_in(tx, today)
    })?;
    let promoter = {
        let mut conn = db.conn()?;
        let email = Email::parse(PROMOTER).map_err(|e| anyhow!("{e}"))?;
        db::users::find_by_email_unscoped(&mut conn, &email)?
            .ok_or_else(|| anyhow!("demo account {PROMOTER} missing"))?
            .id
    };
    let cohort = super::cohort::seed(db, origin, programme_id, companies, keys)?;
    let mut past = 0;
    for p in &cohort {
        let city = if companies.iter().any(|(name, id)| {
            id == &p.company_id && super::companies::MILAN.contains(&name.as_str())
        }) {
            "Milano"
        } else {
            "Torino"
        };
        let who = Who {
            index: p.index,
            family_name: p.family_name.clone(),
            given_names: p.given_names.clone(),
            female: p.female,
            birth_date: p.birth_date,
            country: p.country,
            city: city.to_owned(),
            covered: p.covered,
        };
        // Conventions signed from July to September 2022, two or three a week.
        let start = NaiveDate::from_ymd_opt(2022, 7, 4).unwrap_or_default()
            + Duration::days(i64::try_from(p.index * 2).unwrap_or(0));
        let shape = Shape {
            refused: p.index == REFUSED,
            extended: extended(p.index),
        };
        let path = paths::plan(&who, start, shape);
        if paths::write(db, keys, &p.placement_id, &promoter, &path)?.is_some() {
            past += 1;
        }
    }
    let current = super::current::seed(
        db,
        keys,
        programme_id,
        super::candidates::CALL_TITLE,
        companies,
        &promoter,
    )?;
    Ok(Summary { past, current })
}
