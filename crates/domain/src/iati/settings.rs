//! The IATI settings of a programme as entered: the reporting organisation's identifier
//! (`IT-CF-01199250158`: a registration agency's prefix, then the organisation's number
//! in that register), its name and type (an OrganisationType code), and the activity's
//! identifier, which must start with the organisation's followed by `-`.

use crate::Invalid;

/// The OrganisationType codes (IATI codelist, 2.03) a reporting organisation may declare.
pub const ORGANISATION_TYPES: [&str; 16] = [
    "10", "11", "15", "21", "22", "23", "24", "30", "40", "60", "70", "71", "72", "73", "80", "90",
];

/// An identifier is at most this long (IATI identifiers are short codes).
const MAX_IDENTIFIER: usize = 120;
/// A name is at most this long.
const MAX_NAME: usize = 200;

/// The form's strings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SettingsFields {
    pub org_ref: String,
    pub org_name: String,
    pub org_type: String,
    pub activity_id: String,
}

/// The checked settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub org_ref: String,
    pub org_name: String,
    pub org_type: String,
    pub activity_id: String,
}

/// The registration agency's prefix of an organisation identifier (`IT-CF` of
/// `IT-CF-01199250158`): the text before the second `-`.
pub fn agency_prefix(org_ref: &str) -> Option<&str> {
    let first = org_ref.find('-')?;
    let second = org_ref[first + 1..].find('-')? + first + 1;
    Some(&org_ref[..second])
}

/// An identifier as IATI allows it: printable ASCII letters, digits and `-._:/`, no space.
fn identifier_chars(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "-._:/".contains(c))
}

impl SettingsFields {
    pub fn parse(&self) -> Result<Settings, Invalid> {
        let org_ref = self.org_ref.trim();
        let org_name = self.org_name.trim();
        let org_type = self.org_type.trim();
        let activity_id = self.activity_id.trim();
        if org_ref.is_empty() {
            return Err(Invalid::new("org_ref", "error-required"));
        }
        let prefix_ok = agency_prefix(org_ref).is_some_and(|p| {
            let (country, list) = p.split_at(2);
            country.chars().all(|c| c.is_ascii_uppercase()) && list.len() > 1
        });
        if org_ref.len() > MAX_IDENTIFIER
            || !identifier_chars(org_ref)
            || !prefix_ok
            || org_ref.ends_with('-')
        {
            return Err(Invalid::new("org_ref", "iati-error-org-ref"));
        }
        if org_name.is_empty() {
            return Err(Invalid::new("org_name", "error-required"));
        }
        if org_name.chars().count() > MAX_NAME {
            return Err(Invalid::new("org_name", "error-text-too-long"));
        }
        if !ORGANISATION_TYPES.contains(&org_type) {
            return Err(Invalid::new("org_type", "iati-error-org-type"));
        }
        let own = activity_id
            .strip_prefix(org_ref)
            .and_then(|rest| rest.strip_prefix('-'))
            .is_some_and(|rest| !rest.is_empty());
        if activity_id.len() > MAX_IDENTIFIER || !identifier_chars(activity_id) || !own {
            return Err(Invalid::new("activity_id", "iati-error-activity-id"));
        }
        Ok(Settings {
            org_ref: org_ref.to_owned(),
            org_name: org_name.to_owned(),
            org_type: org_type.to_owned(),
            activity_id: activity_id.to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(org_ref: &str, org_type: &str, activity_id: &str) -> SettingsFields {
        SettingsFields {
            org_ref: org_ref.into(),
            org_name: "Comune di Milano".into(),
            org_type: org_type.into(),
            activity_id: activity_id.into(),
        }
    }

    fn check(f: SettingsFields, want: Result<(), (&str, &str)>) {
        let got = f.parse().map(|_| ()).map_err(|e| (e.field, e.key));
        assert_eq!(got, want, "{f:?}");
    }

    #[test]
    fn the_activity_identifier_starts_with_the_organisation_s() {
        check(
            fields("IT-CF-01199250158", "11", "IT-CF-01199250158-MENTOR-II"),
            Ok(()),
        );
        check(
            fields("IT-CF-01199250158", "11", "IT-CF-0119925015-MENTOR-II"),
            Err(("activity_id", "iati-error-activity-id")),
        );
        check(
            fields("IT-CF-01199250158", "11", "IT-CF-01199250158-"),
            Err(("activity_id", "iati-error-activity-id")),
        );
        check(
            fields("IT-CF-01199250158", "11", "IT-CF-01199250158-MENTOR II"),
            Err(("activity_id", "iati-error-activity-id")),
        );
    }

    #[test]
    fn the_organisation_needs_a_prefix_and_a_known_type() {
        check(fields("", "11", "x"), Err(("org_ref", "error-required")));
        check(
            fields("01199250158", "11", "01199250158-X"),
            Err(("org_ref", "iati-error-org-ref")),
        );
        check(
            fields("it-cf-1", "11", "it-cf-1-X"),
            Err(("org_ref", "iati-error-org-ref")),
        );
        check(
            fields("IT-CF-1", "12", "IT-CF-1-X"),
            Err(("org_type", "iati-error-org-type")),
        );
    }

    #[test]
    fn prefixes_are_the_first_two_parts() {
        assert_eq!(agency_prefix("IT-CF-01199250158"), Some("IT-CF"));
        assert_eq!(agency_prefix("XM-DAC-41114-1"), Some("XM-DAC"));
        assert_eq!(agency_prefix("GB"), None);
    }
}
