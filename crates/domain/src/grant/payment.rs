//! A grant after the award (issue 15 item 5): the agreement's tranche plan, each tranche
//! released by a milestone ([`Milestone`]) and paid by one or more disbursements, the
//! grantee's milestone reports ([`ReportStatus`]), and the balance of the call's fund.
//!
//! A tranche is *released* when its milestone is reached: the signature when the agreement
//! is recorded, a report's milestone when staff accept that report. Nothing stores
//! "released": it follows from the agreement and the accepted reports, so it cannot drift.
//! Money is in integer cents of the call's currency (EUR); a disbursement paid in dinars or
//! dirhams keeps the local amount and the rate used exactly ([`disbursement`]).

pub mod balance;
pub mod disbursement;
pub mod plan;
pub mod report;

use crate::stored::stored_as_str;

/// What releases a tranche.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Milestone {
    /// The agreement's signature.
    Signature,
    /// The mid-term report, accepted.
    Midterm,
    /// The final report, accepted: the project is done.
    Final,
}

impl Milestone {
    pub const ALL: [Milestone; 3] = [Milestone::Signature, Milestone::Midterm, Milestone::Final];
    /// The milestones the grantee reports on.
    pub const REPORTED: [Milestone; 2] = [Milestone::Midterm, Milestone::Final];

    pub const fn as_str(self) -> &'static str {
        match self {
            Milestone::Signature => "signature",
            Milestone::Midterm => "midterm",
            Milestone::Final => "final",
        }
    }

    pub fn parse(s: &str) -> Option<Milestone> {
        Milestone::ALL.into_iter().find(|m| m.as_str() == s)
    }

    /// Whether the grantee files a report for it (the signature is staff's to record).
    pub const fn reported(self) -> bool {
        !matches!(self, Milestone::Signature)
    }
}

/// Where a milestone report stands.
///
/// ```text
/// submitted ─► accepted
///     └──────► more_requested ─(a new report)─► submitted
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ReportStatus {
    /// Filed by the grantee; waits for staff.
    Submitted,
    /// Accepted: its milestone is reached and releases its tranches.
    Accepted,
    /// Staff asked for more (the note says what); the grantee files again.
    MoreRequested,
}

impl ReportStatus {
    pub const ALL: [ReportStatus; 3] = [
        ReportStatus::Submitted,
        ReportStatus::Accepted,
        ReportStatus::MoreRequested,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ReportStatus::Submitted => "submitted",
            ReportStatus::Accepted => "accepted",
            ReportStatus::MoreRequested => "more_requested",
        }
    }

    pub fn parse(s: &str) -> Option<ReportStatus> {
        ReportStatus::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// Whether the grantee may file a report for `milestone` given the statuses of the reports
/// already filed for it: not while one waits for review, nor once one is accepted.
pub fn may_report(milestone: Milestone, filed: &[ReportStatus]) -> bool {
    milestone.reported()
        && !filed
            .iter()
            .any(|s| matches!(s, ReportStatus::Submitted | ReportStatus::Accepted))
}

/// Whether a tranche waiting for `milestone` is released: the signature once the
/// agreement is signed, a reported milestone once a report for it is accepted.
pub fn released(milestone: Milestone, signed: bool, accepted: &[Milestone]) -> bool {
    match milestone {
        Milestone::Signature => signed,
        m => signed && accepted.contains(&m),
    }
}

stored_as_str!(Milestone, ReportStatus);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for m in Milestone::ALL {
            assert_eq!(Milestone::parse(m.as_str()), Some(m));
        }
        for s in ReportStatus::ALL {
            assert_eq!(ReportStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(Milestone::parse("kickoff"), None);
    }

    #[test]
    fn milestones_release_their_tranches() {
        use Milestone as M;
        let cases: [(M, bool, &[M], bool); 6] = [
            (M::Signature, true, &[], true),
            (M::Signature, false, &[], false),
            (M::Final, true, &[], false),
            (M::Final, true, &[M::Midterm], false),
            (M::Final, true, &[M::Midterm, M::Final], true),
            (M::Midterm, false, &[M::Midterm], false),
        ];
        for (m, signed, accepted, expected) in cases {
            assert_eq!(
                released(m, signed, accepted),
                expected,
                "{m} {signed} {accepted:?}"
            );
        }
    }

    #[test]
    fn a_report_is_filed_once_until_more_is_asked() {
        use ReportStatus as R;
        let cases: [(Milestone, &[R], bool); 7] = [
            (Milestone::Final, &[], true),
            (Milestone::Midterm, &[], true),
            (Milestone::Signature, &[], false),
            (Milestone::Final, &[R::Submitted], false),
            (Milestone::Final, &[R::MoreRequested], true),
            (Milestone::Final, &[R::MoreRequested, R::Submitted], false),
            (Milestone::Midterm, &[R::MoreRequested, R::Accepted], false),
        ];
        for (m, filed, expected) in cases {
            assert_eq!(may_report(m, filed), expected, "{m} after {filed:?}");
        }
    }
}
