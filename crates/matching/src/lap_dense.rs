//! Dense linear assignment: Jonker–Volgenant (LAPJV, 1987).
//!
//! Phases, as in the original paper and in the widely used `lapjv` code:
//! 1. column reduction (square problems only): every column takes its minimum,
//!    rows that won a single column get a "reduction transfer";
//! 2. augmenting row reduction, twice: an auction-like pass that assigns free
//!    rows cheaply and lowers column prices;
//! 3. shortest augmenting paths (Dijkstra over columns) for the rows still free,
//!    scanning the "todo" list of columns in batches of equal distance, which is
//!    what makes LAPJV fast on costs with many ties.
//!
//! Costs are any integer type convertible to `i64` (use `i32` matrices when the
//! range allows: half the memory traffic). Potentials and distances are `i64`.
//! Rectangular problems are first solved sparse on every element of the smaller
//! side's cheapest few partners, and the sparse prices are checked against the
//! whole matrix in one pass (see [`solve_dense_pruned`]); only when that fails
//! repeatedly does the full LAPJV run: fewer rows than columns skip the column
//! reduction (its prices would be wrong for columns that end up unassigned) and
//! start from zero prices; more rows than columns are solved on the transpose.

use crate::Error;
use crate::error::bad;
use crate::lap_sparse::{Csr, solve_with_prices};

const NONE: usize = usize::MAX;

/// Largest absolute cost accepted, so that potentials and sums stay far from overflow.
pub const MAX_ABS_COST: i64 = 1 << 40;

/// An optimal assignment of a linear assignment problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    /// Minimum total cost.
    pub cost: i64,
    /// For every row, its column, or `None` when there are more rows than columns.
    pub row_to_col: Vec<Option<usize>>,
}

/// Solves a dense linear assignment problem minimising the total cost.
///
/// `costs` is row-major, `n_rows × n_cols`. Every row is assigned when
/// `n_rows <= n_cols`, otherwise every column is.
pub fn solve_dense<C>(n_rows: usize, n_cols: usize, costs: &[C]) -> Result<Assignment, Error>
where
    C: Copy + Into<i64>,
{
    solve_dense_pruned(n_rows, n_cols, costs, RECT_KEEP)
}

/// Rectangular problems first keep this many cheapest pairs per row of the smaller side.
const RECT_KEEP: usize = 16;

/// [`solve_dense`] with an explicit pruning width for rectangular problems
/// (0: never prune); for tests, which use tiny widths to exercise the repair.
///
/// Rectangular problems (`k` = the smaller side, `l` the larger) are solved
/// sparse first: every element of the smaller side keeps its `keep` cheapest
/// partners (ties broken pseudo-randomly, so that equal costs do not all crowd
/// onto the same partners). The sparse solver returns prices that certify its
/// solution; one pass over the full matrix checks them against every pair. Pairs
/// that violate them are added and the sparse problem solved again; after a few
/// rounds the full LAPJV is used instead. Either way the result is optimal.
#[doc(hidden)]
pub fn solve_dense_pruned<C>(
    n_rows: usize,
    n_cols: usize,
    costs: &[C],
    keep: usize,
) -> Result<Assignment, Error>
where
    C: Copy + Into<i64>,
{
    let len = n_rows
        .checked_mul(n_cols)
        .ok_or_else(|| bad("matrix too large"))?;
    if costs.len() != len {
        return Err(bad(format!(
            "cost matrix has {} entries, expected {n_rows}×{n_cols}",
            costs.len()
        )));
    }
    if costs.iter().any(|&c| c.into().abs() > MAX_ABS_COST) {
        return Err(bad(format!("costs must lie within ±{MAX_ABS_COST}")));
    }
    if n_rows == 0 || n_cols == 0 {
        return Ok(Assignment {
            cost: 0,
            row_to_col: vec![None; n_rows],
        });
    }
    // Square problems too, when their costs are spread (few ties): then the cheapest pairs
    // nearly always hold an optimal assignment (certified, or repaired, below), and finding
    // it there beats scanning the whole matrix at every augmentation. With many tied costs
    // (a range smaller than the matrix side) the selection itself costs more than it saves.
    // A few rows tell whether costs are spread: the range of a sample, against the side.
    let range = {
        let sample = &costs[..n_cols.saturating_mul(8).min(costs.len())];
        let (lo, hi) = sample.iter().fold((i64::MAX, i64::MIN), |(lo, hi), &c| {
            let c = c.into();
            (lo.min(c), hi.max(c))
        });
        usize::try_from(hi.saturating_sub(lo)).unwrap_or(usize::MAX)
    };
    let spread = range > n_rows.max(n_cols);
    // Dense ties: each row holds some ten entries of every value in the range, so the
    // column minima offer every row several "tight" columns (see `tight_greedy`).
    let dense_ties = range.saturating_mul(10) <= n_rows.min(n_cols);
    if keep > 0
        && n_rows.min(n_cols) >= 2
        && n_rows.max(n_cols) > 2 * keep
        && (n_rows != n_cols || keep < RECT_KEEP || spread)
        && let Some(a) = rect_pruned(n_rows, n_cols, costs, keep)
    {
        return Ok(a);
    }
    if n_rows <= n_cols {
        let x = lapjv(n_rows, n_cols, costs, dense_ties);
        let cost = x
            .iter()
            .enumerate()
            .map(|(i, &j)| costs[i * n_cols + j].into())
            .sum();
        Ok(Assignment {
            cost,
            row_to_col: x.into_iter().map(Some).collect(),
        })
    } else {
        let mut t = Vec::with_capacity(len);
        for j in 0..n_cols {
            t.extend((0..n_rows).map(|i| costs[i * n_cols + j]));
        }
        let x = lapjv(n_cols, n_rows, &t, dense_ties);
        let mut row_to_col = vec![None; n_rows];
        let mut cost = 0;
        for (j, &i) in x.iter().enumerate() {
            row_to_col[i] = Some(j);
            cost += costs[i * n_cols + j].into();
        }
        Ok(Assignment { cost, row_to_col })
    }
}

/// Pseudo-random tie breaker for the pair (`s`, `b`).
#[inline]
pub(crate) fn tie(s: usize, b: usize) -> u32 {
    let z = (s as u64)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add((b as u64).wrapping_mul(0xC2B2_AE3D_27D4_EB4F));
    ((z ^ (z >> 29)).wrapping_mul(0xBF58_476D_1CE4_E5B9) >> 32) as u32
}

/// Keeps the `keep` cheapest entries of `buf` (by cost, then tie breaker).
fn shrink(buf: &mut Vec<(i64, u32, u32)>, keep: usize) -> i64 {
    if buf.len() > keep {
        buf.select_nth_unstable(keep - 1);
        buf.truncate(keep);
    }
    buf.iter().map(|e| e.0).max().unwrap_or(i64::MAX)
}

/// See [`solve_dense_pruned`]; `None` when the rounds run out.
fn rect_pruned<C: Copy + Into<i64>>(
    n_rows: usize,
    n_cols: usize,
    costs: &[C],
    keep: usize,
) -> Option<Assignment> {
    let tr = n_rows > n_cols;
    let (ns, nb) = if tr {
        (n_cols, n_rows)
    } else {
        (n_rows, n_cols)
    };
    if nb >= u32::MAX as usize {
        return None;
    }
    // One row-major pass: per small-side element, a buffer of candidates no
    // worse than its current threshold, shrunk back to `keep` when it fills.
    let cap = 4 * keep;
    let mut bufs: Vec<Vec<(i64, u32, u32)>> = vec![Vec::with_capacity(cap); ns];
    let mut thr = vec![i64::MAX; ns];
    // Per matrix row, a branch-free pass collects the positions at or below
    // their threshold (few, once the thresholds have settled); only those are
    // looked at again. Thresholds only decrease, so the live check is exact.
    let mut hits = vec![0u32; n_cols + 1];
    for (r, row) in costs.chunks_exact(n_cols).enumerate() {
        let mut nh = 0;
        if tr {
            for (c, (&x, &t)) in row.iter().zip(&thr).enumerate() {
                hits[nh] = c as u32;
                nh += usize::from(x.into() <= t);
            }
        } else {
            let t = thr[r];
            for (c, &x) in row.iter().enumerate() {
                hits[nh] = c as u32;
                nh += usize::from(x.into() <= t);
            }
        }
        for &c in &hits[..nh] {
            let c = c as usize;
            let x: i64 = row[c].into();
            let (sm, b) = if tr { (c, r) } else { (r, c) };
            if x <= thr[sm] {
                let buf = &mut bufs[sm];
                buf.push((x, tie(sm, b), b as u32));
                if buf.len() == cap {
                    thr[sm] = shrink(buf, keep);
                }
            }
        }
    }
    let mut arcs: Vec<Vec<(u32, i64)>> = bufs
        .iter_mut()
        .map(|buf| {
            shrink(buf, keep);
            let mut a: Vec<(u32, i64)> = buf.iter().map(|&(x, _, b)| (b, x)).collect();
            a.sort_unstable();
            a
        })
        .collect();
    drop(bufs);
    let at = |sm: usize, b: usize| -> i64 {
        if tr {
            costs[b * n_cols + sm].into()
        } else {
            costs[sm * n_cols + b].into()
        }
    };
    for _round in 0..4 {
        let mut row_start = Vec::with_capacity(ns + 1);
        row_start.push(0);
        let mut col = Vec::new();
        let mut cost = Vec::new();
        for a in &arcs {
            for &(b, x) in a {
                col.push(b);
                cost.push(x);
            }
            row_start.push(col.len());
        }
        let csr = Csr {
            n_rows: ns,
            n_cols: nb,
            row_start,
            col,
            cost,
        };
        let Ok((x, v)) = solve_with_prices(&csr) else {
            // No complete assignment on the kept pairs: widen everyone.
            return None;
        };
        // u[s] = reduced cost of s's own pair; every pair must be at least that.
        let u: Vec<i64> = x.iter().map(|&(b, c)| c - v[b as usize]).collect();
        let mut violated = false;
        if tr {
            for (b, row) in costs.chunks_exact(n_cols).enumerate() {
                let vb = v[b];
                let bad = row
                    .iter()
                    .zip(&u)
                    .fold(false, |h, (&c, &us)| h | (c.into() - vb < us));
                if !bad {
                    continue;
                }
                for (sm, &c) in row.iter().enumerate() {
                    if c.into() - vb < u[sm] {
                        arcs[sm].push((b as u32, c.into()));
                        violated = true;
                    }
                }
            }
        } else {
            for (sm, row) in costs.chunks_exact(n_cols).enumerate() {
                let us = u[sm];
                let bad = row
                    .iter()
                    .zip(&v)
                    .fold(false, |h, (&c, &vb)| h | (c.into() - vb < us));
                if bad {
                    for (b, (&c, &vb)) in row.iter().zip(&v).enumerate() {
                        if c.into() - vb < us {
                            arcs[sm].push((b as u32, c.into()));
                        }
                    }
                    violated = true;
                }
            }
        }
        if !violated {
            let mut row_to_col = vec![None; n_rows];
            let mut total = 0;
            for (sm, &(b, _)) in x.iter().enumerate() {
                let b = b as usize;
                total += at(sm, b);
                if tr {
                    row_to_col[b] = Some(sm);
                } else {
                    row_to_col[sm] = Some(b);
                }
            }
            return Some(Assignment {
                cost: total,
                row_to_col,
            });
        }
        for a in &mut arcs {
            a.sort_unstable();
            a.dedup_by_key(|e| e.0);
        }
    }
    None
}

/// Core LAPJV for `n <= m`; returns the column of every row. `ties` says the costs
/// repeat a lot (a range ten times narrower than the side), which changes the best start.
fn lapjv<C: Copy + Into<i64>>(n: usize, m: usize, cost: &[C], ties: bool) -> Vec<usize> {
    let mut x = vec![NONE; n];
    let mut y = vec![NONE; m];
    let mut v = vec![0i64; m];
    let mut free_rows = if n == m && ties {
        tight_greedy(n, cost, &mut x, &mut y, &mut v)
    } else if n == m {
        column_reduction(n, cost, &mut x, &mut y, &mut v)
    } else {
        (0..n).collect()
    };
    // With ties the greedy start leaves few free rows, each a short path away; the
    // auction-like reduction would only shuffle the many equal minima around.
    for _ in 0..if n == m && ties { 0 } else { 2 } {
        if free_rows.is_empty() {
            break;
        }
        augmenting_row_reduction(n, m, cost, &mut free_rows, &mut x, &mut y, &mut v);
    }
    augment(m, cost, &free_rows, &mut x, &mut y, &mut v);
    x
}

/// The start for square matrices with many tied costs: column prices at the column
/// minima, then each row takes a free column where it meets that minimum ("tight"), if
/// any. Column reduction would give every column to the first row holding its minimum,
/// leaving most rows free when minima repeat down the columns; here nearly every row
/// finds a tight column of its own. Every reduced cost is ≥ 0 and each assigned pair's
/// is 0, so the assigned rows sit at their row minimum, as the augmenting phase needs.
fn tight_greedy<C: Copy + Into<i64>>(
    n: usize,
    cost: &[C],
    x: &mut [usize],
    y: &mut [usize],
    v: &mut [i64],
) -> Vec<usize> {
    v.fill(i64::MAX);
    // Minima only, no arg-min: a branch-free, vectorisable row-major sweep.
    for row in cost.chunks_exact(n) {
        for (vj, &c) in v.iter_mut().zip(row) {
            *vj = (*vj).min(c.into());
        }
    }
    let mut free = Vec::new();
    for (i, row) in cost.chunks_exact(n).enumerate() {
        // Rows start at scattered columns so they do not all compete for the first ones.
        let start = tie(i, 0) as usize % n;
        let found = (start..n)
            .chain(0..start)
            .find(|&j| row[j].into() == v[j] && y[j] == NONE);
        match found {
            Some(j) => {
                x[i] = j;
                y[j] = i;
            }
            None => free.push(i),
        }
    }
    free
}

/// Column reduction with reduction transfer; returns the free rows.
fn column_reduction<C: Copy + Into<i64>>(
    n: usize,
    cost: &[C],
    x: &mut [usize],
    y: &mut [usize],
    v: &mut [i64],
) -> Vec<usize> {
    v.fill(i64::MAX);
    // Row-major sweep for column minima: cache friendly, unlike a column walk.
    for (i, row) in cost.chunks_exact(n).enumerate() {
        for (j, &c) in row.iter().enumerate() {
            let c = c.into();
            if c < v[j] {
                v[j] = c;
                y[j] = i;
            }
        }
    }
    let mut unique = vec![true; n];
    for j in (0..n).rev() {
        let i = y[j];
        if x[i] == NONE {
            x[i] = j;
        } else {
            unique[i] = false;
            y[j] = NONE;
        }
    }
    let mut free = Vec::new();
    for i in 0..n {
        if x[i] == NONE {
            free.push(i);
        } else if unique[i] && n > 1 {
            // Reduction transfer: lower the price of the only column this row won
            // by its margin over the row's second-best column.
            let j = x[i];
            let row = &cost[i * n..(i + 1) * n];
            let mut min = i64::MAX;
            for (j2, &c) in row.iter().enumerate() {
                if j2 != j {
                    min = min.min(c.into() - v[j2]);
                }
            }
            v[j] -= min;
        }
    }
    free
}

/// Augmenting row reduction (auction-like). Leaves the still-free rows in `free_rows`.
fn augmenting_row_reduction<C: Copy + Into<i64>>(
    n: usize,
    m: usize,
    cost: &[C],
    free_rows: &mut Vec<usize>,
    x: &mut [usize],
    y: &mut [usize],
    v: &mut [i64],
) {
    let n_free = free_rows.len();
    let mut current = 0;
    let mut new_free = 0;
    let mut rr_cnt = 0usize;
    while current < n_free {
        rr_cnt += 1;
        let free_i = free_rows[current];
        current += 1;
        let row = &cost[free_i * m..(free_i + 1) * m];
        // First and second minimum of the reduced costs of this row.
        let mut j1 = 0;
        let mut v1 = row[0].into() - v[0];
        let mut j2 = NONE;
        let mut v2 = i64::MAX;
        for j in 1..m {
            let c = row[j].into() - v[j];
            if c < v2 {
                if c >= v1 {
                    v2 = c;
                    j2 = j;
                } else {
                    v2 = v1;
                    v1 = c;
                    j2 = j1;
                    j1 = j;
                }
            }
        }
        let mut i0 = y[j1];
        let (v1_new, v1_lowers) = if j2 == NONE {
            (v[j1], false)
        } else {
            let nv = v[j1] - (v2 - v1);
            (nv, nv < v[j1])
        };
        if rr_cnt < current * n {
            if v1_lowers {
                v[j1] = v1_new;
            } else if i0 != NONE && j2 != NONE {
                j1 = j2;
                i0 = y[j2];
            }
            if i0 != NONE {
                if v1_lowers {
                    current -= 1;
                    free_rows[current] = i0;
                } else {
                    free_rows[new_free] = i0;
                    new_free += 1;
                }
            }
        } else if i0 != NONE {
            free_rows[new_free] = i0;
            new_free += 1;
        }
        if i0 != NONE {
            x[i0] = NONE;
        }
        x[free_i] = j1;
        y[j1] = free_i;
    }
    free_rows.truncate(new_free);
}

/// Shortest augmenting path for every remaining free row.
fn augment<C: Copy + Into<i64>>(
    m: usize,
    cost: &[C],
    free_rows: &[usize],
    x: &mut [usize],
    y: &mut [usize],
    v: &mut [i64],
) {
    let mut cols: Vec<usize> = (0..m).collect();
    let mut d = vec![0i64; m];
    let mut pred = vec![0usize; m];
    for &f in free_rows {
        let mut j = find_path(m, cost, f, y, v, &mut cols, &mut d, &mut pred);
        loop {
            let i = pred[j];
            y[j] = i;
            let old = x[i];
            x[i] = j;
            if i == f {
                break;
            }
            j = old;
        }
    }
}

/// Dijkstra from row `start` over the columns; returns the free column reached.
/// Updates the prices of the columns made "ready" on the way.
#[expect(
    clippy::too_many_arguments,
    reason = "hot loop state kept in plain slices"
)]
fn find_path<C: Copy + Into<i64>>(
    m: usize,
    cost: &[C],
    start: usize,
    y: &[usize],
    v: &mut [i64],
    cols: &mut [usize],
    d: &mut [i64],
    pred: &mut [usize],
) -> usize {
    let row = &cost[start * m..(start + 1) * m];
    for j in 0..m {
        cols[j] = j;
        pred[j] = start;
        d[j] = row[j].into() - v[j];
    }
    let mut lo = 0;
    let mut hi = 0;
    let mut n_ready = 0;
    let mut final_j = NONE;
    while final_j == NONE {
        if lo == hi {
            n_ready = lo;
            hi = find_min_batch(m, lo, d, cols);
            if let Some(&j) = cols[lo..hi].iter().find(|&&j| y[j] == NONE) {
                final_j = j;
            }
        }
        if final_j == NONE {
            final_j = scan(m, cost, &mut lo, &mut hi, d, cols, pred, y, v);
        }
    }
    let mind = d[cols[lo]];
    for &j in &cols[..n_ready] {
        v[j] += d[j] - mind;
    }
    final_j
}

/// Moves all todo columns at the minimum distance to `cols[lo..hi]`; returns `hi`.
#[expect(
    clippy::mut_range_bound,
    reason = "the loop deliberately keeps its start fixed"
)]
fn find_min_batch(m: usize, lo: usize, d: &[i64], cols: &mut [usize]) -> usize {
    let mut hi = lo + 1;
    let mut mind = d[cols[lo]];
    for k in hi..m {
        let j = cols[k];
        if d[j] <= mind {
            if d[j] < mind {
                hi = lo;
                mind = d[j];
            }
            cols[k] = cols[hi];
            cols[hi] = j;
            hi += 1;
        }
    }
    hi
}

/// Scans the batch `cols[lo..hi]`, relaxing the todo columns `cols[hi..]`.
/// Returns a free column as soon as one is reached at the current minimum,
/// in which case `lo`/`hi` are left untouched (the caller reads `d[cols[lo]]`).
#[expect(
    clippy::too_many_arguments,
    reason = "hot loop state kept in plain slices"
)]
#[expect(
    clippy::mut_range_bound,
    reason = "the loop deliberately keeps its start fixed"
)]
fn scan<C: Copy + Into<i64>>(
    m: usize,
    cost: &[C],
    plo: &mut usize,
    phi: &mut usize,
    d: &mut [i64],
    cols: &mut [usize],
    pred: &mut [usize],
    y: &[usize],
    v: &[i64],
) -> usize {
    let mut lo = *plo;
    let mut hi = *phi;
    while lo != hi {
        let j = cols[lo];
        lo += 1;
        let i = y[j];
        let mind = d[j];
        let row = &cost[i * m..(i + 1) * m];
        let h = row[j].into() - v[j] - mind;
        for k in hi..m {
            let j = cols[k];
            let cred = row[j].into() - v[j] - h;
            if cred < d[j] {
                d[j] = cred;
                pred[j] = i;
                if cred == mind {
                    if y[j] == NONE {
                        return j;
                    }
                    cols[k] = cols[hi];
                    cols[hi] = j;
                    hi += 1;
                }
            }
        }
    }
    *plo = lo;
    *phi = hi;
    NONE
}

#[cfg(test)]
mod tests {
    use super::*;

    fn brute(n: usize, m: usize, c: &[i64]) -> i64 {
        // Assign each row of the smaller side to a distinct column, exhaustively.
        fn rec(i: usize, n: usize, m: usize, c: &[i64], used: &mut Vec<bool>) -> i64 {
            if i == n {
                return 0;
            }
            let mut best = i64::MAX;
            for j in 0..m {
                if !used[j] {
                    used[j] = true;
                    let r = rec(i + 1, n, m, c, used);
                    used[j] = false;
                    if r != i64::MAX {
                        best = best.min(r + c[i * m + j]);
                    }
                }
            }
            best
        }
        if n <= m {
            rec(0, n, m, c, &mut vec![false; m])
        } else {
            let t: Vec<i64> = (0..m)
                .flat_map(|j| (0..n).map(move |i| c[i * m + j]))
                .collect();
            rec(0, m, n, &t, &mut vec![false; n])
        }
    }

    #[test]
    fn small_square() {
        let c: Vec<i32> = vec![4, 1, 3, 2, 0, 5, 3, 2, 2];
        let a = solve_dense(3, 3, &c).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(a.cost, 5);
    }

    #[test]
    fn rectangular_both_ways() {
        let c: Vec<i64> = vec![7, 3, 9, 1, 8, 2, 6, 4];
        let a = solve_dense(2, 4, &c).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(a.cost, brute(2, 4, &c));
        let b = solve_dense(4, 2, &c).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(b.cost, brute(4, 2, &c));
        assert_eq!(b.row_to_col.iter().filter(|x| x.is_some()).count(), 2);
    }

    #[test]
    fn all_ties_and_empty() {
        let c = vec![5i32; 36];
        assert_eq!(solve_dense(6, 6, &c).map(|a| a.cost), Ok(30));
        assert_eq!(solve_dense::<i32>(0, 3, &[]).map(|a| a.cost), Ok(0));
        assert!(solve_dense(2, 2, &[1i32]).is_err());
    }

    #[test]
    fn pseudo_random_against_brute_force() {
        let mut s = 12345u64;
        for _ in 0..300 {
            s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let n = (s >> 60) as usize % 6 + 1;
            let m = (s >> 56) as usize % 6 + 1;
            let range = [3i64, 10, 1000][(s >> 40) as usize % 3];
            let c: Vec<i64> = (0..n * m)
                .map(|_| {
                    s = s
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    (s >> 33) as i64 % range - range / 3
                })
                .collect();
            let a = solve_dense(n, m, &c).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(a.cost, brute(n, m, &c), "n={n} m={m} c={c:?}");
        }
    }

    /// The tied start (`tight_greedy`) against the classic one on matrices with few
    /// distinct costs, where it is used: same optimum, a true permutation.
    #[test]
    fn dense_ties_start_matches_the_classic_start() {
        let mut s = 99u64;
        let mut next = || {
            s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            s >> 33
        };
        for case in 0..400 {
            let n = 20 + next() as usize % 60;
            let range = 1 + next() as i64 % 4;
            // Some cases give a block of rows only expensive entries, so the greedy start
            // leaves rows free that need long augmenting paths.
            let block = if case % 3 == 0 { n / 3 } else { 0 };
            let c: Vec<i64> = (0..n * n)
                .map(|k| {
                    let x = next() as i64 % (range + 1);
                    if k / n < block { x + range } else { x }
                })
                .collect();
            let a = solve_dense(n, n, &c).unwrap_or_else(|e| panic!("{e}"));
            let classic = lapjv(n, n, &c, false);
            let classic_cost: i64 = classic.iter().enumerate().map(|(i, &j)| c[i * n + j]).sum();
            assert_eq!(a.cost, classic_cost, "case {case} n={n} range={range}");
            let mut seen = vec![false; n];
            for j in a.row_to_col.iter().map(|j| j.unwrap_or(usize::MAX)) {
                assert!(j < n && !seen[j], "case {case}: not a permutation");
                seen[j] = true;
            }
        }
    }
}
