//! The calls for proposals after the return (DOMAIN.md §3 step 10, §6).
//!
//! - **The 2024 call of MENTOR II** ([`CALL_TITLE`]): EUR 100,000 for the entrepreneurial
//!   and professional projects of the 41 trainees and of 3 people the programme recovered
//!   (each with the reason recorded, `plan::RECOVERED`). 39 of the 44 presented a project,
//!   exactly as §6 breaks them down (`plan`); the cost check found one ineligible, the other
//!   38 went to the panel.
//! - **An open second round** ([`OPEN_TITLE`], EUR 30,000 shared between the two countries,
//!   open from three weeks ago to six weeks ahead of the day the demo is seeded), with six
//!   projects already checked, for the journeys: the returnee account
//!   (`returnee@demo.example`, Arabic) has not applied to it yet.
//!
//! Written through the real storage, at the dates the work was done; idempotent (a call
//! that exists is left as it is).

mod plan;

use anyhow::{Context, Result, anyhow};
use chrono::{Duration, NaiveDate, NaiveDateTime, Utc};
use db::candidates::{Candidate, Profile, search_text};
use db::grants::applications::Draft;
use db::{Database, Origin};
use domain::Email;
use domain::candidate::Status as CandidateStatus;
use domain::deadline::rome_today;
use domain::grant::terms::{Criterion, Share, Terms};
use domain::grant::{Basis, SharesBy, Status};
use domain::permission::Scope;

pub use plan::{PEOPLE, RETURNEE, SECOND_ROUND};

pub const CALL_TITLE: &str = "MENTOR II — return projects 2024";
pub const OPEN_TITLE: &str = "Return projects — second round";
pub const RETURNEE_ACCOUNT: &str = "returnee@demo.example";
const COORDINATOR: &str = "coordinator@demo.example";

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn at(d: NaiveDate, hour: u32) -> NaiveDateTime {
    d.and_hms_opt(hour, 0, 0).unwrap_or_default()
}

fn criteria() -> Vec<Criterion> {
    [
        ("Feasibility of the project", 35),
        ("Use of the skills gained in Italy", 25),
        ("Benefit for the community and the local economy", 25),
        ("Coherence of the budget", 15),
    ]
    .into_iter()
    .map(|(label, weight)| Criterion {
        label: label.into(),
        weight,
    })
    .collect()
}

/// The 2024 call's terms: EUR 100,000, grants of EUR 1,000–5,000, a threshold of 60 points,
/// the last project that fits funded in part.
pub fn mentor_ii_terms() -> Terms {
    Terms {
        title: CALL_TITLE.into(),
        description: "Grants for the entrepreneurial and professional projects of MENTOR II participants, whether they stayed in Italy or returned home, and of the people the programme recovered.".into(),
        currency: "EUR".into(),
        fund_cents: 10_000_000,
        min_grant_cents: 100_000,
        max_grant_cents: 500_000,
        opens_on: day(2024, 3, 1),
        closes_on: day(2024, 4, 30),
        quality_threshold: 60,
        partial_last: true,
        entrepreneurial: true,
        professional: true,
        from_italy: true,
        from_home: true,
        shares_by: SharesBy::None,
        shares: vec![],
        criteria: criteria(),
    }
}

/// The second round's terms, dated from `today` (the day the demo is seeded).
pub fn open_terms(today: NaiveDate) -> Terms {
    Terms {
        title: OPEN_TITLE.into(),
        description: "A second round for the projects of those who could not apply in 2024 or whose project has grown since.".into(),
        fund_cents: 3_000_000,
        opens_on: today - Duration::days(21),
        closes_on: today + Duration::days(42),
        shares_by: SharesBy::Country,
        shares: vec![
            Share {
                group: "MA".into(),
                max_cents: 1_500_000,
            },
            Share {
                group: "TN".into(),
                max_cents: 1_500_000,
            },
        ],
        ..mentor_ii_terms()
    }
}

/// Writes both calls with their lists and applications. Answers how many applications
/// this run wrote.
pub fn seed(db: &Database, origin: &Origin, programme_id: &str) -> Result<usize> {
    let people = people(db, origin, programme_id)?;
    give_to_returnee(db, &people[RETURNEE])?;
    let coordinator = {
        let mut conn = db.conn()?;
        super::outcomes::user_id(&mut conn, COORDINATOR)?
    };
    let mut written = 0;
    let opened = at(day(2024, 2, 20), 10);
    if let Some(call) = ensure_call(
        db,
        origin,
        programme_id,
        &mentor_ii_terms(),
        opened,
        &coordinator,
    )? {
        list(db, origin, &call, &people, opened, &coordinator)?;
        for (i, candidate) in people.iter().enumerate() {
            let Some((kind, from)) = plan::presented(i) else {
                continue;
            };
            let on = day(2024, 3, 4) + Duration::days(i64::try_from(i % 50).unwrap_or(0));
            let eligible = i != plan::INELIGIBLE;
            apply(
                db,
                origin,
                &call,
                candidate,
                i,
                (kind, from),
                on,
                eligible,
                &coordinator,
            )?;
            written += 1;
        }
    }
    let today = rome_today(Utc::now());
    let opened = at(today - Duration::days(21), 9);
    if let Some(call) = ensure_call(
        db,
        origin,
        programme_id,
        &open_terms(today),
        opened,
        &coordinator,
    )? {
        list(db, origin, &call, &people, opened, &coordinator)?;
        for (n, i) in SECOND_ROUND.into_iter().enumerate() {
            let kind = plan::presented(i).map_or(domain::grant::ProjectType::Professional, |p| p.0);
            let from = if plan::at_home(i) {
                domain::grant::ProjectOrigin::Home
            } else {
                domain::grant::ProjectOrigin::Italy
            };
            let on = today - Duration::days(14) + Duration::days(i64::try_from(n).unwrap_or(0));
            apply(
                db,
                origin,
                &call,
                &people[i],
                i,
                (kind, from),
                on,
                true,
                &coordinator,
            )?;
            written += 1;
        }
    }
    Ok(written)
}

/// The candidate ids of the 44, by the numbering of `plan`: the 41 of the 2022 call, then
/// the recovered, added to that call as waiting-list applications the first time.
fn people(db: &Database, origin: &Origin, programme_id: &str) -> Result<Vec<String>> {
    let mut conn = db.conn()?;
    let call =
        db::calls::find_by_title_unscoped(&mut conn, programme_id, super::cohort::CALL_TITLE)?
            .context("the 2022 call")?;
    let existing = db::candidates::list(
        &mut conn,
        &Scope::All,
        "",
        &db::candidates::ListFilter {
            call_id: Some(call.id.clone()),
            per_page: 100,
            ..Default::default()
        },
    )?
    .0;
    drop(conn);
    let mut ids = vec![String::new(); PEOPLE];
    let mut missing = Vec::new();
    for (n, (given, family, female, country, _)) in plan::RECOVERED.into_iter().enumerate() {
        match existing
            .iter()
            .find(|c| c.given_names == given && c.family_name == family)
        {
            Some(c) => ids[41 + n] = c.id.clone(),
            None => missing.push((
                41 + n,
                recovered_row(programme_id, &call.id, given, family, female, country),
            )),
        }
    }
    for c in &existing {
        if let Some(i) = super::cohort::index_of(&c.given_names, &c.family_name) {
            ids[i] = c.id.clone();
        }
    }
    if !missing.is_empty() {
        let rows: Vec<Candidate> = missing.iter().map(|(_, (row, _))| row.clone()).collect();
        let profiles: Vec<Profile> = missing.iter().map(|(_, (_, p))| p.clone()).collect();
        db.write_blocking_at(origin, at(day(2022, 4, 20), 9), |tx| {
            db::candidates::insert_many(tx, rows, &profiles)?;
            tx.audit("demo.seed_recovered", "call", &call.id)
        })?;
        for (i, (row, _)) in missing {
            ids[i] = row.id;
        }
    }
    if let Some(i) = ids.iter().position(String::is_empty) {
        return Err(anyhow!("person {i} of the return call missing"));
    }
    Ok(ids)
}

fn recovered_row(
    programme_id: &str,
    call_id: &str,
    given: &str,
    family: &str,
    female: bool,
    country: domain::Country,
) -> (Candidate, Profile) {
    let id = db::id::new_id();
    let submitted = at(day(2022, 3, 28), 11);
    // After every `mentor2.NN…` address of the cohort, which `demo::cohort` orders by.
    let email = format!(
        "mentor2.recovered.{}@example.{}",
        family.to_lowercase().replace(' ', ""),
        country.as_str().to_lowercase()
    );
    let row = Candidate {
        id: id.clone(),
        programme_id: programme_id.to_owned(),
        call_id: call_id.to_owned(),
        user_id: None,
        status: CandidateStatus::WaitingList,
        step: 3,
        search_text: search_text(family, given, None, None, &email),
        family_name: family.to_owned(),
        given_names: given.to_owned(),
        family_name_ar: None,
        given_names_ar: None,
        birth_date: Some(day(if female { 1995 } else { 1993 }, 6, 14)),
        sex: if female { "f" } else { "m" }.to_owned(),
        nationality: Some(country),
        residence_country: Some(country),
        residence_territory_id: None,
        email,
        phone: String::new(),
        whatsapp: None,
        passport_sealed: None,
        passport_index: None,
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
    };
    let profile = Profile {
        candidate_id: id,
        isced_level: Some(6),
        field_of_study: "Business administration".to_owned(),
        qualification_title: "Licence en gestion".to_owned(),
        qualification_date: Some(day(2020, 7, 1)),
        languages: String::new(),
        experience: String::new(),
        sectors: String::new(),
        cities: "Milano, Torino".to_owned(),
        available_from: Some(day(2022, 9, 1)),
        updated_at: submitted,
    };
    (row, profile)
}

/// Gives the returnee account its 2022 application, and its name.
fn give_to_returnee(db: &Database, candidate_id: &str) -> Result<()> {
    let mut conn = db.conn()?;
    let email = Email::parse(RETURNEE_ACCOUNT).map_err(|e| anyhow!("{e}"))?;
    let user = db::users::find_by_email_unscoped(&mut conn, &email)?
        .ok_or_else(|| anyhow!("demo account {RETURNEE_ACCOUNT} missing"))?;
    if !db::candidates::of_user(&mut conn, &user.id)?.is_empty() {
        return Ok(());
    }
    drop(conn);
    db.write_blocking(&Origin::system(), |tx| {
        db::candidates::link_account(tx, candidate_id, &user.id)
    })?;
    Ok(())
}

/// The call of these terms, created when missing; `None` when it existed (left as it is).
fn ensure_call(
    db: &Database,
    origin: &Origin,
    programme_id: &str,
    terms: &Terms,
    when: NaiveDateTime,
    by: &str,
) -> Result<Option<String>> {
    let mut conn = db.conn()?;
    if db::grants::calls::find_by_title_unscoped(&mut conn, programme_id, &terms.title)?.is_some() {
        return Ok(None);
    }
    drop(conn);
    terms
        .check()
        .map_err(|e| anyhow!("demo call terms: {:?}", e.first()))?;
    Ok(Some(db.write_blocking_at(origin, when, |tx| {
        db::grants::calls::create(tx, programme_id, terms, by)
    })?))
}

/// Puts the 44 on the call's list.
fn list(
    db: &Database,
    origin: &Origin,
    call: &str,
    people: &[String],
    when: NaiveDateTime,
    by: &str,
) -> Result<()> {
    db.write_blocking_at(origin, when, |tx| {
        for (i, candidate) in people.iter().enumerate() {
            let (basis, reason) = match i.checked_sub(41) {
                Some(n) => (Basis::Recovered, plan::RECOVERED[n].4),
                None => (Basis::Completed, ""),
            };
            db::grants::eligibles::add(tx, call, candidate, basis, reason, plan::country(i), by)?;
        }
        Ok::<_, db::DbError>(())
    })?;
    Ok(())
}

/// Person `i`'s application: written and submitted on `on`, checked three days later and
/// found `eligible` or not.
#[allow(clippy::too_many_arguments)]
fn apply(
    db: &Database,
    origin: &Origin,
    call: &str,
    candidate: &str,
    i: usize,
    (kind, from): (domain::grant::ProjectType, domain::grant::ProjectOrigin),
    on: NaiveDate,
    ok: bool,
    by: &str,
) -> Result<()> {
    let (title, summary) = plan::text(i, kind);
    let mut lines: Vec<(String, String, i64)> = plan::budget(i, kind)
        .into_iter()
        .map(|(c, l, euros)| (c.to_owned(), l.to_owned(), euros * 100))
        .collect();
    if i == plan::INELIGIBLE {
        lines.push(("vehicle".into(), "Used car for deliveries".into(), 250_000));
    }
    let draft = Draft {
        project_type: kind,
        origin: from,
        title: title.to_owned(),
        summary: summary.to_owned(),
        requested_cents: lines.iter().map(|l| l.2).sum(),
        lang: if title.is_ascii() { "it" } else { "fr" }.to_owned(),
        lines,
    };
    let id = db.write_blocking_at(origin, at(on, 18), |tx| {
        let id = db::grants::applications::create(tx, call, candidate, &draft)?;
        db::grants::applications::set_status(tx, &id, Status::Draft, Status::Submitted)?;
        Ok::<_, db::DbError>(id)
    })?;
    let verdicts: Vec<(i64, bool)> = draft
        .lines
        .iter()
        .zip(0_i64..)
        .map(|(l, n)| (n, l.0 != "vehicle"))
        .collect();
    let note = if ok {
        "Eligible: every budget line is an eligible cost and the request is within the bounds."
    } else {
        "Not eligible: a car is not an eligible cost, and the request is above the maximum grant of EUR 5,000."
    };
    let to = if ok {
        Status::Eligible
    } else {
        Status::Ineligible
    };
    db.write_blocking_at(origin, at(on + Duration::days(3), 11), |tx| {
        db::grants::applications::record_check(tx, &id, &verdicts, note, by)?;
        db::grants::applications::set_status(tx, &id, Status::Submitted, to)
    })?;
    Ok(())
}

/// What the demo tests check of the calls: the table of DOMAIN.md §6 from the records, the
/// second round's six checked applications, and the returnee free to apply.
#[cfg(test)]
pub fn check(c: &mut db::DbConn) {
    use db::grants::Reach;
    use domain::grant::{ProjectOrigin, ProjectType};
    let programme = db::programmes::find_by_slug_unscoped(c, super::PROGRAMME_SLUG)
        .unwrap()
        .unwrap()
        .id;
    let call = db::grants::calls::find_by_title_unscoped(c, &programme, CALL_TITLE)
        .unwrap()
        .unwrap();
    let eligible = db::grants::eligibles::list(c, &call.row.id).unwrap();
    assert_eq!(eligible.len(), 44);
    let recovered: Vec<_> = eligible
        .iter()
        .filter(|e| e.eligible.basis == Basis::Recovered)
        .map(|e| e.eligible.country.as_str())
        .collect();
    assert_eq!(recovered.len(), 3);
    assert!(
        eligible
            .iter()
            .all(|e| e.eligible.basis == Basis::Completed || !e.eligible.reason.is_empty())
    );
    let apps = db::grants::applications::list(c, &Reach::All, &call.row.id, true).unwrap();
    assert_eq!(apps.len(), 39);
    for (country, e_italy, e_home, p_italy, p_home) in [("TN", 6, 1, 10, 3), ("MA", 0, 2, 9, 8)] {
        let count = |kind: ProjectType, from: ProjectOrigin| {
            apps.iter()
                .filter(|a| a.country.as_str() == country)
                .filter(|a| a.application.project_type == kind && a.application.origin == from)
                .filter(|a| a.application.status.presented())
                .count()
        };
        assert_eq!(
            (
                count(ProjectType::Entrepreneurial, ProjectOrigin::Italy),
                count(ProjectType::Entrepreneurial, ProjectOrigin::Home),
                count(ProjectType::Professional, ProjectOrigin::Italy),
                count(ProjectType::Professional, ProjectOrigin::Home),
            ),
            (e_italy, e_home, p_italy, p_home),
            "{country}"
        );
    }
    assert_eq!(
        apps.iter()
            .filter(|a| a.application.status == Status::Ineligible)
            .count(),
        1
    );
    // The table of DOMAIN.md §6 as the call's page counts it.
    let table =
        domain::grant::table::table(&db::grants::people::table_people(c, &call.row.id).unwrap());
    let column = |col: &domain::grant::table::Column| {
        [
            col.eligible,
            col.recovered,
            col.presented,
            col.did_not_apply,
            col.entrepreneurial(),
            col.professional(),
        ]
    };
    let countries: Vec<_> = table
        .countries
        .iter()
        .map(|(c, col)| (c.as_str().to_owned(), column(col)))
        .collect();
    assert_eq!(
        countries,
        [
            ("TN".to_owned(), [24, 1, 20, 4, 7, 13]),
            ("MA".to_owned(), [20, 2, 19, 1, 2, 17])
        ]
    );
    assert_eq!(column(&table.total), [44, 3, 39, 5, 9, 30]);
    let open = db::grants::calls::find_by_title_unscoped(c, &programme, OPEN_TITLE)
        .unwrap()
        .unwrap();
    assert!(open.row.accepts_on(rome_today(Utc::now())));
    let second = db::grants::applications::list(c, &Reach::All, &open.row.id, true).unwrap();
    assert_eq!(second.len(), 6);
    assert!(
        second
            .iter()
            .all(|a| matches!(a.application.status, Status::Eligible | Status::Scored))
    );
    let email = Email::parse(RETURNEE_ACCOUNT).unwrap();
    let returnee = db::users::find_by_email_unscoped(c, &email)
        .unwrap()
        .unwrap();
    let own = db::grants::Reach::of(c, &Scope::OwnAccount, &returnee.id).unwrap();
    assert_eq!(
        db::grants::calls::list(c, &own).map(|l| l.len()).ok(),
        Some(2)
    );
    assert_eq!(
        db::grants::applications::list(c, &own, &open.row.id, true)
            .map(|l| l.len())
            .ok(),
        Some(0)
    );
}
