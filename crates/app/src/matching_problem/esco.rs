//! ESCO features of a pair: the occupation and skills both sides name, when both carry
//! ESCO data.

use std::collections::HashMap;

use super::list;

/// How close two occupations are: 100 for the same ESCO occupation, else by the ISCO-08
/// groups they share — 75 the unit group (four digits: "electrician" and "building
/// electrician", 7411), 50 the minor group (three), 25 the sub-major group (two), 0 none.
/// ESCO files each occupation under an ISCO unit group, so near occupations are not
/// scored as far as unrelated ones.
fn closeness(a_uri: &str, a_isco: Option<&str>, b_uri: Option<&str>, b_isco: Option<&str>) -> u8 {
    if b_uri == Some(a_uri) {
        return 100;
    }
    let (Some(a), Some(b)) = (a_isco, b_isco) else {
        return 0;
    };
    let shared = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    match shared {
        4.. => 75,
        3 => 50,
        2 => 25,
        _ => 0,
    }
}

/// The occupation and skills features of a pair from ESCO, where both sides carry it:
/// occupation, the closeness of the position's occupation to the nearest of the
/// candidate's ([`closeness`]; `isco` gives the candidate's occupations' ISCO codes);
/// skills, the share of the position's listed skills (ESCO labels, as its form's picker
/// writes them) that the candidate has. `None` where a side has no ESCO data, and the
/// caller falls back to the words the texts share.
pub(super) fn esco_features(
    chosen: Option<&db::candidates::Chosen>,
    p: &db::positions::Position,
    isco: &HashMap<String, String>,
) -> (Option<u8>, Option<u8>) {
    let Some(chosen) = chosen else {
        return (None, None);
    };
    let named = p.occupation_uri.is_some() || p.isco_code.is_some();
    let occupation = (named && !chosen.occupations.is_empty()).then(|| {
        chosen
            .occupations
            .iter()
            .map(|o| {
                closeness(
                    &o.uri,
                    isco.get(&o.uri).map(String::as_str),
                    p.occupation_uri.as_deref(),
                    p.isco_code.as_deref(),
                )
            })
            .max()
            .unwrap_or(0)
    });
    let wanted: Vec<String> = list(&format!("{},{}", p.required_skills, p.desired_skills))
        .iter()
        .map(|s| s.to_lowercase())
        .collect();
    let skills = if wanted.is_empty() || chosen.skills.is_empty() {
        None
    } else {
        let held = wanted
            .iter()
            .filter(|w| chosen.skills.iter().any(|s| s.label.to_lowercase() == **w))
            .count();
        u8::try_from(held * 100 / wanted.len()).ok()
    };
    (occupation, skills)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use db::candidates::{Chosen, Concept};

    fn position(occupation_uri: Option<&str>, skills: &str) -> db::positions::Position {
        let isco = match occupation_uri {
            Some("esco:web") => Some("2513".to_owned()),
            Some("esco:cook") => Some("5120".to_owned()),
            Some("esco:dev") => Some("2512".to_owned()),
            _ => None,
        };
        let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
        db::positions::Position {
            id: "p".into(),
            programme_id: "pr".into(),
            company_id: "c".into(),
            title: "Junior web developer".into(),
            occupation: "web developer".into(),
            isco_code: isco,
            required_skills: skills.into(),
            desired_skills: String::new(),
            min_italian: domain::cefr::Cefr::A2,
            education_level: 6,
            city: "Milano".into(),
            workplace: String::new(),
            starts_on: day,
            duration_months: 6,
            hours_per_week: 30,
            allowance_cents: 50_000,
            board: false,
            lodging: false,
            tutor_name: "T".into(),
            places: 1,
            status: domain::position::PositionStatus::Open,
            status_note: String::new(),
            created_at: day.and_hms_opt(0, 0, 0).unwrap_or_default(),
            updated_at: day.and_hms_opt(0, 0, 0).unwrap_or_default(),
            occupation_uri: occupation_uri.map(str::to_owned),
            lang: domain::Locale::It,
            description: String::new(),
        }
    }

    fn concept(uri: &str, label: &str) -> Concept {
        Concept {
            uri: uri.into(),
            label: label.into(),
        }
    }

    fn isco() -> std::collections::HashMap<String, String> {
        [("esco:web", "2513"), ("esco:cook", "5120")]
            .into_iter()
            .map(|(u, c)| (u.to_owned(), c.to_owned()))
            .collect()
    }

    #[test]
    fn a_near_occupation_scores_by_the_isco_groups_it_shares() {
        let chosen = Chosen {
            occupations: vec![concept("esco:web", "web developer")],
            skills: vec![],
        };
        // Software developer, 2512: the minor group 251 with web developer, 2513.
        let p = position(Some("esco:dev"), "");
        assert_eq!(super::esco_features(Some(&chosen), &p, &isco()).0, Some(50));
        assert_eq!(
            super::closeness("a", Some("7411"), Some("b"), Some("7411")),
            75
        );
        assert_eq!(
            super::closeness("a", Some("2513"), Some("b"), Some("2521")),
            25
        );
        assert_eq!(
            super::closeness("a", Some("2513"), Some("b"), Some("5120")),
            0
        );
        assert_eq!(super::closeness("a", None, Some("a"), None), 100);
    }

    #[test]
    fn esco_codes_decide_the_pair_when_both_sides_have_them() {
        let chosen = Chosen {
            occupations: vec![concept("esco:web", "web developer")],
            skills: vec![
                concept("esco:prog", "computer programming"),
                concept("esco:teams", "work in teams"),
            ],
        };
        let p = position(Some("esco:web"), "computer programming, use databases");
        assert_eq!(
            super::esco_features(Some(&chosen), &p, &isco()),
            (Some(100), Some(50))
        );
        let p = position(Some("esco:cook"), "Work in teams");
        assert_eq!(
            super::esco_features(Some(&chosen), &p, &isco()),
            (Some(0), Some(100))
        );
        // One side without ESCO: the words the texts share decide instead.
        let p = position(None, "");
        assert_eq!(
            super::esco_features(Some(&chosen), &p, &isco()),
            (None, None)
        );
        let p = position(Some("esco:web"), "computer programming");
        assert_eq!(super::esco_features(None, &p, &isco()), (None, None));
        let empty = Chosen::default();
        assert_eq!(
            super::esco_features(Some(&empty), &p, &isco()),
            (None, None)
        );
    }
}
