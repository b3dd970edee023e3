//! Min-cost flow for capacitated assignment with nested (laminar) quotas.
//!
//! The network: rows (candidates, one unit each) → columns (positions, with
//! capacities) → column groups (company cap → city cap …) → sink `T`. When rows
//! are optional, a row may instead take an *exit* arc of cost 0 into its
//! innermost row group node `X` (country quota → sub-quota …) and from there to
//! `T`. A row quota "at most `q` of these `s` rows are assigned" is a lower
//! bound of `s − q` units on the group's exit arc; lower bounds are removed the
//! textbook way (node demands), and those demands are satisfied up front by
//! pre-exiting the least promising rows, so every later path ends at `T`.
//!
//! Solvers. By default (optional rows, costs small enough to scale) the network
//! is built explicitly — S → row groups → rows → columns → column groups → T,
//! plus a bypass S → T — and solved by cost-scaling push-relabel
//! ([`crate::cost_scaling`]); row quotas are then plain arc capacities. Rows
//! with many arcs are first pruned to their cheapest few and the result
//! certified by the potentials (see [`solve_flow_with`]).
//!
//! Fallback: successive shortest paths with potentials, one row at a time (the
//! Jonker–Volgenant way: each row is a unit of supply; a Dijkstra from it stops
//! as soon as `T` is settled, and only settled nodes get new potentials). The
//! residual graph is never materialised: a column's reverse arcs are the short
//! list of its rows, a group's reverse arcs its children carrying flow. A row
//! group can hold tens of thousands of exited rows, so its reverse arcs are kept
//! in a heap ordered by reduced cost and fed into the Dijkstra lazily.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::Error;
use crate::error::bad;
use crate::laminar::{Crossing, Forest, Group, forest};
use crate::lap_dense::MAX_ABS_COST;
use crate::lap_sparse::Csr;

const NONE: u32 = u32::MAX;
const CURSOR: u32 = 1 << 31;

/// A capacitated assignment problem with quotas, minimising total cost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowProblem {
    /// Eligible (row, column) pairs with their costs; absent pairs are forbidden.
    pub arcs: Csr<i64>,
    /// Capacity of every column.
    pub col_cap: Vec<u32>,
    /// Quotas over columns (a laminar family), e.g. company and city caps.
    pub col_groups: Vec<Group>,
    /// Quotas over rows (a laminar family): at most `cap` assigned rows among the members.
    pub row_groups: Vec<Group>,
    /// When true a row may stay unassigned at cost 0 (so arcs of positive cost
    /// are never worth taking); when false every row must be assigned.
    pub optional_rows: bool,
}

/// An optimal solution of a [`FlowProblem`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowSolution {
    /// Minimum total cost.
    pub cost: i64,
    /// Column of every row, `None` for unassigned rows.
    pub row_to_col: Vec<Option<usize>>,
}

/// Solves a [`FlowProblem`] exactly. Groups of one side must be laminar
/// (nested or disjoint); crossing groups are reported as [`Error::BadInput`]
/// (see [`crate::quotas`] for the exact method that handles them).
pub fn solve_flow(p: &FlowProblem) -> Result<FlowSolution, Error> {
    solve_flow_with(p, PRUNE_KEEP, Method::Auto)
}

/// Rows keep this many of their cheapest arcs in the first solve of a pruned run.
const PRUNE_KEEP: usize = 6;

/// Which core solver [`solve_flow_with`] uses.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// Cost scaling when rows are optional and costs allow, else successive shortest paths.
    Auto,
    /// Successive shortest paths.
    ShortestPaths,
}

/// [`solve_flow`] with an explicit pruning width `keep` (0: never prune) and
/// core solver; for tests, which use tiny widths to exercise the repair loop.
///
/// When rows have many more than `keep` arcs, the problem is first solved on
/// every row's `keep` cheapest arcs. The core solvers return potentials making
/// every residual arc of that pruned network non-negative (reduced costs); if
/// every arc left out is non-negative too, they certify the solution optimal
/// for the whole problem. Otherwise the rows owning a negative left-out arc get
/// all their arcs back and the pruned problem is solved again (at worst it
/// becomes the whole problem). Pruning changes speed only, never the optimum.
#[doc(hidden)]
pub fn solve_flow_with(
    p: &FlowProblem,
    keep: usize,
    method: Method,
) -> Result<FlowSolution, Error> {
    let (cf, rf) = forests(p)?;
    let a = &p.arcs;
    let max_abs = a.cost.iter().map(|c| c.abs()).max().unwrap_or(0);
    let n_nodes = a.n_rows + a.n_cols + cf.orig.len() + rf.orig.len() + 2;
    let use_cs = method == Method::Auto
        && p.optional_rows
        && crate::cost_scaling::Graph::scalable(n_nodes, max_abs);
    let core = |arcs: &Csr<i64>| -> Result<Core, Error> {
        if use_cs && let Some(c) = solve_cost_scaling(arcs, p, &cf, &rf) {
            return Ok(c);
        }
        let mut net = Net::new_with(arcs, p, cf.clone(), rf.clone());
        net.run()?;
        Ok(Core {
            sol: net.solution(),
            row_p: net.p[net.r0..].to_vec(),
            col_p: net.p[net.c0..net.r0].to_vec(),
        })
    };
    if keep == 0 || a.col.len() < 2 * keep * a.n_rows.max(1) {
        return core(a).map(|c| c.sol);
    }
    // Rows keep their `keep` cheapest arcs (ties by column) unless given all.
    let mut full = vec![false; a.n_rows];
    let mut buf: Vec<(i64, u32)> = Vec::new();
    loop {
        let mut row_start = Vec::with_capacity(a.n_rows + 1);
        let mut col = Vec::with_capacity(keep * a.n_rows);
        let mut cost = Vec::with_capacity(keep * a.n_rows);
        row_start.push(0);
        for (i, &all) in full.iter().enumerate() {
            let r = a.row_start[i]..a.row_start[i + 1];
            if all || r.len() <= keep {
                col.extend_from_slice(&a.col[r.clone()]);
                cost.extend_from_slice(&a.cost[r]);
            } else {
                buf.clear();
                buf.extend(
                    a.cost[r.clone()]
                        .iter()
                        .copied()
                        .zip(a.col[r].iter().copied()),
                );
                buf.select_nth_unstable(keep);
                for &(c, j) in &buf[..keep] {
                    col.push(j);
                    cost.push(c);
                }
            }
            row_start.push(col.len());
        }
        let sub = Csr {
            n_rows: a.n_rows,
            n_cols: a.n_cols,
            row_start,
            col,
            cost,
        };
        let c = match core(&sub) {
            Ok(c) => c,
            // Rows may need a left-out arc to be assigned at all.
            Err(Error::Infeasible(_)) if !p.optional_rows => return core(a).map(|c| c.sol),
            Err(e) => return Err(e),
        };
        drop(sub);
        // Every arc but the row's own must have a non-negative reduced cost
        // (kept arcs do by construction, so this checks the left-out ones).
        let mut repaired = false;
        for (i, all) in full.iter_mut().enumerate() {
            let r = a.row_start[i]..a.row_start[i + 1];
            if *all || r.len() <= keep {
                continue;
            }
            let own = c.sol.row_to_col[i].map_or(u32::MAX, |j| j as u32);
            let pi = c.row_p[i];
            let bad_arc = a.col[r.clone()]
                .iter()
                .zip(&a.cost[r])
                .any(|(&j, &cost)| j != own && cost + pi - c.col_p[j as usize] < 0);
            if bad_arc {
                *all = true;
                repaired = true;
            }
        }
        if !repaired {
            return Ok(c.sol);
        }
    }
}

/// A core solution with potentials of rows and columns (reduced cost of a
/// residual arc `i → j`: `cost + row_p[i] - col_p[j] >= 0`).
struct Core {
    sol: FlowSolution,
    row_p: Vec<i64>,
    col_p: Vec<i64>,
}

/// The network S → row groups → rows → columns → column groups → T with a
/// bypass S → T (rows optional), solved by cost scaling. `None` when the
/// cost-scaling solver gives up (the caller then uses shortest paths).
fn solve_cost_scaling(arcs: &Csr<i64>, p: &FlowProblem, cf: &Forest, rf: &Forest) -> Option<Core> {
    use crate::cost_scaling::Graph;
    let (n_rows, n_cols) = (arcs.n_rows, arcs.n_cols);
    let (n_g, n_x) = (cf.orig.len(), rf.orig.len());
    let (t, s) = (0usize, 1usize);
    let g0 = 2;
    let x0 = g0 + n_g;
    let c0 = x0 + n_x;
    let r0 = c0 + n_cols;
    let n = r0 + n_rows;
    let mut g = Graph::new(n);
    g.reserve(arcs.col.len() + n_rows + n_cols + n_g + n_x + 1);
    g.set_supply(s, n_rows as i64);
    g.set_supply(t, -(n_rows as i64));
    g.add_arc(s, t, n_rows as u32, 0);
    for x in 0..n_x {
        let par = rf.parent[x];
        let from = if par == NONE { s } else { x0 + par as usize };
        g.add_arc(from, x0 + x, rf.cap[x], 0);
    }
    for i in 0..n_rows {
        let inner = rf.inner.get(i).copied().unwrap_or(NONE);
        let from = if inner == NONE {
            s
        } else {
            x0 + inner as usize
        };
        g.add_arc(from, r0 + i, 1, 0);
    }
    for j in 0..n_cols {
        let inner = cf.inner[j];
        let to = if inner == NONE {
            t
        } else {
            g0 + inner as usize
        };
        g.add_arc(c0 + j, to, p.col_cap[j], 0);
    }
    for k in 0..n_g {
        let par = cf.parent[k];
        let to = if par == NONE { t } else { g0 + par as usize };
        g.add_arc(g0 + k, to, cf.cap[k], 0);
    }
    let first_row_arc = 1 + n_x + n_rows + n_cols + n_g;
    for i in 0..n_rows {
        for k in arcs.row_start[i]..arcs.row_start[i + 1] {
            g.add_arc(r0 + i, c0 + arcs.col[k] as usize, 1, arcs.cost[k]);
        }
    }
    let solved = g.solve()?;
    let mut row_to_col = vec![None; n_rows];
    let mut cost = 0;
    for (i, slot) in row_to_col.iter_mut().enumerate() {
        for k in arcs.row_start[i]..arcs.row_start[i + 1] {
            if solved.flow[first_row_arc + k] > 0 {
                *slot = Some(arcs.col[k] as usize);
                cost += arcs.cost[k];
            }
        }
    }
    Some(Core {
        sol: FlowSolution { cost, row_to_col },
        row_p: solved.potential[r0..].to_vec(),
        col_p: solved.potential[c0..r0].to_vec(),
    })
}

/// Builds both forests, reporting crossing groups.
pub(crate) fn forests(p: &FlowProblem) -> Result<(Forest, Forest), Error> {
    let a = &p.arcs;
    if a.row_start.len() != a.n_rows + 1
        || a.col.len() != a.cost.len()
        || a.row_start.last().copied() != Some(a.col.len())
        || a.row_start.windows(2).any(|w| w[0] > w[1])
        || a.col.iter().any(|&j| j as usize >= a.n_cols)
    {
        return Err(bad("malformed CSR matrix"));
    }
    if a.cost.iter().any(|c| c.abs() > MAX_ABS_COST) {
        return Err(bad(format!("costs must lie within ±{MAX_ABS_COST}")));
    }
    if p.col_cap.len() != a.n_cols {
        return Err(bad("one capacity per column is required"));
    }
    if a.n_rows + a.n_cols + p.col_groups.len() + p.row_groups.len() + 1 >= (CURSOR as usize) {
        return Err(bad("problem too large"));
    }
    let crossing = |side: &str, Crossing(x, y): Crossing| {
        bad(format!(
            "{side} groups {x} and {y} cross (neither nested nor disjoint); use the exact quota solver"
        ))
    };
    let col_w: Vec<u64> = p.col_cap.iter().map(|&c| u64::from(c)).collect();
    let cf = forest(a.n_cols, &p.col_groups, &col_w).map_err(|c| crossing("column", c))?;
    if !p.optional_rows {
        // Every row is assigned: a row quota either holds trivially or cannot hold.
        for (k, g) in p.row_groups.iter().enumerate() {
            let mut m: Vec<usize> = g
                .members
                .iter()
                .copied()
                .filter(|&e| e < a.n_rows)
                .collect();
            m.sort_unstable();
            m.dedup();
            if m.len() > g.cap as usize {
                return Err(Error::Infeasible(format!(
                    "row group {k} allows {} of its {} rows, but every row must be assigned",
                    g.cap,
                    m.len()
                )));
            }
        }
        return Ok((cf, Forest::default()));
    }
    let row_w = vec![1u64; a.n_rows];
    let rf = forest(a.n_rows, &p.row_groups, &row_w).map_err(|c| crossing("row", c))?;
    Ok((cf, rf))
}

/// Residual network state. Node ids: `T` = 0, column groups, row-group nodes,
/// columns, rows. `T` having the smallest id makes it win distance ties.
struct Net<'a> {
    arcs: &'a Csr<i64>,
    g0: usize,
    x0: usize,
    c0: usize,
    r0: usize,
    optional: bool,

    col_cap: Vec<u32>,
    col_flow: Vec<u32>,
    col_parent: Vec<u32>,
    col_rows: Vec<Vec<u32>>,

    grp_cap: Vec<u32>,
    grp_flow: Vec<u32>,
    grp_parent: Vec<u32>,
    grp_children: Vec<Vec<u32>>,

    x_parent: Vec<u32>,
    x_children: Vec<Vec<u32>>,
    x_flow: Vec<u32>,
    /// Exited rows of each row-group node: (potential at insertion, version, row).
    x_heap: Vec<BinaryHeap<(i64, u32, u32)>>,

    row_exit_to: Vec<u32>,
    row_col: Vec<u32>,
    row_cost: Vec<i64>,
    row_exited: Vec<bool>,
    row_ver: Vec<u32>,
    pre_exited: Vec<bool>,

    p: Vec<i64>,
    d: Vec<i64>,
    seen: Vec<u32>,
    done: Vec<u32>,
    epoch: u32,
    pred: Vec<u32>,
    pred_cost: Vec<i64>,
    heap: BinaryHeap<Reverse<(i64, u32)>>,
    visited: Vec<u32>,
    taken: Vec<u32>,
}

const T: usize = 0;

impl<'a> Net<'a> {
    /// The network of `p` with its arcs replaced by `a` (same rows and columns).
    fn new_with(a: &'a Csr<i64>, p: &FlowProblem, cf: Forest, rf: Forest) -> Self {
        let (n_rows, n_cols) = (a.n_rows, a.n_cols);
        let n_g = cf.orig.len();
        let n_x = rf.orig.len();
        let g0 = 1;
        let x0 = g0 + n_g;
        let c0 = x0 + n_x;
        let r0 = c0 + n_cols;
        let n_nodes = r0 + n_rows;
        let gnode = |g: u32| {
            if g == NONE {
                T as u32
            } else {
                (g0 + g as usize) as u32
            }
        };
        let xnode = |g: u32| {
            if g == NONE {
                T as u32
            } else {
                (x0 + g as usize) as u32
            }
        };

        let col_parent: Vec<u32> = cf.inner.iter().map(|&g| gnode(g)).collect();
        let grp_parent: Vec<u32> = cf.parent.iter().map(|&g| gnode(g)).collect();
        let mut grp_children = vec![Vec::new(); n_g];
        for (j, &g) in cf.inner.iter().enumerate() {
            if g != NONE {
                grp_children[g as usize].push((c0 + j) as u32);
            }
        }
        for (g, &par) in cf.parent.iter().enumerate() {
            if par != NONE {
                grp_children[par as usize].push((g0 + g) as u32);
            }
        }
        let x_parent: Vec<u32> = rf.parent.iter().map(|&g| xnode(g)).collect();
        let mut x_children = vec![Vec::new(); n_x];
        for (g, &par) in rf.parent.iter().enumerate() {
            if par != NONE {
                x_children[par as usize].push((x0 + g) as u32);
            }
        }
        let row_exit_to: Vec<u32> = if rf.inner.is_empty() {
            vec![T as u32; n_rows]
        } else {
            rf.inner.iter().map(|&g| xnode(g)).collect()
        };

        let mut net = Net {
            arcs: a,
            g0,
            x0,
            c0,
            r0,
            optional: p.optional_rows,
            col_cap: p.col_cap.clone(),
            col_flow: vec![0; n_cols],
            col_parent,
            col_rows: vec![Vec::new(); n_cols],
            grp_cap: cf.cap.clone(),
            grp_flow: vec![0; n_g],
            grp_parent,
            grp_children,
            x_parent,
            x_children,
            x_flow: vec![0; n_x],
            x_heap: vec![BinaryHeap::new(); n_x],
            row_exit_to,
            row_col: vec![NONE; n_rows],
            row_cost: vec![0; n_rows],
            row_exited: vec![false; n_rows],
            row_ver: vec![0; n_rows],
            pre_exited: vec![false; n_rows],
            p: vec![0; n_nodes],
            d: vec![0; n_nodes],
            seen: vec![0; n_nodes],
            done: vec![0; n_nodes],
            epoch: 0,
            pred: vec![NONE; n_nodes],
            pred_cost: vec![0; n_nodes],
            heap: BinaryHeap::new(),
            visited: Vec::new(),
            taken: Vec::new(),
        };
        if p.optional_rows && n_x > 0 {
            net.pre_exit(&rf);
        }
        net
    }

    /// Meets the lower bounds of the row groups by exiting rows up front, the
    /// least promising first, then sets potentials making all residual arcs
    /// of non-negative reduced cost.
    fn pre_exit(&mut self, rf: &Forest) {
        let n_x = rf.orig.len();
        let n_rows = self.arcs.n_rows;
        let mut direct: Vec<Vec<u32>> = vec![Vec::new(); n_x];
        for (i, &g) in rf.inner.iter().enumerate() {
            if g != NONE {
                direct[g as usize].push(i as u32);
            }
        }
        // Groups are ordered children first, so one pass computes subtree sizes
        // and tightened lower bounds ℓ'(g) = max(size − cap, Σ ℓ'(children)).
        let mut size = vec![0usize; n_x];
        let mut lb = vec![0usize; n_x];
        let mut child_lb = vec![0usize; n_x];
        for g in 0..n_x {
            size[g] += direct[g].len();
            lb[g] = size[g].saturating_sub(rf.cap[g] as usize).max(child_lb[g]);
            let par = rf.parent[g];
            if par != NONE {
                size[par as usize] += size[g];
                child_lb[par as usize] += lb[g];
            }
        }
        let value: Vec<i64> = (0..n_rows)
            .map(|i| {
                let r = self.arcs.row_start[i]..self.arcs.row_start[i + 1];
                self.arcs.cost[r]
                    .iter()
                    .map(|&c| -c)
                    .max()
                    .unwrap_or(i64::MIN)
            })
            .collect();
        let mut children: Vec<Vec<usize>> = vec![Vec::new(); n_x];
        for g in 0..n_x {
            if rf.parent[g] != NONE {
                children[rf.parent[g] as usize].push(g);
            }
        }
        for g in 0..n_x {
            let demand = lb[g] - child_lb[g];
            if demand == 0 {
                continue;
            }
            let mut pool: Vec<u32> = Vec::new();
            let mut stack = vec![g];
            while let Some(h) = stack.pop() {
                pool.extend(
                    direct[h]
                        .iter()
                        .copied()
                        .filter(|&i| !self.pre_exited[i as usize]),
                );
                stack.extend(children[h].iter().copied());
            }
            pool.sort_by_key(|&i| (value[i as usize], i));
            for &i in pool.iter().take(demand) {
                let iu = i as usize;
                self.pre_exited[iu] = true;
                self.row_exited[iu] = true;
                let mut h = rf.inner[iu] as usize;
                while h != g {
                    self.x_flow[h] += 1;
                    h = rf.parent[h] as usize;
                }
                let x = self.row_exit_to[iu] as usize - self.x0;
                self.x_heap[x].push((0, 0, i));
            }
        }
        // Potentials: rows and row-group nodes 0, columns low enough for the
        // arcs of pre-exited rows, column groups and T below every column.
        let mut pmin = 0;
        for i in 0..n_rows {
            if !self.pre_exited[i] {
                continue;
            }
            let r = self.arcs.row_start[i]..self.arcs.row_start[i + 1];
            for (&j, &c) in self.arcs.col[r.clone()].iter().zip(&self.arcs.cost[r]) {
                let pj = &mut self.p[self.c0 + j as usize];
                *pj = (*pj).min(c);
                pmin = pmin.min(*pj);
            }
        }
        self.p[T] = pmin;
        for g in self.g0..self.x0 {
            self.p[g] = pmin;
        }
    }

    fn run(&mut self) -> Result<(), Error> {
        // Rows with the best options first: they rarely get displaced later, so
        // the weaker rows that come after meet settled prices and their searches
        // stay short (any order is correct; this one is faster).
        let a = self.arcs;
        let mut order: Vec<(i64, u32)> = (0..a.n_rows)
            .filter(|&i| !self.pre_exited[i])
            .map(|i| {
                let best = a.cost[a.row_start[i]..a.row_start[i + 1]]
                    .iter()
                    .min()
                    .copied();
                (best.unwrap_or(i64::MAX), i as u32)
            })
            .collect();
        order.sort_unstable();
        for (_, i) in order {
            self.augment_from(i as usize)?;
        }
        Ok(())
    }

    fn solution(&self) -> FlowSolution {
        let mut cost = 0;
        let row_to_col = (0..self.arcs.n_rows)
            .map(|i| {
                let j = self.row_col[i];
                (j != NONE).then(|| {
                    cost += self.row_cost[i];
                    j as usize
                })
            })
            .collect();
        FlowSolution { cost, row_to_col }
    }

    fn next_epoch(&mut self) {
        self.epoch = self.epoch.wrapping_add(1);
        if self.epoch == 0 {
            self.seen.fill(0);
            self.done.fill(0);
            self.epoch = 1;
        }
        self.heap.clear();
        self.visited.clear();
        self.taken.clear();
    }

    #[inline]
    fn relax(&mut self, v: usize, nd: i64, from: usize, cost: i64) {
        if self.done[v] == self.epoch {
            return;
        }
        if self.seen[v] != self.epoch || nd < self.d[v] {
            self.seen[v] = self.epoch;
            self.d[v] = nd;
            self.pred[v] = from as u32;
            self.pred_cost[v] = cost;
            self.heap.push(Reverse((nd, v as u32)));
        }
    }

    fn settle(&mut self, v: usize, dist: i64) {
        self.seen[v] = self.epoch;
        self.done[v] = self.epoch;
        self.d[v] = dist;
        self.visited.push(v as u32);
    }

    fn expand_row(&mut self, i: usize, di: i64) {
        let u = self.r0 + i;
        let pu = self.p[u];
        let own = self.row_col[i];
        let r = self.arcs.row_start[i]..self.arcs.row_start[i + 1];
        let arcs = self.arcs;
        for (&j, &c) in arcs.col[r.clone()].iter().zip(&arcs.cost[r]) {
            if j == own {
                continue;
            }
            let v = self.c0 + j as usize;
            self.relax(v, di + c + pu - self.p[v], u, c);
        }
        if self.optional && !self.row_exited[i] {
            let x = self.row_exit_to[i] as usize;
            self.relax(x, di + pu - self.p[x], u, 0);
        }
    }

    fn expand_col(&mut self, j: usize, dj: i64) {
        let u = self.c0 + j;
        let pu = self.p[u];
        if self.col_flow[j] < self.col_cap[j] {
            let par = self.col_parent[j] as usize;
            self.relax(par, dj + pu - self.p[par], u, 0);
        }
        for k in 0..self.col_rows[j].len() {
            let i = self.col_rows[j][k] as usize;
            let v = self.r0 + i;
            let c = -self.row_cost[i];
            self.relax(v, dj + c + pu - self.p[v], u, c);
        }
    }

    fn expand_group(&mut self, g: usize, dg: i64) {
        let u = self.g0 + g;
        let pu = self.p[u];
        if self.grp_flow[g] < self.grp_cap[g] {
            let par = self.grp_parent[g] as usize;
            self.relax(par, dg + pu - self.p[par], u, 0);
        }
        for k in 0..self.grp_children[g].len() {
            let v = self.grp_children[g][k] as usize;
            if self.flow_into_parent(v) > 0 {
                self.relax(v, dg + pu - self.p[v], u, 0);
            }
        }
    }

    fn flow_into_parent(&self, v: usize) -> u32 {
        if v >= self.c0 {
            self.col_flow[v - self.c0]
        } else {
            self.grp_flow[v - self.g0]
        }
    }

    fn expand_x(&mut self, h: usize, dh: i64) {
        let u = self.x0 + h;
        let pu = self.p[u];
        let par = self.x_parent[h] as usize;
        self.relax(par, dh + pu - self.p[par], u, 0);
        for k in 0..self.x_children[h].len() {
            let v = self.x_children[h][k] as usize;
            if self.x_flow[v - self.x0] > 0 {
                self.relax(v, dh + pu - self.p[v], u, 0);
            }
        }
        self.push_cursor(h);
    }

    /// Offers the exited row of `h` with the smallest reduced reverse-exit cost.
    fn push_cursor(&mut self, h: usize) {
        while let Some(&(key, ver, i)) = self.x_heap[h].peek() {
            let iu = i as usize;
            if self.row_exited[iu]
                && self.row_ver[iu] == ver
                && self.done[self.r0 + iu] != self.epoch
            {
                let u = self.x0 + h;
                let nd = self.d[u] + self.p[u] - key;
                self.heap.push(Reverse((nd, CURSOR | h as u32)));
                return;
            }
            self.x_heap[h].pop();
        }
    }

    fn take_cursor(&mut self, h: usize, dist: i64) {
        let Some((_, _, i)) = self.x_heap[h].pop() else {
            return;
        };
        let iu = i as usize;
        let v = self.r0 + iu;
        self.taken.push(i);
        self.settle(v, dist);
        self.pred[v] = (self.x0 + h) as u32;
        self.pred_cost[v] = 0;
        self.expand_row(iu, dist);
        self.push_cursor(h);
    }

    fn augment_from(&mut self, s: usize) -> Result<(), Error> {
        self.next_epoch();
        let src = self.r0 + s;
        self.p[src] = 0;
        self.settle(src, 0);
        self.expand_row(s, 0);
        let dt = loop {
            let Some(Reverse((dist, code))) = self.heap.pop() else {
                return Err(Error::Infeasible(format!(
                    "row {s} cannot be assigned: no feasible complete assignment"
                )));
            };
            if code & CURSOR != 0 {
                self.take_cursor((code & !CURSOR) as usize, dist);
                continue;
            }
            let v = code as usize;
            if self.done[v] == self.epoch || dist != self.d[v] {
                continue;
            }
            self.settle(v, dist);
            if v == T {
                break dist;
            }
            if v >= self.r0 {
                self.expand_row(v - self.r0, dist);
            } else if v >= self.c0 {
                self.expand_col(v - self.c0, dist);
            } else if v >= self.x0 {
                self.expand_x(v - self.x0, dist);
            } else {
                self.expand_group(v - self.g0, dist);
            }
        };
        for k in 0..self.visited.len() {
            let v = self.visited[k] as usize;
            self.p[v] += self.d[v] - dt;
        }
        let mut v = T;
        while v != src {
            let u = self.pred[v] as usize;
            self.apply(u, v);
            v = u;
        }
        for k in 0..self.taken.len() {
            let i = self.taken[k] as usize;
            if self.row_exited[i] {
                self.push_exited(i);
            }
        }
        Ok(())
    }

    fn push_exited(&mut self, i: usize) {
        let x = self.row_exit_to[i] as usize;
        if x != T {
            self.row_ver[i] = self.row_ver[i].wrapping_add(1);
            self.x_heap[x - self.x0].push((self.p[self.r0 + i], self.row_ver[i], i as u32));
        }
    }

    /// Pushes one unit along the residual arc `u → v`.
    fn apply(&mut self, u: usize, v: usize) {
        if u >= self.r0 {
            let i = u - self.r0;
            if v >= self.c0 {
                let j = v - self.c0;
                self.row_col[i] = j as u32;
                self.row_cost[i] = self.pred_cost[v];
                self.col_rows[j].push(i as u32);
            } else {
                self.row_col[i] = NONE;
                self.row_exited[i] = true;
                self.push_exited(i);
            }
        } else if u >= self.c0 {
            let j = u - self.c0;
            if v >= self.r0 {
                let i = (v - self.r0) as u32;
                if let Some(k) = self.col_rows[j].iter().position(|&r| r == i) {
                    self.col_rows[j].swap_remove(k);
                }
            } else {
                self.col_flow[j] += 1;
            }
        } else if u >= self.x0 {
            let h = u - self.x0;
            if v >= self.r0 {
                let i = v - self.r0;
                self.row_exited[i] = false;
                self.row_ver[i] = self.row_ver[i].wrapping_add(1);
            } else if v == self.x_parent[h] as usize {
                self.x_flow[h] += 1;
            } else {
                self.x_flow[v - self.x0] -= 1;
            }
        } else if u >= self.g0 {
            let g = u - self.g0;
            if v == self.grp_parent[g] as usize {
                self.grp_flow[g] += 1;
            } else if v >= self.c0 {
                self.col_flow[v - self.c0] -= 1;
            } else {
                self.grp_flow[v - self.g0] -= 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(n: usize, m: usize, triples: &[(usize, usize, i64)], cap: &[u32]) -> FlowProblem {
        FlowProblem {
            arcs: Csr::from_triples(n, m, triples).unwrap_or_else(|e| panic!("{e}")),
            col_cap: cap.to_vec(),
            col_groups: vec![],
            row_groups: vec![],
            optional_rows: true,
        }
    }

    #[test]
    fn capacities_and_optional_rows() {
        // Three rows want column 0 (cap 2); row 2 is best elsewhere.
        let mut p = problem(
            3,
            2,
            &[(0, 0, -5), (1, 0, -4), (2, 0, -3), (2, 1, -1)],
            &[2, 1],
        );
        let s = solve_flow(&p).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.cost, -10);
        assert_eq!(s.row_to_col, vec![Some(0), Some(0), Some(1)]);
        p.col_cap = vec![1, 0];
        let s = solve_flow(&p).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((s.cost, s.row_to_col), (-5, vec![Some(0), None, None]));
    }

    #[test]
    fn nested_column_and_row_groups() {
        let mut p = problem(
            4,
            3,
            &[(0, 0, -9), (1, 1, -8), (2, 2, -7), (3, 0, -6), (3, 2, -1)],
            &[2, 1, 1],
        );
        // Company {0,1} at most 1; rows {0,1,2} at most 2.
        p.col_groups = vec![Group {
            members: vec![0, 1],
            cap: 1,
        }];
        p.row_groups = vec![Group {
            members: vec![0, 1, 2],
            cap: 2,
        }];
        let s = solve_flow(&p).unwrap_or_else(|e| panic!("{e}"));
        // Best: row0→0 (-9), row2→2 (-7), row3 has col0 blocked by company, col2 taken.
        assert_eq!(s.cost, -16);
    }

    #[test]
    fn crossing_groups_are_rejected() {
        let mut p = problem(2, 3, &[(0, 0, -1), (1, 2, -1)], &[1, 1, 1]);
        p.col_groups = vec![
            Group {
                members: vec![0, 1],
                cap: 1,
            },
            Group {
                members: vec![1, 2],
                cap: 1,
            },
        ];
        assert!(matches!(solve_flow(&p), Err(Error::BadInput(_))));
    }

    /// The cost-scaling core must finish on its own (no silent fallback) and
    /// agree with shortest paths, with potentials valid on every residual arc.
    #[test]
    fn cost_scaling_core_agrees_with_shortest_paths() {
        let mut s = 7u64;
        let mut next = move || {
            s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            s >> 33
        };
        for _ in 0..300 {
            let n = (next() % 40 + 1) as usize;
            let m = (next() % 12 + 1) as usize;
            let range = [3, 50, 1_000_000][(next() % 3) as usize];
            let mut triples = Vec::new();
            for i in 0..n {
                for j in 0..m {
                    if next() % 3 == 0 {
                        triples.push((i, j, next() as i64 % range - range / 2));
                    }
                }
            }
            let cap: Vec<u32> = (0..m).map(|_| (next() % 4) as u32).collect();
            let mut p = problem(n, m, &triples, &cap);
            p.col_groups = vec![Group {
                members: (0..m).filter(|j| j % 2 == 0).collect(),
                cap: (next() % 5) as u32,
            }];
            p.row_groups = vec![Group {
                members: (0..n).filter(|i| i % 3 == 0).collect(),
                cap: (next() % 6) as u32,
            }];
            let (cf, rf) = forests(&p).unwrap_or_else(|e| panic!("{e}"));
            let core = solve_cost_scaling(&p.arcs, &p, &cf, &rf)
                .unwrap_or_else(|| panic!("cost scaling gave up"));
            let want =
                solve_flow_with(&p, 0, Method::ShortestPaths).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(core.sol.cost, want.cost);
            for i in 0..n {
                for k in p.arcs.row_start[i]..p.arcs.row_start[i + 1] {
                    let j = p.arcs.col[k] as usize;
                    if core.sol.row_to_col[i] != Some(j) {
                        assert!(p.arcs.cost[k] + core.row_p[i] - core.col_p[j] >= 0);
                    }
                }
            }
        }
    }

    #[test]
    fn must_assign_infeasible() {
        let mut p = problem(2, 2, &[(0, 0, 1), (1, 0, 1)], &[1, 1]);
        p.optional_rows = false;
        assert!(matches!(solve_flow(&p), Err(Error::Infeasible(_))));
        p.col_cap = vec![2, 0];
        assert_eq!(solve_flow(&p).map(|s| s.cost), Ok(2));
    }
}
