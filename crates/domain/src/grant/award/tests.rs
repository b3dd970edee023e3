//! The award rule and the advice, table by table; the knapsack against brute force.

use super::knapsack::{self, Item};
use super::*;

const K: i64 = 100_000; // EUR 1,000 in cents

fn rule(fund: i64, partial: bool, shares: &[(&str, i64)]) -> Rule {
    Rule {
        fund_cents: fund * K,
        min_grant_cents: K,
        max_grant_cents: 5 * K,
        threshold_milli: 60_000,
        partial_last: partial,
        shares: shares.iter().map(|(g, c)| ((*g).into(), c * K)).collect(),
    }
}

/// (id, points, requested in thousands of euros, group)
fn entries(v: &[(&str, i64, i64, Option<&str>)]) -> Vec<Entry> {
    v.iter()
        .map(|(id, p, r, g)| Entry {
            id: (*id).into(),
            points_milli: p * 1000,
            requested_cents: r * K,
            group: g.map(Into::into),
        })
        .collect()
}

fn outcomes(p: &Proposal) -> Vec<(&str, &'static str, i64)> {
    p.lines
        .iter()
        .map(|l| (l.id.as_str(), l.outcome.as_str(), l.granted_cents / 1000))
        .collect()
}

#[test]
fn rank_order_table() {
    let five = entries(&[
        ("a", 90, 4, None),
        ("b", 80, 3, None),
        ("c", 75, 4, None),
        ("d", 70, 2, None),
        ("e", 55, 1, None),
    ]);
    /// (fund in thousands, partial, expected (id, outcome, granted in tens of euros))
    type Case<'a> = (i64, bool, &'a [(&'a str, &'a str, i64)]);
    let cases: &[Case] = &[
        (
            20,
            false,
            &[
                ("a", "funded", 400),
                ("b", "funded", 300),
                ("c", "funded", 400),
                ("d", "funded", 200),
                ("e", "below_threshold", 0),
            ],
        ),
        // 10: a, b fit (7); c does not (3 left); d fits (2); c waits in reserve.
        (
            10,
            false,
            &[
                ("a", "funded", 400),
                ("b", "funded", 300),
                ("c", "reserve", 0),
                ("d", "funded", 200),
                ("e", "below_threshold", 0),
            ],
        ),
        // With partial funding c takes the 3 left; d goes to the reserve.
        (
            10,
            true,
            &[
                ("a", "funded", 400),
                ("b", "funded", 300),
                ("c", "partial", 300),
                ("d", "reserve", 0),
                ("e", "below_threshold", 0),
            ],
        ),
        // 7.5 left after a and b would be 0.5: under the minimum grant, no partial.
        (
            7,
            true,
            &[
                ("a", "funded", 400),
                ("b", "funded", 300),
                ("c", "reserve", 0),
                ("d", "reserve", 0),
                ("e", "below_threshold", 0),
            ],
        ),
    ];
    for (fund, partial, want) in cases {
        let p = rank_order(&rule(*fund, *partial, &[]), &five, &[]).unwrap();
        assert_eq!(outcomes(&p), *want, "fund {fund}, partial {partial}");
        assert_eq!(p.total_cents + p.remaining_cents, fund * K);
        assert!(p.total_cents <= fund * K);
    }
    let p = rank_order(&rule(7, true, &[]), &five, &[]).unwrap();
    let reserve: Vec<_> = p
        .reserve()
        .map(|l| (l.id.as_str(), l.reserve_rank))
        .collect();
    assert_eq!(reserve, [("c", Some(1)), ("d", Some(2))]);
    let running: Vec<_> = p.lines.iter().map(|l| l.running_cents / K).collect();
    assert_eq!(running, [4, 7, 7, 7, 7]);
}

#[test]
fn shares_are_hard_limits() {
    let es = entries(&[
        ("t1", 90, 4, Some("TN")),
        ("t2", 85, 4, Some("TN")),
        ("m1", 80, 3, Some("MA")),
        ("t3", 78, 2, Some("TN")),
        ("m2", 70, 3, Some("MA")),
    ]);
    // TN capped at 6: t1 fits, t2 does not (2 left) but t3 does; MA has 5: m1, then 2 left.
    let p = rank_order(&rule(20, false, &[("TN", 6), ("MA", 5)]), &es, &[]).unwrap();
    assert_eq!(
        outcomes(&p),
        [
            ("t1", "funded", 400),
            ("t2", "reserve", 0),
            ("m1", "funded", 300),
            ("t3", "funded", 200),
            ("m2", "reserve", 0)
        ]
    );
    assert_eq!(
        p.shares,
        [
            ("TN".to_owned(), 6 * K, 6 * K),
            ("MA".to_owned(), 3 * K, 5 * K)
        ]
    );
    // Partial funding fills a share's room, never past it.
    let p = rank_order(&rule(20, true, &[("TN", 6), ("MA", 5)]), &es, &[]).unwrap();
    assert_eq!(p.line("t2").unwrap().granted_cents, 2 * K);
    assert_eq!(p.line("t3").unwrap().outcome, Outcome::Reserve);
    assert_eq!(p.line("m2").unwrap().granted_cents, 2 * K);
}

#[test]
fn adjustments_reduce_exclude_and_include() {
    let es = entries(&[
        ("a", 90, 5, None),
        ("b", 80, 4, None),
        ("c", 75, 3, None),
        ("d", 65, 2, None),
    ]);
    let r = rule(10, false, &[]);
    let reduce = |id: &str, k: i64| Adjustment::Reduce {
        id: id.into(),
        amount_cents: k * K,
    };
    let exclude = |id: &str| Adjustment::Exclude { id: id.into() };
    let include = |id: &str| Adjustment::Include { id: id.into() };
    // (adjustments, expected funded ids)
    let cases: Vec<(Vec<Adjustment>, &[&str])> = vec![
        (vec![], &["a", "b"]),
        (vec![reduce("a", 3)], &["a", "b", "c"]),
        (vec![exclude("b")], &["a", "c", "d"]),
        (vec![include("d")], &["a", "c", "d"]),
        (vec![include("d"), reduce("b", 3)], &["a", "b", "d"]),
        (vec![exclude("b"), include("b")], &["a", "b"]),
    ];
    for (adj, want) in cases {
        let p = rank_order(&r, &es, &adj).unwrap();
        let funded: Vec<_> = p.funded().map(|l| l.id.as_str()).collect();
        assert_eq!(funded, want, "{adj:?}");
    }
    // The inclusion of d with a and b funded leaves 1 — d's 2 do not fit: refused.
    let err = rank_order(&r, &es, &[include("d"), include("a"), include("b")]).unwrap_err();
    assert_eq!(err.key, "award-error-no-room");
}

#[test]
fn the_committee_is_held_to_the_rule() {
    let es = entries(&[("a", 90, 5, None), ("b", 80, 4, None), ("c", 50, 3, None)]);
    let r = rule(10, false, &[]);
    let check = |adj: Adjustment| check_adjustment(&r, &es, &[], &adj).map_err(|e| e.key);
    let reduce = |id: &str, cents| Adjustment::Reduce {
        id: id.into(),
        amount_cents: cents,
    };
    assert_eq!(check(reduce("a", 3 * K)), Ok(()));
    assert_eq!(
        check(reduce("a", K / 2)),
        Err("award-error-reduce"),
        "under the minimum"
    );
    assert_eq!(
        check(reduce("a", 5 * K)),
        Err("award-error-reduce"),
        "not a reduction"
    );
    assert_eq!(check(reduce("x", 3 * K)), Err("award-error-not-ranked"));
    let include = |id: &str| Adjustment::Include { id: id.into() };
    assert_eq!(
        check(include("c")),
        Err("award-error-include"),
        "below threshold"
    );
    assert_eq!(
        check(include("a")),
        Err("award-error-include"),
        "already funded"
    );
    let exclude = |id: &str| Adjustment::Exclude { id: id.into() };
    assert_eq!(check(exclude("c")), Err("award-error-exclude"));
    assert_eq!(check(exclude("a")), Ok(()));
}

#[test]
fn the_advice_maximises_points_and_says_what_changes() {
    // Rank order funds a (5) and then nothing fits the 4 left but c+d would: 3 + 1... the
    // advice prefers b, c, d (9 in cost, 215 points) to a, d (6, 155).
    let es = entries(&[
        ("a", 90, 5, None),
        ("b", 80, 4, None),
        ("c", 70, 3, None),
        ("d", 65, 2, None),
    ]);
    let r = rule(9, false, &[]);
    let p = rank_order(&r, &es, &[]).unwrap();
    let funded: Vec<_> = p.funded().map(|l| l.id.as_str()).collect();
    assert_eq!(funded, ["a", "b"]);
    let a = advise(&r, &es, &[], &p).unwrap();
    assert_eq!(a.ids, ["b", "c", "d"]);
    assert_eq!(a.points_milli, 215_000);
    assert_eq!(a.total_cents, 9 * K);
    assert_eq!(a.brought_in, ["c", "d"]);
    assert_eq!(a.left_out, ["a"]);
    // An inclusion is kept by the advice.
    let inc = [Adjustment::Include { id: "a".into() }];
    let p = rank_order(&r, &es, &inc).unwrap();
    let a = advise(&r, &es, &inc, &p).unwrap();
    assert!(a.ids.contains(&"a".to_owned()));
}

#[test]
fn too_large_a_table_is_refused() {
    let items: Vec<Item> = (0..5_000)
        .map(|i| Item {
            points: i,
            cost_cents: 100 * (1 + 2 * i),
            group: None,
        })
        .collect();
    assert_eq!(
        knapsack::best(&items, 1_000_000_000, &[]),
        Err(knapsack::TooLarge)
    );
}

/// A seeded generator (xorshift64*), so a failure is reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % below
    }
}

fn brute(items: &[Item], fund: i64, ceilings: &[i64]) -> i64 {
    let euros = |c: i64| (c + 99) / 100 * 100;
    let mut best = 0;
    for mask in 0u32..(1 << items.len()) {
        let mut cost = 0;
        let mut per = vec![0; ceilings.len()];
        let mut points = 0;
        for (i, it) in items.iter().enumerate() {
            if mask & (1 << i) != 0 {
                cost += euros(it.cost_cents);
                points += it.points;
                if let Some(g) = it.group.filter(|&g| g < ceilings.len()) {
                    per[g] += euros(it.cost_cents);
                }
            }
        }
        let fits = cost <= fund && per.iter().zip(ceilings).all(|(u, c)| u <= c);
        if fits && points > best {
            best = points;
        }
    }
    best
}

#[test]
fn the_knapsack_matches_brute_force() {
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    for round in 0..150 {
        let n = 1 + rng.next(12) as usize;
        let groups = rng.next(3) as usize;
        let ceilings: Vec<i64> = (0..groups)
            .map(|_| 100 * (50 + rng.next(1_500) as i64))
            .collect();
        let items: Vec<Item> = (0..n)
            .map(|_| Item {
                points: 40_000 + rng.next(60_001) as i64,
                // Euros mostly in fives, now and then with cents.
                cost_cents: 5 * 100 * (2 + rng.next(100) as i64) + rng.next(3) as i64 * 37,
                group: (groups > 0 && rng.next(4) > 0).then(|| rng.next(groups as u64) as usize),
            })
            .collect();
        let fund = 100 * (100 + rng.next(2_000) as i64);
        let chosen = knapsack::best(&items, fund, &ceilings).unwrap();
        let euros = |c: i64| (c + 99) / 100 * 100;
        let cost: i64 = chosen.iter().map(|&i| euros(items[i].cost_cents)).sum();
        assert!(cost <= fund, "round {round}: over the fund");
        for (g, c) in ceilings.iter().enumerate() {
            let used: i64 = chosen
                .iter()
                .filter(|&&i| items[i].group == Some(g))
                .map(|&i| euros(items[i].cost_cents))
                .sum();
            assert!(used <= *c, "round {round}: over share {g}");
        }
        let points: i64 = chosen.iter().map(|&i| items[i].points).sum();
        assert_eq!(points, brute(&items, fund, &ceilings), "round {round}");
    }
}
