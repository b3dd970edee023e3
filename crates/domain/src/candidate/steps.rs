//! The application's steps as their forms send them (identity and contacts, education and
//! languages, experience and preferences), read into their values: every mistake at once
//! for the form (`check`), the first one for imports and the API (`parse`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{LANGUAGES, LanguageLevels, SEXES, SKILLS, normalise_phone};
use crate::cefr::Cefr;
use crate::names::{arabic_name, latin_name};
use crate::programme::parse_date;
use crate::{Checks, Country, Email, Invalid, Invalids};

/// A free text of at most `max` characters as sent (refused, not cut, when longer).
fn optional_text(field: &'static str, s: &str, max: usize) -> Result<String, Invalid> {
    crate::bounds::text(field, s, max)
}

fn optional_date(field: &'static str, s: &str) -> Result<Option<NaiveDate>, Invalid> {
    if s.trim().is_empty() {
        Ok(None)
    } else {
        parse_date(field, s).map(Some)
    }
}

/// Step 1 as the form sends it: identity and contacts.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct IdentityFields {
    pub family_name: String,
    pub given_names: String,
    pub family_name_ar: String,
    pub given_names_ar: String,
    pub birth_date: String,
    pub sex: String,
    pub nationality: String,
    pub residence_country: String,
    pub residence_territory_id: String,
    pub passport_number: String,
    pub email: String,
    pub phone: String,
    pub whatsapp: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub family_name: String,
    pub given_names: String,
    pub family_name_ar: Option<String>,
    pub given_names_ar: Option<String>,
    pub birth_date: NaiveDate,
    pub sex: String,
    pub nationality: Country,
    pub residence_country: Country,
    pub residence_territory_id: Option<String>,
    /// Normalised; `None` keeps the number already stored.
    pub passport_number: Option<String>,
    pub email: Email,
    pub phone: String,
    pub whatsapp: Option<String>,
}

impl IdentityFields {
    /// The first mistake only (imports and the API, which report one field at a time).
    pub fn parse(&self, today: NaiveDate) -> Result<Identity, Invalid> {
        self.check(today).map_err(|e| e.first())
    }

    /// The fields read, or every mistake at once (the application form).
    pub fn check(&self, today: NaiveDate) -> Result<Identity, Invalids> {
        let mut c = Checks::default();
        let family_name = c.check(latin_name("family_name", &self.family_name));
        let given_names = c.check(latin_name("given_names", &self.given_names));
        let family_name_ar = c.check(arabic_name("family_name_ar", &self.family_name_ar));
        let given_names_ar = c.check(arabic_name("given_names_ar", &self.given_names_ar));
        // The candidate is 14 to 100 years old (see `bounds`).
        let birth_date = c.check(crate::bounds::birth_date(
            "birth_date",
            &self.birth_date,
            today,
        ));
        let sex = self.sex.trim().to_owned();
        if !SEXES.contains(&sex.as_str()) {
            c.refuse(Invalid::new("sex", "error-choose-one"));
        }
        let nationality = c.check(
            Country::parse(&self.nationality)
                .map_err(|_| Invalid::new("nationality", "error-invalid-country")),
        );
        let residence_country = c.check(
            Country::parse(&self.residence_country)
                .map_err(|_| Invalid::new("residence_country", "error-invalid-country")),
        );
        let passport_number = c.check(passport_number(&self.passport_number));
        let email = c.check(
            Email::parse(&self.email).map_err(|_| Invalid::new("email", "error-invalid-email")),
        );
        let phone = c.check(normalise_phone("phone", &self.phone));
        let whatsapp = if self.whatsapp.trim().is_empty() {
            Some(None)
        } else {
            c.check(normalise_phone("whatsapp", &self.whatsapp).map(Some))
        };
        match (
            family_name,
            given_names,
            family_name_ar,
            given_names_ar,
            birth_date,
            nationality,
            residence_country,
            passport_number,
            email,
            phone,
            whatsapp,
        ) {
            (
                Some(family_name),
                Some(given_names),
                Some(family_name_ar),
                Some(given_names_ar),
                Some(birth_date),
                Some(nationality),
                Some(residence_country),
                Some(passport_number),
                Some(email),
                Some(phone),
                Some(whatsapp),
            ) if c.is_clean() => Ok(Identity {
                family_name,
                given_names,
                family_name_ar,
                given_names_ar,
                birth_date,
                sex,
                nationality,
                residence_country,
                residence_territory_id: Some(self.residence_territory_id.trim().to_owned())
                    .filter(|t| !t.is_empty()),
                passport_number,
                email,
                phone,
                whatsapp,
            }),
            _ => Err(c
                .invalids()
                .unwrap_or_else(|| Invalid::new("form", "error-required").into())),
        }
    }
}

/// A passport number as typed, normalised (`None` when left empty: the stored one stays).
pub fn passport_number(s: &str) -> Result<Option<String>, Invalid> {
    if s.chars().count() > 40 {
        return Err(Invalid::new("passport_number", "error-passport-too-long"));
    }
    // Letters and digits, with the spaces or dashes people type between groups.
    if !s
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-'))
    {
        return Err(Invalid::new("passport_number", "error-passport-characters"));
    }
    let passport = crate::fieldcrypt::normalise_document_number(s);
    if passport.is_empty() {
        Ok(None)
    } else if passport.len() < 6 {
        Err(Invalid::new("passport_number", "error-passport-too-short"))
    } else if passport.len() > 20 {
        Err(Invalid::new("passport_number", "error-passport-too-long"))
    } else {
        Ok(Some(passport))
    }
}

/// Step 2 as the form sends it: education and languages (`it_understanding`, …).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct EducationFields {
    pub isced_level: String,
    pub field_of_study: String,
    pub qualification_title: String,
    pub qualification_date: String,
    pub it_understanding: String,
    pub it_speaking: String,
    pub it_writing: String,
    pub fr_understanding: String,
    pub fr_speaking: String,
    pub fr_writing: String,
    pub en_understanding: String,
    pub en_speaking: String,
    pub en_writing: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Education {
    /// ISCED 2011 level, 0 (early childhood) to 8 (doctoral).
    pub isced_level: i64,
    pub field_of_study: String,
    pub qualification_title: String,
    pub qualification_date: NaiveDate,
    pub languages: LanguageLevels,
}

impl EducationFields {
    pub fn skill(&self, language: &str, skill: &str) -> &str {
        match (language, skill) {
            ("it", "understanding") => &self.it_understanding,
            ("it", "speaking") => &self.it_speaking,
            ("it", "writing") => &self.it_writing,
            ("fr", "understanding") => &self.fr_understanding,
            ("fr", "speaking") => &self.fr_speaking,
            ("fr", "writing") => &self.fr_writing,
            ("en", "understanding") => &self.en_understanding,
            ("en", "speaking") => &self.en_speaking,
            ("en", "writing") => &self.en_writing,
            _ => "",
        }
    }

    /// The form's fields filled from stored levels.
    pub fn with_languages(mut self, levels: &LanguageLevels) -> Self {
        let get = |l: &str, i: usize| {
            levels.skills(l)[i].map_or(String::new(), |c| c.as_str().to_owned())
        };
        self.it_understanding = get("it", 0);
        self.it_speaking = get("it", 1);
        self.it_writing = get("it", 2);
        self.fr_understanding = get("fr", 0);
        self.fr_speaking = get("fr", 1);
        self.fr_writing = get("fr", 2);
        self.en_understanding = get("en", 0);
        self.en_speaking = get("en", 1);
        self.en_writing = get("en", 2);
        self
    }

    /// The first mistake only (imports and the API).
    pub fn parse(&self, today: NaiveDate) -> Result<Education, Invalid> {
        self.check(today).map_err(|e| e.first())
    }

    /// The fields read, or every mistake at once (the application form).
    pub fn check(&self, today: NaiveDate) -> Result<Education, Invalids> {
        let mut c = Checks::default();
        let isced_level: Option<i64> = self
            .isced_level
            .trim()
            .parse()
            .ok()
            .filter(|l| (0..=8).contains(l));
        if isced_level.is_none() {
            c.refuse(Invalid::new("isced_level", "error-choose-one"));
        }
        let title = c.check(optional_text(
            "qualification_title",
            &self.qualification_title,
            200,
        ));
        if title.as_ref().is_some_and(String::is_empty) {
            c.refuse(Invalid::new("qualification_title", "error-required"));
        }
        let field_of_study = c.check(optional_text("field_of_study", &self.field_of_study, 200));
        let qualification_date =
            c.check(parse_date("qualification_date", &self.qualification_date));
        if qualification_date.is_some_and(|d| d > today) {
            c.refuse(Invalid::new("qualification_date", "error-date-in-future"));
        }
        let mut languages = LanguageLevels::default();
        for l in LANGUAGES {
            let mut levels = [None; 3];
            for (i, s) in SKILLS.into_iter().enumerate() {
                let v = self.skill(l, s).trim();
                if !v.is_empty() {
                    levels[i] = c.check(
                        Cefr::parse(v).map_err(|_| Invalid::new("languages", "error-choose-one")),
                    );
                }
            }
            languages.set(l, levels);
        }
        match (isced_level, title, field_of_study, qualification_date) {
            (Some(isced_level), Some(qualification_title), Some(field_of_study), Some(date))
                if c.is_clean() =>
            {
                Ok(Education {
                    isced_level,
                    field_of_study,
                    qualification_title,
                    qualification_date: date,
                    languages,
                })
            }
            _ => Err(c
                .invalids()
                .unwrap_or_else(|| Invalid::new("form", "error-required").into())),
        }
    }
}

/// Step 3 as the form sends it: work experience (one line each), preferences, availability.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct PreferenceFields {
    pub experience: String,
    pub sectors: String,
    pub cities: String,
    pub available_from: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preferences {
    pub experience: String,
    pub sectors: String,
    pub cities: String,
    pub available_from: Option<NaiveDate>,
}

fn comma_list(s: &str) -> String {
    s.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| p.chars().take(80).collect::<String>())
        .take(10)
        .collect::<Vec<_>>()
        .join(", ")
}

impl PreferenceFields {
    pub fn parse(&self) -> Result<Preferences, Invalid> {
        let experience = self
            .experience
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| l.chars().take(300).collect::<String>())
            .take(20)
            .collect::<Vec<_>>()
            .join("\n");
        Ok(Preferences {
            experience,
            sectors: comma_list(&self.sectors),
            cities: comma_list(&self.cities),
            available_from: optional_date("available_from", &self.available_from)?,
        })
    }
}
