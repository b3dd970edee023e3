//! Selection decisions (issue 11): staged by staff, published by the coordinator for a whole
//! call at once, reversed only by the coordinator with a reason.
//!
//! An application's `Status` is what its candidate sees, so a decision is first *staged*
//! beside it (the candidate sees nothing), changes freely, and reaches the candidate only
//! when the call's decisions are published, together with its message. The rules here say
//! which decision may be staged on which published status, when a reason is needed, and
//! what the coordinator is warned of before publishing.

use crate::candidate::Status;
use crate::{Invalid, bounds};

/// The decisions staff stage: the statuses a candidate is told about.
pub const DECISIONS: [Status; 3] = [Status::Shortlisted, Status::WaitingList, Status::Rejected];

/// Whether a status is a selection decision (one the candidate is told about).
pub fn is_decision(status: Status) -> bool {
    DECISIONS.contains(&status)
}

/// The decisions that may be staged on an application whose published status is
/// `published`: a first decision on an eligible application, or moving a waiting list on
/// (up to the shortlist, or out). A published shortlist or rejection changes only by the
/// coordinator's reversal ([`check_reversal`]).
pub fn stageable(published: Status) -> &'static [Status] {
    match published {
        Status::Eligible => &DECISIONS,
        Status::WaitingList => &[Status::Shortlisted, Status::Rejected],
        _ => &[],
    }
}

/// The longest reason, counted as sent (refused beyond, never cut).
pub const MAX_REASON: usize = 2000;

/// Checks a decision staged on an application whose published status is `published`, and
/// returns its reason, trimmed (none when blank). Rejecting needs a reason (the candidate
/// reads it when the decision is published).
pub fn check_stage(
    published: Status,
    decision: Status,
    reason: &str,
) -> Result<Option<String>, Invalid> {
    if !stageable(published).contains(&decision) {
        return Err(Invalid::new("decision", "decisions-error-not-stageable"));
    }
    let reason = bounds::text("reason", reason, MAX_REASON)?;
    if decision == Status::Rejected && reason.is_empty() {
        return Err(Invalid::new("reason", "error-reason-required"));
    }
    Ok(Some(reason).filter(|r| !r.is_empty()))
}

/// Checks a reversal of a published decision: it needs a reason, recorded on the timeline
/// and told to the candidate. (Whether there is a published decision to reverse is a
/// question of the data's state, answered where it is read.)
pub fn check_reversal(reason: &str) -> Result<String, Invalid> {
    let reason = bounds::text("reason", reason, MAX_REASON)?;
    if reason.is_empty() {
        return Err(Invalid::new("reason", "error-reason-required"));
    }
    Ok(reason)
}

/// What publishing a call's staged decisions would do, counted before it is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Preview {
    pub shortlisted: i64,
    pub waiting_list: i64,
    pub rejected: i64,
    /// Messages queued: one per staged application whose candidate has an e-mail address.
    pub messages: i64,
    /// The call's shortlist once published: the published shortlist not staged otherwise,
    /// plus the staged shortlist.
    pub shortlist_after: i64,
    /// The call's places.
    pub places: i64,
    /// The call still takes applications.
    pub call_open: bool,
}

/// What the coordinator should know before publishing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Warning {
    /// More shortlisted than the call has places.
    OverPlaces { shortlist: i64, places: i64 },
    /// The call is still open: applications sent later are decided in a later round.
    CallOpen,
}

impl Preview {
    /// Staged decisions in all.
    pub fn staged(&self) -> i64 {
        self.shortlisted + self.waiting_list + self.rejected
    }

    /// The warnings, most serious first. Neither refuses publishing: a call may shortlist
    /// beyond its places on purpose (withdrawals are expected) and may decide in rounds.
    pub fn warnings(&self) -> Vec<Warning> {
        let mut w = Vec::new();
        if self.shortlist_after > self.places {
            w.push(Warning::OverPlaces {
                shortlist: self.shortlist_after,
                places: self.places,
            });
        }
        if self.call_open {
            w.push(Warning::CallOpen);
        }
        w
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decision_is_staged_on_an_undecided_or_waiting_application_only() {
        for d in DECISIONS {
            assert!(check_stage(Status::Eligible, d, "reason").is_ok());
        }
        assert!(check_stage(Status::WaitingList, Status::Shortlisted, "").is_ok());
        for published in [
            Status::Submitted,
            Status::Ineligible,
            Status::Shortlisted,
            Status::Rejected,
            Status::Merged,
        ] {
            let e = check_stage(published, Status::Shortlisted, "x").unwrap_err();
            assert_eq!(e.key, "decisions-error-not-stageable", "{published:?}");
        }
        assert_eq!(
            check_stage(Status::Eligible, Status::Eligible, "x")
                .unwrap_err()
                .field,
            "decision"
        );
    }

    #[test]
    fn rejecting_and_reversing_need_a_reason() {
        let e = check_stage(Status::Eligible, Status::Rejected, "  ").unwrap_err();
        assert_eq!((e.field, e.key), ("reason", "error-reason-required"));
        assert!(check_stage(Status::Eligible, Status::Shortlisted, "").is_ok());
        assert_eq!(check_reversal(" ").unwrap_err().field, "reason");
        assert!(check_reversal("Documents were forged").is_ok());
        let long = "x".repeat(MAX_REASON + 1);
        assert_eq!(
            check_stage(Status::Eligible, Status::Rejected, &long)
                .unwrap_err()
                .key,
            "error-text-too-long"
        );
    }

    #[test]
    fn a_shortlist_beyond_the_places_is_warned_of() {
        let p = Preview {
            shortlisted: 1,
            shortlist_after: 42,
            places: 41,
            messages: 1,
            ..Preview::default()
        };
        assert_eq!(
            p.warnings(),
            [Warning::OverPlaces {
                shortlist: 42,
                places: 41
            }]
        );
        let full = Preview {
            shortlist_after: 41,
            ..p
        };
        assert!(
            full.warnings().is_empty(),
            "exactly the places is no warning"
        );
        let open = Preview {
            call_open: true,
            ..full
        };
        assert_eq!(open.warnings(), [Warning::CallOpen]);
        assert_eq!(p.staged(), 1);
    }
}
