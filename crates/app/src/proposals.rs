//! A placement as the company judges it: an anonymised profile generated from the
//! application's data — studies, experience, languages with their CEFR levels, ESCO
//! occupations and skills — and why the approved run matched this candidate to this
//! position (the pair's score components, each with its scale).
//!
//! What it leaves out is the point (ARCHITECTURE: "No company sees …"): no name before an
//! interview is booked (`domain::placement::company_sees_name`), and never contacts, birth
//! date, passport, documents or the Arabic spelling of the name. Staff who see identities
//! (`Actor::sees_candidate_identity`) get the name too. The profile is built field by field
//! from what is stored, not by blanking an upload, so a new identity field cannot leak in
//! by being forgotten.
//!
//! ESCO concepts show in the reader's language when its labels are loaded
//! (`db::esco_labels`: French from the official package), in English otherwise, marked so.

use chrono::{NaiveDate, NaiveDateTime};
use domain::candidate::LanguageLevels;
use domain::cefr::Cefr;
use domain::permission::Scope;
use domain::placement::{PlacementStatus, company_sees_name};
use domain::{Country, Locale};

use crate::AppResult;

/// The languages a profile states, in the order shown.
pub const LANGUAGES: [&str; 3] = ["it", "fr", "en"];

/// One language with the level held in every skill and the three skills' levels
/// (understanding, speaking, writing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    pub code: &'static str,
    pub level: Option<Cefr>,
    pub skills: [Option<Cefr>; 3],
}

/// One scoring component: points earned out of the most it could give (weight × 100).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Component {
    pub name: &'static str,
    pub points: i64,
    pub max: i64,
}

/// Why the run proposed this pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    pub score: i64,
    pub components: Vec<Component>,
    /// 1 = the candidate's best eligible option.
    pub rank: usize,
    /// How many eligible options the candidate had.
    pub options: usize,
}

/// A placement with its anonymised profile.
#[derive(Debug, Clone)]
pub struct Proposal {
    pub placement: db::matching::Placement,
    /// `None` unless the reader may see who the candidate is.
    pub name: Option<String>,
    /// A stable handle to tell proposals apart without a name (`C-1A2B3C`).
    pub handle: String,
    pub country: Option<Country>,
    pub position_title: String,
    pub company_name: String,
    pub isced_level: Option<i64>,
    pub field_of_study: String,
    pub qualification_title: String,
    pub qualification_year: Option<i32>,
    pub experience: String,
    pub available_from: Option<NaiveDate>,
    pub languages: Vec<Language>,
    /// ESCO concepts in the reader's language when loaded, in English otherwise.
    pub occupations: Vec<Label>,
    pub skills: Vec<Label>,
    pub explanation: Option<Explanation>,
    pub slots: Vec<db::interviews::Slot>,
    /// Who reversed a decline, by display name, when the decline was reversed.
    pub reversed_by: Option<String>,
    pub reversed_at: Option<NaiveDateTime>,
}

/// An ESCO concept's label and the language it is in (`en` when the reader's is not loaded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub text: String,
    pub lang: String,
}

/// The labels of `concepts` in `locale`, each falling back to the stored English one.
fn labels(
    conn: &mut db::DbConn,
    locale: Locale,
    concepts: Vec<db::candidates::Concept>,
) -> db::DbResult<Vec<Label>> {
    let translated = if locale == Locale::En {
        Default::default()
    } else {
        let uris: Vec<String> = concepts.iter().map(|c| c.uri.clone()).collect();
        db::esco_labels::of(conn, locale.tag(), &uris)?
    };
    Ok(concepts
        .into_iter()
        .map(|c| match translated.get(&c.uri) {
            Some(t) => Label {
                text: t.clone(),
                lang: locale.tag().to_owned(),
            },
            None => Label {
                text: c.label,
                lang: "en".to_owned(),
            },
        })
        .collect())
}

/// The handle of a placement: the first six hex digits of its id, which names no one.
pub fn handle(placement_id: &str) -> String {
    let hex: String = placement_id
        .chars()
        .filter(char::is_ascii_hexdigit)
        .take(6)
        .collect();
    format!("C-{}", hex.to_uppercase())
}

/// The proposal `id` within `scope` (a company's: its own placements only), as `actor` may
/// read it, ESCO labels in `locale` where loaded.
pub async fn proposal(
    db: &db::Database,
    actor: &domain::Actor,
    scope: Scope,
    id: &str,
    locale: Locale,
) -> AppResult<Proposal> {
    let id = id.to_owned();
    let sees_identity = actor.sees_candidate_identity();
    let actor_id = actor.user_id.clone();
    Ok(db
        .read(move |c| {
            let v = db::matching::find_placement(c, &scope, &id)?;
            let cand = db::candidates::find(c, &Scope::All, &actor_id, &v.placement.candidate_id)?;
            let profile = db::candidates::profile(c, &cand)?;
            let esco = db::candidates::esco_of(c, &cand.id)?;
            let slots = db::interviews::slots_of(c, &v.placement.id)?;
            let explanation = match &v.placement.run_id {
                Some(run) => explain(&db::matching::find_run(c, run)?, &v.placement),
                None => None,
            };
            let reversed_by = match &v.placement.reversed_by {
                Some(u) => Some(db::interviews::recipient(c, u)?.display_name),
                None => None,
            };
            let booked = v.placement.interview_slot_id.is_some()
                && v.placement.status != PlacementStatus::Declined;
            let name = (sees_identity || company_sees_name(booked))
                .then(|| format!("{} {}", cand.given_names, cand.family_name));
            let levels = profile
                .as_ref()
                .map(db::candidates::Profile::languages)
                .unwrap_or_default();
            let p = profile.unwrap_or_else(|| empty_profile(&cand.id));
            Ok(Proposal {
                handle: handle(&v.placement.id),
                name,
                country: cand.residence_country,
                position_title: v.position_title,
                company_name: v.company_name,
                isced_level: p.isced_level,
                field_of_study: p.field_of_study,
                qualification_title: p.qualification_title,
                qualification_year: p.qualification_date.map(|d| chrono::Datelike::year(&d)),
                experience: p.experience,
                available_from: p.available_from,
                languages: languages(&levels),
                occupations: labels(c, locale, esco.occupations)?,
                skills: labels(c, locale, esco.skills)?,
                explanation,
                slots,
                reversed_by,
                reversed_at: v.placement.reversed_at,
                placement: v.placement,
            })
        })
        .await?)
}

fn empty_profile(candidate_id: &str) -> db::candidates::Profile {
    db::candidates::Profile {
        candidate_id: candidate_id.to_owned(),
        isced_level: None,
        field_of_study: String::new(),
        qualification_title: String::new(),
        qualification_date: None,
        languages: String::new(),
        experience: String::new(),
        sectors: String::new(),
        cities: String::new(),
        available_from: None,
        updated_at: NaiveDateTime::default(),
    }
}

fn languages(levels: &LanguageLevels) -> Vec<Language> {
    LANGUAGES
        .into_iter()
        .map(|code| Language {
            code,
            level: levels.level(code),
            skills: levels.skills(code),
        })
        .filter(|l| l.skills.iter().any(Option::is_some))
        .collect()
}

/// The pair's components in the run that proposed it, each with its scale.
fn explain(run: &db::matching::Run, p: &db::matching::Placement) -> Option<Explanation> {
    let (stored, solution) = crate::matching_problem::decode(run).ok()?;
    let pair = solution
        .pairs
        .iter()
        .find(|x| x.candidate == p.candidate_id && x.position == p.position_id)?;
    let w = &stored.problem.weights;
    let k = &pair.components;
    let scale = |weight: u32| i64::from(weight) * 100;
    Some(Explanation {
        score: pair.score,
        components: vec![
            Component {
                name: "occupation",
                points: k.occupation,
                max: scale(w.occupation),
            },
            Component {
                name: "skills",
                points: k.skills,
                max: scale(w.skills),
            },
            Component {
                name: "language",
                points: k.language,
                max: scale(w.language),
            },
            Component {
                name: "education",
                points: k.education,
                max: scale(w.education),
            },
            Component {
                name: "city",
                points: k.city,
                max: scale(w.city),
            },
            Component {
                name: "sector",
                points: k.sector,
                max: scale(w.sector),
            },
            Component {
                name: "availability",
                points: k.availability,
                max: scale(w.availability),
            },
        ],
        rank: pair.rank,
        options: pair.alternatives,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_handle_names_no_one_and_is_stable() {
        assert_eq!(handle("1a2b3c4d-0000-0000-0000-000000000000"), "C-1A2B3C");
        assert_eq!(handle("1a2b3c4d-0000"), handle("1a2b3c4d-0000"));
    }

    #[test]
    fn languages_keep_the_stated_ones_with_their_lowest_level() {
        let l = languages(&LanguageLevels::decode("it=B1/B2/A2;en=C1/C1/C1"));
        assert_eq!(l.len(), 2);
        assert_eq!((l[0].code, l[0].level), ("it", Some(Cefr::A2)));
        assert_eq!((l[1].code, l[1].level), ("en", Some(Cefr::C1)));
    }
}
