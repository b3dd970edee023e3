//! The candidate list on 100,000 applications.
//!
//! Seeds `MENTOR_BENCH_CANDIDATES` (default 100,000) fictional applications — with profiles
//! and three ESCO skills each — into a temporary SQLite database, and into a temporary
//! PostgreSQL database when `TEST_DATABASE_URL` names a cluster, then times the list's
//! typical queries (each `db::candidates::list` call is a count plus one page of 25, as the
//! page runs it). Prints the median and the slowest of `MENTOR_BENCH_RUNS` (default 7) runs
//! after one warm-up, as a Markdown table.
//!
//! Run: `cargo bench -p db --bench candidates` (see BENCHMARKS.md).

use std::time::Instant;

use chrono::{Duration, NaiveDate, Utc};
use db::candidates::{Candidate, Chosen, Concept, ListFilter, Profile, Sort, search_text};
use db::{Database, Origin};
use diesel::RunQueryDsl;
use domain::candidate::{LanguageLevels, Status};
use domain::cefr::Cefr;
use domain::permission::Scope;
use domain::{Country, OrganisationKind};
use testkit::{TestDb, fixtures};

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

struct Setup {
    programme: String,
    agency_tn: String,
    territories: Vec<(String, &'static str)>,
}

fn seed(db: &Database, n: usize) -> Setup {
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
        diesel::sql_query("ANALYZE")
            .execute(&mut *conn)
            .unwrap_or_else(|e| panic!("analyze: {e}"));
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

#[derive(diesel::QueryableByName)]
struct PlanRow {
    #[diesel(sql_type = diesel::sql_types::Text)]
    detail: String,
}

/// Prints SQLite's plan of each statement of the file `MENTOR_BENCH_EXPLAIN` names (one per
/// line, `$P` standing for the programme id), as the bundled SQLite plans it.
fn explain(db: &Database, programme: &str) {
    let Ok(path) = std::env::var("MENTOR_BENCH_EXPLAIN") else {
        return;
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        return;
    };
    let mut conn = db.conn().unwrap_or_else(|e| panic!("{e}"));
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let line = line.replace("$P", programme);
        // `SQL -- binds: a|b|25`: text values, or numbers when they read as one.
        let (sql, binds) = match line.split_once(" -- binds: ") {
            Some((sql, b)) => (sql.to_owned(), b.split('|').map(str::to_owned).collect()),
            None => (line.clone(), Vec::<String>::new()),
        };
        let query = |prefix: &str| {
            let mut q =
                diesel::sql_query(format!("{prefix}{sql}")).into_boxed::<diesel::sqlite::Sqlite>();
            for b in &binds {
                q = match b.parse::<i64>() {
                    Ok(n) => q.bind::<diesel::sql_types::BigInt, _>(n),
                    Err(_) => q.bind::<diesel::sql_types::Text, _>(b.clone()),
                };
            }
            q
        };
        let raw = match &mut *conn {
            db::DbConn::Sqlite(raw) => raw,
            db::DbConn::Postgres(pg) => {
                #[derive(diesel::QueryableByName)]
                struct PgPlan {
                    #[diesel(sql_type = diesel::sql_types::Text, column_name = "QUERY PLAN")]
                    line: String,
                }
                let rows: Vec<PgPlan> = diesel::sql_query(format!("EXPLAIN ANALYZE {sql}"))
                    .load(pg)
                    .unwrap_or_else(|e| panic!("{sql}: {e}"));
                println!("{sql}");
                for r in rows {
                    println!("  {}", r.line);
                }
                continue;
            }
        };
        let rows: Vec<PlanRow> = query("EXPLAIN QUERY PLAN ")
            .load(raw)
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
        let t0 = Instant::now();
        query("")
            .execute(raw)
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
        println!("{sql}\n  {:.1} ms", t0.elapsed().as_secs_f64() * 1000.0);
        for r in rows {
            println!("  {}", r.detail);
        }
    }
}

fn main() {
    let n: usize = std::env::var("MENTOR_BENCH_CANDIDATES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let runs: usize = std::env::var("MENTOR_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(7);
    // `cargo bench` passes `--bench`; nothing else is read from the command line.
    for t in [Some(TestDb::sqlite()), TestDb::postgres()]
        .into_iter()
        .flatten()
    {
        let db = &t.db().clone();
        let backend = db.backend().name();
        let s = seed(db, n);
        explain(db, &s.programme);
        let coordinator = Scope::Programmes(vec![s.programme.clone()]);
        let agency = Scope::Residence(vec![s.agency_tn.clone()]);
        let base = ListFilter {
            submitted_only: true,
            page: 1,
            per_page: 25,
            ..Default::default()
        };
        let cases: Vec<(&str, &Scope, ListFilter)> = vec![
            (
                "first page, unfiltered (by name)",
                &coordinator,
                base.clone(),
            ),
            (
                "status = eligible",
                &coordinator,
                ListFilter {
                    status: Some("eligible".into()),
                    ..base.clone()
                },
            ),
            (
                "territory + status",
                &coordinator,
                ListFilter {
                    territory_id: Some(s.territories[0].0.clone()),
                    status: Some("submitted".into()),
                    ..base.clone()
                },
            ),
            (
                "name search \"trabelsi\"",
                &coordinator,
                ListFilter {
                    q: "trabelsi".into(),
                    ..base.clone()
                },
            ),
            (
                "name search \"ben sal\" (two words)",
                &coordinator,
                ListFilter {
                    q: "ben sal".into(),
                    ..base.clone()
                },
            ),
            (
                "ESCO skill \"python\"",
                &coordinator,
                ListFilter {
                    skill: "python".into(),
                    ..base.clone()
                },
            ),
            (
                "Italian ≥ B1",
                &coordinator,
                ListFilter {
                    min_italian: Some(3),
                    ..base.clone()
                },
            ),
            (
                "French ≥ C1",
                &coordinator,
                ListFilter {
                    min_french: Some(5),
                    ..base.clone()
                },
            ),
            (
                "sort by submission, first page",
                &coordinator,
                ListFilter {
                    sort: Sort::Submitted,
                    ..base.clone()
                },
            ),
            (
                "sort by Italian level, first page",
                &coordinator,
                ListFilter {
                    sort: Sort::Italian,
                    ..base.clone()
                },
            ),
            (
                "deep page (offset 50,000, by name)",
                &coordinator,
                ListFilter {
                    page: 2_001,
                    ..base.clone()
                },
            ),
            ("agency (Tunisia) first page", &agency, base.clone()),
            (
                "agency: status + Italian ≥ B1 + skill",
                &agency,
                ListFilter {
                    status: Some("eligible".into()),
                    min_italian: Some(3),
                    skill: "work in".into(),
                    ..base.clone()
                },
            ),
        ];
        println!("\n{backend}, {n} applications, median / slowest of {runs} runs (ms), matches:\n");
        println!("| query | median | slowest | matches |");
        println!("|---|---:|---:|---:|");
        let mut conn = db.conn().unwrap_or_else(|e| panic!("{e}"));
        // PostgreSQL's plans of slow statements, in the server's log (superuser only).
        if std::env::var("MENTOR_BENCH_AUTO_EXPLAIN").is_ok()
            && db.backend() == db::Backend::Postgres
        {
            diesel::sql_query("LOAD 'auto_explain'")
                .execute(&mut *conn)
                .unwrap_or_else(|e| panic!("auto_explain: {e}"));
            for set in [
                "SET auto_explain.log_min_duration = 100",
                "SET auto_explain.log_analyze = on",
            ] {
                diesel::sql_query(set)
                    .execute(&mut *conn)
                    .unwrap_or_else(|e| panic!("{set}: {e}"));
            }
        }
        for (name, scope, f) in cases {
            let _ = db::candidates::list(&mut conn, scope, "", &f);
            let mut times = Vec::with_capacity(runs);
            let mut total = 0;
            for _ in 0..runs {
                let t0 = Instant::now();
                let (_, count) = db::candidates::list(&mut conn, scope, "", &f)
                    .unwrap_or_else(|e| panic!("{name}: {e}"));
                times.push(t0.elapsed().as_secs_f64() * 1000.0);
                total = count;
            }
            times.sort_by(f64::total_cmp);
            println!(
                "| {name} | {:.1} | {:.1} | {total} |",
                times[times.len() / 2],
                times[times.len() - 1]
            );
        }
        // Leaves the database in place to study its plans (`psql`, `sqlite3`).
        if std::env::var("MENTOR_BENCH_KEEP").is_ok() {
            eprintln!("kept the {backend} database; programme {}", s.programme);
            std::mem::forget(t);
        }
    }
}
