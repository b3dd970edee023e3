//! The advice's exact 0/1 knapsack: the projects that maximise the total points within the
//! fund and the shares, by dynamic programming over amounts.
//!
//! Amounts are whole euros (a cent amount counts as the euro above it, so the set always
//! fits), divided by the greatest common divisor of the projects' amounts: a fund of
//! EUR 100,000 over grants in hundreds is a table of 1,000 columns. With shares, each
//! share group is solved on its own (best points for every amount up to its ceiling), then
//! a second table over the groups shares out the fund. Above [`MAX_CELLS`] the answer is
//! refused rather than approximated: the advice is exact or it is not given.

/// The largest table (cells) the advice fills.
pub const MAX_CELLS: usize = 20_000_000;

/// One project: its points, its cost, its share group (an index into the ceilings).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    pub points: i64,
    pub cost_cents: i64,
    pub group: Option<usize>,
}

/// The table would exceed [`MAX_CELLS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLarge;

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// The best set (indices into `items`, ascending) within `fund_cents` and the ceilings
/// (cents, per group index). A group index beyond `ceilings` has no ceiling of its own.
pub fn best(items: &[Item], fund_cents: i64, ceilings: &[i64]) -> Result<Vec<usize>, TooLarge> {
    let euros = |c: i64| (c.max(0) + 99) / 100;
    let g = items
        .iter()
        .map(|i| euros(i.cost_cents))
        .fold(0, gcd)
        .max(1);
    let weight = |i: &Item| usize::try_from(euros(i.cost_cents) / g).unwrap_or(usize::MAX);
    let cap = |c: i64| usize::try_from(c.max(0) / 100 / g).unwrap_or(usize::MAX);
    let fund = cap(fund_cents);
    // Groups: one per ceiling, plus the projects with none.
    let mut groups: Vec<(usize, Vec<usize>)> = ceilings
        .iter()
        .map(|&c| (cap(c).min(fund), Vec::new()))
        .collect();
    groups.push((fund, Vec::new()));
    let free = groups.len() - 1;
    for (i, it) in items.iter().enumerate() {
        let k = it.group.filter(|&k| k < free).unwrap_or(free);
        groups[k].1.push(i);
    }
    // Groups with no project add nothing; the one without a ceiling goes last, where only
    // the whole fund is asked of the table over groups.
    groups.retain(|(_, members)| !members.is_empty());
    let last = groups.len().saturating_sub(1);
    let mut cells = 0usize;
    for (k, (c, members)) in groups.iter().enumerate() {
        let over = if k == last { 1 } else { fund.saturating_add(1) };
        cells = cells
            .saturating_add(members.len().saturating_mul(c.saturating_add(1)))
            .saturating_add(over.saturating_mul(c.saturating_add(1)));
    }
    if cells > MAX_CELLS {
        return Err(TooLarge);
    }
    // Per group: the best points for each amount b ≤ its cap, and what to take.
    let solved: Vec<(Vec<i64>, Vec<Vec<bool>>)> = groups
        .iter()
        .map(|(c, members)| group_table(items, members, *c, &weight))
        .collect();
    // Over groups: F[k][b] = best points of groups ..=k within b, with the amount given to k
    // (for the last group, b = the fund only).
    let mut total = vec![0i64; fund + 1];
    let mut given: Vec<Vec<usize>> = Vec::with_capacity(groups.len());
    for (k, (table, _)) in solved.iter().enumerate() {
        let c = groups[k].0;
        let mut next = vec![i64::MIN; fund + 1];
        let mut pick = vec![0usize; fund + 1];
        let from = if k == last { fund } else { 0 };
        for b in from..=fund {
            for x in 0..=c.min(b) {
                let v = table[x] + total[b - x];
                if v > next[b] {
                    next[b] = v;
                    pick[b] = x;
                }
            }
        }
        total = next;
        given.push(pick);
    }
    // Walk back: the amount each group got, then its items.
    let mut chosen = Vec::new();
    let mut b = fund;
    for k in (0..groups.len()).rev() {
        let x = given[k][b];
        b -= x;
        let (_, keep) = &solved[k];
        let members = &groups[k].1;
        let mut room = x;
        for j in (0..members.len()).rev() {
            if keep[j][room] {
                chosen.push(members[j]);
                room -= weight(&items[members[j]]);
            }
        }
    }
    chosen.sort_unstable();
    Ok(chosen)
}

/// A group's table: `best[b]`, the most points within `b`, and `keep[j][b]`, whether item
/// `j` is taken at `b` (for the walk back).
fn group_table(
    items: &[Item],
    members: &[usize],
    cap: usize,
    weight: &dyn Fn(&Item) -> usize,
) -> (Vec<i64>, Vec<Vec<bool>>) {
    let mut best = vec![0i64; cap + 1];
    let mut keep = Vec::with_capacity(members.len());
    for &i in members {
        let w = weight(&items[i]);
        let mut row = vec![false; cap + 1];
        if w <= cap {
            for b in (w..=cap).rev() {
                let v = best[b - w] + items[i].points;
                if v > best[b] {
                    best[b] = v;
                    row[b] = true;
                }
            }
        }
        keep.push(row);
    }
    (best, keep)
}
