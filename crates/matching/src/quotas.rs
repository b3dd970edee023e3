//! Crossing quotas, solved exactly by branch and bound over the flow.
//!
//! Quotas that cross (at most 5 from Tunisia *and* at most 3 from Sfax-or-Milano
//! …) make the problem NP-hard in general, so this is meant for the small
//! problems of one scheme round and stops at a node limit. The largest laminar
//! subfamily found greedily stays inside the flow (so the relaxation is already
//! tight on it); the other quotas are relaxed. When a relaxed optimum violates a
//! quota, every feasible solution must drop at least one of the pairs (or rows)
//! that overfill it, so branching on "which one is dropped" is complete. The
//! relaxation cost is a lower bound: nodes no better than the incumbent are cut.

use crate::Error;
use crate::flow::{FlowProblem, FlowSolution, solve_flow};
use crate::laminar::{Group, forest};
use crate::lap_sparse::Csr;

/// Default limit on branch-and-bound nodes.
pub const DEFAULT_NODE_LIMIT: usize = 20_000;

/// Solves a [`FlowProblem`] whose groups may cross. Laminar problems are solved
/// by a single flow. [`Error::Limit`] when `node_limit` nodes were not enough.
pub fn solve_exact(p: &FlowProblem, node_limit: usize) -> Result<FlowSolution, Error> {
    let (n, m) = (p.arcs.n_rows, p.arcs.n_cols);
    let col_w: Vec<u64> = p.col_cap.iter().map(|&c| u64::from(c)).collect();
    let (col_keep, col_extra) = split(m, &p.col_groups, &col_w);
    let (row_keep, row_extra) = if p.optional_rows {
        split(n, &p.row_groups, &vec![1; n])
    } else {
        // Every row is assigned: only the size of a row group matters, and
        // solve_flow checks it.
        (p.row_groups.clone(), Vec::new())
    };
    let base = FlowProblem {
        arcs: p.arcs.clone(),
        col_cap: p.col_cap.clone(),
        col_groups: col_keep,
        row_groups: row_keep,
        optional_rows: p.optional_rows,
    };
    let mut best: Option<FlowSolution> = None;
    let mut stack: Vec<Vec<Cut>> = vec![Vec::new()];
    let mut nodes = 0;
    while let Some(cuts) = stack.pop() {
        nodes += 1;
        if nodes > node_limit {
            return Err(Error::Limit(format!(
                "crossing quotas: no proof of optimality within {node_limit} branch-and-bound nodes"
            )));
        }
        let sub = FlowProblem {
            arcs: without(&base.arcs, &cuts)?,
            ..base.clone()
        };
        let sol = match solve_flow(&sub) {
            Ok(s) => s,
            Err(Error::Infeasible(_)) => continue,
            Err(e) => return Err(e),
        };
        if best.as_ref().is_some_and(|b| sol.cost >= b.cost) {
            continue;
        }
        match most_violated(&sol, &p.col_cap, &col_extra, &row_extra) {
            None => best = Some(sol),
            Some(drops) => {
                for d in drops.into_iter().rev() {
                    let mut c = cuts.clone();
                    c.push(d);
                    stack.push(c);
                }
            }
        }
    }
    best.ok_or_else(|| Error::Infeasible("no assignment satisfies every quota".into()))
}

/// Greedily keeps the groups that stay laminar together; returns (kept, others).
fn split(n: usize, groups: &[Group], w: &[u64]) -> (Vec<Group>, Vec<Group>) {
    let mut keep: Vec<Group> = Vec::new();
    let mut extra = Vec::new();
    for g in groups {
        keep.push(g.clone());
        if forest(n, &keep, w).is_err()
            && let Some(g) = keep.pop()
        {
            extra.push(g);
        }
    }
    (keep, extra)
}

/// A branching decision: `(row, Some(col))` drops a pair, `(row, None)` a row.
type Cut = (usize, Option<usize>);

/// The arcs minus the cuts: `(row, Some(col))` drops a pair, `(row, None)` a row.
fn without(a: &Csr<i64>, cuts: &[Cut]) -> Result<Csr<i64>, Error> {
    let mut t = Vec::with_capacity(a.col.len());
    for i in 0..a.n_rows {
        for k in a.row_start[i]..a.row_start[i + 1] {
            let j = a.col[k] as usize;
            if !cuts
                .iter()
                .any(|&(r, c)| r == i && c.is_none_or(|c| c == j))
            {
                t.push((i, j, a.cost[k]));
            }
        }
    }
    Csr::from_triples(a.n_rows, a.n_cols, &t)
}

/// The cuts to branch on for the most overfilled relaxed quota, if any.
fn most_violated(
    s: &FlowSolution,
    col_cap: &[u32],
    col_extra: &[Group],
    row_extra: &[Group],
) -> Option<Vec<Cut>> {
    let mut load = vec![0u32; col_cap.len()];
    for &j in s.row_to_col.iter().flatten() {
        load[j] += 1;
    }
    let mut worst: Option<(u32, Vec<Cut>)> = None;
    for g in col_extra {
        let mut members = g.members.clone();
        members.sort_unstable();
        members.dedup();
        let total: u32 = members.iter().filter_map(|&j| load.get(j)).sum();
        if total > g.cap && worst.as_ref().is_none_or(|w| total - g.cap > w.0) {
            let drops = s
                .row_to_col
                .iter()
                .enumerate()
                .filter_map(|(i, c)| {
                    c.filter(|c| members.binary_search(c).is_ok())
                        .map(|c| (i, Some(c)))
                })
                .collect();
            worst = Some((total - g.cap, drops));
        }
    }
    for g in row_extra {
        let mut members = g.members.clone();
        members.sort_unstable();
        members.dedup();
        let assigned: Vec<Cut> = members
            .iter()
            .filter(|&&i| s.row_to_col.get(i).is_some_and(Option::is_some))
            .map(|&i| (i, None))
            .collect();
        let total = assigned.len() as u32;
        if total > g.cap && worst.as_ref().is_none_or(|w| total - g.cap > w.0) {
            worst = Some((total - g.cap, assigned));
        }
    }
    worst.map(|w| w.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crossing_row_quotas() {
        // Four rows, four columns, each row worth 10 on its own column.
        // Country {0,1} ≤ 1, city {1,2} ≤ 1, crossing at row 1.
        let t: Vec<_> = (0..4).map(|i| (i, i, -10 - i as i64)).collect();
        let p = FlowProblem {
            arcs: Csr::from_triples(4, 4, &t).unwrap_or_else(|e| panic!("{e}")),
            col_cap: vec![1; 4],
            col_groups: vec![],
            row_groups: vec![
                Group {
                    members: vec![0, 1],
                    cap: 1,
                },
                Group {
                    members: vec![1, 2],
                    cap: 1,
                },
            ],
            optional_rows: true,
        };
        let s = solve_exact(&p, 100).unwrap_or_else(|e| panic!("{e}"));
        // Best: rows 0, 2, 3 (-10 -12 -13) rather than row 1 with row 3.
        assert_eq!(s.cost, -35);
        assert_eq!(s.row_to_col, vec![Some(0), None, Some(2), Some(3)]);
        assert!(matches!(solve_flow(&p), Err(Error::BadInput(_))));
    }
}
