//! Company engagement: the pipeline a company moves along, and the kinds of contact.

use serde::{Deserialize, Serialize};

use crate::Invalid;

/// Stages in order; a company's stage says how far it has come. A company with no profile
/// yet is at the first.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    #[default]
    Identified,
    Contacted,
    Interested,
    WorkshopAttended,
    PositionsOffered,
    Hosting,
    AlumniHost,
}

impl Stage {
    pub const ALL: [Stage; 7] = [
        Stage::Identified,
        Stage::Contacted,
        Stage::Interested,
        Stage::WorkshopAttended,
        Stage::PositionsOffered,
        Stage::Hosting,
        Stage::AlumniHost,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Stage::Identified => "identified",
            Stage::Contacted => "contacted",
            Stage::Interested => "interested",
            Stage::WorkshopAttended => "workshop_attended",
            Stage::PositionsOffered => "positions_offered",
            Stage::Hosting => "hosting",
            Stage::AlumniHost => "alumni_host",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or(Invalid::new("stage", "error-stage"))
    }

    pub fn message_key(self) -> String {
        format!("stage-{}", self.as_str().replace('_', "-"))
    }

    /// Hosting now or in the past: the companies that count as host companies.
    pub const fn is_host(self) -> bool {
        matches!(self, Stage::Hosting | Stage::AlumniHost)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    Call,
    Email,
    Meeting,
    Workshop,
}

impl ContactKind {
    pub const ALL: [ContactKind; 4] = [
        ContactKind::Call,
        ContactKind::Email,
        ContactKind::Meeting,
        ContactKind::Workshop,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ContactKind::Call => "call",
            ContactKind::Email => "email",
            ContactKind::Meeting => "meeting",
            ContactKind::Workshop => "workshop",
        }
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        Self::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or(Invalid::new("kind", "error-contact-kind"))
    }
}

/// Conversion through the pipeline: of `total` companies, how many reached each stage.
pub fn funnel(stages: &[Stage]) -> Vec<(Stage, usize)> {
    Stage::ALL
        .into_iter()
        .map(|s| (s, stages.iter().filter(|x| **x >= s).count()))
        .collect()
}

/// A share as a whole percentage, 0 when there is nothing to divide by.
pub fn percent(part: usize, whole: usize) -> i64 {
    (part * 100 + whole / 2)
        .checked_div(whole)
        .map_or(0, |p| p as i64)
}

crate::stored::stored_as_str!(Stage, ContactKind);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_funnel_counts_companies_that_reached_each_stage() {
        let s = [
            Stage::Identified,
            Stage::Interested,
            Stage::Hosting,
            Stage::AlumniHost,
        ];
        let f = funnel(&s);
        assert_eq!(f[0], (Stage::Identified, 4));
        assert_eq!(f[2], (Stage::Interested, 3));
        assert_eq!(f[5], (Stage::Hosting, 2));
        assert_eq!(percent(36, 300), 12);
        assert_eq!(percent(1, 0), 0);
        assert!(Stage::AlumniHost.is_host() && !Stage::PositionsOffered.is_host());
        assert_eq!(
            Stage::parse("workshop_attended"),
            Ok(Stage::WorkshopAttended)
        );
    }
}
