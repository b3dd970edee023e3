//! Seeding the benchmark's cases: companies, applications, placements, paths, facts and
//! documents, written through the real storage in batches.

use chrono::{Duration, NaiveDate, Utc};
use db::candidates::{Candidate, Profile, search_text};
use db::cases::{Case, CaseDocument, Fact, Holiday, StepEntry, StoredTemplate};
use db::organisations::OrganisationDraft;
use db::{Database, Origin};
use diesel::RunQueryDsl;
use domain::candidate::Status;
use domain::deadline::{Anchor, WorkCalendar, holidays};
use domain::procedure::{CaseState, SHIPPED, Template, place_of, reference};
use domain::{Country, OrganisationKind};
use std::time::Instant;
use testkit::fixtures;

/// The usual course; a case stops somewhere along it.
pub(crate) const COURSE: [&str; 11] = [
    "convention",
    "training_project",
    "regional_review",
    "regional_approved",
    "visa_requested",
    "visa_issued",
    "ready_to_depart",
    "arrived",
    "permit_requested",
    "active",
    "completed",
];
pub(crate) const COMPANIES: usize = 200;

pub(crate) struct Rng(u64);
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
    fn days(&mut self, lo: i64, hi: i64) -> Duration {
        Duration::days(lo + (self.next() % (hi - lo + 1) as u64) as i64)
    }
}

pub(crate) struct Setup {
    pub(crate) programme: String,
    pub(crate) milan: String,
}

pub(crate) fn write<T>(db: &Database, f: impl FnOnce(&mut db::Tx<'_>) -> db::DbResult<T>) -> T {
    db.write_blocking(&Origin::cli(), f)
        .unwrap_or_else(|e| panic!("seed: {e}"))
}

pub(crate) fn calendar(place: &str, today: NaiveDate) -> WorkCalendar {
    use chrono::Datelike;
    let mut days = Vec::new();
    for y in today.year() - 3..=today.year() + 1 {
        days.extend(holidays::italian(y).into_iter().map(|h| h.date));
        days.extend(holidays::local(place, y).into_iter().map(|h| h.date));
    }
    WorkCalendar::new(days)
}

/// The path of case `i`: where it stopped, with the days it entered each step.
pub(crate) fn path(rng: &mut Rng, today: NaiveDate) -> Vec<(&'static str, NaiveDate)> {
    let mut steps: Vec<&'static str> = if rng.below(10) < 3 {
        COURSE.to_vec()
    } else {
        COURSE[..1 + rng.below(COURSE.len() - 1)].to_vec()
    };
    if steps.len() > 5 && rng.below(50) == 0 {
        // Refused and filed again.
        steps.splice(5..5, ["visa_refused", "visa_requested"]);
    }
    if steps.last() == Some(&"completed") && rng.below(3) == 0 {
        let at = steps.len() - 1;
        steps.insert(at, "extended");
    }
    let mut on = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    let mut out = Vec::with_capacity(steps.len());
    for s in steps {
        out.push((s, on));
        on += match s {
            "regional_review" => rng.days(14, 40),
            "visa_requested" => rng.days(21, 100),
            "arrived" => rng.days(1, 14),
            "active" => rng.days(150, 185),
            "extended" => rng.days(60, 180),
            _ => rng.days(3, 20),
        };
    }
    // The last step entered up to 100 days ago.
    let last = out.last().map(|x| x.1).unwrap_or(on);
    let shift = (today - rng.days(0, 100)) - last;
    out.into_iter().map(|(s, d)| (s, d + shift)).collect()
}

pub(crate) fn seed(db: &Database, n: usize) -> Setup {
    let started = Instant::now();
    let today = Utc::now().date_naive();
    let programme = fixtures::programme(db, "bench");
    let call_id = fixtures::call(db, &programme, "Bench call");
    let (milan, turin) = write(db, |tx| {
        Ok((
            db::territories::create(tx, &programme, "Milano", Country::IT)?,
            db::territories::create(tx, &programme, "Torino", Country::IT)?,
        ))
    });
    // Templates, by region, as the server stores them at start; holidays of the years.
    let templates: Vec<(String, Template)> = write(db, |tx| {
        let mut out = Vec::new();
        for (_, src) in SHIPPED {
            let t = domain::procedure::parse(src).unwrap_or_else(|e| panic!("{e:?}"));
            let id = db::id::new_id();
            db::cases::insert_template(
                tx,
                &StoredTemplate {
                    id: id.clone(),
                    template_key: t.id.get_ref().clone(),
                    version: *t.version.get_ref(),
                    name: t.name.clone(),
                    region: t.region.clone(),
                    source: src.to_owned(),
                    imported_by: None,
                    imported_at: tx.now,
                },
            )?;
            out.push((id, t));
        }
        let mut days = Vec::new();
        use chrono::Datelike;
        for y in today.year() - 3..=today.year() + 1 {
            for (place, list) in [
                ("", holidays::italian(y)),
                ("015146", holidays::local("015146", y)),
                ("001272", holidays::local("001272", y)),
            ] {
                days.extend(list.into_iter().map(|h| Holiday {
                    place: place.to_owned(),
                    day: h.date,
                    name: h.name.to_owned(),
                }));
            }
        }
        db::cases::add_holidays(tx, &days)?;
        Ok(out)
    });
    let template_of = |city: &str| {
        let region = if city == "Milano" { "IT-25" } else { "IT-21" };
        templates
            .iter()
            .find(|(_, t)| t.region == region)
            .unwrap_or(&templates[0])
    };
    // Host companies, half in each city, each with one position.
    let position = domain::position::PositionFields {
        title: "Tecnico junior".into(),
        occupation: "software developer".into(),
        min_italian: "A2".into(),
        education_level: "6".into(),
        city: "Milano".into(),
        starts_on: (today + Duration::days(60)).to_string(),
        duration_months: "6".into(),
        hours_per_week: "30".into(),
        allowance: "600".into(),
        tutor_name: "Luca Verdi".into(),
        places: "10".into(),
        ..Default::default()
    }
    .parse(today)
    .unwrap_or_else(|e| panic!("position: {e:?}"));
    let companies: Vec<(String, String, &'static str)> = write(db, |tx| {
        let mut out = Vec::new();
        for k in 0..COMPANIES {
            let (city, territory) = if k % 2 == 0 {
                ("Milano", &milan)
            } else {
                ("Torino", &turin)
            };
            let id = db::organisations::create(
                tx,
                &OrganisationDraft {
                    name: format!("Azienda ospitante {k}"),
                    kind: OrganisationKind::HostCompany,
                    country: Country::IT,
                    territory_id: Some(territory.clone()),
                    city: city.into(),
                },
            )?;
            db::programmes::add_organisation(tx, &programme, &id)?;
            let p = db::positions::create(tx, &programme, &id, &position)?;
            out.push((id, p, city));
        }
        Ok(out)
    });
    let mut rng = Rng(0x4D45_4E54_4F52_0D0D);
    let calendars = [
        ("015146", calendar("015146", today)),
        ("001272", calendar("001272", today)),
    ];
    let batch = 500;
    let mut i = 0;
    let at = Utc::now().naive_utc();
    let (mut steps_total, mut facts_total, mut docs_total) = (0, 0, 0);
    while i < n {
        let mut candidates = Vec::with_capacity(batch);
        let mut profiles = Vec::with_capacity(batch);
        let mut placements = Vec::with_capacity(batch);
        let mut cases = Vec::with_capacity(batch);
        let mut steps = Vec::new();
        let mut facts = Vec::new();
        let mut docs = Vec::new();
        for _ in 0..batch.min(n - i) {
            let candidate = db::id::new_id();
            let country = if i % 2 == 0 { Country::TN } else { Country::MA };
            let email = format!("trainee.{i}@example.org");
            candidates.push(Candidate {
                id: candidate.clone(),
                programme_id: programme.clone(),
                call_id: call_id.clone(),
                user_id: None,
                status: Status::Shortlisted,
                step: 3,
                search_text: search_text("Trabelsi", "Amina", None, None, &email),
                family_name: "Trabelsi".into(),
                given_names: "Amina".into(),
                family_name_ar: None,
                given_names_ar: None,
                birth_date: NaiveDate::from_ymd_opt(1998, 3, 1),
                sex: "f".into(),
                nationality: Some(country),
                residence_country: Some(country),
                residence_territory_id: None,
                email,
                phone: String::new(),
                whatsapp: None,
                passport_sealed: None,
                passport_index: None,
                italian_rank: 2,
                consent_version: None,
                consent_at: Some(at),
                submitted_at: Some(at),
                eligibility: "[]".into(),
                eligible: true,
                override_reason: None,
                decision_reason: None,
                created_at: at,
                updated_at: at,
            });
            profiles.push(Profile {
                candidate_id: candidate.clone(),
                isced_level: Some(6),
                field_of_study: String::new(),
                qualification_title: String::new(),
                qualification_date: None,
                languages: String::new(),
                experience: String::new(),
                sectors: String::new(),
                cities: String::new(),
                available_from: None,
                updated_at: at,
            });
            let (company, position, city) = companies[rng.below(COMPANIES)].clone();
            let territory = if city == "Milano" { &milan } else { &turin };
            let placement = db::id::new_id();
            placements.push((
                placement.clone(),
                candidate.clone(),
                position,
                company.clone(),
            ));
            let (template_id, t) = template_of(city);
            let place = place_of(city);
            let cal = &calendars
                .iter()
                .find(|(p, _)| *p == place)
                .unwrap_or(&calendars[0])
                .1;
            let id = db::id::new_id();
            let p = path(&mut rng, today);
            let mut state = CaseState {
                step: p.last().map(|x| x.0).unwrap_or("convention").to_owned(),
                ..CaseState::default()
            };
            for (seq, (step, on)) in p.iter().enumerate() {
                state.entered.insert((*step).to_owned(), Anchor::on(*on));
                steps.push(StepEntry {
                    case_id: id.clone(),
                    seq: seq as i64 + 1,
                    step: (*step).to_owned(),
                    entered_on: *on,
                    entered_at: None,
                    by_user: None,
                    note: String::new(),
                    recorded_at: at,
                    days: p.get(seq + 1).map(|(_, next)| (*next - *on).num_days()),
                });
                // What each step passed asks for (the one it stands in, half of it).
                let passed = seq + 1 < p.len() || rng.below(2) == 0;
                if let (Some(s), true) = (t.step(step), passed) {
                    for field in &s.fields {
                        if state.fields.insert(field.clone()) {
                            facts.push(Fact {
                                case_id: id.clone(),
                                field: field.clone(),
                                value: on.to_string(),
                                sealed: false,
                                updated_by: String::new(),
                                updated_at: at,
                            });
                        }
                    }
                    for kind in &s.documents {
                        state.documents.insert(kind.get_ref().clone());
                        let doc = db::id::new_id();
                        docs.push(CaseDocument {
                            id: doc.clone(),
                            case_id: id.clone(),
                            kind: kind.get_ref().clone(),
                            size_bytes: 1000,
                            sha256: String::new(),
                            content_type: "application/pdf".into(),
                            stored_name: doc,
                            expires_on: None,
                            uploaded_by: String::new(),
                            uploaded_at: at,
                        });
                    }
                }
            }
            let closed = t.step(&state.step).is_some_and(|s| s.end);
            let next_due = if closed {
                None
            } else {
                domain::procedure::running(t, &state, cal)
                    .into_iter()
                    .map(|(_, due)| due.date)
                    .min()
            };
            cases.push(Case {
                reference: reference(&id),
                id,
                placement_id: placement,
                programme_id: programme.clone(),
                call_id: call_id.clone(),
                candidate_id: candidate,
                company_id: company,
                territory_id: Some(territory.clone()),
                city: city.to_owned(),
                place: place.to_owned(),
                country: country.as_str().to_owned(),
                template_id: template_id.clone(),
                step: state.step.clone(),
                step_since: p.last().map(|x| x.1).unwrap_or(today),
                next_due,
                closed,
                created_at: at,
                updated_at: at,
            });
            i += 1;
        }
        steps_total += steps.len();
        facts_total += facts.len();
        docs_total += docs.len();
        write(db, |tx| {
            use db::schema::{case_documents, case_facts, case_steps, cases, placements as pl};
            use diesel::ExpressionMethods;
            db::candidates::insert_many(tx, candidates, &profiles)?;
            let rows: Vec<_> = placements
                .iter()
                .map(|(id, candidate, position, company)| {
                    (
                        pl::id.eq(id),
                        pl::call_id.eq(&call_id),
                        pl::candidate_id.eq(candidate),
                        pl::position_id.eq(position),
                        pl::company_id.eq(company),
                        pl::status.eq("accepted"),
                        pl::score.eq(80_i64),
                        pl::note.eq(""),
                        pl::created_at.eq(at),
                        pl::updated_at.eq(at),
                    )
                })
                .collect();
            // Multi-row inserts on the concrete connection (as `insert_many` does), under
            // SQLite's 999 parameters a statement.
            macro_rules! batch {
                ($table:expr, $rows:expr, $n:expr) => {
                    for chunk in $rows.chunks($n) {
                        match &mut *tx.conn {
                            db::DbConn::Sqlite(c) => {
                                diesel::insert_into($table).values(chunk).execute(c)?
                            }
                            db::DbConn::Postgres(c) => {
                                diesel::insert_into($table).values(chunk).execute(c)?
                            }
                        };
                    }
                };
            }
            batch!(pl::table, rows, 90);
            batch!(cases::table, cases, 50);
            batch!(case_steps::table, steps, 120);
            batch!(case_facts::table, facts, 160);
            batch!(case_documents::table, docs, 90);
            tx.audit("bench.seed", "call", &call_id)
        });
    }
    let mut conn = db.conn().unwrap_or_else(|e| panic!("{e}"));
    diesel::sql_query("ANALYZE")
        .execute(&mut *conn)
        .unwrap_or_else(|e| panic!("analyze: {e}"));
    eprintln!(
        "seeded {n} cases ({steps_total} steps, {facts_total} facts, {docs_total} documents) in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Setup { programme, milan }
}
