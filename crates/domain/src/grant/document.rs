//! The documents an applicant attaches to their proposal (issue 15 item 2): what each one
//! is, and how many one application may hold. The file itself is checked by its content
//! (`crate::document::check_file`: PDF, JPEG or PNG within `MAX_DOCUMENT_BYTES`), never by
//! its name.

use crate::Invalid;
use crate::stored::stored_as_str;

/// The documents one application may hold: a plan, a few quotes and certificates, an
/// identity document, with room for a replacement; a bound on what one applicant can put
/// on the server's disk.
pub const MAX_DOCUMENTS: usize = 10;

/// What a document is, chosen by the applicant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DocumentKind {
    BusinessPlan,
    Quote,
    Certificate,
    Identity,
    Other,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 5] = [
        DocumentKind::BusinessPlan,
        DocumentKind::Quote,
        DocumentKind::Certificate,
        DocumentKind::Identity,
        DocumentKind::Other,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            DocumentKind::BusinessPlan => "business_plan",
            DocumentKind::Quote => "quote",
            DocumentKind::Certificate => "certificate",
            DocumentKind::Identity => "identity",
            DocumentKind::Other => "other",
        }
    }

    /// The kind chosen on the form; a missing or unknown one is the field's mistake.
    pub fn parse(s: &str) -> Result<DocumentKind, Invalid> {
        DocumentKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s.trim())
            .ok_or(Invalid::new("kind", "grant-document-error-kind"))
    }

    /// The Fluent key of its name (`grant-document-kind-business-plan`, …).
    pub fn label_key(self) -> String {
        format!("grant-document-kind-{}", self.as_str().replace('_', "-"))
    }
}

stored_as_str!(DocumentKind);

/// Whether one more document may be added to an application holding `held`.
pub fn may_add(held: usize) -> Result<(), Invalid> {
    if held >= MAX_DOCUMENTS {
        Err(Invalid::new("file", "grant-document-error-too-many"))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_parse_from_their_stored_names_only() {
        let cases = [
            ("business_plan", Some(DocumentKind::BusinessPlan)),
            ("quote", Some(DocumentKind::Quote)),
            ("certificate", Some(DocumentKind::Certificate)),
            ("identity", Some(DocumentKind::Identity)),
            ("other", Some(DocumentKind::Other)),
            (" quote ", Some(DocumentKind::Quote)),
            ("", None),
            ("Quote", None),
            ("passport", None),
        ];
        for (input, want) in cases {
            assert_eq!(DocumentKind::parse(input).ok(), want, "{input:?}");
        }
        for k in DocumentKind::ALL {
            assert_eq!(DocumentKind::try_from(k.as_str().to_owned()).ok(), Some(k));
        }
        assert_eq!(
            DocumentKind::BusinessPlan.label_key(),
            "grant-document-kind-business-plan"
        );
    }

    #[test]
    fn at_most_ten_documents() {
        let cases = [(0, true), (9, true), (10, false), (11, false)];
        for (held, ok) in cases {
            assert_eq!(may_add(held).is_ok(), ok, "{held}");
        }
    }
}
