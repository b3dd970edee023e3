//! Sparse linear assignment over a CSR adjacency (only eligible pairs exist).
//!
//! Same Jonker–Volgenant family as [`crate::lap_dense`]: column reduction (square
//! only), two augmenting row reduction passes, then shortest augmenting paths.
//! The dense "scan the todo list" step is O(columns) per step, which is wasteful
//! when rows have a few dozen arcs, so the path search here is a Dijkstra over a
//! monotone bucket queue (Dial's buckets for distances near the minimum, a binary
//! heap beyond); a free column reached at the current minimum distance ends the
//! search at once. All work arrays are allocated once and reset with epoch
//! stamps, and a column's search state is packed in one record, so a search
//! costs only what it touches. Arc relaxation is branch-free (bit-mask selects,
//! improved columns staged then queued): whether an arc improves a distance is
//! a coin flip, and mispredicted branches were half of the search time.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::Error;
use crate::error::bad;
use crate::lap_dense::{Assignment, MAX_ABS_COST};

const NONE: u32 = u32::MAX;

/// A sparse cost matrix in compressed sparse row form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Csr<C> {
    /// Number of rows.
    pub n_rows: usize,
    /// Number of columns.
    pub n_cols: usize,
    /// `row_start[i]..row_start[i + 1]` indexes the arcs of row `i`.
    pub row_start: Vec<usize>,
    /// Column of each arc.
    pub col: Vec<u32>,
    /// Cost of each arc.
    pub cost: Vec<C>,
}

impl<C: Copy + Into<i64>> Csr<C> {
    /// Builds a CSR matrix from `(row, col, cost)` triples (0-based, any order).
    /// Duplicate pairs keep the cheapest cost.
    pub fn from_triples(
        n_rows: usize,
        n_cols: usize,
        triples: &[(usize, usize, C)],
    ) -> Result<Self, Error> {
        if n_rows >= NONE as usize || n_cols >= NONE as usize {
            return Err(bad("too many rows or columns"));
        }
        let mut count = vec![0usize; n_rows + 1];
        for &(i, j, c) in triples {
            if i >= n_rows || j >= n_cols {
                return Err(bad(format!("pair ({i}, {j}) outside {n_rows}×{n_cols}")));
            }
            if c.into().abs() > MAX_ABS_COST {
                return Err(bad(format!("costs must lie within ±{MAX_ABS_COST}")));
            }
            count[i + 1] += 1;
        }
        for i in 0..n_rows {
            count[i + 1] += count[i];
        }
        let mut order: Vec<usize> = (0..triples.len()).collect();
        order.sort_by_key(|&k| (triples[k].0, triples[k].1, triples[k].2.into()));
        let mut row_start = Vec::with_capacity(n_rows + 1);
        let mut col = Vec::with_capacity(triples.len());
        let mut cost = Vec::with_capacity(triples.len());
        row_start.push(0);
        let mut k = 0;
        for i in 0..n_rows {
            while k < order.len() && triples[order[k]].0 == i {
                let (_, j, c) = triples[order[k]];
                // Sorted by cost within equal pairs: the first copy is the cheapest.
                if col.len() == *row_start.last().unwrap_or(&0)
                    || col.last().copied() != Some(j as u32)
                {
                    col.push(j as u32);
                    cost.push(c);
                }
                k += 1;
            }
            row_start.push(col.len());
        }
        Ok(Csr {
            n_rows,
            n_cols,
            row_start,
            col,
            cost,
        })
    }

    fn arcs(&self, i: usize) -> (&[u32], &[C]) {
        let r = self.row_start[i]..self.row_start[i + 1];
        (&self.col[r.clone()], &self.cost[r])
    }

    fn transpose(&self) -> Csr<C> {
        let mut count = vec![0usize; self.n_cols + 1];
        for &j in &self.col {
            count[j as usize + 1] += 1;
        }
        for j in 0..self.n_cols {
            count[j + 1] += count[j];
        }
        let row_start = count.clone();
        let mut fill = count;
        let mut col = vec![0u32; self.col.len()];
        let mut cost: Vec<C> = self.cost.clone();
        for i in 0..self.n_rows {
            let (cs, ks) = self.arcs(i);
            for (&j, &c) in cs.iter().zip(ks) {
                let p = fill[j as usize];
                fill[j as usize] += 1;
                col[p] = i as u32;
                cost[p] = c;
            }
        }
        Csr {
            n_rows: self.n_cols,
            n_cols: self.n_rows,
            row_start,
            col,
            cost,
        }
    }
}

/// Solves a sparse linear assignment problem minimising the total cost.
///
/// Every row must be assigned when `n_rows <= n_cols` (every column otherwise);
/// [`Error::Infeasible`] when the eligible pairs do not allow it.
pub fn solve_sparse<C: Copy + Into<i64>>(m: &Csr<C>) -> Result<Assignment, Error> {
    if m.row_start.len() != m.n_rows + 1
        || m.col.len() != m.cost.len()
        || m.row_start.last().copied() != Some(m.col.len())
        || m.row_start.windows(2).any(|w| w[0] > w[1])
        || m.col.iter().any(|&j| j as usize >= m.n_cols)
    {
        return Err(bad("malformed CSR matrix"));
    }
    if m.n_rows <= m.n_cols {
        let x = Solver::new(m).run()?;
        let mut cost = 0;
        let mut row_to_col = Vec::with_capacity(m.n_rows);
        for &(j, c) in &x {
            cost += c;
            row_to_col.push(Some(j as usize));
        }
        Ok(Assignment { cost, row_to_col })
    } else {
        let t = m.transpose();
        let x = Solver::new(&t).run()?;
        let mut cost = 0;
        let mut row_to_col = vec![None; m.n_rows];
        for (j, &(i, c)) in x.iter().enumerate() {
            cost += c;
            row_to_col[i as usize] = Some(j);
        }
        Ok(Assignment { cost, row_to_col })
    }
}

/// Solves a sparse problem with `n_rows <= n_cols`, returning per row its column
/// and that arc's cost, and the column prices `v`: every arc has
/// `cost − v[col] >= cost(row's arc) − v[row's column]`, `v <= 0`, and unassigned
/// columns have `v = 0` (a certificate of optimality usable on a larger arc set).
pub(crate) fn solve_with_prices<C: Copy + Into<i64>>(m: &Csr<C>) -> Result<Priced, Error> {
    debug_assert!(m.n_rows <= m.n_cols);
    Solver::new(m).run_with_prices()
}

/// `(column, cost)` per row, and the column prices.
pub(crate) type Priced = (Vec<(u32, i64)>, Vec<i64>);

struct Solver<'a, C> {
    m: &'a Csr<C>,
    /// Column of each row, and the cost of that arc.
    x: Vec<u32>,
    xc: Vec<i64>,
    /// Row of each column.
    y: Vec<u32>,
    /// Column prices (in the column records) and path search state.
    w: Work,
}

impl<'a, C: Copy + Into<i64>> Solver<'a, C> {
    fn new(m: &'a Csr<C>) -> Self {
        Solver {
            m,
            x: vec![NONE; m.n_rows],
            xc: vec![0; m.n_rows],
            y: vec![NONE; m.n_cols],
            w: Work::new(m.n_cols),
        }
    }

    /// Returns `(column, cost)` per row.
    fn run(self) -> Result<Vec<(u32, i64)>, Error> {
        self.run_with_prices().map(|(x, _)| x)
    }

    /// Returns `(column, cost)` per row and the column prices.
    fn run_with_prices(mut self) -> Result<Priced, Error> {
        let n = self.m.n_rows;
        if let Some(i) = (0..n).find(|&i| self.m.row_start[i] == self.m.row_start[i + 1]) {
            return Err(Error::Infeasible(format!("row {i} has no eligible column")));
        }
        let mut free = if n == self.m.n_cols {
            self.column_reduction()?
        } else {
            (0..n as u32).collect()
        };
        for _ in 0..2 {
            if free.is_empty() {
                break;
            }
            self.augmenting_row_reduction(&mut free);
        }
        self.augment(&free)?;
        let x = self
            .x
            .iter()
            .copied()
            .zip(self.xc.iter().copied())
            .collect();
        let v = self.w.col.iter().map(|c| c.v).collect();
        Ok((x, v))
    }

    fn column_reduction(&mut self) -> Result<Vec<u32>, Error> {
        let n = self.m.n_rows;
        for c in &mut self.w.col {
            c.v = i64::MAX;
        }
        for i in 0..n {
            let (cs, ks) = self.m.arcs(i);
            for (&j, &c) in cs.iter().zip(ks) {
                let c = c.into();
                let j = j as usize;
                if c < self.w.col[j].v {
                    self.w.col[j].v = c;
                    self.y[j] = i as u32;
                }
            }
        }
        if let Some(j) = self.w.col.iter().position(|c| c.v == i64::MAX) {
            return Err(Error::Infeasible(format!("column {j} has no eligible row")));
        }
        let mut unique = vec![true; n];
        for j in (0..n).rev() {
            let i = self.y[j] as usize;
            if self.x[i] == NONE {
                self.x[i] = j as u32;
            } else {
                unique[i] = false;
                self.y[j] = NONE;
            }
        }
        let mut free = Vec::new();
        for (i, &uniq) in unique.iter().enumerate() {
            if self.x[i] == NONE {
                free.push(i as u32);
                continue;
            }
            let j = self.x[i];
            let (cs, ks) = self.m.arcs(i);
            let mut min = i64::MAX;
            for (&j2, &c) in cs.iter().zip(ks) {
                if j2 == j {
                    self.xc[i] = c.into();
                } else {
                    min = min.min(c.into() - self.w.col[j2 as usize].v);
                }
            }
            if uniq && min != i64::MAX {
                self.w.col[j as usize].v -= min;
            }
        }
        Ok(free)
    }

    fn augmenting_row_reduction(&mut self, free_rows: &mut Vec<u32>) {
        let n = self.m.n_rows;
        let n_free = free_rows.len();
        let mut current = 0;
        let mut new_free = 0;
        let mut rr_cnt = 0usize;
        while current < n_free {
            rr_cnt += 1;
            let free_i = free_rows[current] as usize;
            current += 1;
            let (cs, ks) = self.m.arcs(free_i);
            let (mut j1, mut v1, mut c1) = (NONE, i64::MAX, 0);
            let (mut j2, mut v2, mut c2) = (NONE, i64::MAX, 0);
            for (&j, &c) in cs.iter().zip(ks) {
                let c = c.into();
                let r = c - self.w.col[j as usize].v;
                if r < v2 {
                    if r >= v1 {
                        (j2, v2, c2) = (j, r, c);
                    } else {
                        (j2, v2, c2) = (j1, v1, c1);
                        (j1, v1, c1) = (j, r, c);
                    }
                }
            }
            // Every row has an arc (checked in `run`), so j1 is set.
            let mut i0 = self.y[j1 as usize];
            let (v1_new, v1_lowers) = if j2 == NONE {
                (0, false)
            } else {
                let nv = self.w.col[j1 as usize].v - (v2 - v1);
                (nv, nv < self.w.col[j1 as usize].v)
            };
            if rr_cnt < current * n {
                if v1_lowers {
                    self.w.col[j1 as usize].v = v1_new;
                } else if i0 != NONE && j2 != NONE {
                    j1 = j2;
                    c1 = c2;
                    i0 = self.y[j2 as usize];
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
                self.x[i0 as usize] = NONE;
            }
            self.x[free_i] = j1;
            self.xc[free_i] = c1;
            self.y[j1 as usize] = free_i as u32;
        }
        free_rows.truncate(new_free);
    }

    fn augment(&mut self, free_rows: &[u32]) -> Result<(), Error> {
        let mut w = std::mem::replace(&mut self.w, Work::new(0));
        let r = self.augment_with(free_rows, &mut w);
        self.w = w;
        r
    }

    fn augment_with(&mut self, free_rows: &[u32], w: &mut Work) -> Result<(), Error> {
        for &f in free_rows {
            let mut j = self.find_path(f as usize, w)?;
            loop {
                let i = w.col[j].pred;
                self.y[j] = i;
                let old = self.x[i as usize];
                self.x[i as usize] = j as u32;
                let (cs, ks) = self.m.arcs(i as usize);
                if let Some(k) = cs.iter().position(|&c| c as usize == j) {
                    self.xc[i as usize] = ks[k].into();
                }
                if i == f {
                    break;
                }
                j = old as usize;
            }
        }
        Ok(())
    }

    /// Dijkstra from row `start`; returns the free column that ends the path.
    fn find_path(&mut self, start: usize, w: &mut Work) -> Result<usize, Error> {
        w.next_epoch();
        let (cs, ks) = self.m.arcs(start);
        let mut base = i64::MAX;
        for (&j, &c) in cs.iter().zip(ks) {
            base = base.min(c.into() - w.col[j as usize].v);
        }
        w.cur = base;
        // The best free column reached so far; the search ends as soon as the
        // queue's minimum reaches its distance (columns tied with it need no scan).
        let mut best = (i64::MAX, NONE as usize);
        for (&j, &c) in cs.iter().zip(ks) {
            let ju = j as usize;
            let nd = c.into() - w.col[ju].v;
            if w.relax(ju, nd, start as u32) && self.y[ju] == NONE && nd < best.0 {
                best = (nd, ju);
                if nd == base {
                    return Ok(w.finish(ju, nd));
                }
            }
        }
        loop {
            let next = w.pop();
            let (dj, j) = match next {
                Some((dj, j)) if dj < best.0 => (dj, j),
                _ if best.1 != NONE as usize => return Ok(w.finish(best.1, best.0)),
                _ => {
                    return Err(Error::Infeasible(format!(
                        "no augmenting path from row {start}: no perfect assignment exists"
                    )));
                }
            };
            w.col[j].stamp = w.done_mark();
            let i = self.y[j];
            w.scanned.push(j as u32);
            // h plays the role of the row dual u_i shifted by the distance of j.
            let h = self.xc[i as usize] - w.col[j].v - dj;
            let (cs, ks) = self.m.arcs(i as usize);
            // Branch-free relaxation (whether an arc improves is unpredictable):
            // improved columns are staged, then queued.
            let seen = 2 * w.epoch;
            if w.stage.len() < cs.len() {
                w.stage.resize(cs.len(), 0);
            }
            let mut ns = 0;
            for (&j2, &c) in cs.iter().zip(ks) {
                let rec = &mut w.col[j2 as usize];
                let nd = c.into() - rec.v - h;
                // Bit masks rather than `if`: the compiler keeps these as selects.
                let m_seen = -i64::from(rec.stamp == seen);
                let m_done = -i64::from(rec.stamp > seen);
                let other = (i64::MAX & !m_done) | (i64::MIN & m_done);
                let bound = (rec.d & m_seen) | (other & !m_seen);
                let better = nd < bound;
                let mb = -i64::from(better);
                let mb32 = mb as u32;
                rec.d = (nd & mb) | (rec.d & !mb);
                rec.pred = (i & mb32) | (rec.pred & !mb32);
                rec.stamp = (seen & mb32) | (rec.stamp & !mb32);
                w.stage[ns] = j2;
                ns += usize::from(better);
            }
            for k in 0..ns {
                let j2 = w.stage[k];
                let j2u = j2 as usize;
                let nd = w.col[j2u].d;
                w.push(nd, j2);
                if self.y[j2u] == NONE && nd < best.0 {
                    best = (nd, j2u);
                    // A free column at the current minimum ends the search at once.
                    if nd == dj {
                        return Ok(w.finish(j2u, nd));
                    }
                }
            }
        }
    }
}

/// Number of distance buckets of the path search (a power of two).
const BUCKETS: usize = 1024;

/// Reusable Dijkstra state; `epoch` stamps avoid clearing arrays between searches.
///
/// The queue is monotone (Dial's buckets): distances within `BUCKETS` of the
/// current minimum `cur` sit in a circular array of buckets, farther ones in a
/// binary heap that refills the buckets when they run dry. Entries are lazy:
/// a column may sit in the queue several times; stale copies are skipped.
struct Work {
    col: Vec<ColState>,
    epoch: u32,
    scanned: Vec<u32>,
    /// Columns improved by the current row scan.
    stage: Vec<u32>,
    buckets: Vec<Vec<u32>>,
    in_buckets: usize,
    cur: i64,
    far: BinaryHeap<Reverse<(i64, u32)>>,
}

/// Search state of one column, packed so that a relaxation touches one line.
/// `stamp` is `2·epoch` once reached in the current search, `2·epoch + 1` once settled.
#[derive(Debug, Clone, Copy, Default)]
struct ColState {
    /// Price of the column (kept across searches).
    v: i64,
    d: i64,
    stamp: u32,
    pred: u32,
}

impl Work {
    fn new(m: usize) -> Self {
        Work {
            col: vec![ColState::default(); m],
            epoch: 0,
            scanned: Vec::new(),
            stage: Vec::new(),
            buckets: vec![Vec::new(); BUCKETS],
            in_buckets: 0,
            cur: 0,
            far: BinaryHeap::new(),
        }
    }

    #[inline(always)]
    fn done_mark(&self) -> u32 {
        2 * self.epoch + 1
    }

    fn next_epoch(&mut self) {
        self.epoch += 1;
        if self.epoch >= 1 << 30 {
            for c in &mut self.col {
                c.stamp = 0;
            }
            self.epoch = 1;
        }
        if self.in_buckets > 0 {
            for b in &mut self.buckets {
                b.clear();
            }
            self.in_buckets = 0;
        }
        self.far.clear();
        self.scanned.clear();
    }

    /// Updates the prices of the columns scanned by a search ending at distance `final_d`.
    fn finish(&mut self, final_j: usize, final_d: i64) -> usize {
        for &j in &self.scanned {
            let c = &mut self.col[j as usize];
            c.v += c.d - final_d;
        }
        final_j
    }

    /// Lowers the distance of unsettled column `j` to `nd` if better; true when it did.
    #[inline(always)]
    fn relax(&mut self, j: usize, nd: i64, from: u32) -> bool {
        let seen = 2 * self.epoch;
        let s = &mut self.col[j];
        // Unreached: any distance wins; settled: none does (one branch, not three).
        let bound = if s.stamp == seen {
            s.d
        } else if s.stamp < seen {
            i64::MAX
        } else {
            i64::MIN
        };
        if nd < bound {
            s.stamp = seen;
            s.d = nd;
            s.pred = from;
            self.push(nd, j as u32);
            true
        } else {
            false
        }
    }

    #[inline(always)]
    fn push(&mut self, key: i64, j: u32) {
        if key - self.cur < BUCKETS as i64 {
            self.buckets[(key as usize) & (BUCKETS - 1)].push(j);
            self.in_buckets += 1;
        } else {
            self.far.push(Reverse((key, j)));
        }
    }

    /// The unsettled column of smallest distance.
    fn pop(&mut self) -> Option<(i64, usize)> {
        loop {
            if self.in_buckets == 0 {
                let Reverse((key, _)) = *self.far.peek()?;
                self.cur = key;
                while let Some(&Reverse((k, j))) = self.far.peek() {
                    if k - self.cur >= BUCKETS as i64 {
                        break;
                    }
                    self.far.pop();
                    self.buckets[(k as usize) & (BUCKETS - 1)].push(j);
                    self.in_buckets += 1;
                }
            }
            let b = &mut self.buckets[(self.cur as usize) & (BUCKETS - 1)];
            match b.pop() {
                Some(j) => {
                    self.in_buckets -= 1;
                    let ju = j as usize;
                    let s = self.col[ju];
                    if s.stamp == 2 * self.epoch && s.d == self.cur {
                        return Some((self.cur, ju));
                    }
                }
                None => self.cur += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lap_dense::solve_dense;

    #[test]
    fn matches_dense_on_full_matrices() {
        let mut s = 99u64;
        let mut next = || {
            s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (s >> 33) as i64
        };
        for _ in 0..300 {
            let n = (next() % 7 + 1) as usize;
            let m = (next() % 7 + 1) as usize;
            let range = [2, 10, 1000][(next() % 3) as usize];
            let c: Vec<i64> = (0..n * m).map(|_| next() % range).collect();
            let triples: Vec<_> = (0..n * m).map(|k| (k / m, k % m, c[k])).collect();
            let csr = Csr::from_triples(n, m, &triples).unwrap_or_else(|e| panic!("{e}"));
            let a = solve_sparse(&csr).unwrap_or_else(|e| panic!("{e}"));
            let b = solve_dense(n, m, &c).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(a.cost, b.cost, "n={n} m={m} {c:?}");
        }
    }

    #[test]
    fn infeasible_is_reported() {
        // Two rows that can only use column 0.
        let csr =
            Csr::from_triples(2, 2, &[(0, 0, 1i64), (1, 0, 2)]).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(solve_sparse(&csr), Err(Error::Infeasible(_))));
        let csr = Csr::from_triples(3, 3, &[(0, 0, 1i64), (1, 0, 2), (1, 1, 1), (2, 1, 3)])
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(solve_sparse(&csr), Err(Error::Infeasible(_))));
    }

    #[test]
    fn duplicates_keep_cheapest() {
        let csr =
            Csr::from_triples(1, 1, &[(0, 0, 5i64), (0, 0, 3)]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(solve_sparse(&csr).map(|a| a.cost), Ok(3));
    }
}
