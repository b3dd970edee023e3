//! Candidates and their applications: the profile a young person fills in, in steps, and the
//! status an application moves through (DOMAIN.md §3, steps 2–4).

use serde::{Deserialize, Serialize};

use crate::Invalid;
use crate::cefr::Cefr;

mod steps;

pub use crate::names::MAX_NAME;
pub use steps::{
    Education, EducationFields, Identity, IdentityFields, PreferenceFields, Preferences,
    passport_number,
};

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

/// The version of the data-processing consent text a candidate agrees to. A change of the
/// text (the `consent-text` message) must come with a new version.
pub const CONSENT_VERSION: &str = "2026-11-v1";

crate::stored::stored_as_str!(Status);

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

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
