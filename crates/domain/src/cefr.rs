//! CEFR language levels (A1 … C2): the one type for them in our crates. `matching`, which
//! depends on nothing of ours, has its own, converted where the matching problem is built.

use serde::{Deserialize, Serialize};

use crate::Invalid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Cefr {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
}

impl Cefr {
    pub const ALL: [Cefr; 6] = [Cefr::A1, Cefr::A2, Cefr::B1, Cefr::B2, Cefr::C1, Cefr::C2];

    pub const fn as_str(self) -> &'static str {
        match self {
            Cefr::A1 => "A1",
            Cefr::A2 => "A2",
            Cefr::B1 => "B1",
            Cefr::B2 => "B2",
            Cefr::C1 => "C1",
            Cefr::C2 => "C2",
        }
    }

    /// 1 (A1) to 6 (C2); 0 stands for "none" where a number is stored.
    pub const fn rank(self) -> i64 {
        self as i64 + 1
    }

    /// The level of a stored rank; `None` for 0 ("none") or anything outside 1..=6.
    pub fn from_rank(rank: i64) -> Option<Self> {
        Self::ALL
            .get(usize::try_from(rank.checked_sub(1)?).ok()?)
            .copied()
    }

    /// Accepts a level in any case, e.g. `b1`.
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim().to_ascii_uppercase();
        Self::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or(Invalid::new("cefr", "error-cefr"))
    }
}

crate::stored::stored_as_str!(Cefr);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_parse_and_order() {
        assert_eq!(Cefr::parse("b1"), Ok(Cefr::B1));
        assert!(Cefr::parse("B3").is_err());
        assert!(Cefr::A2 < Cefr::B1);
    }

    #[test]
    fn ranks_round_trip_and_zero_is_none() {
        for c in Cefr::ALL {
            assert_eq!(Cefr::from_rank(c.rank()), Some(c));
        }
        assert_eq!(Cefr::C2.rank(), 6);
        assert_eq!(Cefr::from_rank(0), None);
        assert_eq!(Cefr::from_rank(7), None);
        assert_eq!(Cefr::from_rank(i64::MIN), None);
    }
}
