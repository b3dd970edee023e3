//! The balance of a call's fund: what the awards committed, what was paid, what is
//! committed but unpaid and what is left. A cancelled grant commits only what was paid on
//! it before it stopped: the rest returns to the fund.

use crate::grant::GrantState;

/// One grant as the balance counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GrantMoney {
    pub state: GrantState,
    pub amount_cents: i64,
    pub paid_cents: i64,
}

impl GrantMoney {
    /// What the grant holds of the fund.
    pub fn committed(&self) -> i64 {
        match self.state {
            GrantState::Cancelled => self.paid_cents,
            _ => self.amount_cents,
        }
    }
}

/// The figures of a fund, or of a group of its grants (a country, a project type).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Balance {
    pub grants: i64,
    pub committed: i64,
    pub paid: i64,
}

impl Balance {
    /// The totals of `grants`.
    pub fn of<'a>(grants: impl IntoIterator<Item = &'a GrantMoney>) -> Balance {
        grants.into_iter().fold(Balance::default(), |b, g| Balance {
            grants: b.grants + 1,
            committed: b.committed + g.committed(),
            paid: b.paid + g.paid_cents,
        })
    }

    /// Committed and not yet paid.
    pub fn unpaid(&self) -> i64 {
        self.committed - self.paid
    }

    /// What a fund of `fund_cents` has left to commit.
    pub fn uncommitted(&self, fund_cents: i64) -> i64 {
        fund_cents - self.committed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(state: GrantState, amount_cents: i64, paid_cents: i64) -> GrantMoney {
        GrantMoney {
            state,
            amount_cents,
            paid_cents,
        }
    }

    #[test]
    fn the_fund_is_committed_paid_and_left() {
        // (grants, (count, committed, paid, unpaid, uncommitted of EUR 100,000))
        type Case = (Vec<GrantMoney>, (i64, i64, i64, i64, i64));
        let cases: Vec<Case> = vec![
            (vec![], (0, 0, 0, 0, 10_000_000)),
            (
                vec![g(GrantState::Awarded, 500_000, 0)],
                (1, 500_000, 0, 500_000, 9_500_000),
            ),
            (
                vec![
                    g(GrantState::Agreed, 500_000, 300_000),
                    g(GrantState::Completed, 250_000, 250_000),
                ],
                (2, 750_000, 550_000, 200_000, 9_250_000),
            ),
            (
                vec![g(GrantState::Cancelled, 400_000, 240_000)],
                (1, 240_000, 240_000, 0, 9_760_000),
            ),
            (
                vec![g(GrantState::Cancelled, 400_000, 0)],
                (1, 0, 0, 0, 10_000_000),
            ),
        ];
        for (grants, (n, committed, paid, unpaid, left)) in cases {
            let b = Balance::of(&grants);
            assert_eq!(
                (
                    b.grants,
                    b.committed,
                    b.paid,
                    b.unpaid(),
                    b.uncommitted(10_000_000)
                ),
                (n, committed, paid, unpaid, left),
                "{grants:?}"
            );
        }
    }
}
