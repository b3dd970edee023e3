//! Quotas with minimums ("at least 10 from Morocco", "at least 15 in Turin"), solved
//! exactly as a 0–1 integer program by the `microlp` crate — only when a minimum is
//! configured: the flow solvers handle maxima, and minimums on both sides cross.
//!
//! One binary variable per eligible (row, column) pair; each row takes at most one
//! column, each column at most its capacity, each group between its minimum and maximum.
//! The search is bounded by a node count (no clock here), and only a proven optimum is
//! returned: otherwise [`Error::Limit`].

use microlp::{ComparisonOp, OptimizationDirection, Problem, SolveOptions, TerminationReason};

use crate::Error;
use crate::problem::Side;

/// Nodes of branch and bound before giving up.
pub const NODE_LIMIT: u64 = 20_000;

/// A quota over rows (candidates) or columns (positions), by index.
#[derive(Debug, Clone)]
pub(crate) struct Bounds {
    pub side: Side,
    pub members: Vec<usize>,
    pub min: u32,
    pub max: u32,
}

/// Minimises the total cost of `arcs` (row, column, cost); returns each row's column.
pub(crate) fn solve(
    n_rows: usize,
    arcs: &[(usize, usize, i64)],
    col_cap: &[u32],
    groups: &[Bounds],
) -> Result<Vec<Option<usize>>, Error> {
    let mut lp = Problem::new(OptimizationDirection::Minimize);
    // Costs are integers below 2^31 in magnitude: exact in f64.
    let vars: Vec<_> = arcs
        .iter()
        .map(|&(_, _, cost)| lp.add_binary_var(cost as f64))
        .collect();
    let mut by_row = vec![Vec::new(); n_rows];
    let mut by_col = vec![Vec::new(); col_cap.len()];
    for (k, &(r, c, _)) in arcs.iter().enumerate() {
        by_row[r].push(k);
        by_col[c].push(k);
    }
    let sum = |ks: &mut dyn Iterator<Item = usize>| -> Vec<(microlp::Variable, f64)> {
        ks.map(|k| (vars[k], 1.0)).collect()
    };
    for ks in by_row.iter().filter(|ks| ks.len() > 1) {
        lp.add_constraint(
            sum(&mut ks.iter().copied()).as_slice(),
            ComparisonOp::Le,
            1.0,
        );
    }
    for (c, ks) in by_col.iter().enumerate() {
        if ks.len() > col_cap[c] as usize {
            let e = sum(&mut ks.iter().copied());
            lp.add_constraint(e.as_slice(), ComparisonOp::Le, f64::from(col_cap[c]));
        }
    }
    for g in groups {
        let lists = match g.side {
            Side::Candidates => &by_row,
            Side::Positions => &by_col,
        };
        let e = sum(&mut g.members.iter().flat_map(|&m| lists[m].iter().copied()));
        if g.min > 0 {
            if e.len() < g.min as usize {
                return Err(Error::Infeasible(
                    "fewer eligible pairs than a quota's minimum".into(),
                ));
            }
            lp.add_constraint(e.as_slice(), ComparisonOp::Ge, f64::from(g.min));
        }
        if (g.max as usize) < e.len() {
            lp.add_constraint(e.as_slice(), ComparisonOp::Le, f64::from(g.max));
        }
    }
    let mut options = SolveOptions::default();
    options.node_limit = Some(NODE_LIMIT);
    let outcome = match lp.solve_with(options) {
        Ok(o) => o,
        Err(microlp::Error::Infeasible) => {
            return Err(Error::Infeasible(
                "no assignment meets every quota's minimum".into(),
            ));
        }
        Err(e) => return Err(Error::Limit(format!("integer program: {e}"))),
    };
    if outcome.termination_reason() != TerminationReason::ProvenOptimal {
        return Err(Error::Limit(format!(
            "minimum quotas: no proof of optimality within {NODE_LIMIT} branch-and-bound nodes"
        )));
    }
    let solution = outcome
        .into_solution()
        .map_err(|_| Error::Limit("integer program: no solution".into()))?;
    let mut row_to_col = vec![None; n_rows];
    for (k, &(r, c, _)) in arcs.iter().enumerate() {
        if solution.var_value(vars[k]) > 0.5 {
            row_to_col[r] = Some(c);
        }
    }
    Ok(row_to_col)
}
