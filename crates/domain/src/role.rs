//! Roles a person holds in an organisation (a membership gives one role in one organisation).

use serde::{Deserialize, Serialize};

use crate::Invalid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Runs the installation: every programme, every organisation, every user.
    Admin,
    /// Programme coordinator of the lead partner: sees and manages the whole programme.
    Coordinator,
    /// Staff of an employment agency in a country of origin (ANETI, ANAPEC).
    AgencyStaff,
    /// Staff of an Italian promoter (AFOL, Agenzia Piemonte Lavoro).
    PromoterStaff,
    /// Staff of an NGO (mediation, mentoring, return support).
    NgoStaff,
    /// Staff of a business association (company engagement).
    BusinessStaff,
    /// HR person or tutor of a host company.
    Company,
    /// Cultural mediator or mentor.
    Mediator,
    /// Evaluator or researcher: sees figures, never names.
    Evaluator,
    /// Candidate, trainee or returnee.
    Participant,
}

impl Role {
    pub const ALL: [Role; 10] = [
        Role::Admin,
        Role::Coordinator,
        Role::AgencyStaff,
        Role::PromoterStaff,
        Role::NgoStaff,
        Role::BusinessStaff,
        Role::Company,
        Role::Mediator,
        Role::Evaluator,
        Role::Participant,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Coordinator => "coordinator",
            Role::AgencyStaff => "agency_staff",
            Role::PromoterStaff => "promoter_staff",
            Role::NgoStaff => "ngo_staff",
            Role::BusinessStaff => "business_staff",
            Role::Company => "company",
            Role::Mediator => "mediator",
            Role::Evaluator => "evaluator",
            Role::Participant => "participant",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or(Invalid::new("role", "error-invalid-role"))
    }

    /// Partner staff are the people of partner organisations who do programme work.
    pub const fn is_partner_staff(self) -> bool {
        matches!(
            self,
            Role::AgencyStaff | Role::PromoterStaff | Role::NgoStaff | Role::BusinessStaff
        )
    }
}

crate::stored::stored_as_str!(Role);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_round_trips_through_its_name() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Ok(role));
        }
        assert!(Role::parse("superuser").is_err());
    }
}
