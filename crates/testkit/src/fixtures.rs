//! Builders for the records tests need, written through the real storage functions.

use db::organisations::OrganisationDraft;
use db::{Database, Origin};
use domain::password::NewPassword;
use domain::programme::ProgrammeFields;
use domain::{Country, Email, OrganisationKind, Role};

/// The password of every fixture user.
pub const PASSWORD: &str = "correct horse battery staple";

fn fail<E: std::fmt::Display>(what: &str) -> impl FnOnce(E) -> String + '_ {
    move |e| format!("{what}: {e}")
}

/// A programme with the given slug, spanning 2021–2024, in Italy, Morocco and Tunisia.
pub fn programme(db: &Database, slug: &str) -> String {
    let draft = ProgrammeFields {
        name: format!("Programme {slug}"),
        slug: slug.into(),
        countries: "IT,MA,TN".into(),
        starts_on: "2021-07-01".into(),
        ends_on: "2024-12-31".into(),
        budget: "3260000".into(),
        currency: "EUR".into(),
    }
    .parse(today())
    .map_err(fail("programme fields"))
    .unwrap();
    db.write_blocking(&Origin::system(), |tx| db::programmes::create(tx, &draft))
        .expect("create programme")
}

/// An organisation taking part in `programme_id`.
pub fn organisation(
    db: &Database,
    programme_id: &str,
    name: &str,
    kind: OrganisationKind,
) -> String {
    let draft = OrganisationDraft {
        name: name.into(),
        kind,
        country: Country::IT,
        territory_id: None,
        city: "Milano".into(),
    };
    db.write_blocking(&Origin::system(), |tx| {
        let id = db::organisations::create(tx, &draft)?;
        db::programmes::add_organisation(tx, programme_id, &id)?;
        Ok(id)
    })
    .expect("create organisation")
}

/// A user with `role` in `organisation_id`, password [`PASSWORD`].
pub fn user(db: &Database, email: &str, organisation_id: &str, role: Role) -> String {
    let email = Email::parse(email).expect("email");
    let hash = NewPassword::parse(PASSWORD)
        .ok()
        .and_then(|p| p.hash([1; 16]).ok())
        .expect("hash");
    db.write_blocking(&Origin::system(), |tx| {
        let id = db::users::create(tx, &email, "Test User", &hash, None)?;
        db::memberships::add(tx, &id, organisation_id, role)?;
        Ok(id)
    })
    .expect("create user")
}

/// A user as [`user`] whose account speaks `locale`.
pub fn user_speaking(
    db: &Database,
    email: &str,
    organisation_id: &str,
    role: Role,
    locale: domain::Locale,
) -> String {
    let email = Email::parse(email).expect("fixture e-mail");
    let hash = NewPassword::parse(PASSWORD)
        .ok()
        .and_then(|p| p.hash([1; 16]).ok())
        .expect("hash");
    db.write_blocking(&Origin::system(), |tx| {
        let id = db::users::create(tx, &email, "Test User", &hash, Some(locale))?;
        db::memberships::add(tx, &id, organisation_id, role)?;
        Ok(id)
    })
    .expect("create user")
}

/// Today by the system clock: fixtures are parsed as a person entering them now would be.
fn today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}

/// An open call of `programme_id` (from 2022 to five years from now: a call's dates lie no
/// further than ten years ahead, `domain::bounds`), for residents of Morocco and Tunisia aged 20–35
/// with at least A1 Italian.
pub fn call(db: &Database, programme_id: &str, title: &str) -> String {
    let draft = domain::call::CallFields {
        programme_id: programme_id.into(),
        title: title.into(),
        description: "Traineeships in Milan and Turin".into(),
        opens_on: "2022-01-10".into(),
        closes_on: (today() + chrono::Months::new(60))
            .format("%Y-%m-%d")
            .to_string(),
        places: "41".into(),
        lang: String::new(),
        rules: domain::eligibility::RuleFields {
            min_age: "20".into(),
            max_age: "35".into(),
            age_on: "2022-03-31".into(),
            residence_countries: "MA,TN".into(),
            language: "it".into(),
            language_min: "A1".into(),
            ..Default::default()
        },
    }
    .parse(today())
    .expect("call fields");
    db.write_blocking(&Origin::system(), |tx| {
        db::calls::create(tx, &domain::permission::Scope::All, &draft)
    })
    .expect("create call")
}

/// A submitted application to `call_id` (no account), residing in `country`.
pub fn candidate(
    db: &Database,
    call_id: &str,
    family_name: &str,
    country: &str,
    status: domain::candidate::Status,
) -> String {
    candidate_of(db, call_id, family_name, country, status, None)
}

/// An application as [`candidate`], belonging to the account `user_id` when given.
pub fn candidate_of(
    db: &Database,
    call_id: &str,
    family_name: &str,
    country: &str,
    status: domain::candidate::Status,
    user_id: Option<&str>,
) -> String {
    use db::candidates::{Candidate, Profile, search_text};
    let mut conn = db.conn().unwrap();
    let call = db::calls::find_published(&mut conn, call_id).unwrap();
    let now = chrono::Utc::now().naive_utc();
    let id = db::id::new_id();
    let email = format!(
        "{}@example.org",
        family_name.to_lowercase().replace(' ', ".")
    );
    // A blank country stays blank, as on a draft; anything else must be a country code.
    let country = (!country.is_empty()).then(|| domain::Country::parse(country).unwrap());
    let row = Candidate {
        id: id.clone(),
        programme_id: call.programme_id.clone(),
        call_id: call_id.into(),
        user_id: user_id.map(str::to_owned),
        status,
        step: 3,
        family_name: family_name.into(),
        given_names: "Test".into(),
        family_name_ar: Some("اختبار".into()),
        given_names_ar: None,
        birth_date: chrono::NaiveDate::from_ymd_opt(1997, 5, 4),
        sex: "f".into(),
        nationality: country,
        residence_country: country,
        residence_territory_id: None,
        search_text: search_text(family_name, "Test", Some("اختبار"), None, &email),
        email,
        phone: "+21620000000".into(),
        whatsapp: None,
        passport_sealed: None,
        passport_index: None,
        italian_rank: 3,
        consent_version: Some(domain::candidate::CONSENT_VERSION.into()),
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
        qualification_title: "Licence".into(),
        qualification_date: chrono::NaiveDate::from_ymd_opt(2021, 7, 1),
        languages: "it=B1/B1/B1".into(),
        experience: String::new(),
        sectors: String::new(),
        cities: String::new(),
        available_from: None,
        updated_at: now,
    };
    db.write_blocking(&Origin::system(), |tx| {
        db::candidates::insert_many(tx, vec![row], &[profile])?;
        tx.audit("candidate.create", "candidate", &id)
    })
    .expect("create candidate");
    id
}

/// An organisation in `country` taking part in `programme_id`.
pub fn organisation_in(
    db: &Database,
    programme_id: &str,
    name: &str,
    kind: OrganisationKind,
    country: Country,
) -> String {
    let draft = OrganisationDraft {
        name: name.into(),
        kind,
        country,
        territory_id: None,
        city: String::new(),
    };
    db.write_blocking(&Origin::system(), |tx| {
        let id = db::organisations::create(tx, &draft)?;
        db::programmes::add_organisation(tx, programme_id, &id)?;
        Ok(id)
    })
    .expect("create organisation")
}
