//! Kinds of organisation in a scheme's partnership (DOMAIN.md §2).

use serde::{Deserialize, Serialize};

use crate::{Invalid, Role};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    LeadPartner,
    Municipality,
    OriginAgency,
    Promoter,
    Ngo,
    BusinessAssociation,
    ResearchCentre,
    HostCompany,
    Ministry,
    Donor,
}

impl OrganisationKind {
    pub const ALL: [OrganisationKind; 10] = [
        OrganisationKind::LeadPartner,
        OrganisationKind::Municipality,
        OrganisationKind::OriginAgency,
        OrganisationKind::Promoter,
        OrganisationKind::Ngo,
        OrganisationKind::BusinessAssociation,
        OrganisationKind::ResearchCentre,
        OrganisationKind::HostCompany,
        OrganisationKind::Ministry,
        OrganisationKind::Donor,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            OrganisationKind::LeadPartner => "lead_partner",
            OrganisationKind::Municipality => "municipality",
            OrganisationKind::OriginAgency => "origin_agency",
            OrganisationKind::Promoter => "promoter",
            OrganisationKind::Ngo => "ngo",
            OrganisationKind::BusinessAssociation => "business_association",
            OrganisationKind::ResearchCentre => "research_centre",
            OrganisationKind::HostCompany => "host_company",
            OrganisationKind::Ministry => "ministry",
            OrganisationKind::Donor => "donor",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or(Invalid::new("kind", "error-invalid-organisation-kind"))
    }

    /// The roles a member of such an organisation may hold. Admin is an installation role and
    /// may be held in any organisation; participants belong to no partner organisation's staff
    /// but are attached to the lead partner of their programme.
    pub fn allows_role(self, role: Role) -> bool {
        use OrganisationKind as K;
        match role {
            Role::Admin | Role::Participant => true,
            Role::Coordinator => matches!(self, K::LeadPartner | K::Municipality),
            Role::AgencyStaff => matches!(self, K::OriginAgency),
            Role::PromoterStaff => matches!(self, K::Promoter),
            Role::NgoStaff | Role::Mediator => matches!(self, K::Ngo | K::Municipality),
            Role::BusinessStaff => matches!(self, K::BusinessAssociation),
            Role::Company => matches!(self, K::HostCompany),
            Role::Evaluator => matches!(self, K::ResearchCentre | K::Donor | K::LeadPartner),
        }
    }
}

crate::stored::stored_as_str!(OrganisationKind);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_and_unknown_is_rejected() {
        for kind in OrganisationKind::ALL {
            assert_eq!(OrganisationKind::parse(kind.as_str()), Ok(kind));
        }
        assert!(OrganisationKind::parse("bank").is_err());
    }

    #[test]
    fn a_company_role_only_fits_a_host_company() {
        assert!(OrganisationKind::HostCompany.allows_role(Role::Company));
        assert!(!OrganisationKind::OriginAgency.allows_role(Role::Company));
        assert!(OrganisationKind::OriginAgency.allows_role(Role::AgencyStaff));
        assert!(!OrganisationKind::HostCompany.allows_role(Role::Coordinator));
    }
}
