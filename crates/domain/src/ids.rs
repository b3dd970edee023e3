//! Identifiers of the main records, one type each, so that a use case cannot be handed a
//! candidate's id where it expects a position's. They wrap the stored UUID strings; whether
//! a record with that id exists (and is within reach) is for storage to say.

/// The eight hex digits a record is quoted by where its whole id is too long (an
/// evaluator's anonymous handle of an application): the first eight of a random id
/// (version 4), the last eight of one ordered by time (version 7, whose first eight are
/// the time and shared by every row made in the same minute). Any other text: its first
/// eight characters.
pub fn short_ref(id: &str) -> &str {
    let v7 = id.len() == 36 && id.as_bytes().get(14) == Some(&b'7');
    let short = if v7 { id.get(28..) } else { id.get(..8) };
    short.unwrap_or(id)
}

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
    fn short_refs_quote_the_random_digits() {
        assert_eq!(
            short_ref("3f2b9a1c-0d4e-4a7b-8c9d-001122334455"),
            "3f2b9a1c"
        );
        assert_eq!(
            short_ref("01a24dcc-d800-7a7b-8c9d-001122334455"),
            "22334455"
        );
        assert_eq!(short_ref("abc"), "abc");
        // Not ASCII where the version would be: never a slice through a character.
        let odd = "ééééééé7ééééééééééa";
        assert_eq!((odd.len(), odd.as_bytes()[14]), (36, b'7'));
        assert_eq!(short_ref(odd), odd);
    }

    #[test]
    fn ids_serialise_as_their_string() {
        let id = PositionId::new("3f2b");
        assert_eq!(serde_json::to_string(&id).ok().as_deref(), Some("\"3f2b\""));
        assert_eq!(id.to_string(), "3f2b");
    }
}
