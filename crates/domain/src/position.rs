//! Traineeship positions offered by host companies: their fields, the rules they must
//! meet (regional minimum allowance, duration, the company's headcount cap) and the
//! status they go through.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::host_rules::RegionalRules;
use crate::{Invalid, Role, bounds, cefr::Cefr, programme};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PositionStatus {
    Draft,
    Submitted,
    Approved,
    Open,
    Filled,
    Withdrawn,
}

impl PositionStatus {
    pub const ALL: [PositionStatus; 6] = [
        PositionStatus::Draft,
        PositionStatus::Submitted,
        PositionStatus::Approved,
        PositionStatus::Open,
        PositionStatus::Filled,
        PositionStatus::Withdrawn,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            PositionStatus::Draft => "draft",
            PositionStatus::Submitted => "submitted",
            PositionStatus::Approved => "approved",
            PositionStatus::Open => "open",
            PositionStatus::Filled => "filled",
            PositionStatus::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or(Invalid::new("status", "error-position-status"))
    }

    /// Places of positions in these states count against the company's headcount cap.
    pub const fn holds_places(self) -> bool {
        matches!(
            self,
            PositionStatus::Submitted
                | PositionStatus::Approved
                | PositionStatus::Open
                | PositionStatus::Filled
        )
    }

    /// Only drafts may be edited; once submitted the promoter checks what it sees.
    pub const fn editable(self) -> bool {
        matches!(self, PositionStatus::Draft)
    }
}

/// A change of status someone asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Transition {
    /// The company sends the position to the promoter.
    Submit,
    /// The promoter (or coordinator) sends it back for changes.
    Return,
    /// The promoter approves it: the company must pass its checklist.
    Approve,
    /// The position is offered to candidates (matching).
    Open,
    /// Every place is taken.
    Fill,
    /// The company or the coordinator withdraws it.
    Withdraw,
}

impl Transition {
    pub const ALL: [Transition; 6] = [
        Transition::Submit,
        Transition::Return,
        Transition::Approve,
        Transition::Open,
        Transition::Fill,
        Transition::Withdraw,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Transition::Submit => "submit",
            Transition::Return => "return",
            Transition::Approve => "approve",
            Transition::Open => "open",
            Transition::Fill => "fill",
            Transition::Withdraw => "withdraw",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or(Invalid::new("transition", "error-transition"))
    }

    /// The state this transition leads to from `from`, if it is allowed there.
    pub fn apply(self, from: PositionStatus) -> Option<PositionStatus> {
        use PositionStatus as S;
        match (self, from) {
            (Transition::Submit, S::Draft) => Some(S::Submitted),
            (Transition::Return, S::Submitted | S::Approved) => Some(S::Draft),
            (Transition::Approve, S::Submitted) => Some(S::Approved),
            (Transition::Open, S::Approved) => Some(S::Open),
            (Transition::Fill, S::Open) => Some(S::Filled),
            (Transition::Withdraw, S::Draft | S::Submitted | S::Approved | S::Open) => {
                Some(S::Withdrawn)
            }
            _ => None,
        }
    }

    /// Who may make the transition: companies submit and withdraw their own positions,
    /// promoters check them, coordinators may do everything.
    pub fn allowed_for(self, role: Role) -> bool {
        match role {
            Role::Admin | Role::Coordinator => true,
            Role::Company => matches!(self, Transition::Submit | Transition::Withdraw),
            Role::PromoterStaff => matches!(
                self,
                Transition::Return | Transition::Approve | Transition::Open | Transition::Fill
            ),
            _ => false,
        }
    }
}

/// The position as typed on the form.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PositionFields {
    pub title: String,
    /// What the trainee will do, for candidates (optional; it has versions in other
    /// languages, `crate::content`).
    pub description: String,
    pub occupation: String,
    pub isco_code: String,
    pub required_skills: String,
    pub desired_skills: String,
    pub min_italian: String,
    pub education_level: String,
    pub city: String,
    pub workplace: String,
    pub starts_on: String,
    pub duration_months: String,
    pub hours_per_week: String,
    /// Whole euros, e.g. `600` or `650.50`.
    pub allowance: String,
    pub board: String,
    pub lodging: String,
    pub tutor_name: String,
    pub places: String,
    /// The language title and description are written in (`crate::content`).
    pub lang: String,
}

/// A position that passed every field check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PositionDraft {
    pub title: String,
    pub description: String,
    pub occupation: String,
    pub isco_code: Option<String>,
    pub required_skills: String,
    pub desired_skills: String,
    pub min_italian: Cefr,
    /// ISCED 2011 level, 0–8.
    pub education_level: i32,
    pub city: String,
    pub workplace: String,
    pub starts_on: NaiveDate,
    pub duration_months: i32,
    pub hours_per_week: i32,
    pub allowance_cents: i64,
    pub board: bool,
    pub lodging: bool,
    pub tutor_name: String,
    pub places: i32,
    pub lang: crate::Locale,
}

fn int_in(
    field: &'static str,
    key: &'static str,
    s: &str,
    lo: i32,
    hi: i32,
) -> Result<i32, Invalid> {
    s.trim()
        .parse::<i32>()
        .ok()
        .filter(|n| (lo..=hi).contains(n))
        .ok_or(Invalid::new(field, key))
}

fn yes(s: &str) -> bool {
    matches!(s.trim(), "on" | "true" | "yes" | "1")
}

impl PositionFields {
    /// Checks every field; the start lies between 2000 and ten years after `today`
    /// ([`crate::bounds::scheme_date`]).
    pub fn parse(&self, today: NaiveDate) -> Result<PositionDraft, Invalid> {
        let isco = self.isco_code.trim();
        let isco_ok = isco.len() <= 4 && isco.bytes().all(|b| b.is_ascii_digit());
        if !isco_ok {
            return Err(Invalid::new("isco_code", "error-isco"));
        }
        let occupation = self.occupation.trim();
        if occupation.is_empty() || self.occupation.chars().count() > bounds::MAX_NAME {
            return Err(Invalid::new("occupation", "error-occupation"));
        }
        let tutor = bounds::text("tutor_name", &self.tutor_name, bounds::MAX_NAME)?;
        if tutor.is_empty() {
            return Err(Invalid::new("tutor_name", "error-tutor"));
        }
        let city = bounds::text("city", &self.city, bounds::MAX_NAME)?;
        if city.is_empty() {
            return Err(Invalid::new("city", "error-city"));
        }
        let text = |field, s: &str| bounds::text(field, s, bounds::MAX_DESCRIPTION);
        Ok(PositionDraft {
            title: programme::parse_name(&self.title)
                .map_err(|_| Invalid::new("title", "error-invalid-name"))?,
            description: text("description", &self.description)?,
            occupation: occupation.to_owned(),
            isco_code: Some(isco.to_owned()).filter(|s| !s.is_empty()),
            required_skills: text("required_skills", &self.required_skills)?,
            desired_skills: text("desired_skills", &self.desired_skills)?,
            min_italian: Cefr::parse(&self.min_italian)
                .map_err(|_| Invalid::new("min_italian", "error-cefr"))?,
            education_level: int_in(
                "education_level",
                "error-isced",
                &self.education_level,
                0,
                8,
            )?,
            city,
            workplace: bounds::text("workplace", &self.workplace, bounds::MAX_NAME)?,
            starts_on: crate::bounds::scheme_date("starts_on", &self.starts_on, today)?,
            // Art. 27 traineeships last 3 to 12 months, extensions included.
            duration_months: int_in(
                "duration_months",
                "error-duration",
                &self.duration_months,
                3,
                12,
            )?,
            hours_per_week: int_in("hours_per_week", "error-hours", &self.hours_per_week, 1, 40)?,
            allowance_cents: programme::parse_amount("allowance", &self.allowance)?,
            board: yes(&self.board),
            lodging: yes(&self.lodging),
            tutor_name: tutor,
            places: int_in("places", "error-places", &self.places, 1, 50)?,
            lang: crate::content::original_lang(&self.lang)?,
        })
    }
}

/// Why a position breaks a regional rule, with the figure to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleBreach {
    pub invalid: Invalid,
    pub figure: i64,
}

/// Checks a position against the company's region: the minimum allowance, and that its
/// places plus the places the company already holds stay within the headcount cap.
pub fn check_rules(
    draft: &PositionDraft,
    rules: &RegionalRules,
    employees: i32,
    places_already_held: i32,
) -> Result<(), RuleBreach> {
    if draft.allowance_cents < rules.min_allowance_cents {
        return Err(RuleBreach {
            invalid: Invalid::new("allowance", "error-allowance-below-minimum"),
            figure: rules.min_allowance_cents,
        });
    }
    let cap = rules.headcount_cap(employees);
    if places_already_held + draft.places > cap {
        return Err(RuleBreach {
            invalid: Invalid::new("places", "error-places-over-cap"),
            figure: i64::from((cap - places_already_held).max(0)),
        });
    }
    Ok(())
}

crate::stored::stored_as_str!(PositionStatus);

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn fields() -> PositionFields {
        PositionFields {
            title: "Junior web developer".into(),
            description: "Front-end work on client sites".into(),
            occupation: "web developer".into(),
            isco_code: "2513".into(),
            required_skills: "JavaScript, HTML".into(),
            desired_skills: "Rust".into(),
            min_italian: "A2".into(),
            education_level: "6".into(),
            city: "Milano".into(),
            workplace: "Via Tortona 1".into(),
            starts_on: "2023-03-01".into(),
            duration_months: "6".into(),
            hours_per_week: "30".into(),
            allowance: "600".into(),
            board: "on".into(),
            lodging: "".into(),
            tutor_name: "Luca Verdi".into(),
            places: "1".into(),
            lang: "it".into(),
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default()
    }

    #[test]
    fn a_complete_position_parses_and_bad_fields_are_named() {
        let d = fields().parse(today());
        assert!(
            d.as_ref()
                .is_ok_and(|d| d.board && !d.lodging && d.allowance_cents == 60_000)
        );
        let check = |f: fn(&mut PositionFields), field: &str| {
            let mut x = fields();
            f(&mut x);
            assert_eq!(x.parse(today()).err().map(|e| e.field), Some(field));
        };
        check(|f| f.duration_months = "2".into(), "duration_months");
        check(|f| f.duration_months = "13".into(), "duration_months");
        check(|f| f.min_italian = "D1".into(), "min_italian");
        check(|f| f.places = "0".into(), "places");
        check(|f| f.isco_code = "25x".into(), "isco_code");
        check(|f| f.tutor_name = " ".into(), "tutor_name");
        check(|f| f.description = "x".repeat(5001), "description");
        check(|f| f.lang = "italian".into(), "lang");
    }

    #[test]
    fn regional_minimum_allowance_and_headcount_cap_are_enforced() {
        let d = fields().parse(today()).unwrap_or_else(|e| panic!("{e}"));
        let piedmont = RegionalRules::piedmont();
        assert!(check_rules(&d, &piedmont, 4, 0).is_ok());
        let low = PositionDraft {
            allowance_cents: 50_000,
            ..d.clone()
        };
        assert!(check_rules(&low, &RegionalRules::lombardy(), 4, 0).is_ok());
        let breach = check_rules(&low, &piedmont, 4, 0).err();
        assert_eq!(
            breach.map(|b| (b.invalid.key, b.figure)),
            Some(("error-allowance-below-minimum", 60_000))
        );
        // 4 employees may host one trainee; one place already held leaves none.
        let over = check_rules(&d, &piedmont, 4, 1).err();
        assert_eq!(
            over.map(|b| (b.invalid.key, b.figure)),
            Some(("error-places-over-cap", 0))
        );
    }

    #[test]
    fn transitions_follow_the_workflow_and_the_roles() {
        use PositionStatus as S;
        assert_eq!(Transition::Submit.apply(S::Draft), Some(S::Submitted));
        assert_eq!(
            Transition::Approve.apply(S::Draft),
            None,
            "a draft cannot be approved"
        );
        assert_eq!(Transition::Open.apply(S::Approved), Some(S::Open));
        assert_eq!(Transition::Withdraw.apply(S::Filled), None);
        assert!(Transition::Submit.allowed_for(Role::Company));
        assert!(
            !Transition::Approve.allowed_for(Role::Company),
            "a company cannot approve itself"
        );
        assert!(Transition::Approve.allowed_for(Role::PromoterStaff));
        assert!(!Transition::Submit.allowed_for(Role::AgencyStaff));
    }
}
