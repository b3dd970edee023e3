//! Company engagement in the demo: profiles for the 36 host companies (hosting, checklist
//! met, open positions with enough places for the 41 participants), 264 more companies in
//! every other stage of the pipeline, one outreach campaign per city with a contact
//! history, and follow-ups due for the two business-association accounts.
//!
//! Idempotent: companies are looked up by name, campaigns by name; contacts and positions
//! are only added to companies created (or found without any) in this run.

use std::collections::HashMap;

use anyhow::{Result, anyhow};
use chrono::{Duration, NaiveDate, Utc};
use db::{Database, Origin};
use domain::company::CompanyFields;
use domain::host_rules::Declarations;
use domain::outreach::{ContactKind, Stage};
use domain::permission::Scope;
use domain::position::{PositionFields, PositionStatus};

use super::companies::{MILAN, TURIN};

/// A small deterministic generator, so the demo is the same on every machine.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// A valid Partita IVA: ten digits and their check digit.
fn vat(rng: &mut Lcg) -> String {
    let d: Vec<u32> = (0..10).map(|_| rng.below(10) as u32).collect();
    let sum: u32 = d
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            if i % 2 == 0 {
                x
            } else if x * 2 > 9 {
                x * 2 - 9
            } else {
                x * 2
            }
        })
        .sum();
    let check = (10 - sum % 10) % 10;
    d.iter()
        .chain(std::iter::once(&check))
        .map(|x| char::from(b'0' + *x as u8))
        .collect()
}

const PREFIXES: [&str; 24] = [
    "Alfa",
    "Borgo",
    "Castello",
    "Delta",
    "Europa",
    "Fiume",
    "Galileo",
    "Italia",
    "Laguna",
    "Monte",
    "Naviglio",
    "Orione",
    "Piazza",
    "Quadrifoglio",
    "Riva",
    "Sole",
    "Torre",
    "Valle",
    "Verde",
    "Volta",
    "Zenit",
    "Aurora",
    "Levante",
    "Ponente",
];
const TRADES: [(&str, &str); 11] = [
    ("Meccanica", "28.99"),
    ("Informatica", "62.01"),
    ("Logistica", "52.29"),
    ("Costruzioni", "41.20"),
    ("Ristorazione", "56.10"),
    ("Impianti", "43.22"),
    ("Alimentari", "10.89"),
    ("Elettronica", "26.11"),
    ("Tessile", "13.96"),
    ("Ospitalità", "55.10"),
    ("Automazione", "28.41"),
];

/// How many of the 264 prospects stand at each stage before hosting.
const PROSPECT_STAGES: [(Stage, usize); 5] = [
    (Stage::Identified, 90),
    (Stage::Contacted, 70),
    (Stage::Interested, 45),
    (Stage::WorkshopAttended, 30),
    (Stage::PositionsOffered, 29),
];

const NOTES: [&str; 6] = [
    "Presentato il programma MENTOR II e il tirocinio art. 27.",
    "Interessati a un profilo tecnico; richiesta la guida pratica per le imprese.",
    "Chiesto chiarimenti su indennità e alloggio.",
    "Partecipazione confermata al workshop informativo.",
    "Da ricontattare dopo la chiusura del bilancio.",
    "Referente HR disponibile a un colloquio online.",
];

pub struct Cities {
    pub milano: String,
    pub torino: String,
}

pub fn seed(
    db: &Database,
    origin: &Origin,
    programme_id: &str,
    territories: &HashMap<String, String>,
    business: &HashMap<&'static str, String>,
) -> Result<usize> {
    let cities = Cities {
        milano: territories
            .get("Milano")
            .cloned()
            .ok_or_else(|| anyhow!("territory Milano"))?,
        torino: territories
            .get("Torino")
            .cloned()
            .ok_or_else(|| anyhow!("territory Torino"))?,
    };
    let today = Utc::now().date_naive();
    let mut rng = Lcg(20_211_001);
    let mut conn = db.conn()?;
    let existing: HashMap<String, db::companies::Company> =
        db::companies::list(&mut conn, &Scope::All, &Default::default())?
            .into_iter()
            .map(|c| (c.organisation.name.clone(), c))
            .collect();
    let campaigns = db::outreach::list_campaigns(&mut conn, &Scope::All)?;
    let existing_positions = db::positions::list(&mut conn, &Scope::All, &Default::default())?;
    drop(conn);
    let promos = business.get("milano").cloned();
    let ceip = business.get("torino").cloned();

    db.write_blocking(origin, |tx| {
        // One campaign per city, owned by the business association's account.
        let mut campaign_of = HashMap::new();
        for (city, name, owner, territory) in [
            (
                "milano",
                "Campagna imprese Milano 2022",
                &promos,
                &cities.milano,
            ),
            (
                "torino",
                "Campagna imprese Torino 2022",
                &ceip,
                &cities.torino,
            ),
        ] {
            let id = match campaigns.iter().find(|c| c.name == name) {
                Some(c) => c.id.clone(),
                None => db::outreach::create_campaign(
                    tx,
                    programme_id,
                    &db::outreach::CampaignDraft {
                        name: name.into(),
                        channel: "telefono, e-mail, workshop".into(),
                        audience: "PMI e grandi imprese della città metropolitana".into(),
                        territory_id: Some(territory.clone()),
                        starts_on: NaiveDate::from_ymd_opt(2022, 3, 1).unwrap_or(today),
                        ends_on: NaiveDate::from_ymd_opt(2022, 12, 15),
                        owner_id: owner.clone(),
                    },
                )?,
            };
            campaign_of.insert(city, id);
        }

        let yes = Declarations {
            safety_compliant: Some(true),
            disability_compliant: Some(true),
            no_recent_dismissals: Some(true),
            no_insolvency: Some(true),
            no_wage_support: Some(true),
        };

        // The 36 hosts: profile, checklist met, stage hosting, open positions.
        for (i, (name, city)) in MILAN
            .iter()
            .map(|n| (*n, "milano"))
            .chain(TURIN.iter().map(|n| (*n, "torino")))
            .enumerate()
        {
            let Some(company) = existing.get(name) else {
                continue;
            };
            let id = company.organisation.id.clone();
            let (territory, region, town) = if city == "milano" {
                (&cities.milano, "lombardia", "Milano")
            } else {
                (&cities.torino, "piemonte", "Torino")
            };
            if company.profile.is_none() {
                // The demo company account's company is large enough to offer more places:
                // 60 employees may host 6 trainees at once in Lombardy (its four, the
                // position sent back to it, and one more it publishes).
                let employees = if i == 0 {
                    60
                } else {
                    8 + rng.below(120) as i32
                };
                let (trade, ateco) = TRADES[i % TRADES.len()];
                let draft = CompanyFields {
                    name: name.into(),
                    city: town.into(),
                    territory_id: territory.clone(),
                    vat_number: vat(&mut rng),
                    ateco: ateco.into(),
                    employees: employees.to_string(),
                    address: format!(
                        "Via {} {}, {}",
                        PREFIXES[i % PREFIXES.len()],
                        1 + rng.below(120),
                        town
                    ),
                    region: region.into(),
                    contact_name: format!("Ufficio personale ({trade})"),
                    contact_email: format!("hr{}@{}.example", i + 1, city),
                    contact_phone: format!(
                        "+39 0{} {:07}",
                        if city == "milano" { 2 } else { 11 },
                        rng.below(10_000_000)
                    ),
                    ..Default::default()
                }
                .parse()
                .map_err(|e| db::DbError::Migration(format!("demo company: {e}")))?;
                db::companies::save_profile(tx, &Scope::All, &id, &draft)?;
                db::companies::save_declarations(tx, &Scope::All, &id, &yes)?;
                db::companies::set_stage(tx, &Scope::All, &id, Stage::Hosting)?;
                let campaign = campaign_of.get(city).cloned();
                let author = if city == "milano" {
                    promos.clone()
                } else {
                    ceip.clone()
                };
                for (k, kind) in [
                    ContactKind::Call,
                    ContactKind::Workshop,
                    ContactKind::Meeting,
                ]
                .into_iter()
                .enumerate()
                {
                    if let Some(a) = &author {
                        let d = db::outreach::ContactDraft {
                            kind,
                            happened_on: NaiveDate::from_ymd_opt(
                                2022,
                                3 + k as u32 * 2,
                                1 + (i as u32 % 27),
                            )
                            .unwrap_or(today),
                            campaign_id: campaign.clone(),
                            notes: NOTES[(i + k) % NOTES.len()].into(),
                            follow_up_on: None,
                        };
                        db::outreach::add_contact(tx, &Scope::All, &id, a, &d)?;
                    }
                }
            }
            if !existing_positions
                .iter()
                .any(|p| p.position.company_id == id)
            {
                // Nine companies offer two places, the others one, and the demo company
                // account's (60 employees: a cap of 6 in Lombardy) four: 47 places for 41
                // participants. It receives four, so it has cases (`demo::current`) and
                // proposals still to answer.
                let places = if i == 0 {
                    4
                } else if i.is_multiple_of(4) {
                    2
                } else {
                    1
                };
                let (title, occupation, required, desired) =
                    super::offers::OFFERS[i % super::offers::OFFERS.len()];
                // The ISCO code is the ESCO occupation's, set when the position is stored.
                let position = PositionFields {
                    title: title.into(),
                    description: String::new(),
                    lang: "it".into(),
                    occupation: occupation.into(),
                    isco_code: String::new(),
                    required_skills: required.into(),
                    desired_skills: desired.into(),
                    // MENTOR II asked for A1 Italian before departure.
                    min_italian: "A1".into(),
                    education_level: "4".into(),
                    city: town.into(),
                    workplace: town.into(),
                    // Traineeships start after the call's selection: about five months ahead.
                    starts_on: (today + Duration::days(150)).to_string(),
                    duration_months: "6".into(),
                    hours_per_week: "30".into(),
                    allowance: if city == "milano" { "600" } else { "650" }.into(),
                    board: "on".into(),
                    lodging: if i.is_multiple_of(3) { "on" } else { "" }.into(),
                    tutor_name: format!("Tutor aziendale {}", i + 1),
                    places: places.to_string(),
                }
                .parse(today)
                .map_err(|e| db::DbError::Migration(format!("demo position: {e}")))?;
                let pid = db::positions::create(tx, programme_id, &id, &position)?;
                db::positions::set_status(tx, &pid, PositionStatus::Open, "")?;
            }
        }

        // 264 more companies in every other stage.
        let mut n = 0usize;
        for (stage, count) in PROSPECT_STAGES {
            for _ in 0..count {
                let (trade, ateco) = TRADES[n % TRADES.len()];
                let name = format!(
                    "{} {} {} Srl",
                    PREFIXES[n % PREFIXES.len()],
                    trade,
                    n / PREFIXES.len() + 1
                );
                let city = if n.is_multiple_of(2) {
                    "milano"
                } else {
                    "torino"
                };
                n += 1;
                if existing.contains_key(&name) {
                    continue;
                }
                let (territory, region, town) = if city == "milano" {
                    (&cities.milano, "lombardia", "Milano")
                } else {
                    (&cities.torino, "piemonte", "Torino")
                };
                let known = stage >= Stage::Interested;
                let draft = CompanyFields {
                    name: name.clone(),
                    city: town.into(),
                    territory_id: territory.clone(),
                    vat_number: if known { vat(&mut rng) } else { String::new() },
                    ateco: ateco.into(),
                    employees: if known {
                        (3 + rng.below(200)).to_string()
                    } else {
                        String::new()
                    },
                    region: region.into(),
                    contact_name: "Direzione".into(),
                    ..Default::default()
                }
                .parse()
                .map_err(|e| db::DbError::Migration(format!("demo prospect: {e}")))?;
                let author = if city == "milano" {
                    promos.clone()
                } else {
                    ceip.clone()
                };
                let id = db::companies::create(tx, programme_id, &draft, stage, author.as_deref())?;
                let contacts = match stage {
                    Stage::Identified => 0,
                    Stage::Contacted => 1,
                    Stage::Interested => 2,
                    _ => 3,
                };
                for k in 0..contacts {
                    let Some(a) = &author else { break };
                    let last = k + 1 == contacts;
                    // Some conversations await a follow-up; a few are due now.
                    let follow_up_on = (last && rng.below(4) == 0)
                        .then(|| today + Duration::days(rng.below(21) as i64 - 7));
                    let kind = match (stage, k) {
                        (Stage::WorkshopAttended | Stage::PositionsOffered, 1) => {
                            ContactKind::Workshop
                        }
                        (_, 0) => ContactKind::Call,
                        _ => ContactKind::Email,
                    };
                    let d = db::outreach::ContactDraft {
                        kind,
                        happened_on: NaiveDate::from_ymd_opt(
                            2022,
                            3 + (k as u32) * 3,
                            1 + (n as u32 % 27),
                        )
                        .unwrap_or(today),
                        campaign_id: campaign_of.get(city).cloned(),
                        notes: NOTES[(n + k) % NOTES.len()].into(),
                        follow_up_on,
                    };
                    db::outreach::add_contact(tx, &Scope::All, &id, a, &d)?;
                }
            }
        }
        Ok(())
    })?;
    Ok(36 + PROSPECT_STAGES.iter().map(|(_, n)| n).sum::<usize>())
}
