//! Nesting of capacity groups.
//!
//! A family of sets is *laminar* when any two are disjoint or nested (position →
//! company → city). Such a family is a forest and fits in a flow network as a
//! chain of arcs with capacities; families that cross (a country quota and a
//! city quota over the same candidates) do not, see [`crate::quotas`].

const NONE: u32 = u32::MAX;

/// A capacity group: at most `cap` units over its `members`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Indices of the members (rows or columns, depending on the side).
    pub members: Vec<usize>,
    /// Maximum total over the members.
    pub cap: u32,
}

/// A laminar family arranged as a forest.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Forest {
    /// Original index of each kept group.
    pub orig: Vec<usize>,
    /// Capacity of each kept group.
    pub cap: Vec<u32>,
    /// Parent of each kept group (`u32::MAX` for roots).
    pub parent: Vec<u32>,
    /// Innermost kept group of each element (`u32::MAX` for none).
    pub inner: Vec<u32>,
}

impl Forest {
    #[cfg(test)]
    pub fn is_root(&self, g: usize) -> bool {
        self.parent[g] == NONE
    }
}

/// The pair of group indices proving that a family is not laminar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Crossing(pub usize, pub usize);

/// Arranges `groups` over `n` elements as a forest. Groups that can never bind
/// (`cap >= Σ weight` of their members) are dropped first, which can only help.
/// Kept groups are ordered children before parents.
pub(crate) fn forest(n: usize, groups: &[Group], weight: &[u64]) -> Result<Forest, Crossing> {
    let mut members: Vec<Vec<usize>> = Vec::new();
    let mut orig = Vec::new();
    for (gi, g) in groups.iter().enumerate() {
        let mut m: Vec<usize> = g.members.iter().copied().filter(|&e| e < n).collect();
        m.sort_unstable();
        m.dedup();
        let total: u64 = m.iter().map(|&e| weight[e]).sum();
        if m.is_empty() || u64::from(g.cap) >= total {
            continue;
        }
        members.push(m);
        orig.push(gi);
    }
    // Smaller groups first, so a chain of an element reads inner → outer.
    let mut order: Vec<usize> = (0..orig.len()).collect();
    order.sort_by_key(|&k| (members[k].len(), k));
    let mut rank = vec![0usize; orig.len()];
    for (r, &k) in order.iter().enumerate() {
        rank[k] = r;
    }
    let mut chains: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &k in &order {
        for &e in &members[k] {
            chains[e].push(rank[k]);
        }
    }
    const UNSET: usize = usize::MAX - 1;
    let mut parent = vec![UNSET; order.len()];
    let mut inner = vec![NONE; n];
    for (e, chain) in chains.iter().enumerate() {
        if let Some(&first) = chain.first() {
            inner[e] = first as u32;
        }
        for (pos, &g) in chain.iter().enumerate() {
            let next = chain.get(pos + 1).copied().unwrap_or(usize::MAX);
            if parent[g] == UNSET {
                parent[g] = next;
            } else if parent[g] != next {
                let other = if next == usize::MAX { parent[g] } else { next };
                return Err(Crossing(orig[order[g]], orig[order[other]]));
            }
        }
    }
    Ok(Forest {
        orig: order.iter().map(|&k| orig[k]).collect(),
        cap: order.iter().map(|&k| groups[orig[k]].cap).collect(),
        parent: parent
            .into_iter()
            .map(|p| if p >= UNSET { NONE } else { p as u32 })
            .collect(),
        inner,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(members: &[usize], cap: u32) -> Group {
        Group {
            members: members.to_vec(),
            cap,
        }
    }

    #[test]
    fn nested_groups_form_a_chain() {
        let w = vec![1; 5];
        let f = forest(5, &[g(&[0, 1, 2, 3], 2), g(&[0, 1], 1), g(&[4], 0)], &w);
        let f = f.unwrap_or_default();
        assert_eq!(f.orig, vec![2, 1, 0]);
        assert_eq!(f.parent, vec![NONE, 2, NONE]);
        assert_eq!(f.inner, vec![1, 1, 2, 2, 0]);
        assert!(f.is_root(0));
    }

    #[test]
    fn crossing_is_detected_and_slack_groups_dropped() {
        let w = vec![1; 4];
        assert!(forest(4, &[g(&[0, 1], 1), g(&[1, 2], 1)], &w).is_err());
        // Slack group {1,2} (cap 2 >= 2 members) cannot bind: dropped, no crossing.
        let f = forest(4, &[g(&[0, 1], 1), g(&[1, 2], 2)], &w).unwrap_or_default();
        assert_eq!(f.orig, vec![0]);
    }
}
