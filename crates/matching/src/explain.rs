//! Explanations: where a matched option stands among the candidate's alternatives.

use crate::problem::ScoredPair;

/// Rank of an option of score `score` among `options`: 1 + the number of options
/// scoring strictly more, so equal scores share a rank.
pub(crate) fn rank(options: &[ScoredPair], score: i64) -> usize {
    1 + options.iter().filter(|o| o.score > score).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::Components;

    #[test]
    fn ties_share_a_rank() {
        let o = |s| ScoredPair {
            pos: 0,
            components: Components::default(),
            score: s,
        };
        let opts = [o(5), o(9), o(5), o(1)];
        assert_eq!(rank(&opts, 9), 1);
        assert_eq!(rank(&opts, 5), 2);
        assert_eq!(rank(&opts, 1), 4);
    }
}
