//! Explanations: where a matched option stands among the candidate's alternatives, and —
//! when a candidate is not at their best option, or has no place — the constraint that
//! binds, with the counterfactual: the run solved again with the candidate at that option.
//!
//! The reason is read from the solution (which place is full, which quota is at its
//! maximum, which pair is locked or forbidden); the counterfactual is exact, a second
//! solve with the pair locked, so "the total would lose 300" is a fact, not an estimate.
//! Pure: the caller decides what a group id means (a company cap, a country quota…).

use serde::{Deserialize, Serialize};

use crate::Error;
use crate::problem::{Model, Problem, ScoredPair, Side};
use crate::score::{check_hard, components};
use crate::solve::{Solution, solve};

/// Rank of an option of score `score` among `options`: 1 + the number of options
/// scoring strictly more, so equal scores share a rank.
pub(crate) fn rank(options: &[ScoredPair], score: i64) -> usize {
    1 + options.iter().filter(|o| o.score > score).count()
}

/// At most this many counterfactual solves per run: beyond it `total_change` is `None`.
pub const MAX_COUNTERFACTUALS: usize = 200;

/// Why a candidate is not at their best option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// The best place is full: it went to `by`, whose pair there scores `score`; the total
    /// is higher that way.
    Taken { by: String, score: i64 },
    /// The best place is held by `by`'s locked pair.
    HeldByLock { by: String },
    /// The candidate's own pair is locked.
    Locked,
    /// The best option is forbidden to the candidate.
    Forbidden,
    /// A quota is at its maximum (a group of the problem: positions' for a place, the
    /// candidates' for one without a place).
    Quota { group: String },
    /// No position passed the hard constraints (unassigned candidates only).
    NoOption,
    /// None of the above: e.g. stated rankings (stable method) or a minimum elsewhere.
    Other,
}

/// One candidate not at their best option, or without a place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Explanation {
    pub candidate: String,
    /// The position the run gave, if any.
    pub position: Option<String>,
    /// The candidate's best option (the best eligible one, or a forbidden one scoring more).
    pub best: Option<String>,
    /// The candidate's score at `best`.
    pub best_score: i64,
    pub reason: Reason,
    /// How much the candidate's score would rise at `best`.
    pub gain: i64,
    /// How the run's total would change with the candidate at `best`, everything else
    /// solved again; `None` when no assignment allows it (or past the solve limit).
    pub total_change: Option<i64>,
}

/// A constraint without which an infeasible problem would be solvable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Binding {
    /// A group's minimum cannot be met.
    Minimum { group: String },
    /// A locked pair (locks exceeding a place or a quota).
    Lock { candidate: String, position: String },
}

/// Explains every candidate of `solution` (a solution of `problem`) who is not at their
/// best option or has no place.
pub fn explain(problem: &Problem, solution: &Solution) -> Result<Vec<Explanation>, Error> {
    explain_releasing(problem, solution, &[])
}

/// [`explain()`], where the counterfactual may lift the `releasable` locks that hold the
/// candidate's best place (locks the caller added itself, e.g. a first round's pairs, as
/// opposed to a person's decision): their candidates are then placed again by the solve.
pub fn explain_releasing(
    problem: &Problem,
    solution: &Solution,
    releasable: &[(String, String)],
) -> Result<Vec<Explanation>, Error> {
    let model = Model::build(problem)?;
    let cidx = |id: &str| problem.candidates.iter().position(|c| c.id == id);
    let pidx = |id: &str| problem.positions.iter().position(|p| p.id == id);
    let np = problem.positions.len();
    // Per position: (candidate, score, locked) of its occupants.
    let mut occupants: Vec<Vec<(usize, i64, bool)>> = vec![Vec::new(); np];
    let mut at: Vec<Option<(usize, i64, bool)>> = vec![None; problem.candidates.len()];
    for p in &solution.pairs {
        if let (Some(c), Some(q)) = (cidx(&p.candidate), pidx(&p.position)) {
            occupants[q].push((c, p.score, p.locked));
            at[c] = Some((q, p.score, p.locked));
        }
    }
    let mut out = Vec::new();
    let mut solves = 0;
    for (c, cand) in problem.candidates.iter().enumerate() {
        let current = at[c];
        let eligible = best_of(&model.options[c]);
        let forbidden = best_forbidden(problem, c);
        let (best, forbid) = match (eligible, forbidden) {
            (Some(e), Some(f)) if f.1 > e.1 => (Some(f), true),
            (None, Some(f)) => (Some(f), true),
            (e, _) => (e, false),
        };
        let score = current.map_or(0, |x| x.1);
        let Some((b, best_score)) = best else {
            if current.is_none() {
                out.push(Explanation {
                    candidate: cand.id.clone(),
                    position: None,
                    best: None,
                    best_score: 0,
                    reason: Reason::NoOption,
                    gain: 0,
                    total_change: None,
                });
            }
            continue;
        };
        if current.is_some_and(|x| x.0 == b || x.1 >= best_score) {
            continue;
        }
        let group_full = |side: Side, member: usize, except: Option<usize>| {
            model
                .groups
                .iter()
                .zip(&problem.groups)
                .find(|((s, members, max), _)| {
                    *s == side
                        && members.contains(&member)
                        && except.is_none_or(|e| !members.contains(&e))
                        && load(side, members, &occupants, &at) >= *max as usize
                })
                .map(|(_, spec)| Reason::Quota {
                    group: spec.id.clone(),
                })
        };
        let full = occupants[b].len() >= problem.positions[b].places as usize;
        let taken = || {
            let others: Vec<&(usize, i64, bool)> =
                occupants[b].iter().filter(|o| o.0 != c).collect();
            match others.iter().find(|o| o.2) {
                Some(o) => Reason::HeldByLock {
                    by: problem.candidates[o.0].id.clone(),
                },
                None => others
                    .iter()
                    .min_by_key(|o| o.1)
                    .map_or(Reason::Other, |o| Reason::Taken {
                        by: problem.candidates[o.0].id.clone(),
                        score: o.1,
                    }),
            }
        };
        let reason = if forbid {
            Reason::Forbidden
        } else if current.is_some_and(|x| x.2) {
            Reason::Locked
        } else if let Some(r) = current
            .is_none()
            .then(|| group_full(Side::Candidates, c, None))
            .flatten()
        {
            r
        } else if full {
            taken()
        } else {
            group_full(Side::Positions, b, current.map(|x| x.0)).unwrap_or(Reason::Other)
        };
        let total_change = (solves < MAX_COUNTERFACTUALS)
            .then(|| {
                solves += 1;
                counterfactual(problem, &cand.id, &problem.positions[b].id, releasable)
            })
            .flatten()
            .map(|t| t - solution.total_score);
        out.push(Explanation {
            candidate: cand.id.clone(),
            position: current.map(|x| problem.positions[x.0].id.clone()),
            best: Some(problem.positions[b].id.clone()),
            best_score,
            reason,
            gain: best_score - score,
            total_change,
        });
    }
    Ok(out)
}

/// Matches counted against a group: places filled (positions) or candidates placed.
fn load(
    side: Side,
    members: &[usize],
    occupants: &[Vec<(usize, i64, bool)>],
    at: &[Option<(usize, i64, bool)>],
) -> usize {
    match side {
        Side::Positions => members
            .iter()
            .map(|&q| occupants.get(q).map_or(0, Vec::len))
            .sum(),
        Side::Candidates => members
            .iter()
            .filter(|&&c| at.get(c).is_some_and(Option::is_some))
            .count(),
    }
}

/// The best option (position, score); the first among equals.
fn best_of(options: &[ScoredPair]) -> Option<(usize, i64)> {
    options
        .iter()
        .fold(None, |best: Option<(usize, i64)>, o| match best {
            Some(b) if b.1 >= o.score => Some(b),
            _ => Some((o.pos as usize, o.score)),
        })
}

/// The best forbidden option of candidate `c` that passes the hard constraints.
fn best_forbidden(problem: &Problem, c: usize) -> Option<(usize, i64)> {
    let cand = &problem.candidates[c];
    problem
        .forbidden
        .iter()
        .filter(|(fc, _)| *fc == cand.id)
        .filter_map(|(_, fq)| {
            let q = problem.positions.iter().position(|p| &p.id == fq)?;
            let pos = &problem.positions[q];
            check_hard(cand, pos, problem.start_delay_days).ok()?;
            let features = match &problem.pairs {
                Some(pairs) => Some(
                    pairs
                        .iter()
                        .find(|f| f.candidate == cand.id && f.position == pos.id)?,
                ),
                None => None,
            };
            Some((q, components(&problem.weights, cand, pos, features).total()))
        })
        .fold(None, |best: Option<(usize, i64)>, o| match best {
            Some(b) if b.1 >= o.1 => Some(b),
            _ => Some(o),
        })
}

/// The total of the best solution with `candidate` at `position` (its own lock, that
/// pair's forbid and the releasable locks on that position lifted); `None` when there is
/// none.
fn counterfactual(
    problem: &Problem,
    candidate: &str,
    position: &str,
    releasable: &[(String, String)],
) -> Option<i64> {
    let mut p = problem.clone();
    p.locked.retain(|(c, q)| {
        c != candidate && !(q == position && releasable.iter().any(|r| r.0 == *c && r.1 == *q))
    });
    p.forbidden
        .retain(|(c, q)| !(c == candidate && q == position));
    p.locked.push((candidate.to_owned(), position.to_owned()));
    solve(&p).ok().map(|s| s.total_score)
}

/// The constraints that make `problem` infeasible: each minimum, and each lock, without
/// which it would be solvable (at most [`MAX_COUNTERFACTUALS`] solves). When none alone
/// is enough, every minimum together.
pub fn binding_when_infeasible(problem: &Problem) -> Vec<Binding> {
    let mut out = Vec::new();
    let mut solves = 0;
    for (k, g) in problem.groups.iter().enumerate() {
        if g.min == 0 || solves >= MAX_COUNTERFACTUALS {
            continue;
        }
        solves += 1;
        let mut p = problem.clone();
        p.groups[k].min = 0;
        if solve(&p).is_ok() {
            out.push(Binding::Minimum {
                group: g.id.clone(),
            });
        }
    }
    for (k, (c, q)) in problem.locked.iter().enumerate() {
        if solves >= MAX_COUNTERFACTUALS {
            break;
        }
        solves += 1;
        let mut p = problem.clone();
        p.locked.remove(k);
        if solve(&p).is_ok() {
            out.push(Binding::Lock {
                candidate: c.clone(),
                position: q.clone(),
            });
        }
    }
    if out.is_empty() {
        out = problem
            .groups
            .iter()
            .filter(|g| g.min > 0)
            .map(|g| Binding::Minimum {
                group: g.id.clone(),
            })
            .collect();
    }
    out
}

#[cfg(test)]
#[path = "explain_tests.rs"]
mod tests;
