//! ESCO features of a pair: the occupation and skills both sides name, when both carry
//! ESCO data.

use super::list;

/// The occupation and skills features of a pair from ESCO, where both sides carry it:
/// occupation 100 when the position's ESCO occupation is one of the candidate's, else 0;
/// skills, the share of the position's listed skills (ESCO labels, as its form's picker
/// writes them) that the candidate has. `None` where a side has no ESCO data, and the
/// caller falls back to the words the texts share.
pub(super) fn esco_features(
    chosen: Option<&db::candidates::Chosen>,
    p: &db::positions::Position,
) -> (Option<u8>, Option<u8>) {
    let Some(chosen) = chosen else {
        return (None, None);
    };
    let occupation = match (&p.occupation_uri, chosen.occupations.is_empty()) {
        (Some(uri), false) => Some(if chosen.occupations.iter().any(|o| &o.uri == uri) {
            100
        } else {
            0
        }),
        _ => None,
    };
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
        let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
        db::positions::Position {
            id: "p".into(),
            programme_id: "pr".into(),
            company_id: "c".into(),
            title: "Junior web developer".into(),
            occupation: "web developer".into(),
            isco_code: None,
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
        }
    }

    fn concept(uri: &str, label: &str) -> Concept {
        Concept {
            uri: uri.into(),
            label: label.into(),
        }
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
            super::esco_features(Some(&chosen), &p),
            (Some(100), Some(50))
        );
        let p = position(Some("esco:cook"), "Work in teams");
        assert_eq!(
            super::esco_features(Some(&chosen), &p),
            (Some(0), Some(100))
        );
        // One side without ESCO: the words the texts share decide instead.
        let p = position(None, "");
        assert_eq!(super::esco_features(Some(&chosen), &p), (None, None));
        let p = position(Some("esco:web"), "computer programming");
        assert_eq!(super::esco_features(None, &p), (None, None));
        let empty = Chosen::default();
        assert_eq!(super::esco_features(Some(&empty), &p), (None, None));
    }
}
