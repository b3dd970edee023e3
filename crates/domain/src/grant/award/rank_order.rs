//! The call's published rule: rank order within the fund above the quality threshold, the
//! shares as hard limits, optionally the last project that fits funded in part, and the
//! reserve list; with the committee's adjustments applied.

use super::{Adjustment, Entry, Line, Outcome, Proposal, Rule};
use crate::Invalid;

/// The adjustments' effect per application: the last word on inclusion or exclusion wins,
/// and the last reduction.
pub(super) struct State<'a> {
    adjustments: &'a [Adjustment],
}

impl<'a> State<'a> {
    pub(super) fn of(adjustments: &'a [Adjustment]) -> Self {
        State { adjustments }
    }

    fn last_in_out(&self, id: &str) -> Option<&Adjustment> {
        self.adjustments
            .iter()
            .rev()
            .find(|a| a.id() == id && !matches!(a, Adjustment::Reduce { .. }))
    }

    pub(super) fn included(&self, id: &str) -> bool {
        matches!(self.last_in_out(id), Some(Adjustment::Include { .. }))
    }

    pub(super) fn excluded(&self, id: &str) -> bool {
        matches!(self.last_in_out(id), Some(Adjustment::Exclude { .. }))
    }

    pub(super) fn asked(&self, e: &Entry) -> i64 {
        self.adjustments
            .iter()
            .rev()
            .find_map(|a| match a {
                Adjustment::Reduce { id, amount_cents } if *id == e.id => Some(*amount_cents),
                _ => None,
            })
            .unwrap_or(e.requested_cents)
    }
}

/// The proposal for `entries` (in the ranking's order) under `rule` with the committee's
/// `adjustments`. Refused (`award-error-no-room`, field `application`) only when an
/// inclusion does not fit the fund or its share.
pub fn rank_order(
    rule: &Rule,
    entries: &[Entry],
    adjustments: &[Adjustment],
) -> Result<Proposal, Invalid> {
    let state = State::of(adjustments);
    let mut used: Vec<i64> = vec![0; rule.shares.len()];
    let mut remaining = rule.fund_cents;
    let mut outcome: Vec<(Outcome, i64)> = vec![(Outcome::BelowThreshold, 0); entries.len()];
    // Inclusions first (in rank order), then the rest in rank order.
    let mut order: Vec<usize> = Vec::with_capacity(entries.len());
    for (i, e) in entries.iter().enumerate() {
        if state.excluded(&e.id) {
            outcome[i] = (Outcome::Excluded, 0);
        } else if state.included(&e.id) {
            order.push(i);
        }
    }
    for (i, e) in entries.iter().enumerate() {
        let pool = !state.excluded(&e.id) && !state.included(&e.id);
        if pool && e.points_milli >= rule.threshold_milli {
            order.push(i);
        }
    }
    for i in order {
        let e = &entries[i];
        let asked = state.asked(e);
        let share = e
            .group
            .as_deref()
            .and_then(|g| rule.shares.iter().position(|(s, _)| s == g));
        let room = match share {
            Some(s) => remaining.min(rule.shares[s].1 - used[s]),
            None => remaining,
        };
        let granted = if asked <= room {
            outcome[i] = (Outcome::Funded, asked);
            asked
        } else if state.included(&e.id) {
            return Err(Invalid::new("application", "award-error-no-room"));
        } else if rule.partial_last && room >= rule.min_grant_cents {
            outcome[i] = (Outcome::Partial, room);
            room
        } else {
            outcome[i] = (Outcome::Reserve, 0);
            0
        };
        remaining -= granted;
        if let Some(s) = share {
            used[s] += granted;
        }
    }
    let mut running = 0;
    let mut reserve = 0;
    let lines = entries
        .iter()
        .zip(outcome)
        .map(|(e, (outcome, granted))| {
            running += granted;
            let reserve_rank = (outcome == Outcome::Reserve).then(|| {
                reserve += 1;
                reserve
            });
            Line {
                id: e.id.clone(),
                outcome,
                asked_cents: state.asked(e),
                granted_cents: granted,
                running_cents: running,
                reserve_rank,
            }
        })
        .collect();
    Ok(Proposal {
        lines,
        total_cents: rule.fund_cents - remaining,
        remaining_cents: remaining,
        shares: rule
            .shares
            .iter()
            .zip(used)
            .map(|((g, c), u)| (g.clone(), u, *c))
            .collect(),
    })
}
