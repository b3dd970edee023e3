//! Stable matching with capacities: candidate-proposing deferred acceptance
//! (Gale–Shapley, "hospitals/residents"). The result is stable — no candidate
//! and position both prefer each other to what they got — and is the best
//! stable matching for every candidate.

use std::collections::BinaryHeap;

use crate::Error;
use crate::error::bad;

/// Runs deferred acceptance.
///
/// * `row_prefs[i]`: the columns row `i` accepts, best first;
/// * `col_rank[j]`: `(row, rank)` for the rows column `j` accepts, lower rank
///   better (any order, unique rows); other rows are unacceptable;
/// * `cap[j]`: places of column `j`.
///
/// Returns the column of every row (or `None`).
pub fn deferred_acceptance(
    row_prefs: &[Vec<u32>],
    col_rank: &[Vec<(u32, u32)>],
    cap: &[u32],
) -> Result<Vec<Option<usize>>, Error> {
    let (n, m) = (row_prefs.len(), col_rank.len());
    if cap.len() != m {
        return Err(bad("one capacity per column is required"));
    }
    let mut ranks: Vec<Vec<(u32, u32)>> = col_rank.to_vec();
    for (j, r) in ranks.iter_mut().enumerate() {
        r.sort_unstable();
        if r.windows(2).any(|w| w[0].0 == w[1].0) || r.iter().any(|&(i, _)| i as usize >= n) {
            return Err(bad(format!(
                "ranking of column {j} has a duplicate or unknown row"
            )));
        }
    }
    if row_prefs.iter().flatten().any(|&j| j as usize >= m) {
        return Err(bad("a row prefers an unknown column"));
    }
    // Held proposals per column, worst (largest rank) on top.
    let mut held: Vec<BinaryHeap<(u32, u32)>> = vec![BinaryHeap::new(); m];
    let mut next = vec![0usize; n];
    let mut free: Vec<u32> = (0..n as u32).rev().collect();
    while let Some(i) = free.pop() {
        let prefs = &row_prefs[i as usize];
        while next[i as usize] < prefs.len() {
            let j = prefs[next[i as usize]] as usize;
            next[i as usize] += 1;
            let Ok(k) = ranks[j].binary_search_by_key(&i, |&(r, _)| r) else {
                continue;
            };
            let rank = ranks[j][k].1;
            if (held[j].len() as u64) < u64::from(cap[j]) {
                held[j].push((rank, i));
                break;
            }
            if let Some(&(worst, w)) = held[j].peek()
                && rank < worst
            {
                held[j].pop();
                held[j].push((rank, i));
                free.push(w);
                break;
            }
        }
    }
    let mut out = vec![None; n];
    for (j, h) in held.iter().enumerate() {
        for &(_, i) in h {
            out[i as usize] = Some(j);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classic_example() {
        // Rows prefer column 0; column 0 (1 place) prefers row 1.
        let prefs = vec![vec![0, 1], vec![0, 1], vec![0]];
        let ranks = vec![vec![(0, 1), (1, 0), (2, 2)], vec![(0, 0), (1, 1)]];
        let out = deferred_acceptance(&prefs, &ranks, &[1, 1]).unwrap_or_default();
        assert_eq!(out, vec![Some(1), Some(0), None]);
    }

    #[test]
    fn bad_rankings() {
        assert!(deferred_acceptance(&[vec![0]], &[vec![(0, 0), (0, 1)]], &[1]).is_err());
        assert!(deferred_acceptance(&[vec![3]], &[vec![]], &[1]).is_err());
    }
}
