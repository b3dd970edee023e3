//! Integer scoring of (candidate, position) pairs and hard constraints.
//!
//! Every feature is brought to 0..=100, multiplied by its weight; the score is
//! the sum, so each score decomposes exactly into named components. Integers
//! keep the solvers exact and results reproducible across machines.

use serde::{Deserialize, Serialize};

use crate::problem::{Candidate, PairFeatures, Position};

/// Italian level on the CEFR scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Cefr {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
}

impl Cefr {
    /// 1 (A1) ..= 6 (C2).
    pub fn level(self) -> i64 {
        self as i64 + 1
    }
}

/// Weight of every score component (each component is `weight × feature`, the
/// feature being 0..=100).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Weights {
    pub occupation: u32,
    pub skills: u32,
    pub language: u32,
    pub education: u32,
    pub city: u32,
    pub sector: u32,
    pub availability: u32,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            occupation: 40,
            skills: 25,
            language: 10,
            education: 5,
            city: 10,
            sector: 5,
            availability: 5,
        }
    }
}

/// Largest weight accepted: keeps every score far inside `i64` even after the
/// tie-breaking scaling done by the optimiser.
pub const MAX_WEIGHT: u32 = 100_000;

/// The named parts of a pair's score; [`Components::total`] is the score.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Components {
    pub occupation: i64,
    pub skills: i64,
    pub language: i64,
    pub education: i64,
    pub city: i64,
    pub sector: i64,
    pub availability: i64,
}

impl Components {
    /// The pair's score.
    pub fn total(&self) -> i64 {
        self.occupation
            + self.skills
            + self.language
            + self.education
            + self.city
            + self.sector
            + self.availability
    }
}

/// Why a pair is excluded by a hard constraint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Excluded {
    /// Italian level below the position's minimum.
    Language,
    /// Education level below the position's minimum.
    Education,
    /// Not available from the start (or leaves before it).
    Availability,
}

/// Hard constraints: minimum Italian level, minimum education level, availability
/// at the position's start (`start_delay_days` of tolerance).
pub fn check_hard(c: &Candidate, p: &Position, start_delay_days: i64) -> Result<(), Excluded> {
    if let Some(min) = p.min_italian
        && c.italian.is_none_or(|l| l < min)
    {
        return Err(Excluded::Language);
    }
    if let Some(min) = p.min_education
        && c.education.is_none_or(|l| l < min)
    {
        return Err(Excluded::Education);
    }
    if let Some(start) = p.start {
        let late = c
            .available_from
            .is_some_and(|f| f > start.saturating_add(start_delay_days));
        let gone = c.available_until.is_some_and(|u| u < start);
        if late || gone {
            return Err(Excluded::Availability);
        }
    }
    Ok(())
}

/// Meeting the minimum is worth 50, each level above it adds a share of the other 50;
/// without a minimum the level itself is scored.
fn level_feature(level: Option<i64>, min: Option<i64>, top: i64) -> i64 {
    let l = level.unwrap_or(0).clamp(0, top);
    match min {
        Some(m) if m >= top => 100,
        Some(m) => {
            let m = m.clamp(0, top);
            if l < m {
                0
            } else {
                50 + 50 * (l - m) / (top - m)
            }
        }
        None => 100 * l / top,
    }
}

/// 100 for the first preference, decreasing linearly with the rank; 0 when not
/// listed; 100 when the candidate states no preference at all.
fn preference_feature(prefs: &[String], value: Option<&String>) -> i64 {
    if prefs.is_empty() {
        return 100;
    }
    let k = prefs.len() as i64;
    match value.and_then(|v| prefs.iter().position(|x| x == v)) {
        Some(r) => 100 * (k - r as i64) / k,
        None => 0,
    }
}

/// Share of the position's period during which the candidate is available.
fn availability_feature(c: &Candidate, p: &Position) -> i64 {
    let (Some(s), Some(e)) = (p.start, p.end) else {
        return 100;
    };
    if e <= s {
        return 100;
    }
    let from = c.available_from.unwrap_or(s).max(s);
    let until = c.available_until.unwrap_or(e).min(e);
    if until <= from {
        return 0;
    }
    (100 * (until - from) / (e - s)).clamp(0, 100)
}

/// Score components of a pair. `pair` carries the caller-computed features
/// (occupation and skills match, 0..=100); without it both count 0.
pub fn components(
    w: &Weights,
    c: &Candidate,
    p: &Position,
    pair: Option<&PairFeatures>,
) -> Components {
    let occ = pair.map_or(0, |f| i64::from(f.occupation.min(100)));
    let skills = pair.map_or(0, |f| i64::from(f.skills.min(100)));
    Components {
        occupation: i64::from(w.occupation) * occ,
        skills: i64::from(w.skills) * skills,
        language: i64::from(w.language)
            * level_feature(
                c.italian.map(Cefr::level),
                p.min_italian.map(Cefr::level),
                6,
            ),
        education: i64::from(w.education)
            * level_feature(
                c.education.map(i64::from),
                p.min_education.map(i64::from),
                8,
            ),
        city: i64::from(w.city) * preference_feature(&c.cities, p.city.as_ref()),
        sector: i64::from(w.sector) * preference_feature(&c.sectors, p.sector.as_ref()),
        availability: i64::from(w.availability) * availability_feature(c, p),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand() -> Candidate {
        Candidate {
            id: "c".into(),
            italian: Some(Cefr::B1),
            education: Some(4),
            available_from: Some(100),
            available_until: Some(300),
            cities: vec!["Milano".into(), "Torino".into()],
            sectors: vec![],
            ranking: None,
        }
    }

    fn pos() -> Position {
        Position {
            id: "p".into(),
            company: None,
            city: Some("Torino".into()),
            sector: Some("food".into()),
            places: 1,
            min_italian: Some(Cefr::A2),
            min_education: Some(3),
            start: Some(100),
            end: Some(400),
            ranking: None,
        }
    }

    #[test]
    fn components_add_up() {
        let pair = PairFeatures {
            candidate: "c".into(),
            position: "p".into(),
            occupation: 80,
            skills: 50,
        };
        let k = components(&Weights::default(), &cand(), &pos(), Some(&pair));
        assert_eq!(k.occupation, 40 * 80);
        assert_eq!(k.skills, 25 * 50);
        // B1 over an A2 minimum: 50 + 50·1/4.
        assert_eq!(k.language, 10 * 62);
        // ISCED 4 over 3: 50 + 50·1/5.
        assert_eq!(k.education, 5 * 60);
        // Torino is the second of two preferences.
        assert_eq!(k.city, 10 * 50);
        assert_eq!(k.sector, 5 * 100);
        // Available 100..300 of 100..400.
        assert_eq!(k.availability, 5 * 66);
        assert_eq!(k.total(), 3200 + 1250 + 620 + 300 + 500 + 500 + 330);
    }

    #[test]
    fn hard_constraints() {
        let (c, mut p) = (cand(), pos());
        assert_eq!(check_hard(&c, &p, 0), Ok(()));
        p.min_italian = Some(Cefr::B2);
        assert_eq!(check_hard(&c, &p, 0), Err(Excluded::Language));
        p.min_italian = None;
        p.min_education = Some(5);
        assert_eq!(check_hard(&c, &p, 0), Err(Excluded::Education));
        p.min_education = None;
        p.start = Some(90);
        assert_eq!(check_hard(&c, &p, 0), Err(Excluded::Availability));
        assert_eq!(check_hard(&c, &p, 10), Ok(()));
        p.start = Some(301);
        assert_eq!(check_hard(&c, &p, 0), Err(Excluded::Availability));
    }
}
