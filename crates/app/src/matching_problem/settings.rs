//! What the coordinator chooses for a run, and the one check of it: read from the
//! settings form ([`Settings::from_form`]) or taken from an API body and checked
//! ([`Settings::check`]), so pages and API refuse the same values.

use std::collections::{BTreeMap, HashMap};

use matching::{Method, Weights};
use serde::{Deserialize, Serialize};

/// Largest weight of a score component (a share of the score, not a count: 1000 already
/// lets one component outweigh all others a hundredfold).
pub const MAX_WEIGHT: u32 = 1_000;
/// Largest quota: far above any call's places (`domain::bounds` caps those lower).
pub const MAX_QUOTA: u32 = 10_000;

/// The score components, in the order the pages show them.
pub const COMPONENTS: [&str; 7] = [
    "occupation",
    "skills",
    "language",
    "education",
    "city",
    "sector",
    "availability",
];

/// What the coordinator chooses on the matching page.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(default)]
pub struct Settings {
    pub method: Method,
    pub weights: Weights,
    /// Most placements per candidates' country of residence (`TN`, `MA`).
    pub country_max: BTreeMap<String, u32>,
    /// Most placements per city of the positions.
    pub city_max: BTreeMap<String, u32>,
    /// Fewest placements per country of residence: a run that cannot meet them fails
    /// with a reason instead of proposing fewer (solved as an integer program).
    pub country_min: BTreeMap<String, u32>,
    /// Fewest placements per city of the positions.
    pub city_min: BTreeMap<String, u32>,
    /// Every host company gets one trainee before any gets a second: a first round with
    /// one place per company (more only where the coordinator locked more), whose pairs
    /// the run then keeps while it fills the remaining places (optimal method only).
    pub spread: bool,
}

/// A setting refused: the form field (`w_skills`, `country_TN`, `citymin_Milano`) and the
/// message key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsError {
    pub field: String,
    pub key: &'static str,
}

impl SettingsError {
    /// The field as the API's body names it (`weights.skills`, `country_max.TN`).
    pub fn body_field(&self) -> String {
        body_field(&self.field)
    }
}

/// A form field's name in the API's body.
pub fn body_field(field: &str) -> String {
    for (prefix, body) in [
        ("w_", "weights."),
        ("countrymin_", "country_min."),
        ("citymin_", "city_min."),
        ("country_", "country_max."),
        ("city_", "city_max."),
    ] {
        if let Some(rest) = field.strip_prefix(prefix) {
            return format!("{body}{rest}");
        }
    }
    field.to_owned()
}

fn refuse(field: String, key: &'static str) -> SettingsError {
    SettingsError { field, key }
}

/// The weight of component `name`.
pub fn weight_of(w: &Weights, name: &str) -> u32 {
    match name {
        "occupation" => w.occupation,
        "skills" => w.skills,
        "language" => w.language,
        "education" => w.education,
        "city" => w.city,
        "sector" => w.sector,
        _ => w.availability,
    }
}

fn weight_mut<'a>(w: &'a mut Weights, name: &str) -> &'a mut u32 {
    match name {
        "occupation" => &mut w.occupation,
        "skills" => &mut w.skills,
        "language" => &mut w.language,
        "education" => &mut w.education,
        "city" => &mut w.city,
        "sector" => &mut w.sector,
        _ => &mut w.availability,
    }
}

/// A whole number from 0 to `max`, typed in a form field.
fn number(field: &str, value: &str, max: u32, key: &'static str) -> Result<u32, SettingsError> {
    match value.trim().parse::<u32>() {
        Ok(n) if n <= max => Ok(n),
        _ => Err(refuse(field.to_owned(), key)),
    }
}

impl Settings {
    /// Reads the settings form: `method`, `spread`, `w_<component>`, and the quotas
    /// `country_<code>`, `countrymin_<code>`, `city_<name>`, `citymin_<name>` (empty: none).
    /// A weight left out keeps its default; anything else that is not a whole number in
    /// range is refused, naming its field.
    pub fn from_form(form: &HashMap<String, String>) -> Result<Settings, SettingsError> {
        let mut weights = Weights::default();
        for name in COMPONENTS {
            let field = format!("w_{name}");
            if let Some(v) = form.get(&field) {
                *weight_mut(&mut weights, name) =
                    number(&field, v, MAX_WEIGHT, "error-matching-weight")?;
            }
        }
        let quotas = |prefix: &str| -> Result<BTreeMap<String, u32>, SettingsError> {
            let mut out = BTreeMap::new();
            let mut fields: Vec<(&String, &String)> = form.iter().collect();
            fields.sort();
            for (k, v) in fields {
                let Some(name) = k.strip_prefix(prefix) else {
                    continue;
                };
                if !v.trim().is_empty() {
                    out.insert(
                        name.to_owned(),
                        number(k, v, MAX_QUOTA, "error-matching-quota")?,
                    );
                }
            }
            Ok(out)
        };
        let method = match form.get("method").map(|m| m.as_str()) {
            None | Some("optimal") => Method::Optimal,
            Some("stable") => Method::Stable,
            Some(_) => return Err(refuse("method".into(), "error-matching-method")),
        };
        let settings = Settings {
            method,
            weights,
            country_max: quotas("country_")?,
            city_max: quotas("city_")?,
            country_min: quotas("countrymin_")?,
            city_min: quotas("citymin_")?,
            spread: form.contains_key("spread"),
        };
        settings.check()?;
        Ok(settings)
    }

    /// The bounds every run's settings keep (the API's body is checked here too): weights
    /// at most [`MAX_WEIGHT`], quotas at most [`MAX_QUOTA`], no minimum above its maximum.
    pub fn check(&self) -> Result<(), SettingsError> {
        for name in COMPONENTS {
            if weight_of(&self.weights, name) > MAX_WEIGHT {
                return Err(refuse(format!("w_{name}"), "error-matching-weight"));
            }
        }
        for (prefix, map) in [
            ("country_", &self.country_max),
            ("countrymin_", &self.country_min),
            ("city_", &self.city_max),
            ("citymin_", &self.city_min),
        ] {
            if let Some((k, _)) = map.iter().find(|(_, v)| **v > MAX_QUOTA) {
                return Err(refuse(format!("{prefix}{k}"), "error-matching-quota"));
            }
        }
        for (prefix, min, max) in [
            ("countrymin_", &self.country_min, &self.country_max),
            ("citymin_", &self.city_min, &self.city_max),
        ] {
            if let Some((k, _)) = min
                .iter()
                .find(|(k, v)| max.get(*k).is_some_and(|m| *v > m))
            {
                return Err(refuse(format!("{prefix}{k}"), "error-matching-quota-order"));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn refused(pairs: &[(&str, &str)]) -> (String, &'static str) {
        let e = Settings::from_form(&form(pairs)).unwrap_err();
        (e.field, e.key)
    }

    #[test]
    fn a_good_form_is_read_whole() {
        let s = Settings::from_form(&form(&[
            ("method", "stable"),
            ("w_skills", " 30 "),
            ("country_TN", "23"),
            ("countrymin_TN", "5"),
            ("city_Milano", ""),
            ("spread", "1"),
        ]))
        .unwrap();
        assert_eq!(s.method, Method::Stable);
        assert_eq!(s.weights.skills, 30);
        assert_eq!(s.weights.occupation, Weights::default().occupation);
        assert_eq!(s.country_max.get("TN"), Some(&23));
        assert_eq!(s.country_min.get("TN"), Some(&5));
        assert!(s.city_max.is_empty(), "an empty quota is none");
        assert!(s.spread);
    }

    #[test]
    fn bad_numbers_are_refused_naming_their_field() {
        let weight = "error-matching-weight";
        assert_eq!(refused(&[("w_skills", "abc")]), ("w_skills".into(), weight));
        assert_eq!(refused(&[("w_city", "-5")]), ("w_city".into(), weight));
        assert_eq!(refused(&[("w_city", "1001")]), ("w_city".into(), weight));
        assert_eq!(refused(&[("w_city", "")]), ("w_city".into(), weight));
        let quota = "error-matching-quota";
        assert_eq!(
            refused(&[("country_TN", "-1")]),
            ("country_TN".into(), quota)
        );
        assert_eq!(
            refused(&[("citymin_Torino", "x")]),
            ("citymin_Torino".into(), quota)
        );
        assert_eq!(
            refused(&[("city_Milano", "10001")]),
            ("city_Milano".into(), quota)
        );
        assert_eq!(
            refused(&[("country_MA", "3"), ("countrymin_MA", "4")]),
            ("countrymin_MA".into(), "error-matching-quota-order")
        );
        assert_eq!(
            refused(&[("method", "greedy")]),
            ("method".into(), "error-matching-method")
        );
    }

    #[test]
    fn the_api_body_is_held_to_the_same_bounds() {
        let mut s = Settings::default();
        assert_eq!(s.check(), Ok(()));
        s.weights.sector = MAX_WEIGHT + 1;
        assert_eq!(s.check().unwrap_err().field, "w_sector");
        s.weights.sector = 1;
        s.city_max.insert("Milano".into(), MAX_QUOTA + 1);
        assert_eq!(s.check().unwrap_err().field, "city_Milano");
    }
}
