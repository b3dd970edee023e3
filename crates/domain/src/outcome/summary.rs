//! The per-country figures of DOMAIN.md §6: of the outcomes recorded, how many were in
//! Italy at the end (an extension or a job contract), returned home, interrupted, other.

use super::OutcomeKind;
use crate::Country;

/// One country's row (the trainee's country of residence when they applied).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figures {
    pub country: String,
    pub in_italy: i64,
    pub returned_home: i64,
    pub interrupted: i64,
    pub other: i64,
}

impl Figures {
    pub fn total(&self) -> i64 {
        self.in_italy + self.returned_home + self.interrupted + self.other
    }

    fn add(&mut self, kind: OutcomeKind, n: i64) {
        match kind {
            k if in_italy(k) => self.in_italy += n,
            OutcomeKind::ReturnedHome => self.returned_home += n,
            OutcomeKind::Interrupted => self.interrupted += n,
            _ => self.other += n,
        }
    }
}

/// Whether an outcome counts as "in Italy at the end" (an extension or a job contract): the
/// one mapping §6's table and the results registry (`results::registry`) both count by.
pub const fn in_italy(kind: OutcomeKind) -> bool {
    matches!(kind, OutcomeKind::Extension | OutcomeKind::JobContract)
}

/// Rows per country (Tunisia and Morocco first, as §6 lists them, then by code) and the
/// total, from counts per (country, kind).
pub fn tally(counts: &[(String, OutcomeKind, i64)]) -> (Vec<Figures>, Figures) {
    let mut rows: Vec<Figures> = Vec::new();
    let mut total = Figures::default();
    for (country, kind, n) in counts {
        let i = match rows.iter().position(|r| &r.country == country) {
            Some(i) => i,
            None => {
                rows.push(Figures {
                    country: country.clone(),
                    ..Default::default()
                });
                rows.len() - 1
            }
        };
        rows[i].add(*kind, *n);
        total.add(*kind, *n);
    }
    let rank = |c: &str| match c {
        c if c == Country::TN.as_str() => 0,
        c if c == Country::MA.as_str() => 1,
        _ => 2,
    };
    rows.sort_by(|a, b| {
        rank(&a.country)
            .cmp(&rank(&b.country))
            .then(a.country.cmp(&b.country))
    });
    (rows, total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_and_contracts_count_as_in_italy() {
        use OutcomeKind::*;
        let (rows, total) = tally(&[
            ("MA".into(), ReturnedHome, 9),
            ("TN".into(), Extension, 8),
            ("MA".into(), JobContract, 2),
            ("TN".into(), JobContract, 12),
            ("TN".into(), ReturnedHome, 3),
            ("MA".into(), Extension, 7),
        ]);
        let got: Vec<_> = rows
            .iter()
            .map(|r| (r.country.as_str(), r.in_italy, r.returned_home))
            .collect();
        assert_eq!(got, [("TN", 20, 3), ("MA", 9, 9)]);
        assert_eq!(
            (total.in_italy, total.returned_home, total.total()),
            (29, 12, 41)
        );
    }
}
