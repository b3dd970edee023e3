//! From a [`Problem`] to a [`Solution`]: scoring, locks, the chosen solver.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::Error;
use crate::error::bad;
use crate::explain::{Explanation, rank};
use crate::flow::{FlowProblem, solve_flow};
use crate::laminar::Group;
use crate::lap_dense::MAX_ABS_COST;
use crate::lap_sparse::Csr;
use crate::mip::{self, Bounds};
use crate::problem::{CrossingQuotas, Method, Model, Problem, Side};
use crate::quotas::{DEFAULT_NODE_LIMIT, solve_exact};
use crate::score::Components;
use crate::stable::deferred_acceptance;

/// One matched pair, explained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatchedPair {
    pub candidate: String,
    pub position: String,
    pub score: i64,
    pub components: Components,
    /// 1 = the candidate's best-scoring eligible position; ties share a rank.
    pub rank: usize,
    /// Number of eligible positions the candidate had.
    pub alternatives: usize,
    /// Matched because the pair was locked.
    pub locked: bool,
}

/// A candidate left without a position.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnassignedCandidate {
    pub id: String,
    /// Eligible positions the candidate had (0: no position passed the hard constraints).
    pub eligible_options: usize,
}

/// A position with places left.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnfilledPosition {
    pub id: String,
    pub free_places: u32,
}

/// The result of [`solve`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Solution {
    pub method: Method,
    /// Sum of the scores of all matched pairs (locked ones included).
    pub total_score: i64,
    pub pairs: Vec<MatchedPair>,
    pub unassigned_candidates: Vec<UnassignedCandidate>,
    pub unfilled_positions: Vec<UnfilledPosition>,
    /// Why candidates are not at their best option or have no place: filled by
    /// [`crate::explain()`] (left empty by [`solve`], which callers may run many times).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub explanations: Vec<Explanation>,
}

/// Solves a matching problem.
///
/// `optimal`: maximum total score, then (among equal totals, when the scale
/// allows) the most matched candidates. `stable`: candidate-optimal stable
/// matching. Locked pairs are fixed first; forbidden pairs and pairs failing a
/// hard constraint are never proposed.
pub fn solve(problem: &Problem) -> Result<Solution, Error> {
    let model = Model::build(problem)?;
    let (nc, np) = (problem.candidates.len(), problem.positions.len());
    let mut cap: Vec<i64> = problem
        .positions
        .iter()
        .map(|p| i64::from(p.places))
        .collect();
    let mut is_locked = vec![false; nc];
    for &(c, q, _) in &model.locked {
        cap[q] -= 1;
        is_locked[c] = true;
        if cap[q] < 0 {
            return Err(Error::Infeasible(format!(
                "more locked pairs than places at position {:?}",
                problem.positions[q].id
            )));
        }
    }
    // Quotas net of the locks they already hold.
    let mut col_groups = Vec::new();
    let mut row_groups = Vec::new();
    let rows: Vec<usize> = (0..nc).filter(|&c| !is_locked[c]).collect();
    let mut mins = Vec::new();
    let mut row_of = vec![usize::MAX; nc];
    for (r, &c) in rows.iter().enumerate() {
        row_of[c] = r;
    }
    for ((side, members, max), spec) in model.groups.iter().zip(&problem.groups) {
        let held = match side {
            Side::Positions => model
                .locked
                .iter()
                .filter(|l| members.contains(&l.1))
                .count(),
            Side::Candidates => model
                .locked
                .iter()
                .filter(|l| members.contains(&l.0))
                .count(),
        };
        let left = i64::from(*max) - held as i64;
        let left_min = spec
            .min
            .saturating_sub(u32::try_from(held).unwrap_or(u32::MAX));
        if left < 0 {
            return Err(Error::Infeasible(format!(
                "locked pairs exceed quota {:?}",
                spec.id
            )));
        }
        let cap = left as u32;
        match side {
            Side::Positions => col_groups.push(Group {
                members: members.clone(),
                cap,
            }),
            Side::Candidates => row_groups.push(Group {
                members: members
                    .iter()
                    .map(|&c| row_of[c])
                    .filter(|&r| r != usize::MAX)
                    .collect(),
                cap,
            }),
        }
        mins.push(left_min);
    }
    let col_cap: Vec<u32> = cap.iter().map(|&c| c as u32).collect();
    let assigned: Vec<Option<usize>> = match problem.method {
        Method::Optimal => optimal(
            &model,
            &rows,
            col_cap,
            col_groups,
            row_groups,
            &mins,
            problem.crossing_quotas,
            problem.most_matches_first,
        )?,
        Method::Stable => {
            if !col_groups.is_empty() || !row_groups.is_empty() {
                return Err(bad(
                    "quotas (groups) are not supported by the stable method",
                ));
            }
            stable(problem, &model, &rows, &col_cap)?
        }
    };
    // Assemble the answer in candidate order.
    let mut pos_of: Vec<Option<(usize, bool)>> = vec![None; nc];
    for (r, a) in assigned.iter().enumerate() {
        pos_of[rows[r]] = a.map(|q| (q, false));
    }
    for &(c, q, _) in &model.locked {
        pos_of[c] = Some((q, true));
    }
    let mut filled = vec![0u32; np];
    let mut pairs = Vec::new();
    let mut unassigned = Vec::new();
    for (c, &at) in pos_of.iter().enumerate() {
        let opts = &model.options[c];
        let Some((q, locked)) = at else {
            unassigned.push(UnassignedCandidate {
                id: problem.candidates[c].id.clone(),
                eligible_options: opts.len(),
            });
            continue;
        };
        filled[q] += 1;
        let components = if locked {
            model
                .locked
                .iter()
                .find(|l| l.0 == c)
                .map(|l| l.2)
                .unwrap_or_default()
        } else {
            opts.iter()
                .find(|o| o.pos as usize == q)
                .map(|o| o.components)
                .unwrap_or_default()
        };
        let score = components.total();
        pairs.push(MatchedPair {
            candidate: problem.candidates[c].id.clone(),
            position: problem.positions[q].id.clone(),
            score,
            components,
            rank: rank(opts, score),
            alternatives: opts.len(),
            locked,
        });
    }
    let unfilled_positions = problem
        .positions
        .iter()
        .zip(&filled)
        .filter(|(p, f)| p.places > **f)
        .map(|(p, f)| UnfilledPosition {
            id: p.id.clone(),
            free_places: p.places - f,
        })
        .collect();
    Ok(Solution {
        method: problem.method,
        total_score: pairs.iter().map(|p| p.score).sum(),
        pairs,
        unassigned_candidates: unassigned,
        unfilled_positions,
        explanations: Vec::new(),
    })
}

/// `mins` holds each group's minimum, in the order of the problem's groups, which is
/// the order of `col_groups` and `row_groups` interleaved by side.
#[expect(
    clippy::too_many_arguments,
    reason = "the parts of one prepared problem"
)]
fn optimal(
    model: &Model,
    rows: &[usize],
    col_cap: Vec<u32>,
    col_groups: Vec<Group>,
    row_groups: Vec<Group>,
    mins: &[u32],
    crossing: CrossingQuotas,
    matches_first: bool,
) -> Result<Vec<Option<usize>>, Error> {
    let max_score = model
        .options
        .iter()
        .flatten()
        .map(|o| o.score)
        .max()
        .unwrap_or(0);
    // cost = −(score·K + 1) with K > #rows maximises the score first and the number
    // of matches second; fall back to plain −score when that would not fit.
    let k = rows.len() as i64 + 1;
    let tie_break = max_score.checked_mul(k).is_some_and(|x| x < MAX_ABS_COST);
    // A minimum may need pairs worth nothing; without minimums they are never worth taking.
    let has_mins = mins.iter().any(|&m| m > 0);
    // Matches first: each match is worth more than any total of scores can differ by.
    let per_match = max_score
        .checked_mul(rows.len() as i64)
        .and_then(|x| x.checked_add(1))
        .filter(|&b| b.saturating_add(max_score) < MAX_ABS_COST);
    if matches_first && per_match.is_none() {
        return Err(bad("scores too large to put the number of matches first"));
    }
    let mut triples = Vec::new();
    for (r, &c) in rows.iter().enumerate() {
        for o in &model.options[c] {
            if let (true, Some(b)) = (matches_first, per_match) {
                triples.push((r, o.pos as usize, -(b + o.score)));
            } else if tie_break {
                triples.push((r, o.pos as usize, -(o.score * k + 1)));
            } else if o.score > 0 || has_mins {
                triples.push((r, o.pos as usize, -o.score));
            }
        }
    }
    if has_mins {
        let (mut cols, mut rws) = (col_groups.into_iter(), row_groups.into_iter());
        let bounds: Vec<Bounds> = model
            .groups
            .iter()
            .zip(mins)
            .filter_map(|((side, _, _), &min)| {
                let g = match side {
                    Side::Positions => cols.next(),
                    Side::Candidates => rws.next(),
                }?;
                Some(Bounds {
                    side: *side,
                    members: g.members,
                    min,
                    max: g.cap,
                })
            })
            .collect();
        return mip::solve(rows.len(), &triples, &col_cap, &bounds);
    }
    let fp = FlowProblem {
        arcs: Csr::from_triples(rows.len(), col_cap.len(), &triples)?,
        col_cap,
        col_groups,
        row_groups,
        optional_rows: true,
    };
    let sol = match crossing {
        CrossingQuotas::Reject => solve_flow(&fp)?,
        CrossingQuotas::Exact => solve_exact(&fp, DEFAULT_NODE_LIMIT)?,
    };
    Ok(sol.row_to_col)
}

fn stable(
    problem: &Problem,
    model: &Model,
    rows: &[usize],
    col_cap: &[u32],
) -> Result<Vec<Option<usize>>, Error> {
    let np = problem.positions.len();
    let pidx: HashMap<&str, usize> = problem
        .positions
        .iter()
        .enumerate()
        .map(|(k, p)| (p.id.as_str(), k))
        .collect();
    let mut row_of: HashMap<&str, u32> = HashMap::new();
    for (r, &c) in rows.iter().enumerate() {
        row_of.insert(problem.candidates[c].id.as_str(), r as u32);
    }
    let mut row_prefs = Vec::with_capacity(rows.len());
    // Per position: (row, score) of the eligible rows.
    let mut by_pos: Vec<Vec<(u32, i64)>> = vec![Vec::new(); np];
    for (r, &c) in rows.iter().enumerate() {
        let opts = &model.options[c];
        for o in opts {
            by_pos[o.pos as usize].push((r as u32, o.score));
        }
        let prefs: Vec<u32> = match &problem.candidates[c].ranking {
            Some(list) => list
                .iter()
                .filter_map(|id| pidx.get(id.as_str()).copied())
                .filter(|&q| opts.iter().any(|o| o.pos as usize == q))
                .map(|q| q as u32)
                .collect(),
            None => {
                let mut o: Vec<(i64, u32)> = opts.iter().map(|o| (-o.score, o.pos)).collect();
                o.sort_unstable();
                o.into_iter().map(|x| x.1).collect()
            }
        };
        row_prefs.push(prefs);
    }
    let mut col_rank = Vec::with_capacity(np);
    for (q, eligible) in by_pos.iter().enumerate() {
        let ranks: Vec<(u32, u32)> = match &problem.positions[q].ranking {
            Some(list) => list
                .iter()
                .enumerate()
                .filter_map(|(k, id)| {
                    let r = *row_of.get(id.as_str())?;
                    eligible.iter().any(|e| e.0 == r).then_some((r, k as u32))
                })
                .collect(),
            None => {
                let mut e: Vec<(i64, u32)> = eligible.iter().map(|&(r, s)| (-s, r)).collect();
                e.sort_unstable();
                e.iter()
                    .enumerate()
                    .map(|(k, &(_, r))| (r, k as u32))
                    .collect()
            }
        };
        let mut ranks = ranks;
        ranks.sort_unstable();
        ranks.dedup_by_key(|x| x.0);
        col_rank.push(ranks);
    }
    deferred_acceptance(&row_prefs, &col_rank, col_cap)
}
