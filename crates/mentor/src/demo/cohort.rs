//! The MENTOR II cohort of 2022 (DOMAIN.md §6): a past call of the demo programme,
//! "MENTOR II — 2022", whose 41 participants — 23 from Tunisia, 18 from Morocco, fictional
//! names — were placed in the 36 host companies (19 Milan, 17 Turin; five Milan hosts took
//! two) and accepted. Their cases are written by `demo::cases`. Idempotent: the call, its
//! applications and placements are created once.

use anyhow::{Context, Result, anyhow};
use chrono::{Duration, NaiveDate};
use db::candidates::{Candidate, Profile, SealedPassport, search_text};
use db::matching::Proposal;
use db::{Database, Origin};
use domain::call::CallDraft;
use domain::candidate::Status;
use domain::eligibility::Rules;
use domain::fieldcrypt::{Keyring, Place, normalise_document_number};
use domain::permission::Scope;
use domain::placement::PlacementStatus;
use domain::{Country, Locale};

pub const CALL_TITLE: &str = "MENTOR II — 2022";
pub const PARTICIPANTS: usize = 41;

/// (given names, family name, female): 23 Tunisian, then 18 Moroccan.
const TUNISIANS: [(&str, &str, bool); 23] = [
    ("Ons", "Ben Amor", true),
    ("Skander", "Haddad", false),
    ("Marwa", "Jlassi", true),
    ("Aymen", "Khemiri", false),
    ("Sirine", "Baccouche", true),
    ("Firas", "Mabrouk", false),
    ("Nesrine", "Chebbi", true),
    ("Oussama", "Riahi", false),
    ("Hiba", "Toumi", true),
    ("Wassim", "Ghannouchi", false),
    ("Amal", "Bouslama", true),
    ("Seifeddine", "Karray", false),
    ("Emna", "Ben Youssef", true),
    ("Hazem", "Abidi", false),
    ("Rania", "Selmi", true),
    ("Yassine", "Oueslati", false),
    ("Malek", "Hamdi", false),
    ("Eya", "Belhaj", true),
    ("Achraf", "Zouari", false),
    ("Syrine", "Kefi", true),
    ("Ghassen", "Masmoudi", false),
    ("Olfa", "Chaouch", true),
    ("Mehdi", "Ben Romdhane", false),
];
const MOROCCANS: [(&str, &str, bool); 18] = [
    ("Houda", "Amrani", true),
    ("Reda", "Benkirane", false),
    ("Soukaina", "El Ouafi", true),
    ("Zakaria", "Haddaoui", false),
    ("Ikram", "Bouhaddou", true),
    ("Othmane", "Lamrani", false),
    ("Ghizlane", "Tahiri", true),
    ("Adil", "Slaoui", false),
    ("Nada", "Filali", true),
    ("Younes", "Bakkali", false),
    ("Loubna", "Cherkaoui", true),
    ("Hicham", "Zeroual", false),
    ("Kawtar", "Mouline", true),
    ("Badr", "Skalli", false),
    ("Wiam", "Rhazi", true),
    ("Anass", "El Khattabi", false),
    ("Safae", "Jebli", true),
    ("Ilyas", "Guessous", false),
];

/// What the cases of the cohort need of each participant.
#[derive(Debug, Clone)]
pub struct Participant {
    /// 0..41, in the order above: the index their dates are drawn from.
    pub index: usize,
    pub placement_id: String,
    pub family_name: String,
    pub given_names: String,
    pub female: bool,
    pub birth_date: NaiveDate,
    pub country: Country,
    pub company_id: String,
    /// How many of the cohort the host took (the convention covers them all).
    pub covered: usize,
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn person(i: usize) -> (&'static str, &'static str, bool, Country) {
    if i < TUNISIANS.len() {
        let (g, f, w) = TUNISIANS[i];
        (g, f, w, Country::TN)
    } else {
        let (g, f, w) = MOROCCANS[i - TUNISIANS.len()];
        (g, f, w, Country::MA)
    }
}

/// The index of the participant with these names (`demo::outcomes` reads a case's
/// participant back by name).
pub(super) fn index_of(given: &str, family: &str) -> Option<usize> {
    (0..PARTICIPANTS).find(|i| {
        let (g, f, _, _) = person(*i);
        g == given && f == family
    })
}

/// The host of participant `i` among the 36 companies (Milan first): one each, then the
/// first five Milan hosts a second.
fn host(i: usize, hosts: usize) -> usize {
    i % hosts.max(1)
}

fn email(i: usize) -> String {
    let (given, family, _, country) = person(i);
    format!(
        "mentor2.{i:02}.{}.{}@example.{}",
        given.to_lowercase(),
        family.to_lowercase().replace(' ', ""),
        country.as_str().to_lowercase()
    )
}

fn birth_date(i: usize) -> NaiveDate {
    // Aged 23 to 31 when they applied in spring 2022.
    day(1991, 1, 10) + Duration::days(i64::try_from(i * 67 % 2900).unwrap_or(0))
}

/// The call (closed long ago), its 41 applications, and their accepted placements.
pub fn seed(
    db: &Database,
    origin: &Origin,
    programme_id: &str,
    companies: &[(String, String)],
    keys: &Keyring,
) -> Result<Vec<Participant>> {
    let call_id = call(db, origin, programme_id)?;
    let mut conn = db.conn()?;
    let existing = db::candidates::list(
        &mut conn,
        &Scope::All,
        "",
        &db::candidates::ListFilter {
            call_id: Some(call_id.clone()),
            per_page: 100,
            ..Default::default()
        },
    )?
    .0;
    drop(conn);
    if existing.is_empty() {
        applications(db, origin, programme_id, &call_id, keys)?;
        placements(db, &call_id, companies)?;
    }
    participants(db, &call_id, companies)
}

fn call(db: &Database, origin: &Origin, programme_id: &str) -> Result<String> {
    let mut conn = db.conn()?;
    if let Some(c) = db::calls::find_by_title_unscoped(&mut conn, programme_id, CALL_TITLE)? {
        return Ok(c.id);
    }
    let draft = CallDraft {
        programme_id: programme_id.to_owned(),
        title: CALL_TITLE.to_owned(),
        description: "The first MENTOR II call: six-month art. 27 traineeships in Milan and Turin for 41 young qualified people from Tunisia and Morocco. Completed.".to_owned(),
        opens_on: day(2022, 2, 14),
        closes_on: day(2022, 4, 15),
        places: 41,
        rules: Rules {
            residence_countries: vec![Country::MA, Country::TN],
            ..Rules::default()
        },
        lang: Locale::En,
    };
    db.write_blocking_at(
        origin,
        day(2022, 2, 1).and_hms_opt(9, 0, 0).unwrap_or_default(),
        |tx| db::calls::create(tx, &Scope::All, &draft),
    )
    .context("create the MENTOR II 2022 call")
}

fn applications(
    db: &Database,
    origin: &Origin,
    programme_id: &str,
    call_id: &str,
    keys: &Keyring,
) -> Result<()> {
    let mut rows = Vec::with_capacity(PARTICIPANTS);
    let mut profiles = Vec::with_capacity(PARTICIPANTS);
    for i in 0..PARTICIPANTS {
        let (given, family, female, country) = person(i);
        let id = db::id::new_id();
        let submitted = day(2022, 2, 20).and_hms_opt(10, 0, 0).unwrap_or_default()
            + Duration::hours(i64::try_from(i * 31).unwrap_or(0));
        // A passport number of the country's shape: a letter and seven digits in Tunisia,
        // two letters and six digits in Morocco.
        let passport = match country {
            Country::TN => format!("Z{:07}", 4_102_000 + i * 389),
            _ => format!("ZH{:06}", 210_000 + i * 577),
        };
        let mut nonce = [0u8; 24];
        db::id::fill_random(&mut nonce);
        let sealed = SealedPassport {
            sealed: keys.seal(
                &Place {
                    table: "candidates",
                    column: "passport",
                    row: &id,
                },
                nonce,
                &passport,
            ),
            index: keys.blind_index("passport", &normalise_document_number(&passport)),
        };
        let email = email(i);
        let (title, field) = [
            ("Licence en informatique", "Computer science"),
            (
                "Diplôme d'ingénieur en génie mécanique",
                "Mechanical engineering",
            ),
            ("BTS électrotechnique", "Electrical engineering"),
            ("Master en gestion logistique", "Logistics"),
            ("Licence en hôtellerie et restauration", "Hospitality"),
        ][i % 5];
        rows.push(Candidate {
            id: id.clone(),
            programme_id: programme_id.to_owned(),
            call_id: call_id.to_owned(),
            user_id: None,
            status: Status::Shortlisted,
            step: 3,
            search_text: search_text(family, given, None, None, &email),
            family_name: family.to_owned(),
            given_names: given.to_owned(),
            family_name_ar: None,
            given_names_ar: None,
            birth_date: Some(birth_date(i)),
            sex: if female { "f" } else { "m" }.to_owned(),
            nationality: Some(country),
            residence_country: Some(country),
            residence_territory_id: None,
            email,
            phone: String::new(),
            whatsapp: None,
            passport_sealed: Some(sealed.sealed),
            passport_index: Some(sealed.index),
            italian_rank: 2,
            consent_version: Some(domain::candidate::CONSENT_VERSION.to_owned()),
            consent_at: Some(submitted),
            submitted_at: Some(submitted),
            eligibility: "[]".to_owned(),
            eligible: true,
            override_reason: None,
            decision_reason: None,
            created_at: submitted,
            updated_at: submitted,
        });
        profiles.push(Profile {
            candidate_id: id,
            isced_level: Some(6),
            field_of_study: field.to_owned(),
            qualification_title: title.to_owned(),
            qualification_date: Some(day(2021, 7, 1)),
            languages: String::new(),
            experience: String::new(),
            sectors: String::new(),
            cities: "Milano, Torino".to_owned(),
            available_from: Some(day(2022, 9, 1)),
            updated_at: submitted,
        });
    }
    db.write_blocking_at(
        origin,
        day(2022, 4, 20).and_hms_opt(9, 0, 0).unwrap_or_default(),
        |tx| {
            db::candidates::insert_many(tx, rows, &profiles)?;
            tx.audit("demo.seed_cohort", "call", call_id)
        },
    )?;
    Ok(())
}

/// Each participant proposed to their host in June 2022 and accepted a week later.
fn placements(db: &Database, call_id: &str, companies: &[(String, String)]) -> Result<()> {
    let mut conn = db.conn()?;
    let people = ordered(&mut conn, call_id)?;
    let mut proposals = Vec::with_capacity(people.len());
    for (i, (candidate_id, _)) in people.iter().enumerate() {
        let (_, company_id) = companies
            .get(host(i, companies.len()))
            .ok_or_else(|| anyhow!("no host company"))?;
        let position = db::positions::list(
            &mut conn,
            &Scope::All,
            &db::positions::Filter {
                company_id: Some(company_id.clone()),
                status: None,
            },
        )?
        .into_iter()
        .next()
        .ok_or_else(|| anyhow!("host without a position"))?;
        proposals.push(Proposal {
            candidate_id: candidate_id.clone(),
            position_id: position.position.id,
            company_id: company_id.clone(),
            score: 80,
        });
    }
    drop(conn);
    let origin = Origin::system();
    let proposed_at = day(2022, 6, 13).and_hms_opt(9, 0, 0).unwrap_or_default();
    let ids = db.write_blocking_at(&origin, proposed_at, |tx| {
        proposals
            .iter()
            .map(|p| db::matching::propose(tx, call_id, p))
            .collect::<db::DbResult<Vec<String>>>()
    })?;
    db.write_blocking_at(
        &origin,
        proposed_at + Duration::days(7),
        |tx| -> db::DbResult<()> {
            for id in &ids {
                let p = db::matching::find_placement(tx.conn, &Scope::All, id)?.placement;
                db::matching::set_placement_status(tx, &p, PlacementStatus::Accepted, "")?;
            }
            Ok(())
        },
    )?;
    Ok(())
}

/// The call's applications in the order of the lists above (their e-mails carry it).
fn ordered(conn: &mut db::DbConn, call_id: &str) -> Result<Vec<(String, Candidate)>> {
    let mut people = db::candidates::list(
        conn,
        &Scope::All,
        "",
        &db::candidates::ListFilter {
            call_id: Some(call_id.to_owned()),
            per_page: 100,
            ..Default::default()
        },
    )?
    .0;
    people.sort_by(|a, b| a.email.cmp(&b.email));
    Ok(people.into_iter().map(|c| (c.id.clone(), c)).collect())
}

fn participants(
    db: &Database,
    call_id: &str,
    companies: &[(String, String)],
) -> Result<Vec<Participant>> {
    let mut conn = db.conn()?;
    let placements = db::matching::placements(
        &mut conn,
        &Scope::All,
        &db::matching::Filter {
            call_id: Some(call_id.to_owned()),
            status: Some(PlacementStatus::Accepted),
            ..Default::default()
        },
    )?;
    let mut out = Vec::with_capacity(PARTICIPANTS);
    for (i, (candidate_id, c)) in ordered(&mut conn, call_id)?.into_iter().enumerate() {
        let Some(p) = placements
            .iter()
            .find(|p| p.placement.candidate_id == candidate_id)
        else {
            continue;
        };
        let covered = (0..PARTICIPANTS)
            .filter(|j| host(*j, companies.len()) == host(i, companies.len()))
            .count();
        out.push(Participant {
            index: i,
            placement_id: p.placement.id.clone(),
            family_name: c.family_name,
            given_names: c.given_names,
            female: c.sex == "f",
            birth_date: c.birth_date.unwrap_or_else(|| birth_date(i)),
            country: p.candidate_country,
            company_id: p.placement.company_id.clone(),
            covered,
        });
    }
    Ok(out)
}
