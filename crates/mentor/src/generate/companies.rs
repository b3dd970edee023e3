//! Host companies: `M` organisations in the hosting territories, each at a stage of the
//! outreach funnel with the contacts that brought it there, and positions for those that
//! offer them. Written in batches, one audit entry each.

use anyhow::Result;
use chrono::{Duration, NaiveDate};
use db::bulk::{NewCompany, NewOrganisation, NewOutreachContact, NewPosition, ProgrammeMember};
use db::{Database, Origin};
use domain::OrganisationKind;
use domain::outreach::{ContactKind, Stage};

use super::names::{COMPANY_FAMILY, COMPANY_TRADE};
use super::progress::Progress;
use super::rng::Rng;
use super::setup::{Setup, now};

const BATCH: usize = 2_000;

/// A position a placement may take, with where its company hosts.
#[derive(Debug, Clone)]
pub struct Opening {
    pub position_id: String,
    pub company_id: String,
    pub territory_id: String,
    pub city: &'static str,
    pub region: &'static str,
}

/// Stages by share: most companies are prospects, fewer host.
const STAGES: [(Stage, u64); 7] = [
    (Stage::Identified, 25),
    (Stage::Contacted, 20),
    (Stage::Interested, 15),
    (Stage::WorkshopAttended, 10),
    (Stage::PositionsOffered, 12),
    (Stage::Hosting, 13),
    (Stage::AlumniHost, 5),
];

/// Writes `count` companies; returns the positions open to placements.
pub fn seed(
    db: &Database,
    origin: &Origin,
    setup: &Setup,
    count: usize,
    rng: &mut Rng,
    today: NaiveDate,
    progress: &mut Progress,
) -> Result<Vec<Opening>> {
    let at = now(today);
    let mut openings = Vec::new();
    let mut i = 0;
    while i < count {
        let n = BATCH.min(count - i);
        let mut orgs = Vec::with_capacity(n);
        let mut members = Vec::with_capacity(n);
        let mut profiles = Vec::with_capacity(n);
        let mut contacts = Vec::new();
        let mut positions = Vec::new();
        for k in i..i + n {
            // The first company hosts, so placements always find a position.
            let stage = if k == 0 {
                Stage::Hosting
            } else {
                rng.weighted(&STAGES)
            };
            let (territory_id, city, region, rules) = rng.pick(&setup.hosting).clone();
            let id = db::id::new_id();
            let family = rng.pick(&COMPANY_FAMILY);
            let (trade, ateco) = *rng.pick(&COMPANY_TRADE);
            let name = format!("{family} {trade} S.r.l. {}", k + 1);
            let since = today - Duration::days(rng.between(30, 900));
            orgs.push(NewOrganisation {
                id: id.clone(),
                name,
                kind: OrganisationKind::HostCompany.as_str().to_owned(),
                country: "IT".into(),
                territory_id: Some(territory_id.clone()),
                city: city.to_owned(),
                created_at: at,
                updated_at: at,
            });
            members.push(ProgrammeMember {
                programme_id: setup.programme_id.clone(),
                organisation_id: id.clone(),
            });
            let checked = stage >= Stage::PositionsOffered;
            profiles.push(NewCompany {
                organisation_id: id.clone(),
                vat_number: Some(vat_number(rng)),
                tax_code: None,
                ateco: Some(ateco.to_owned()),
                employees: Some(i32::try_from(rng.between(3, 400)).unwrap_or(10)),
                address: format!("Via {} {}", family, rng.between(1, 200)),
                region: Some(rules.to_owned()),
                contact_name: format!("Ufficio personale {family}"),
                contact_email: format!("hr{}@company{}.example.it", k + 1, k + 1),
                contact_phone: format!("+39 02 {:07}", rng.between(0, 9_999_999)),
                notes: String::new(),
                stage: stage.as_str().to_owned(),
                stage_changed_at: since.and_hms_opt(10, 0, 0).unwrap_or(at),
                owner_id: None,
                safety_compliant: checked.then_some(true),
                disability_compliant: checked.then_some(true),
                no_recent_dismissals: checked.then_some(true),
                no_insolvency: checked.then_some(true),
                no_wage_support: checked.then_some(true),
                checklist_updated_at: checked.then_some(at),
                created_at: at,
                updated_at: at,
            });
            // One contact per stage passed, the last with a follow-up for prospects.
            let passed = Stage::ALL.iter().position(|s| *s == stage).unwrap_or(0);
            for step in 0..passed.min(4) {
                let on = since + Duration::days(i64::try_from(step).unwrap_or(0) * 20);
                let follow = step + 1 == passed && stage < Stage::PositionsOffered;
                contacts.push(NewOutreachContact {
                    id: db::id::new_id(),
                    company_id: id.clone(),
                    campaign_id: None,
                    kind: rng.pick(&ContactKind::ALL).as_str().to_owned(),
                    happened_on: on,
                    author_id: None,
                    notes: String::new(),
                    follow_up_on: follow.then(|| on + Duration::days(14)),
                    follow_up_done: false,
                    created_at: at,
                });
            }
            if stage >= Stage::PositionsOffered {
                for n in 0..rng.between(1, 2) {
                    let mut p = position(rng, setup, &id, city, stage, today);
                    if k == 0 && n == 0 {
                        p.status = "open".into();
                    }
                    if p.status != "withdrawn" {
                        openings.push(Opening {
                            position_id: p.id.clone(),
                            company_id: id.clone(),
                            territory_id: territory_id.clone(),
                            city,
                            region,
                        });
                    }
                    positions.push(p);
                }
            }
        }
        db.write_blocking_at::<_, db::DbError>(origin, at, |tx| {
            db::bulk::organisations(tx, &orgs, &members, &profiles)?;
            db::bulk::outreach_contacts(tx, &contacts)?;
            db::bulk::positions(tx, &positions)?;
            tx.audit("generate.companies", "programme", &setup.programme_id)
        })?;
        progress.add(n as u64);
        i += n;
    }
    Ok(openings)
}

fn position(
    rng: &mut Rng,
    setup: &Setup,
    company_id: &str,
    city: &str,
    stage: Stage,
    today: NaiveDate,
) -> NewPosition {
    let at = now(today);
    let (uri, isco, occupation) = rng.pick(&setup.taxonomy.occupations).clone();
    let skills: Vec<&str> = (0..3)
        .map(|_| rng.pick(&setup.taxonomy.skills).1.as_str())
        .collect();
    let status = match stage {
        Stage::PositionsOffered => *rng.pick(&["submitted", "approved", "open"]),
        Stage::Hosting => *rng.pick(&["open", "open", "filled", "withdrawn"]),
        _ => "filled",
    };
    NewPosition {
        id: db::id::new_id(),
        programme_id: setup.programme_id.clone(),
        company_id: company_id.to_owned(),
        title: format!("Tirocinante — {occupation}"),
        occupation: occupation.clone(),
        isco_code: Some(isco),
        required_skills: skills[..2].join(", "),
        desired_skills: skills[2].to_owned(),
        min_italian: rng.pick(&["A1", "A2", "B1"]).to_string(),
        education_level: i32::try_from(rng.between(3, 6)).unwrap_or(4),
        city: city.to_owned(),
        workplace: String::new(),
        starts_on: today + Duration::days(rng.between(-400, 120)),
        duration_months: 6,
        hours_per_week: i32::try_from(rng.between(25, 40)).unwrap_or(30),
        allowance_cents: rng.between(5, 8) * 10_000,
        board: rng.chance(30),
        lodging: rng.chance(40),
        tutor_name: "Tutor aziendale".into(),
        places: i32::try_from(rng.between(1, 4)).unwrap_or(1),
        status: status.to_owned(),
        status_note: String::new(),
        created_at: at,
        updated_at: at,
        occupation_uri: Some(uri),
        lang: "it".into(),
        description: String::new(),
    }
}

/// An Italian VAT number (partita IVA) with its check digit.
pub fn vat_number(rng: &mut Rng) -> String {
    let digits: Vec<u32> = (0..10)
        .map(|_| u32::try_from(rng.below(10)).unwrap_or(0))
        .collect();
    let mut sum = 0;
    for (k, d) in digits.iter().enumerate() {
        sum += if k % 2 == 0 {
            *d
        } else {
            let x = d * 2;
            if x > 9 { x - 9 } else { x }
        };
    }
    let check = (10 - sum % 10) % 10;
    digits
        .iter()
        .chain(std::iter::once(&check))
        .map(|d| char::from_digit(*d, 10).unwrap_or('0'))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn vat_numbers_pass_the_italian_check_digit() {
        let mut rng = super::Rng::new(5);
        for _ in 0..200 {
            let v = super::vat_number(&mut rng);
            assert_eq!(v.len(), 11);
            assert!(domain::company::VatNumber::parse(&v).is_ok(), "{v}");
        }
    }
}
