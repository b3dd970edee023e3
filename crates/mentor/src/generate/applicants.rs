//! Applications as an agency registers them (no sign-in account): names in Latin and
//! Arabic script, sex, birth dates from 18 to 35 years before today, residence, studies,
//! language levels, ESCO occupations and skills from the taxonomy, every status of the
//! selection, and the assessors' scores of those the selection reached.

use chrono::{Duration, Months, NaiveDate};
use db::bulk::{Applications, NewScore};
use db::candidates::{Candidate, Chosen, Concept, Profile, search_text};
use domain::candidate::{LanguageLevels, Status};
use domain::cefr::Cefr;

use super::names::{FAMILY, GIVEN_F, GIVEN_M, STUDIES};
use super::rng::Rng;
use super::setup::{Setup, now};

/// Statuses of the applications not placed, by share (merges come only from the duplicate
/// check, so none is generated).
const STATUSES: [(Status, u64); 7] = [
    (Status::Draft, 8),
    (Status::Submitted, 22),
    (Status::Eligible, 25),
    (Status::Ineligible, 10),
    (Status::Shortlisted, 10),
    (Status::WaitingList, 10),
    (Status::Rejected, 15),
];

/// One generated application and what it was given.
pub struct Applicant {
    pub id: String,
    pub country: domain::Country,
}

/// Applications `first..first + n`; those `placed` says are shortlisted (a placement
/// follows). Appends them to `out` and their scores to `scores`.
#[allow(clippy::too_many_arguments)]
pub fn batch(
    rng: &mut Rng,
    setup: &Setup,
    first: usize,
    n: usize,
    placed: impl Fn(usize) -> bool,
    today: NaiveDate,
    out: &mut Applications,
    scores: &mut Vec<NewScore>,
) -> Vec<Applicant> {
    let at = now(today);
    let mut made = Vec::with_capacity(n);
    for k in first..first + n {
        // Ordered by time, so the indexes on `candidate_id` grow at one end (`db::id`).
        let id = db::id::new_ordered_id();
        let status = if placed(k) {
            Status::Shortlisted
        } else {
            rng.weighted(&STATUSES)
        };
        let female = rng.chance(45);
        let (family, family_ar) = *rng.pick(&FAMILY);
        let (given, given_ar) = *rng.pick(if female { &GIVEN_F } else { &GIVEN_M });
        let (territory, country) = rng.pick(&setup.origin).clone();
        let email = format!(
            "{}.{}.{}@example.org",
            given.to_lowercase(),
            family.to_lowercase().replace(' ', ""),
            k + 1
        );
        let born = today - Months::new(12 * 18) - Duration::days(rng.between(0, 17 * 365));
        let submitted_on = today - Duration::days(rng.between(1, 700));
        let submitted = submitted_on
            .and_hms_opt(9, 0, 0)
            .map(|t| t + Duration::minutes(rng.between(0, 600)));
        let italian = italian_level(rng, status);
        let mut languages = LanguageLevels::default();
        if let Some(l) = italian {
            languages.set("it", [Some(l), Some(l), Some(l)]);
        }
        let fr = Some(*rng.pick(&Cefr::ALL));
        languages.set("fr", [fr, fr, fr]);
        let en = Cefr::from_rank(rng.between(0, 5));
        languages.set("en", [en, en, en]);
        let prefix = if country == domain::Country::TN {
            "+216"
        } else {
            "+212"
        };
        let phone = format!("{prefix}{:08}", rng.between(20_000_000, 99_999_999));
        let draft = status == Status::Draft;
        out.rows.push(Candidate {
            id: id.clone(),
            programme_id: setup.programme_id.clone(),
            call_id: setup.call_id.clone(),
            user_id: None,
            status,
            step: if draft { rng.between(1, 2) } else { 3 },
            search_text: search_text(family, given, Some(family_ar), Some(given_ar), &email),
            family_name: family.to_owned(),
            given_names: given.to_owned(),
            family_name_ar: Some(family_ar.to_owned()),
            given_names_ar: Some(given_ar.to_owned()),
            birth_date: Some(born),
            sex: if female { "f" } else { "m" }.to_owned(),
            nationality: Some(country),
            residence_country: Some(country),
            residence_territory_id: Some(territory),
            email,
            whatsapp: rng.chance(60).then(|| phone.clone()),
            phone,
            passport_sealed: None,
            passport_index: None,
            italian_rank: italian.map_or(0, Cefr::rank),
            consent_version: None,
            consent_at: submitted,
            submitted_at: submitted.filter(|_| !draft),
            eligibility: "[]".to_owned(),
            eligible: !draft && status != Status::Ineligible,
            override_reason: None,
            decision_reason: None,
            created_at: submitted.unwrap_or(at),
            updated_at: submitted.unwrap_or(at),
        });
        let (field, title, isced) = *rng.pick(&STUDIES);
        out.profiles.push(Profile {
            candidate_id: id.clone(),
            isced_level: Some(isced),
            field_of_study: field.to_owned(),
            qualification_title: title.to_owned(),
            qualification_date: Some(born + Months::new(12 * 21)),
            languages: languages.encode(),
            experience: String::new(),
            sectors: String::new(),
            cities: rng.pick(&setup.hosting).1.to_owned(),
            available_from: Some(submitted_on + Duration::days(90)),
            updated_at: submitted.unwrap_or(at),
        });
        out.chosen.push(chosen(rng, setup));
        if scored(rng, status) {
            for assessor in &setup.assessors {
                for (criterion, max) in &setup.criteria {
                    scores.push(NewScore {
                        id: db::id::new_ordered_id(),
                        candidate_id: id.clone(),
                        criterion_id: criterion.clone(),
                        assessor_id: assessor.clone(),
                        score: score(rng, *max, status),
                        note: None,
                        created_at: at,
                        updated_at: at,
                    });
                }
            }
        }
        made.push(Applicant { id, country });
    }
    made
}

/// Italian: none for a few, mostly A1–B1; at least A2 for the shortlisted.
fn italian_level(rng: &mut Rng, status: Status) -> Option<Cefr> {
    let rank = rng.weighted(&[(0, 10), (1, 25), (2, 30), (3, 22), (4, 10), (5, 3)]);
    let rank = if status == Status::Shortlisted {
        rank.max(2)
    } else {
        rank
    };
    Cefr::from_rank(rank)
}

/// Scores exist where the selection reached: the shortlist, the waiting list, the rejected
/// and half of the eligible.
fn scored(rng: &mut Rng, status: Status) -> bool {
    match status {
        Status::Shortlisted | Status::WaitingList | Status::Rejected => true,
        Status::Eligible => rng.chance(50),
        _ => false,
    }
}

/// A score out of `max`: the shortlisted high, the waiting list lower, others anywhere.
fn score(rng: &mut Rng, max: i64, status: Status) -> i64 {
    let (lo, hi) = match status {
        Status::Shortlisted => (70, 100),
        Status::WaitingList => (50, 80),
        _ => (20, 85),
    };
    (rng.between(lo, hi) * max + 50) / 100
}

/// One or two occupations and three to six skills, distinct.
fn chosen(rng: &mut Rng, setup: &Setup) -> Chosen {
    let mut c = Chosen::default();
    for _ in 0..rng.between(1, 2) {
        let (uri, _, label) = rng.pick(&setup.taxonomy.occupations);
        if !c.occupations.iter().any(|o| &o.uri == uri) {
            c.occupations.push(Concept {
                uri: uri.clone(),
                label: label.clone(),
            });
        }
    }
    for _ in 0..rng.between(3, 6) {
        let (uri, label) = rng.pick(&setup.taxonomy.skills);
        if !c.skills.iter().any(|s| &s.uri == uri) {
            c.skills.push(Concept {
                uri: uri.clone(),
                label: label.clone(),
            });
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::{Rng, Status, score};

    #[test]
    fn scores_stay_within_the_criterion_and_favour_the_shortlist() {
        let mut rng = Rng::new(3);
        for _ in 0..500 {
            let s = score(&mut rng, 10, Status::Shortlisted);
            assert!((7..=10).contains(&s), "{s}");
            let w = score(&mut rng, 5, Status::Rejected);
            assert!((1..=4).contains(&w), "{w}");
        }
    }
}
