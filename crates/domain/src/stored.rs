//! Reading back what was stored: a column that holds one of a closed set of names (a status of
//! a fixed workflow, a role, an organisation kind) becomes its enum when the row is read, and
//! a name this build does not know is an [`Unknown`] error — never a silent default. The
//! storage layer asks for it through `TryFrom<String>` (diesel's `deserialize_as`) and writes
//! with `as_str()` (or `String::from` where a row struct is also inserted).

/// A stored name that no value of its type carries: a hand edit, a value of a newer
/// version, a typo in a migration. Reading it fails loudly so the cause reaches the log.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {type_name} {value:?} in storage")]
pub struct Unknown {
    /// The Rust type the value was read as, e.g. `PositionStatus`.
    pub type_name: &'static str,
    /// The name as it was found.
    pub value: String,
}

/// Implements `TryFrom<String>` (an [`Unknown`] for a name no value carries),
/// `From<Self> for String` and `Display` (the stored name, what message keys and exports are
/// made of) for an enum with `ALL` and `const fn as_str(self)`.
macro_rules! stored_as_str {
    ($($t:ident),+ $(,)?) => {$(
        impl TryFrom<String> for $t {
            type Error = $crate::stored::Unknown;
            fn try_from(value: String) -> Result<Self, $crate::stored::Unknown> {
                Self::ALL
                    .into_iter()
                    .find(|x| x.as_str() == value)
                    .ok_or($crate::stored::Unknown { type_name: stringify!($t), value })
            }
        }

        impl From<$t> for String {
            fn from(x: $t) -> String {
                x.as_str().to_owned()
            }
        }

        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    )+};
}
pub(crate) use stored_as_str;

#[cfg(test)]
mod tests {
    use crate::candidate::Status;
    use crate::cefr::Cefr;
    use crate::document::Kind;
    use crate::duplicate::FlagStatus;
    use crate::organisation::OrganisationKind;
    use crate::outreach::{ContactKind, Stage};
    use crate::placement::PlacementStatus;
    use crate::position::PositionStatus;
    use crate::{Country, Role};

    use super::Unknown;

    /// Every value reads back from the name it is written as, and a name no value carries is
    /// an error naming the type and the value.
    fn check<T>(all: &[T], type_name: &'static str)
    where
        T: Copy + PartialEq + std::fmt::Debug + TryFrom<String, Error = Unknown>,
        String: From<T>,
    {
        for &x in all {
            assert_eq!(T::try_from(String::from(x)), Ok(x));
        }
        for value in ["", "nonsense", " draft"] {
            assert_eq!(
                T::try_from(value.to_owned()),
                Err(Unknown {
                    type_name,
                    value: value.to_owned()
                })
            );
        }
    }

    #[test]
    fn stored_names_round_trip_and_unknown_names_are_errors() {
        check(&Status::ALL, "Status");
        check(&PositionStatus::ALL, "PositionStatus");
        check(&PlacementStatus::ALL, "PlacementStatus");
        check(&Role::ALL, "Role");
        check(&OrganisationKind::ALL, "OrganisationKind");
        check(&Stage::ALL, "Stage");
        check(&ContactKind::ALL, "ContactKind");
        check(&Kind::ALL, "Kind");
        check(&FlagStatus::ALL, "FlagStatus");
        check(&Cefr::ALL, "Cefr");
        check(&crate::content::Kind::ALL, "Kind");
        check(&crate::content::Field::ALL, "Field");
        check(&crate::Locale::ALL, "Locale");
    }

    #[test]
    fn an_unknown_status_is_not_read_as_draft() {
        let e = Status::try_from("archived".to_owned());
        assert_eq!(
            e.map_err(|e| e.to_string()),
            Err(r#"unknown Status "archived" in storage"#.to_owned())
        );
        // Stored names are exact: the case a user might type is not accepted from storage.
        assert!(PositionStatus::try_from("Draft".to_owned()).is_err());
    }

    #[test]
    fn a_stored_country_must_be_two_letters() {
        assert_eq!(Country::try_from("TN".to_owned()), Ok(Country::TN));
        assert!(Country::try_from("TUN".to_owned()).is_err());
    }
}
