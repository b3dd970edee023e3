//! Identifiers of the main records, one type each, so that a use case cannot be handed a
//! candidate's id where it expects a position's. They wrap the stored UUID strings; whether
//! a record with that id exists (and is within reach) is for storage to say.

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                $name(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                $name(id)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// A programme (a scheme's edition, such as MENTOR II).
    ProgrammeId
);
id_type!(
    /// An organisation of any kind; host companies are organisations.
    OrganisationId
);
id_type!(
    /// A call for applications.
    CallId
);
id_type!(
    /// An application to a call (a candidate).
    CandidateId
);
id_type!(
    /// A traineeship position of a host company.
    PositionId
);
id_type!(
    /// A matching run of a call.
    RunId
);
id_type!(
    /// A proposed or accepted placement of a participant in a position.
    PlacementId
);
id_type!(
    /// A user account.
    UserId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_serialise_as_their_string() {
        let id = PositionId::new("3f2b");
        assert_eq!(serde_json::to_string(&id).ok().as_deref(), Some("\"3f2b\""));
        assert_eq!(id.to_string(), "3f2b");
    }
}
