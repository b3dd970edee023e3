//! Cost-scaling push-relabel min-cost flow (Goldberg 1997), on an explicit
//! residual graph: the method OR-Tools' `SimpleMinCostFlow` uses.
//!
//! Costs are multiplied by `n + 1` (n nodes) so that an ε-optimal flow with
//! ε = 1 is optimal; ε shrinks by [`ALPHA`] per phase, and each phase (`refine`)
//! saturates every arc of negative reduced cost and then discharges the nodes
//! with excess (FIFO), pushing along arcs of negative reduced cost and
//! relabelling (lowering a price by at least ε) when there is none. Pushes look
//! ahead: a node without excess and without an admissible arc is relabelled
//! before it receives flow it could only send back (halves the work here).
//!
//! After the last phase exact potentials are recovered from the prices by a
//! label-correcting pass in the original costs (the residual graph of an optimal
//! flow has no negative cycle, so it converges, and from ε-optimal prices it
//! converges fast). The caller uses them to certify arcs it left out.

use std::collections::VecDeque;

/// Scaling factor between phases.
const ALPHA: i64 = 8;

const NONE: u32 = u32::MAX;

/// Lowest price allowed (see [`Graph::scalable`]).
const PRICE_FLOOR: i64 = -(1 << 61);

/// A min-cost flow instance under construction, then solved in place.
pub(crate) struct Graph {
    n: usize,
    tail: Vec<u32>,
    head: Vec<u32>,
    cap: Vec<u32>,
    cost: Vec<i64>,
    supply: Vec<i64>,
}

/// The solved network: flow on every arc added, exact potentials.
pub(crate) struct Solved {
    /// Flow on each arc, in the order the arcs were added.
    pub flow: Vec<u32>,
    /// Potentials `p` with `cost + p[tail] - p[head] >= 0` on every residual arc.
    pub potential: Vec<i64>,
}

impl Graph {
    pub fn new(n: usize) -> Self {
        Graph {
            n,
            tail: Vec::new(),
            head: Vec::new(),
            cap: Vec::new(),
            cost: Vec::new(),
            supply: vec![0; n],
        }
    }

    pub fn reserve(&mut self, arcs: usize) {
        self.tail.reserve(arcs);
        self.head.reserve(arcs);
        self.cap.reserve(arcs);
        self.cost.reserve(arcs);
    }

    pub fn add_arc(&mut self, u: usize, v: usize, cap: u32, cost: i64) {
        self.tail.push(u as u32);
        self.head.push(v as u32);
        self.cap.push(cap);
        self.cost.push(cost);
    }

    pub fn set_supply(&mut self, v: usize, s: i64) {
        self.supply[v] = s;
    }

    /// Whether costs up to `max_abs` can be scaled by `n + 1` with room to spare.
    /// Prices start at 0 and only fall; a relabel that would take one below
    /// [`PRICE_FLOOR`] abandons the solve (the caller falls back), so every
    /// reduced cost stays far inside `i64`.
    pub fn scalable(n: usize, max_abs: i64) -> bool {
        i128::from(max_abs.max(1)) * (n as i128 + 2) < 1 << 50
    }

    /// Solves; `None` when the supplies cannot be routed (or on a safety limit).
    pub fn solve(self) -> Option<Solved> {
        let n = self.n;
        let m = self.tail.len();
        if 2 * m as u64 >= u64::from(NONE) {
            return None;
        }
        // Residual arcs grouped by tail: forward arc k and its reverse.
        let mut first = vec![0u32; n + 1];
        for k in 0..m {
            first[self.tail[k] as usize + 1] += 1;
            first[self.head[k] as usize + 1] += 1;
        }
        for v in 0..n {
            first[v + 1] += first[v];
        }
        let mut fill = first.clone();
        let mut head = vec![0u32; 2 * m];
        let mut cost = vec![0i64; 2 * m];
        let mut res = vec![0u32; 2 * m];
        let mut rev = vec![0u32; 2 * m];
        let mut fwd_pos = vec![0u32; m];
        let scale = n as i64 + 1;
        let mut max_c = 1;
        for (k, pos) in fwd_pos.iter_mut().enumerate() {
            let (u, v) = (self.tail[k] as usize, self.head[k] as usize);
            let a = fill[u];
            fill[u] += 1;
            let b = fill[v];
            fill[v] += 1;
            let c = self.cost[k] * scale;
            max_c = max_c.max(c.abs());
            head[a as usize] = v as u32;
            cost[a as usize] = c;
            res[a as usize] = self.cap[k];
            rev[a as usize] = b;
            head[b as usize] = u as u32;
            cost[b as usize] = -c;
            res[b as usize] = 0;
            rev[b as usize] = a;
            *pos = a;
        }
        let mut s = State {
            first,
            head,
            cost,
            res,
            rev,
            excess: self.supply.clone(),
            p: vec![0; n],
            cur: vec![0; n],
            queue: VecDeque::new(),
            in_queue: vec![false; n],
        };
        if s.excess.iter().sum::<i64>() != 0 {
            return None;
        }
        let mut eps = max_c;
        loop {
            eps = (eps / ALPHA).max(1);
            if !s.refine(eps) {
                return None;
            }
            if eps == 1 {
                break;
            }
        }
        let potential = s.exact_potentials(scale)?;
        let flow = (0..m)
            .map(|k| self.cap[k] - s.res[fwd_pos[k] as usize])
            .collect();
        Some(Solved { flow, potential })
    }
}

struct State {
    first: Vec<u32>,
    head: Vec<u32>,
    cost: Vec<i64>,
    res: Vec<u32>,
    rev: Vec<u32>,
    excess: Vec<i64>,
    p: Vec<i64>,
    cur: Vec<u32>,
    queue: VecDeque<u32>,
    in_queue: Vec<bool>,
}

impl State {
    /// One ε phase; false if some excess cannot be routed.
    fn refine(&mut self, eps: i64) -> bool {
        let n = self.p.len();
        for u in 0..n {
            let pu = self.p[u];
            for a in self.first[u] as usize..self.first[u + 1] as usize {
                let r = self.res[a];
                if r > 0 {
                    let v = self.head[a] as usize;
                    if self.cost[a] + pu - self.p[v] < 0 {
                        self.res[a] = 0;
                        self.res[self.rev[a] as usize] += r;
                        self.excess[u] -= i64::from(r);
                        self.excess[v] += i64::from(r);
                    }
                }
            }
        }
        for u in 0..n {
            self.cur[u] = self.first[u];
            if self.excess[u] > 0 {
                self.queue.push_back(u as u32);
                self.in_queue[u] = true;
            }
        }
        // Relabels are bounded by O(n) per node per phase in theory; this guard
        // only protects against an infeasible instance looping forever.
        let mut relabels: u64 = 0;
        let limit = 64 * (n as u64 + 16) * (n as u64 + 16);
        while let Some(u) = self.queue.pop_front() {
            let u = u as usize;
            self.in_queue[u] = false;
            match self.discharge(u, eps) {
                Some(k) => relabels += k,
                None => return false,
            }
            if relabels > limit {
                return false;
            }
        }
        true
    }

    /// Pushes the excess of `u` away, relabelling as needed; returns the number
    /// of relabels, `None` when `u` has no residual arc at all or a price would
    /// fall below [`PRICE_FLOOR`].
    fn discharge(&mut self, u: usize, eps: i64) -> Option<u64> {
        let mut relabels = 0;
        let end = self.first[u + 1] as usize;
        loop {
            let mut a = self.cur[u] as usize;
            while a < end {
                let r = self.res[a];
                if r > 0 {
                    let v = self.head[a] as usize;
                    if self.cost[a] + self.p[u] - self.p[v] < 0 {
                        // Look-ahead: a node without excess and without an
                        // admissible arc would only send the flow back; relabel
                        // it first, and push only if the arc is still admissible.
                        if self.excess[v] >= 0 && !self.has_admissible(v) && self.relabel(v, eps)? {
                            relabels += 1;
                            if self.cost[a] + self.p[u] - self.p[v] >= 0 {
                                a += 1;
                                continue;
                            }
                        }
                        let ex = self.excess[u];
                        let d = if i64::from(r) < ex { r } else { ex as u32 };
                        self.res[a] -= d;
                        self.res[self.rev[a] as usize] += d;
                        self.excess[u] -= i64::from(d);
                        let before = self.excess[v];
                        self.excess[v] += i64::from(d);
                        if before <= 0 && self.excess[v] > 0 && !self.in_queue[v] {
                            self.in_queue[v] = true;
                            self.queue.push_back(v as u32);
                        }
                        if self.excess[u] == 0 {
                            self.cur[u] = a as u32;
                            return Some(relabels);
                        }
                    }
                }
                a += 1;
            }
            if !self.relabel(u, eps)? {
                return None;
            }
            relabels += 1;
        }
    }

    /// Whether `v` has an admissible arc at or after its current arc (which it
    /// then points at).
    fn has_admissible(&mut self, v: usize) -> bool {
        let pv = self.p[v];
        for a in self.cur[v] as usize..self.first[v + 1] as usize {
            if self.res[a] > 0 && self.cost[a] + pv - self.p[self.head[a] as usize] < 0 {
                self.cur[v] = a as u32;
                return true;
            }
        }
        false
    }

    /// Relabel: the highest price that makes some residual arc of `u` admissible.
    /// `Some(false)` when `u` has no residual arc (nothing done), `None` when the
    /// price would fall below [`PRICE_FLOOR`].
    fn relabel(&mut self, u: usize, eps: i64) -> Option<bool> {
        let mut best = i64::MIN;
        let mut best_a = NONE;
        for a in self.first[u] as usize..self.first[u + 1] as usize {
            if self.res[a] > 0 {
                let t = self.p[self.head[a] as usize] - self.cost[a];
                if t > best {
                    best = t;
                    best_a = a as u32;
                }
            }
        }
        if best_a == NONE {
            return Some(false);
        }
        if best - eps < PRICE_FLOOR {
            return None;
        }
        self.p[u] = best - eps;
        self.cur[u] = best_a;
        Some(true)
    }

    /// Exact potentials in unscaled costs by label correcting from the prices.
    fn exact_potentials(&mut self, scale: i64) -> Option<Vec<i64>> {
        let n = self.p.len();
        let mut d: Vec<i64> = self.p.iter().map(|&x| x.div_euclid(scale)).collect();
        let mut queue: VecDeque<u32> = (0..n as u32).collect();
        let mut in_queue = vec![true; n];
        let mut steps: u64 = 0;
        let limit = 64 * (n as u64 + 16) * (n as u64 + 16);
        while let Some(u) = queue.pop_front() {
            let u = u as usize;
            in_queue[u] = false;
            let du = d[u];
            for a in self.first[u] as usize..self.first[u + 1] as usize {
                if self.res[a] > 0 {
                    let v = self.head[a] as usize;
                    let nd = du + self.cost[a] / scale;
                    if nd < d[v] {
                        d[v] = nd;
                        if !in_queue[v] {
                            in_queue[v] = true;
                            queue.push_back(v as u32);
                        }
                    }
                }
            }
            steps += 1;
            if steps > limit {
                return None;
            }
        }
        Some(d)
    }
}
