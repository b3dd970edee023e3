//! The demo trainee's own application, proposed to the demo company, so that the interview
//! journey can be tried end to end: the company (`company@demo.example`) opens the
//! proposal, sees the anonymised profile and offers times; the trainee
//! (`trainee@demo.example`, Amina Trabelsi, living in Tunisia) picks one.
//! Idempotent: nothing is added when the trainee has an application in the call already.

use anyhow::{Context, Result, anyhow};
use db::candidates::{Candidate, Chosen, Concept, Profile, search_text};
use db::matching::Proposal;
use db::{Database, Origin};
use domain::candidate::{LanguageLevels, Status};
use domain::cefr::Cefr;
use domain::permission::Scope;
use domain::position::PositionStatus;
use domain::{Country, Email};

use super::taxonomy::{OCCUPATIONS, SKILLS};

const TRAINEE: &str = "trainee@demo.example";
const COMPANY: &str = "company@demo.example";

pub fn seed(db: &Database, origin: &Origin, call_title: &str, programme_id: &str) -> Result<()> {
    let mut conn = db.conn()?;
    let call = db::calls::find_by_title_unscoped(&mut conn, programme_id, call_title)?
        .context("the demo call")?;
    let mut user = |email: &str| -> Result<db::users::User> {
        let e = Email::parse(email).map_err(|e| anyhow!("{e}"))?;
        db::users::find_by_email_unscoped(&mut conn, &e)?
            .ok_or_else(|| anyhow!("demo account {email} missing"))
    };
    let (trainee, company_user) = (user(TRAINEE)?, user(COMPANY)?);
    if db::candidates::of_user(&mut conn, &trainee.id)?
        .iter()
        .any(|c| c.call_id == call.id)
    {
        return Ok(());
    }
    let company = db::memberships::of_user(&mut conn, &company_user.id)?
        .into_iter()
        .next()
        .context("the demo company")?
        .organisation_id;
    let open = db::positions::Filter {
        company_id: Some(company.clone()),
        status: Some(PositionStatus::Open),
    };
    let position = db::positions::list(&mut conn, &Scope::All, &open)?
        .into_iter()
        .next()
        .context("an open position of the demo company")?
        .position;
    drop(conn);

    let id = db::id::new_id();
    let now = chrono::Utc::now().naive_utc();
    let mut languages = LanguageLevels::default();
    languages.set("it", [Some(Cefr::B1), Some(Cefr::B1), Some(Cefr::A2)]);
    languages.set("fr", [Some(Cefr::C1), Some(Cefr::C1), Some(Cefr::B2)]);
    languages.set("en", [Some(Cefr::B2), Some(Cefr::B1), Some(Cefr::B1)]);
    let email = "amina.trabelsi@demo.example";
    let row = Candidate {
        id: id.clone(),
        programme_id: call.programme_id.clone(),
        call_id: call.id.clone(),
        user_id: Some(trainee.id.clone()),
        status: Status::Shortlisted,
        step: 3,
        search_text: search_text("Trabelsi", "Amina", Some("الطرابلسي"), Some("أمينة"), email),
        family_name: "Trabelsi".into(),
        given_names: "Amina".into(),
        family_name_ar: Some("الطرابلسي".into()),
        given_names_ar: Some("أمينة".into()),
        birth_date: chrono::NaiveDate::from_ymd_opt(1999, 4, 17),
        sex: "f".into(),
        nationality: Some(Country::TN),
        residence_country: Some(Country::TN),
        residence_territory_id: None,
        email: email.into(),
        phone: "+21698123456".into(),
        whatsapp: None,
        passport_sealed: None,
        passport_index: None,
        italian_rank: languages.level("it").map_or(0, Cefr::rank),
        consent_version: Some(domain::candidate::CONSENT_VERSION.to_owned()),
        consent_at: Some(now),
        submitted_at: Some(now),
        eligibility: "[]".into(),
        eligible: true,
        override_reason: None,
        decision_reason: None,
        created_at: now,
        updated_at: now,
    };
    let profile = Profile {
        candidate_id: id.clone(),
        isced_level: Some(6),
        field_of_study: "Computer science".into(),
        qualification_title: "Licence en informatique".into(),
        qualification_date: chrono::NaiveDate::from_ymd_opt(2022, 7, 1),
        languages: languages.encode(),
        experience: "2022–2024: web developer in a software house in Sfax (PHP, JavaScript); \
                     volunteer trainer in a youth association."
            .into(),
        sectors: String::new(),
        cities: "Milano".into(),
        available_from: None,
        updated_at: now,
    };
    let concept = |uri: &str, label: &str| Concept {
        uri: uri.to_owned(),
        label: label.to_owned(),
    };
    let chosen = Chosen {
        occupations: OCCUPATIONS
            .iter()
            .filter(|o| o.2 == "web developer")
            .map(|o| concept(o.0, o.2))
            .collect(),
        skills: SKILLS
            .iter()
            .filter(|s| matches!(s.1, "understand spoken Italian" | "write French"))
            .map(|s| concept(s.0, s.1))
            .collect(),
    };
    db.write_blocking(origin, |tx| {
        db::candidates::insert_many(tx, vec![row], &[profile])?;
        db::candidates::insert_esco(tx, &[(id.clone(), chosen)])?;
        tx.audit("demo.seed_interview", "candidate", &id)?;
        db::matching::propose(
            tx,
            &call.id,
            &Proposal {
                candidate_id: id.clone(),
                position_id: position.id.clone(),
                company_id: company.clone(),
                score: 0,
            },
        )
    })
    .context("the demo trainee's proposal")?;
    Ok(())
}
