//! The bench's data: fictional applications in one programme and call, with profiles and
//! ESCO skills, written through the storage layer's bulk inserts like an import.

use std::time::Instant;

use chrono::{Duration, NaiveDate, Utc};
use db::candidates::{Candidate, Chosen, Concept, Profile, search_text};
use db::{Database, Origin};
use diesel::RunQueryDsl;
use domain::candidate::{LanguageLevels, Status};
use domain::cefr::Cefr;
use domain::{Country, OrganisationKind};
use testkit::fixtures;

const FAMILY: &[&str] = &[
    "Trabelsi",
    "Ben Salah",
    "Jaziri",
    "Gharbi",
    "Hammami",
    "Mansouri",
    "Ayari",
    "Zribi",
    "Chaabane",
    "Ben Ali",
    "Dridi",
    "Mejri",
    "Sassi",
    "Khelifi",
    "Bouazizi",
    "Jebali",
    "Alaoui",
    "Bennani",
    "El Idrissi",
    "Tazi",
    "Berrada",
    "Benjelloun",
    "Chraibi",
    "Fassi",
    "Amrani",
    "Ouazzani",
    "Lahlou",
    "Kettani",
    "Sqalli",
    "Bakkali",
    "Ziani",
    "Naciri",
];
const GIVEN: &[&str] = &[
    "Amina", "Fatma", "Salma", "Yasmine", "Ines", "Rim", "Nour", "Sara", "Mohamed", "Ahmed",
    "Youssef", "Omar", "Anis", "Karim", "Hamza", "Mehdi",
];
const SKILLS: &[&str] = &[
    "Python (computer programming)",
    "use spreadsheets software",
    "work in teams",
    "customer service",
    "manage budgets",
    "welding",
    "operate forklift",
    "cook pastry products",
    "provide first aid",
    "maintain electrical equipment",
    "JavaScript",
    "SQL",
    "perform data analysis",
    "communicate with customers",
    "install software",
    "use CAD software",
    "prepare hot drinks",
    "apply health and safety standards",
    "maintain hotel rooms",
    "drive vehicles",
    "speak Italian",
    "speak French",
    "bookkeeping",
    "repair machinery",
    "plan menus",
    "assemble electronic units",
    "sell products",
    "manage stock",
    "design websites",
    "teach languages",
];

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

pub struct Setup {
    pub programme: String,
    pub agency_tn: String,
    pub territories: Vec<(String, &'static str)>,
}

pub fn seed(db: &Database, n: usize) -> Setup {
    let programme = fixtures::programme(db, "bench");
    let agency_tn = fixtures::organisation_in(
        db,
        &programme,
        "ANETI",
        OrganisationKind::OriginAgency,
        Country::TN,
    );
    let call_id = fixtures::call(db, &programme, "Bench call");
    let territories: Vec<(String, &'static str)> = [
        ("Tunis", Country::TN, "TN"),
        ("Sfax", Country::TN, "TN"),
        ("Tangier", Country::MA, "MA"),
        ("Khouribga", Country::MA, "MA"),
    ]
    .into_iter()
    .map(|(name, country, code)| {
        let id = db
            .write_blocking(&Origin::cli(), |tx| {
                db::territories::create(tx, &programme, name, country)
            })
            .unwrap_or_else(|e| panic!("territory: {e}"));
        (id, code)
    })
    .collect();
    let mut conn = db.conn().unwrap_or_else(|e| panic!("{e}"));
    let call = db::calls::find_published(&mut conn, &call_id).unwrap_or_else(|e| panic!("{e}"));
    drop(conn);
    let mut rng = Rng(0x4D45_4E54_4F52_0100);
    let start = Utc::now().naive_utc() - Duration::days(60);
    let statuses = [
        Status::Submitted,
        Status::Submitted,
        Status::Eligible,
        Status::Eligible,
        Status::Ineligible,
        Status::Shortlisted,
        Status::WaitingList,
        Status::Rejected,
        Status::Draft,
    ];
    let started = Instant::now();
    let batch = 2_000;
    let mut i = 0;
    while i < n {
        let mut rows = Vec::with_capacity(batch);
        let mut profiles = Vec::with_capacity(batch);
        let mut esco = Vec::with_capacity(batch);
        for _ in 0..batch.min(n - i) {
            let id = db::id::new_id();
            let (territory, country) = territories[rng.below(territories.len())].clone();
            let family = FAMILY[rng.below(FAMILY.len())];
            let given = GIVEN[rng.below(GIVEN.len())];
            let email = format!(
                "{}.{}.{i}@example.org",
                given.to_lowercase(),
                family.to_lowercase().replace(' ', "")
            );
            let mut languages = LanguageLevels::default();
            let it = rng.below(7);
            if it > 0 {
                let l = Some(Cefr::ALL[it - 1]);
                languages.set("it", [l, l, l]);
            }
            let fr = Some(Cefr::ALL[rng.below(6)]);
            languages.set("fr", [fr, fr, fr]);
            let en = Some(Cefr::ALL[rng.below(6)]);
            languages.set("en", [en, en, None]);
            let at = start + Duration::seconds(i as i64 * 50);
            let status = statuses[rng.below(statuses.len())];
            let nation = domain::Country::parse(country).ok();
            rows.push(Candidate {
                id: id.clone(),
                programme_id: programme.clone(),
                call_id: call.id.clone(),
                user_id: None,
                status,
                step: 3,
                family_name: family.to_owned(),
                given_names: given.to_owned(),
                family_name_ar: None,
                given_names_ar: None,
                birth_date: NaiveDate::from_ymd_opt(
                    1995 + rng.below(8) as i32,
                    1 + rng.below(12) as u32,
                    1 + rng.below(28) as u32,
                ),
                sex: if rng.below(2) == 0 { "f" } else { "m" }.to_owned(),
                nationality: nation,
                residence_country: nation,
                residence_territory_id: Some(territory),
                search_text: search_text(family, given, None, None, &email),
                email,
                phone: "+21620000000".to_owned(),
                whatsapp: None,
                passport_sealed: None,
                passport_index: None,
                italian_rank: i64::try_from(it).unwrap_or(0),
                consent_version: None,
                consent_at: Some(at),
                submitted_at: (status != Status::Draft).then_some(at),
                eligibility: "[]".to_owned(),
                eligible: true,
                override_reason: None,
                decision_reason: None,
                created_at: at,
                updated_at: at,
            });
            profiles.push(Profile {
                candidate_id: id.clone(),
                isced_level: Some(6),
                field_of_study: "Computer science".to_owned(),
                qualification_title: "Licence".to_owned(),
                qualification_date: NaiveDate::from_ymd_opt(2021, 7, 1),
                languages: languages.encode(),
                experience: String::new(),
                sectors: String::new(),
                cities: String::new(),
                available_from: None,
                updated_at: at,
            });
            let mut skills: Vec<Concept> = Vec::new();
            while skills.len() < 3 {
                let s = SKILLS[rng.below(SKILLS.len())];
                if !skills.iter().any(|c| c.label == s) {
                    skills.push(Concept {
                        uri: format!("http://data.europa.eu/esco/skill/{}", s.replace(' ', "-")),
                        label: s.to_owned(),
                    });
                }
            }
            esco.push((
                id,
                Chosen {
                    occupations: vec![],
                    skills,
                },
            ));
            i += 1;
        }
        db.write_blocking(&Origin::cli(), |tx| {
            db::candidates::insert_many(tx, rows, &profiles)?;
            db::candidates::insert_esco(tx, &esco)?;
            tx.audit("bench.seed", "call", &call.id)
        })
        .unwrap_or_else(|e| panic!("seed: {e}"));
    }
    let mut conn = db.conn().unwrap_or_else(|e| panic!("{e}"));
    if std::env::var("MENTOR_BENCH_NO_ANALYZE").is_err() {
        analyse(&mut conn);
    }
    eprintln!(
        "seeded {n} applications in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    // A copy of the SQLite database to study query plans with the sqlite3 shell.
    if let (Ok(path), db::Backend::Sqlite) =
        (std::env::var("MENTOR_BENCH_SQLITE_COPY"), db.backend())
    {
        diesel::sql_query(format!("VACUUM INTO '{}'", path.replace('\'', "")))
            .execute(&mut *conn)
            .unwrap_or_else(|e| panic!("copy: {e}"));
    }
    Setup {
        programme,
        agency_tn,
        territories,
    }
}

/// Statistics for the planner; on PostgreSQL also the visibility map, as autovacuum leaves
/// a table some time after a bulk load, without which no scan is index-only.
pub fn analyse(conn: &mut db::DbConn) {
    let sql = match conn {
        db::DbConn::Sqlite(_) => "ANALYZE",
        db::DbConn::Postgres(_) => "VACUUM ANALYZE",
    };
    diesel::sql_query(sql)
        .execute(conn)
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}
