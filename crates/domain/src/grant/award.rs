//! The award proposal (issue 15, item 4). A public call must be defensible, so the
//! proposal follows the call's published rule ([`rank_order`]): in the panel's ranking
//! order, among the applications at or above the quality threshold, each is funded with
//! the amount asked while the fund — and its group's share, when the call sets shares —
//! has room; when the call allows it, the first one that no longer fits is funded in part
//! with what is left, never under the minimum grant; the ones above the threshold that did
//! not fit form the reserve list, in rank order.
//!
//! The committee adjusts the proposal, each change with its reason ([`Adjustment`]): a
//! grant reduced within the call's minimum and maximum, a project excluded, or one
//! included (funded ahead of the rank order, so it must fit the fund and its share).
//!
//! Beside it, as advice, the set of projects that maximises the total points within the
//! fund and the shares ([`knapsack`], an exact 0/1 knapsack), and what it would change.
//! Pure: the ranking and the adjustments are passed in.

pub mod knapsack;
mod rank_order;

use super::terms::Terms;
use crate::Invalid;

pub use rank_order::rank_order;

/// The call's award rule, from its published terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub fund_cents: i64,
    pub min_grant_cents: i64,
    pub max_grant_cents: i64,
    /// The quality threshold in thousandths of a point (the terms say whole points).
    pub threshold_milli: i64,
    pub partial_last: bool,
    /// (group, ceiling in cents): hard limits on what one group is awarded.
    pub shares: Vec<(String, i64)>,
}

impl Rule {
    pub fn of(terms: &Terms) -> Rule {
        Rule {
            fund_cents: terms.fund_cents,
            min_grant_cents: terms.min_grant_cents,
            max_grant_cents: terms.max_grant_cents,
            threshold_milli: terms.quality_threshold * 1000,
            partial_last: terms.partial_last,
            shares: terms
                .shares
                .iter()
                .map(|s| (s.group.clone(), s.max_cents))
                .collect(),
        }
    }

    /// The ceiling of `group`, when the call sets one.
    pub fn ceiling(&self, group: Option<&str>) -> Option<i64> {
        let g = group?;
        self.shares.iter().find(|(s, _)| s == g).map(|(_, c)| *c)
    }
}

/// One ranked application, in the ranking's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub points_milli: i64,
    pub requested_cents: i64,
    /// Its share group (`TN`, `MA`, `entrepreneurial`, …) when the call sets shares.
    pub group: Option<String>,
}

/// A committee's change to the proposal (the reason is kept with it, outside the rule).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Adjustment {
    /// The grant is reduced to this amount (within the call's minimum and maximum).
    Reduce { id: String, amount_cents: i64 },
    /// The project is not funded, whatever its rank.
    Exclude { id: String },
    /// The project is funded ahead of the rank order (it must fit the fund and its share).
    Include { id: String },
}

impl Adjustment {
    pub fn id(&self) -> &str {
        match self {
            Adjustment::Reduce { id, .. }
            | Adjustment::Exclude { id }
            | Adjustment::Include { id } => id,
        }
    }

    pub const fn kind(&self) -> &'static str {
        match self {
            Adjustment::Reduce { .. } => "reduce",
            Adjustment::Exclude { .. } => "exclude",
            Adjustment::Include { .. } => "include",
        }
    }
}

/// What the proposal does with one application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outcome {
    /// Funded with the amount asked (or as the committee reduced it).
    Funded,
    /// The last that fits, funded in part with what the fund or its share had left.
    Partial,
    /// Above the threshold, but the fund or its share had no room: on the reserve list.
    Reserve,
    /// Under the quality threshold: not funded.
    BelowThreshold,
    /// Excluded by the committee.
    Excluded,
}

impl Outcome {
    pub const fn as_str(self) -> &'static str {
        match self {
            Outcome::Funded => "funded",
            Outcome::Partial => "partial",
            Outcome::Reserve => "reserve",
            Outcome::BelowThreshold => "below_threshold",
            Outcome::Excluded => "excluded",
        }
    }

    pub const fn funded(self) -> bool {
        matches!(self, Outcome::Funded | Outcome::Partial)
    }
}

/// One application in the proposal, in the ranking's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub id: String,
    pub outcome: Outcome,
    /// What the project asks after any committee reduction.
    pub asked_cents: i64,
    /// What it is given (0 unless funded).
    pub granted_cents: i64,
    /// The fund used down the ranking to this line included.
    pub running_cents: i64,
    /// Its place on the reserve list (1-based), when on it.
    pub reserve_rank: Option<usize>,
}

/// The proposal: a line per ranked application and the fund's totals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub lines: Vec<Line>,
    pub total_cents: i64,
    pub remaining_cents: i64,
    /// (group, awarded, ceiling) for each share the call sets.
    pub shares: Vec<(String, i64, i64)>,
}

impl Proposal {
    pub fn line(&self, id: &str) -> Option<&Line> {
        self.lines.iter().find(|l| l.id == id)
    }

    /// The funded ids, in ranking order.
    pub fn funded(&self) -> impl Iterator<Item = &Line> {
        self.lines.iter().filter(|l| l.outcome.funded())
    }

    /// The reserve list, in its order.
    pub fn reserve(&self) -> impl Iterator<Item = &Line> {
        self.lines.iter().filter(|l| l.reserve_rank.is_some())
    }
}

/// Whether the committee may add `new` to `adjustments`: the project is ranked, a reduction
/// lowers the grant within the call's bounds, an exclusion excludes what the rule would
/// otherwise consider, an inclusion brings in a project above the threshold that is not
/// funded and that fits. Refusals name the field `amount` or `application` and a key
/// `award-error-*`.
pub fn check_adjustment(
    rule: &Rule,
    entries: &[Entry],
    adjustments: &[Adjustment],
    new: &Adjustment,
) -> Result<(), Invalid> {
    let Some(entry) = entries.iter().find(|e| e.id == new.id()) else {
        return Err(Invalid::new("application", "award-error-not-ranked"));
    };
    let before = rank_order(rule, entries, adjustments)?;
    let line = before
        .line(&entry.id)
        .ok_or(Invalid::new("application", "award-error-not-ranked"))?;
    match new {
        Adjustment::Reduce { amount_cents, .. } => {
            if *amount_cents < rule.min_grant_cents
                || *amount_cents > rule.max_grant_cents
                || *amount_cents >= line.asked_cents
            {
                return Err(Invalid::new("amount", "award-error-reduce"));
            }
        }
        Adjustment::Exclude { .. } => {
            if matches!(line.outcome, Outcome::Excluded | Outcome::BelowThreshold) {
                return Err(Invalid::new("application", "award-error-exclude"));
            }
        }
        Adjustment::Include { .. } => {
            if line.outcome.funded() || line.outcome == Outcome::BelowThreshold {
                return Err(Invalid::new("application", "award-error-include"));
            }
        }
    }
    let mut after = adjustments.to_vec();
    after.push(new.clone());
    rank_order(rule, entries, &after).map(|_| ())
}

/// What the advice would change against the proposal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    /// The advised set, in ranking order.
    pub ids: Vec<String>,
    pub points_milli: i64,
    pub total_cents: i64,
    /// Funded by the advice, not by the proposal.
    pub brought_in: Vec<String>,
    /// Funded by the proposal, not by the advice.
    pub left_out: Vec<String>,
}

/// The set of projects that maximises the total points within the fund and the shares,
/// each at its full (adjusted) amount, the committee's inclusions kept and exclusions left
/// out; compared with `proposal`. Refused (`award-advice-too-large`) when the exact table
/// would exceed [`knapsack::MAX_CELLS`].
pub fn advise(
    rule: &Rule,
    entries: &[Entry],
    adjustments: &[Adjustment],
    proposal: &Proposal,
) -> Result<Advice, Invalid> {
    let state = rank_order::State::of(adjustments);
    let mut fund = rule.fund_cents;
    let mut ceilings: Vec<(String, i64)> = rule.shares.clone();
    let mut forced = Vec::new();
    let mut items = Vec::new();
    let mut item_ids = Vec::new();
    for e in entries {
        let Some(line) = proposal.line(&e.id) else {
            continue;
        };
        if matches!(line.outcome, Outcome::Excluded | Outcome::BelowThreshold) {
            continue;
        }
        if state.included(&e.id) {
            fund -= line.asked_cents;
            if let Some(c) = ceilings
                .iter_mut()
                .find(|(g, _)| Some(g.as_str()) == e.group.as_deref())
            {
                c.1 -= line.asked_cents;
            }
            forced.push(e.id.clone());
            continue;
        }
        let group = e
            .group
            .as_deref()
            .and_then(|g| ceilings.iter().position(|(s, _)| s == g));
        items.push(knapsack::Item {
            points: e.points_milli,
            cost_cents: line.asked_cents,
            group,
        });
        item_ids.push(e.id.clone());
    }
    let limits: Vec<i64> = ceilings.iter().map(|(_, c)| *c).collect();
    let chosen = knapsack::best(&items, fund, &limits)
        .map_err(|_| Invalid::new("advice", "award-advice-too-large"))?;
    let mut chosen_ids: Vec<&str> = forced.iter().map(String::as_str).collect();
    chosen_ids.extend(chosen.iter().map(|&i| item_ids[i].as_str()));
    let ids: Vec<String> = entries
        .iter()
        .filter(|e| chosen_ids.contains(&e.id.as_str()))
        .map(|e| e.id.clone())
        .collect();
    let asked = |id: &str| proposal.line(id).map_or(0, |l| l.asked_cents);
    let points = |id: &str| {
        entries
            .iter()
            .find(|e| e.id == id)
            .map_or(0, |e| e.points_milli)
    };
    let funded: Vec<&str> = proposal.funded().map(|l| l.id.as_str()).collect();
    Ok(Advice {
        points_milli: ids.iter().map(|id| points(id)).sum(),
        total_cents: ids.iter().map(|id| asked(id)).sum(),
        brought_in: ids
            .iter()
            .filter(|id| !funded.contains(&id.as_str()))
            .cloned()
            .collect(),
        left_out: funded
            .iter()
            .filter(|id| !ids.iter().any(|i| i == *id))
            .map(|id| (*id).to_owned())
            .collect(),
        ids,
    })
}

#[cfg(test)]
mod tests;
