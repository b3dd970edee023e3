//! Candidates and their applications: the profile a young person fills in, in steps, and the
//! status an application moves through (DOMAIN.md §3, steps 2–4).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::cefr::Cefr;
pub use crate::names::MAX_NAME;
use crate::names::{arabic_name, latin_name};
use crate::programme::parse_date;
use crate::{Checks, Country, Email, Invalid, Invalids};

/// The languages asked on the form, and the skills asked for each.
pub const LANGUAGES: [&str; 3] = ["it", "fr", "en"];
pub const SKILLS: [&str; 3] = ["understanding", "speaking", "writing"];

/// CEFR levels per language and skill (understanding, speaking, writing).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LanguageLevels(Vec<(String, [Option<Cefr>; 3])>);

impl LanguageLevels {
    pub fn set(&mut self, language: &str, levels: [Option<Cefr>; 3]) {
        self.0.retain(|(l, _)| l != language);
        if levels.iter().any(Option::is_some) {
            self.0.push((language.to_owned(), levels));
        }
    }

    pub fn skills(&self, language: &str) -> [Option<Cefr>; 3] {
        self.0
            .iter()
            .find(|(l, _)| l == language)
            .map_or([None; 3], |(_, s)| *s)
    }

    /// The level a person holds in every skill of a language (the lowest of the three).
    pub fn level(&self, language: &str) -> Option<Cefr> {
        let s = self.skills(language);
        let mut min: Option<Cefr> = None;
        for l in s {
            let l = l?;
            min = Some(min.map_or(l, |m| m.min(l)));
        }
        min
    }

    /// Compact text form for storage: `it=B1/B1/A2;fr=C1/-/B2`.
    pub fn encode(&self) -> String {
        self.0
            .iter()
            .map(|(l, s)| {
                let skills: Vec<&str> = s.iter().map(|c| c.map_or("-", Cefr::as_str)).collect();
                format!("{l}={}", skills.join("/"))
            })
            .collect::<Vec<_>>()
            .join(";")
    }

    pub fn decode(s: &str) -> LanguageLevels {
        let mut out = LanguageLevels::default();
        for part in s.split(';').filter(|p| !p.is_empty()) {
            if let Some((lang, skills)) = part.split_once('=') {
                let mut levels = [None; 3];
                for (i, v) in skills.split('/').take(3).enumerate() {
                    levels[i] = Cefr::parse(v).ok();
                }
                out.set(lang, levels);
            }
        }
        out
    }
}

/// Where an application stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Being filled in by the candidate.
    Draft,
    /// Sent; eligibility was checked automatically and awaits screening.
    Submitted,
    Eligible,
    Ineligible,
    Shortlisted,
    WaitingList,
    Rejected,
    /// Found to be a duplicate and merged into another application; the row stays for the
    /// audit trail, hidden from lists and matching.
    Merged,
}

impl Status {
    pub const ALL: [Status; 8] = [
        Status::Draft,
        Status::Submitted,
        Status::Eligible,
        Status::Ineligible,
        Status::Shortlisted,
        Status::WaitingList,
        Status::Rejected,
        Status::Merged,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Submitted => "submitted",
            Status::Eligible => "eligible",
            Status::Ineligible => "ineligible",
            Status::Shortlisted => "shortlisted",
            Status::WaitingList => "waiting_list",
            Status::Rejected => "rejected",
            Status::Merged => "merged",
        }
    }

    pub fn parse(s: &str) -> Result<Status, Invalid> {
        Self::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or(Invalid::new("status", "error-invalid-status"))
    }

    /// The Fluent key of the status's name.
    pub fn message_key(self) -> String {
        format!("status-{}", self.as_str().replace('_', "-"))
    }

    /// The statuses staff may move an application to from this one.
    pub fn next(self) -> &'static [Status] {
        use Status::*;
        match self {
            Draft => &[],
            Submitted => &[Eligible, Ineligible],
            Eligible => &[Shortlisted, WaitingList, Rejected, Ineligible],
            Ineligible => &[Eligible],
            Shortlisted => &[WaitingList, Rejected],
            WaitingList => &[Shortlisted, Rejected],
            Rejected => &[WaitingList, Shortlisted],
            // Only the merge tool makes a merged record, and nothing brings it back.
            Merged => &[],
        }
    }
}

/// Checks a status change made by staff directly: screening (eligible or not). A selection
/// decision is never made so: it is staged and published (`crate::decision`), so that the
/// candidate hears of it with the call's other decisions. `passes` is true when the
/// automatic eligibility check passed or was overridden; ruling ineligible needs a reason.
pub fn check_transition(
    from: Status,
    to: Status,
    passes: bool,
    reason: &str,
) -> Result<(), Invalid> {
    if crate::decision::is_decision(to) {
        return Err(Invalid::new("status", "decisions-error-stage-instead"));
    }
    if !from.next().contains(&to) {
        return Err(Invalid::new("status", "error-status-transition"));
    }
    if to == Status::Eligible && !passes {
        return Err(Invalid::new("status", "error-eligibility-not-met"));
    }
    if matches!(to, Status::Rejected | Status::Ineligible) && reason.trim().is_empty() {
        return Err(Invalid::new("reason", "error-reason-required"));
    }
    Ok(())
}

/// Sex as recorded on the passport.
pub const SEXES: [&str; 3] = ["f", "m", "x"];

/// Normalises a phone or WhatsApp number to `+` and 8–15 digits: spaces, dots, dashes and
/// brackets are dropped and a leading `00` becomes `+`. The country code is required.
pub fn normalise_phone(field: &'static str, s: &str) -> Result<String, Invalid> {
    let s: String = s
        .chars()
        .filter(|c| !matches!(c, ' ' | '.' | '-' | '(' | ')' | '/'))
        .collect();
    let digits = if let Some(d) = s.strip_prefix('+') {
        d
    } else if let Some(d) = s.strip_prefix("00") {
        d
    } else {
        return Err(Invalid::new(field, "error-phone-country-code"));
    };
    if (8..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0')
    {
        Ok(format!("+{digits}"))
    } else {
        Err(Invalid::new(field, "error-invalid-phone"))
    }
}

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

/// The version of the data-processing consent text a candidate agrees to. A change of the
/// text (the `consent-text` message) must come with a new version.
pub const CONSENT_VERSION: &str = "2026-11-v1";

crate::stored::stored_as_str!(Status);

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default()
    }

    #[test]
    fn phones_are_normalised_with_their_country_code() {
        let check = |input: &str, expected: Result<&str, &str>| {
            assert_eq!(
                normalise_phone("phone", input).map_err(|e| e.key),
                expected.map(str::to_owned),
                "{input}"
            );
        };
        check("+216 20 123 456", Ok("+21620123456"));
        check("00212-661-234567", Ok("+212661234567"));
        check("(+39) 02.1234.5678", Ok("+390212345678"));
        check("20 123 456", Err("error-phone-country-code"));
        check("+216 2O1", Err("error-invalid-phone"));
    }

    #[test]
    fn languages_round_trip_and_the_level_is_the_weakest_skill() {
        let mut l = LanguageLevels::default();
        l.set("it", [Some(Cefr::B2), Some(Cefr::B1), Some(Cefr::A2)]);
        l.set("fr", [Some(Cefr::C1), None, Some(Cefr::B2)]);
        assert_eq!(l.level("it"), Some(Cefr::A2));
        assert_eq!(l.level("fr"), None);
        assert_eq!(LanguageLevels::decode(&l.encode()), l);
        assert_eq!(l.encode(), "it=B2/B1/A2;fr=C1/-/B2");
    }

    #[test]
    fn names_keep_to_their_script() {
        let mut f = IdentityFields {
            family_name: "Ben  Salah".into(),
            given_names: "Amina".into(),
            family_name_ar: "بن صالح".into(),
            given_names_ar: "".into(),
            birth_date: "1998-04-02".into(),
            sex: "f".into(),
            nationality: "tn".into(),
            residence_country: "TN".into(),
            passport_number: "x 1234567".into(),
            email: "amina@example.tn".into(),
            phone: "+216 20 123 456".into(),
            ..Default::default()
        };
        let id = f.parse(today()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(id.family_name, "Ben Salah");
        assert_eq!(id.passport_number.as_deref(), Some("X1234567"));
        f.family_name_ar = "Ben Salah".into();
        assert_eq!(
            f.parse(today()).err().map(|e| e.field),
            Some("family_name_ar")
        );
        f.family_name_ar.clear();
        f.family_name = "بن صالح".into();
        assert_eq!(f.parse(today()).err().map(|e| e.field), Some("family_name"));
    }

    #[test]
    fn staff_move_applications_only_along_the_allowed_paths() {
        use Status::*;
        assert!(check_transition(Submitted, Eligible, true, "").is_ok());
        assert_eq!(
            check_transition(Submitted, Eligible, false, "").map_err(|e| e.key),
            Err("error-eligibility-not-met")
        );
        assert_eq!(
            check_transition(Eligible, Ineligible, true, " ").map_err(|e| e.key),
            Err("error-reason-required")
        );
        for d in crate::decision::DECISIONS {
            assert_eq!(
                check_transition(Eligible, d, true, "reason").map_err(|e| e.key),
                Err("decisions-error-stage-instead"),
                "a decision is staged, never set directly"
            );
        }
        assert!(check_transition(Draft, Shortlisted, true, "").is_err());
        assert!(check_transition(Submitted, Shortlisted, true, "").is_err());
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Ok(s));
        }
    }

    #[test]
    fn education_needs_a_level_a_title_and_a_past_date() {
        let f = EducationFields {
            isced_level: "6".into(),
            qualification_title: "Licence en informatique".into(),
            qualification_date: "2026-06-30".into(),
            it_understanding: "B1".into(),
            it_speaking: "a2".into(),
            it_writing: "A2".into(),
            ..Default::default()
        };
        let e = f.parse(today()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(e.languages.level("it"), Some(Cefr::A2));
        let mut g = f.clone();
        g.isced_level = "9".into();
        assert_eq!(g.parse(today()).err().map(|e| e.field), Some("isced_level"));
        let mut g = f;
        g.qualification_date = "2027-01-01".into();
        assert_eq!(
            g.parse(today()).err().map(|e| e.key),
            Some("error-date-in-future")
        );
    }
}
