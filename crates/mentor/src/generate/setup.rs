//! What the generated records hang on, written once before the batches (a few records,
//! each through its own storage function with its own audit entry): the programme (an
//! existing one by slug, or a new one), its territories, the agencies and Italian
//! partners, a call for the generated applications with its selection criteria, two
//! assessors (staff accounts that cannot sign in: scores need an assessor), the shipped
//! procedure templates with the holidays, and the ESCO taxonomy (the demo's subset when
//! the tables are empty).

use anyhow::{Context, Result, anyhow};
use chrono::NaiveDate;
use db::{Database, Origin};
use domain::permission::Scope;
use domain::programme::ProgrammeFields;
use domain::selection::CriterionDraft;
use domain::{Country, Email, OrganisationKind};

use super::names::{AGENCIES, HOSTING, ITALIAN_PARTNERS, ORIGIN};

/// Name, weight, maximum score (as the demo's call weighs them).
pub const CRITERIA: [(&str, i64, i64); 4] = [
    ("Motivation and return project", 30, 10),
    ("Italian language", 25, 10),
    ("Relevant studies", 25, 5),
    ("Work experience", 20, 5),
];

/// Occupations and skills drawn from the taxonomy (at most this many of each).
const TAXONOMY_SAMPLE: i64 = 400;

pub struct Setup {
    pub programme_id: String,
    pub call_id: String,
    /// Territories of origin: (id, country), in the order of `names::ORIGIN`.
    pub origin: Vec<(String, Country)>,
    /// Hosting territories: (id, city, template region, rules region), in the order of
    /// `names::HOSTING`.
    pub hosting: Vec<(String, &'static str, &'static str, &'static str)>,
    /// Criteria: (id, maximum score).
    pub criteria: Vec<(String, i64)>,
    pub assessors: Vec<String>,
    pub taxonomy: db::bulk::Sample,
}

pub fn run(
    db: &Database,
    origin: &Origin,
    slug: Option<&str>,
    seed: u64,
    today: NaiveDate,
) -> Result<Setup> {
    crate::demo::seed_taxonomy(db, origin)?;
    let slug = slug.map_or_else(|| format!("generated-{seed}"), str::to_owned);
    let taxonomy = db::bulk::taxonomy_sample(&mut *db.conn()?, TAXONOMY_SAMPLE)?;
    anyhow::ensure!(
        !taxonomy.occupations.is_empty() && !taxonomy.skills.is_empty(),
        "the ESCO taxonomy is empty"
    );
    let existing = db::programmes::find_by_slug_unscoped(&mut *db.conn()?, &slug)?;
    let draft = ProgrammeFields {
        name: format!("Generated programme {slug}"),
        slug: slug.clone(),
        countries: "IT,MA,TN".into(),
        starts_on: "2021-07-01".into(),
        ends_on: "2030-12-31".into(),
        budget: "3260000".into(),
        currency: "EUR".into(),
    }
    .parse(today)
    .map_err(|e| anyhow!("programme: {e}"))?;
    let call = domain::call::CallFields {
        programme_id: String::new(),
        title: String::new(),
        description: "Traineeships in Milan and Turin (generated applications)".into(),
        opens_on: "2022-01-10".into(),
        closes_on: (today + chrono::Months::new(60)).to_string(),
        places: "100".into(),
        lang: String::new(),
        rules: domain::eligibility::RuleFields {
            min_age: "18".into(),
            max_age: "35".into(),
            age_on: today.to_string(),
            residence_countries: "MA,TN".into(),
            language: "it".into(),
            language_min: "A1".into(),
            ..Default::default()
        },
    };
    db.write_blocking_at::<_, anyhow::Error>(origin, now(today), |tx| {
        let programme_id = match existing {
            Some(p) => p.id,
            None => db::programmes::create(tx, &draft)?,
        };
        let mut origin_ids = Vec::new();
        for (name, country) in ORIGIN {
            origin_ids.push((territory(tx, &programme_id, name, country)?, country));
        }
        let mut hosting = Vec::new();
        for (city, region, rules) in HOSTING {
            let id = territory(tx, &programme_id, city, Country::IT)?;
            hosting.push((id, city, region, rules));
        }
        for (k, (name, country)) in AGENCIES.iter().enumerate() {
            let territory = origin_ids
                .iter()
                .find(|(_, c)| c == country)
                .map(|t| t.0.clone());
            let draft = db::organisations::OrganisationDraft {
                name: (*name).to_owned(),
                kind: OrganisationKind::OriginAgency,
                country: *country,
                territory_id: territory,
                city: ORIGIN
                    .iter()
                    .find(|o| o.1 == *country)
                    .map_or("", |o| o.0)
                    .into(),
            };
            partner(tx, &programme_id, &draft)?;
            let hosting_at = &hosting[k % hosting.len()];
            let draft = db::organisations::OrganisationDraft {
                name: format!(
                    "{} di {}",
                    ITALIAN_PARTNERS[k % ITALIAN_PARTNERS.len()],
                    hosting_at.1
                ),
                kind: OrganisationKind::Promoter,
                country: Country::IT,
                territory_id: Some(hosting_at.0.clone()),
                city: hosting_at.1.into(),
            };
            partner(tx, &programme_id, &draft)?;
        }
        let call_id = new_call(tx, &programme_id, seed, call.clone(), today)?;
        let mut criteria = Vec::new();
        for (name, weight, max_score) in CRITERIA {
            let d = CriterionDraft {
                name: name.to_owned(),
                weight,
                max_score,
            };
            criteria.push((
                db::selection::add_criterion(tx, &Scope::All, &call_id, &d)?,
                max_score,
            ));
        }
        let mut assessors = Vec::new();
        for k in 1..=2 {
            assessors.push(assessor(tx, &slug, k)?);
        }
        app::cases::procedures::seed_in(tx, today).map_err(|e| anyhow!("procedures: {e}"))?;
        Ok(Setup {
            programme_id,
            call_id,
            origin: origin_ids,
            hosting,
            criteria,
            assessors,
            taxonomy: db::bulk::Sample::default(),
        })
    })
    .map(|s| Setup { taxonomy, ..s })
    .context("generate: programme, territories, partners, call")
}

/// Noon of `today`: the stamp of every generated row, so a seed gives the same rows.
pub fn now(today: NaiveDate) -> chrono::NaiveDateTime {
    today.and_hms_opt(12, 0, 0).unwrap_or_default()
}

fn territory(tx: &mut db::Tx<'_>, programme_id: &str, name: &str, c: Country) -> Result<String> {
    Ok(
        match db::territories::find_by_name_unscoped(tx.conn, programme_id, name)? {
            Some(t) => t.id,
            None => db::territories::create(tx, programme_id, name, c)?,
        },
    )
}

fn partner(
    tx: &mut db::Tx<'_>,
    programme_id: &str,
    d: &db::organisations::OrganisationDraft,
) -> Result<String> {
    let id = match db::organisations::find_by_name_unscoped(tx.conn, &d.name)? {
        Some(o) => o.id,
        None => db::organisations::create(tx, d)?,
    };
    db::programmes::add_organisation(tx, programme_id, &id)?;
    Ok(id)
}

/// A new call each run, titled by the seed (and a number when the title is taken).
fn new_call(
    tx: &mut db::Tx<'_>,
    programme_id: &str,
    seed: u64,
    mut fields: domain::call::CallFields,
    today: NaiveDate,
) -> Result<String> {
    let base = format!("Generated applications, seed {seed}");
    let mut title = base.clone();
    let mut n = 1;
    while db::calls::find_by_title_unscoped(tx.conn, programme_id, &title)?.is_some() {
        n += 1;
        title = format!("{base} ({n})");
    }
    fields.programme_id = programme_id.to_owned();
    fields.title = title;
    let draft = fields.parse(today).map_err(|e| anyhow!("call: {e:?}"))?;
    Ok(db::calls::create(tx, &Scope::All, &draft)?)
}

/// A staff account that scores the generated applications and cannot sign in (disabled,
/// no password).
fn assessor(tx: &mut db::Tx<'_>, slug: &str, k: u32) -> Result<String> {
    let email = Email::parse(&format!("assessor{k}.{slug}@generated.example.org"))
        .map_err(|e| anyhow!("assessor e-mail: {e}"))?;
    if let Some(u) = db::users::find_by_email_unscoped(tx.conn, &email)? {
        return Ok(u.id);
    }
    let id = db::users::create(tx, &email, &format!("Assessor {k}"), "!", None)?;
    db::users::set_disabled(tx, &id, true)?;
    Ok(id)
}
