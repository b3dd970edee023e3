//! The open call of MENTOR II (demo) and about 1,000 fictional applications from Tunisia
//! and Morocco in every status, of which the 41 participants of DOMAIN.md §6 — 23 Tunisian,
//! 18 Moroccan — are shortlisted. Names and profiles are fictional, drawn from a seeded
//! generator, so every run produces the same people.
//!
//! Fast on purpose: rows are written with multi-row inserts, 250 applications per
//! transaction, and each transaction writes one audit entry `demo.seed_candidates` on the
//! call (not one per application). Idempotent: a call that already has applications is
//! left as it is.

use std::collections::HashMap;

use anyhow::{Context, Result};
use chrono::{Duration, NaiveDate, NaiveDateTime, Utc};
use db::candidates::{Candidate, Profile, SealedPassport, search_text};
use db::{Database, Origin};
use domain::candidate::{LanguageLevels, Status};
use domain::cefr::Cefr;
use domain::eligibility::{self, AgeRule, Facts, LanguageRule, Rules};
use domain::fieldcrypt::{Keyring, Place, normalise_document_number};
use domain::permission::Scope;
use domain::{Country, call::CallDraft};

pub const CALL_TITLE: &str = "MENTOR II — traineeships in Milan and Turin";
pub const APPLICATIONS: usize = 1_000;
const TUNISIANS: usize = 540;
const SHORTLISTED_TN: usize = 23;
const SHORTLISTED_MA: usize = 18;
const BATCH: usize = 250;

/// (Latin, Arabic) pairs.
const GIVEN_F: &[(&str, &str)] = &[
    ("Amina", "أمينة"),
    ("Fatma", "فاطمة"),
    ("Salma", "سلمى"),
    ("Yasmine", "ياسمين"),
    ("Ines", "إيناس"),
    ("Rim", "ريم"),
    ("Nour", "نور"),
    ("Sara", "سارة"),
    ("Khadija", "خديجة"),
    ("Meriem", "مريم"),
    ("Hajar", "هاجر"),
    ("Imane", "إيمان"),
    ("Zineb", "زينب"),
    ("Asma", "أسماء"),
    ("Oumaima", "أميمة"),
    ("Chaima", "شيماء"),
];
const GIVEN_M: &[(&str, &str)] = &[
    ("Mohamed", "محمد"),
    ("Ahmed", "أحمد"),
    ("Youssef", "يوسف"),
    ("Omar", "عمر"),
    ("Anis", "أنيس"),
    ("Karim", "كريم"),
    ("Hamza", "حمزة"),
    ("Mehdi", "مهدي"),
    ("Ayoub", "أيوب"),
    ("Bilel", "بلال"),
    ("Walid", "وليد"),
    ("Nabil", "نبيل"),
    ("Rami", "رامي"),
    ("Soufiane", "سفيان"),
    ("Amine", "أمين"),
    ("Issam", "عصام"),
];
const FAMILY_TN: &[(&str, &str)] = &[
    ("Trabelsi", "الطرابلسي"),
    ("Ben Salah", "بن صالح"),
    ("Jaziri", "الجزيري"),
    ("Gharbi", "الغربي"),
    ("Hammami", "الحمامي"),
    ("Mansouri", "المنصوري"),
    ("Ayari", "العياري"),
    ("Zribi", "الزريبي"),
    ("Chaabane", "شعبان"),
    ("Ben Ali", "بن علي"),
    ("Dridi", "الدريدي"),
    ("Mejri", "الماجري"),
    ("Sassi", "ساسي"),
    ("Kallel", "كلال"),
    ("Bouazizi", "البوعزيزي"),
    ("Ferchichi", "الفرشيشي"),
];
const FAMILY_MA: &[(&str, &str)] = &[
    ("El Amrani", "العمراني"),
    ("Alaoui", "العلوي"),
    ("Bennani", "بناني"),
    ("Idrissi", "الإدريسي"),
    ("Tazi", "التازي"),
    ("Berrada", "برادة"),
    ("El Fassi", "الفاسي"),
    ("Chraibi", "الشرايبي"),
    ("Benjelloun", "بنجلون"),
    ("Ouazzani", "الوزاني"),
    ("Lahlou", "لحلو"),
    ("Kettani", "الكتاني"),
    ("Sqalli", "السقلي"),
    ("Mernissi", "المرنيسي"),
    ("Bouzidi", "البوزيدي"),
    ("Naciri", "الناصري"),
];
const STUDIES: &[(&str, &str, i64)] = &[
    ("Licence en informatique", "Computer science", 6),
    (
        "Diplôme d'ingénieur en génie mécanique",
        "Mechanical engineering",
        7,
    ),
    ("Master en gestion logistique", "Logistics", 7),
    ("BTS électrotechnique", "Electrical engineering", 5),
    ("Licence en hôtellerie et restauration", "Hospitality", 6),
    ("Technicien spécialisé en automatisation", "Automation", 5),
    ("Master en biotechnologie", "Biotechnology", 7),
    ("Licence en gestion", "Business administration", 6),
    ("Baccalauréat technique", "Technical studies", 3),
];
const SECTORS: &[&str] = &[
    "ICT",
    "mechanics",
    "logistics",
    "hospitality",
    "energy",
    "construction",
    "textiles",
    "food",
];
const REJECTIONS: &[&str] = &[
    "Lower score at the selection interview",
    "Profile does not match the positions offered",
    "Withdrew from the selection",
];

/// A small deterministic generator (SplitMix64): the same seed gives the same people.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % (n.max(1) as u64)).unwrap_or(0)
    }

    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }

    fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + (self.next() % 10) as u8))
            .collect()
    }
}

/// The call's rules: MENTOR I used ages 20–30; MENTOR II's limit is not documented, so the
/// demo uses 20–35 (DOMAIN.md §5). Qualification within 12 months (Lombardy), A1 Italian.
fn rules(closes_on: NaiveDate) -> Rules {
    Rules {
        age: Some(AgeRule {
            min: 20,
            max: 35,
            on: closes_on,
        }),
        residence_countries: vec![Country::MA, Country::TN],
        residence_territories: vec![],
        qualification_within_months: Some(12),
        language: Some(LanguageRule {
            language: "it".into(),
            min: Cefr::A1,
        }),
        min_isced: Some(4),
    }
}

/// The call, open around today so the demo can be applied to; its id.
fn call(db: &Database, origin: &Origin, programme_id: &str) -> Result<String> {
    let mut conn = db.conn()?;
    if let Some(c) = db::calls::find_by_title_unscoped(&mut conn, programme_id, CALL_TITLE)? {
        return Ok(c.id);
    }
    let today = Utc::now().date_naive();
    let closes_on = today + Duration::days(45);
    let draft = CallDraft {
        programme_id: programme_id.to_owned(),
        title: CALL_TITLE.to_owned(),
        description: "Six-month traineeships (art. 27) in host companies of Milan and Turin for young qualified people resident in Tunisia and Morocco, with Italian language training before departure.".to_owned(),
        opens_on: today - Duration::days(45),
        closes_on,
        places: 41,
        rules: rules(closes_on),
        lang: domain::Locale::En,
    };
    db.write_blocking(origin, |tx| db::calls::create(tx, &Scope::All, &draft))
        .context("create demo call")
}

struct Person {
    row: Candidate,
    profile: Profile,
}

fn person(
    rng: &mut Rng,
    i: usize,
    tunisian: bool,
    call: &db::calls::Call,
    territories: &HashMap<String, String>,
    keys: &Keyring,
) -> (Person, bool) {
    let female = rng.below(2) == 0;
    let (given, given_ar) = *rng.pick(if female { GIVEN_F } else { GIVEN_M });
    let (family, family_ar) = *rng.pick(if tunisian { FAMILY_TN } else { FAMILY_MA });
    let country = if tunisian { "TN" } else { "MA" };
    let territory = if tunisian {
        *rng.pick(&["Tunis", "Sfax"])
    } else {
        *rng.pick(&["Tanger", "Béni Mellal-Khénifra", "Khouribga"])
    };
    let id = db::id::new_id();
    // Sent between the opening of the call and today, never in the future.
    let today = Utc::now().date_naive().min(call.closes_on);
    let window = (today - call.opens_on).num_days().max(1);
    let submitted_on = call.opens_on
        + Duration::days(
            i64::try_from(rng.below(usize::try_from(window).unwrap_or(1))).unwrap_or(0),
        );
    let submitted_at: NaiveDateTime = submitted_on.and_hms_opt(9, 0, 0).unwrap_or_default()
        + Duration::minutes(i64::try_from(rng.below(600)).unwrap_or(0));
    // Most meet every rule; about one in six misses one.
    let miss = if rng.below(6) == 0 {
        rng.below(4) + 1
    } else {
        0
    };
    let age_years = if miss == 1 {
        36 + rng.below(6)
    } else {
        21 + rng.below(13)
    };
    let birth = call.closes_on
        - Duration::days(i64::try_from(age_years * 365 + rng.below(300)).unwrap_or(0));
    let months_ago = if miss == 2 {
        14 + rng.below(20)
    } else {
        rng.below(11)
    };
    let qualified = submitted_on - Duration::days(i64::try_from(months_ago * 30 + 5).unwrap_or(0));
    let (title, field, mut isced) = *rng.pick(STUDIES);
    if miss == 4 {
        isced = 3;
    } else if isced < 4 {
        isced = 6;
    }
    let mut languages = LanguageLevels::default();
    let it = if miss == 3 {
        None
    } else {
        Some(Cefr::ALL[rng.below(4)])
    };
    languages.set(
        "it",
        [
            it,
            it,
            it.map(|l| {
                if l > Cefr::A1 && rng.below(2) == 0 {
                    Cefr::ALL[l.rank() as usize - 2]
                } else {
                    l
                }
            }),
        ],
    );
    let fr = Cefr::ALL[2 + rng.below(4)];
    languages.set("fr", [Some(fr), Some(fr), Some(fr)]);
    let en = Cefr::ALL[1 + rng.below(3)];
    languages.set("en", [Some(en), Some(en), None]);
    let email = format!(
        "{}.{}.{i}@example.{}",
        given.to_lowercase(),
        family.to_lowercase().replace(' ', ""),
        country.to_lowercase()
    );
    let phone = if tunisian {
        format!("+216{}{}", 2 + rng.below(8), rng.digits(7))
    } else {
        format!("+2126{}", rng.digits(8))
    };
    let passport = if tunisian {
        format!(
            "{}{}",
            char::from(b'A' + (rng.next() % 26) as u8),
            rng.digits(7)
        )
    } else {
        format!(
            "{}{}{}",
            char::from(b'A' + (rng.next() % 26) as u8),
            char::from(b'A' + (rng.next() % 26) as u8),
            rng.digits(6)
        )
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
    let territory_id = territories.get(territory).cloned();
    let facts = Facts {
        birth_date: Some(birth),
        residence_country: Some(country),
        residence_territory_id: territory_id.as_deref(),
        qualification_date: Some(qualified),
        languages: &languages,
        isced_level: Some(isced),
    };
    let outcomes = eligibility::evaluate(&call.rules(), &facts, submitted_on);
    let passes = eligibility::passes(&outcomes);
    let sector_a = *rng.pick(SECTORS);
    let sector_b = *rng.pick(SECTORS);
    let nation = if tunisian { Country::TN } else { Country::MA };
    let row = Candidate {
        id: id.clone(),
        programme_id: call.programme_id.clone(),
        call_id: call.id.clone(),
        user_id: None,
        status: Status::Submitted,
        step: 3,
        search_text: search_text(family, given, Some(family_ar), Some(given_ar), &email),
        family_name: family.to_owned(),
        given_names: given.to_owned(),
        family_name_ar: Some(family_ar.to_owned()),
        given_names_ar: Some(given_ar.to_owned()),
        birth_date: Some(birth),
        sex: if female { "f" } else { "m" }.to_owned(),
        nationality: Some(nation),
        residence_country: Some(nation),
        residence_territory_id: territory_id,
        email,
        phone: phone.clone(),
        whatsapp: (rng.below(3) == 0).then_some(phone),
        passport_sealed: Some(sealed.sealed),
        passport_index: Some(sealed.index),
        italian_rank: languages.level("it").map_or(0, Cefr::rank),
        consent_version: Some(domain::candidate::CONSENT_VERSION.to_owned()),
        consent_at: Some(submitted_at),
        submitted_at: Some(submitted_at),
        eligibility: serde_json::to_string(&outcomes).unwrap_or_else(|_| "[]".into()),
        eligible: passes,
        override_reason: None,
        decision_reason: None,
        created_at: submitted_at,
        updated_at: submitted_at,
    };
    let profile = Profile {
        candidate_id: id,
        isced_level: Some(isced),
        field_of_study: field.to_owned(),
        qualification_title: title.to_owned(),
        qualification_date: Some(qualified),
        languages: languages.encode(),
        experience: format!(
            "{}: internship, {}",
            qualified.format("%Y"),
            field.to_lowercase()
        ),
        sectors: if sector_a == sector_b {
            sector_a.to_owned()
        } else {
            format!("{sector_a}, {sector_b}")
        },
        cities: (*rng.pick(&["Milano", "Torino", "Milano, Torino"])).to_owned(),
        available_from: Some(call.closes_on + Duration::days(90)),
        updated_at: submitted_at,
    };
    (Person { row, profile }, passes)
}

/// Gives each application its status: the first 23 Tunisians and 18 Moroccans who meet the
/// rules are shortlisted; the others are spread over every other status.
fn decide(rng: &mut Rng, p: &mut Person, passes: bool, shortlist: &mut [usize; 2], tunisian: bool) {
    let slot = usize::from(!tunisian);
    let quota = if tunisian {
        SHORTLISTED_TN
    } else {
        SHORTLISTED_MA
    };
    let r = rng.below(100);
    let status = if passes && shortlist[slot] < quota && r < 40 {
        shortlist[slot] += 1;
        Status::Shortlisted
    } else if r < 6 {
        Status::Draft
    } else if !passes {
        if r < 60 {
            Status::Ineligible
        } else {
            Status::Submitted
        }
    } else if r < 35 {
        Status::Submitted
    } else if r < 70 {
        Status::Eligible
    } else if r < 80 {
        Status::WaitingList
    } else {
        Status::Rejected
    };
    let row = &mut p.row;
    row.status = status;
    match status {
        Status::Draft => {
            row.step = 1 + i64::try_from(rng.below(2)).unwrap_or(0);
            row.submitted_at = None;
            row.consent_at = None;
            row.consent_version = None;
            row.eligibility = "[]".to_owned();
            row.eligible = false;
        }
        Status::Ineligible => {
            row.decision_reason = Some("Does not meet the call's eligibility rules".to_owned())
        }
        Status::Rejected => row.decision_reason = Some((*rng.pick(REJECTIONS)).to_owned()),
        _ => {}
    }
}

/// Seeds the call and its applications; returns how many applications the call has.
pub fn seed(
    db: &Database,
    origin: &Origin,
    programme_id: &str,
    territories: &HashMap<String, String>,
    keys: &Keyring,
) -> Result<usize> {
    let call_id = call(db, origin, programme_id)?;
    let mut conn = db.conn()?;
    let call = db::calls::find_published(&mut conn, &call_id)?;
    let existing = db::candidates::list(
        &mut conn,
        &Scope::All,
        "",
        &db::candidates::ListFilter {
            call_id: Some(call_id.clone()),
            per_page: 1,
            ..Default::default()
        },
    )?
    .1;
    if existing > 0 {
        return Ok(usize::try_from(existing).unwrap_or(0));
    }
    let mut rng = Rng(0x4D45_4E54_4F52_0002);
    let mut shortlist = [0usize; 2];
    let mut people: Vec<Person> = Vec::with_capacity(APPLICATIONS);
    for i in 0..APPLICATIONS {
        let tunisian = i < TUNISIANS;
        let (mut p, passes) = person(&mut rng, i, tunisian, &call, territories, keys);
        decide(&mut rng, &mut p, passes, &mut shortlist, tunisian);
        people.push(p);
    }
    // The generator is seeded so the quotas are always met; check rather than assume.
    anyhow::ensure!(
        shortlist == [SHORTLISTED_TN, SHORTLISTED_MA],
        "demo shortlist came out as {shortlist:?}"
    );
    for batch in people.chunks(BATCH) {
        let rows: Vec<Candidate> = batch.iter().map(|p| p.row.clone()).collect();
        let profiles: Vec<Profile> = batch.iter().map(|p| p.profile.clone()).collect();
        db.write_blocking(origin, |tx| {
            db::candidates::insert_many(tx, rows, &profiles)?;
            tx.audit("demo.seed_candidates", "call", &call_id)
        })?;
    }
    Ok(people.len())
}

#[cfg(test)]
mod tests {
    use domain::permission::Scope;

    #[test]
    fn the_demo_call_has_a_thousand_applications_and_the_41_of_mentor_ii() {
        testkit::on_each_backend(|db| {
            let started = std::time::Instant::now();
            let keys = testkit::field_keys();
            let summary = super::super::seed(db, "a demo password", &keys)
                .unwrap_or_else(|e| panic!("{e:#}"));
            let listed = super::APPLICATIONS + super::super::duplicates::LIVE;
            assert_eq!(summary.candidates, listed);
            eprintln!("seeded in {:?}", started.elapsed());
            let again = super::super::seed(db, "a demo password", &keys)
                .unwrap_or_else(|e| panic!("{e:#}"));
            assert_eq!(again.candidates, listed, "seeding twice adds nothing");
            let mut c = db.conn().unwrap_or_else(|e| panic!("{e}"));
            // This call's applications (the demo programme's past call has its own).
            let call = db::calls::list(&mut c, &Scope::All)
                .unwrap_or_default()
                .into_iter()
                .find(|k| k.title == super::CALL_TITLE)
                .map(|k| k.id);
            let mut count = |status: &str, country: Option<&str>| {
                let f = db::candidates::ListFilter {
                    call_id: call.clone(),
                    status: Some(status.to_owned()),
                    residence_country: country.map(str::to_owned),
                    per_page: 1,
                    ..Default::default()
                };
                db::candidates::list(&mut c, &Scope::All, "", &f)
                    .map(|r| r.1)
                    .unwrap_or(-1)
            };
            assert_eq!(count("shortlisted", Some("TN")), 23);
            assert_eq!(count("shortlisted", Some("MA")), 18);
            for s in domain::candidate::Status::ALL {
                assert!(
                    count(s.as_str(), None) > 0,
                    "no application is {}",
                    s.as_str()
                );
            }
            // One audit entry per batch, not per application.
            let seeds = db::audit::recent(&mut c, 100_000, None)
                .unwrap_or_default()
                .into_iter()
                .filter(|r| r.action == "demo.seed_candidates")
                .count();
            assert_eq!(seeds, super::APPLICATIONS / super::BATCH);
        });
    }
}
