//! The papers generated from a case: the convention (one per promoter and host, covering
//! its trainees) and the training project (one per trainee). A version is a snapshot of
//! the facts printed on it; a new version shows what changed since an earlier one (the
//! one the Region saw).

use std::collections::BTreeMap;

/// Which paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PaperKind {
    Convention,
    TrainingProject,
}

impl PaperKind {
    pub const ALL: [PaperKind; 2] = [PaperKind::Convention, PaperKind::TrainingProject];

    pub const fn as_str(self) -> &'static str {
        match self {
            PaperKind::Convention => "convention",
            PaperKind::TrainingProject => "training_project",
        }
    }

    pub fn parse(s: &str) -> Result<Self, crate::Invalid> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or(crate::Invalid::new("kind", "case-error-paper-kind"))
    }
}

crate::stored::stored_as_str!(PaperKind);

/// One line that differs between two versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// What changed from `before` to `after`, field by field, in field order.
pub fn diff(before: &BTreeMap<String, String>, after: &BTreeMap<String, String>) -> Vec<Change> {
    let mut fields: Vec<&String> = before.keys().chain(after.keys()).collect();
    fields.sort();
    fields.dedup();
    fields
        .into_iter()
        .filter(|f| before.get(*f) != after.get(*f))
        .map(|f| Change {
            field: f.clone(),
            before: before.get(f).cloned(),
            after: after.get(f).cloned(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn a_diff_names_changed_added_and_removed_fields_only() {
        let a = m(&[("allowance", "600"), ("hours", "40"), ("tutor", "Rossi")]);
        let b = m(&[("allowance", "650"), ("hours", "40"), ("place", "Milano")]);
        let d = diff(&a, &b);
        assert_eq!(
            d.iter().map(|c| c.field.as_str()).collect::<Vec<_>>(),
            ["allowance", "place", "tutor"]
        );
        assert_eq!(d[0].before.as_deref(), Some("600"));
        assert_eq!(d[1].before, None);
        assert_eq!(d[2].after, None);
        assert!(diff(&a, &a).is_empty());
    }
}
