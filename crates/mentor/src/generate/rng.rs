//! The generator's randomness: SplitMix64, written here so a seed gives the same data on
//! every platform and every release (no dependency whose stream may change).

pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// A generator for part `stream` of the data, independent of how much the others drew.
    pub fn fork(&self, stream: u64) -> Self {
        let mut r = Rng(self.0 ^ stream.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        r.next();
        r
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: i64, hi: i64) -> i64 {
        let span = u64::try_from(hi - lo + 1).unwrap_or(1).max(1);
        lo + i64::try_from(self.next() % span).unwrap_or(0)
    }

    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// An item by weight: `weights[i]` chances for `items[i]`.
    pub fn weighted<T: Copy>(&mut self, items: &[(T, u64)]) -> T {
        let total: u64 = items.iter().map(|(_, w)| w).sum();
        let mut at = self.next() % total.max(1);
        for (item, w) in items {
            if at < *w {
                return *item;
            }
            at -= w;
        }
        items[items.len() - 1].0
    }
}

#[cfg(test)]
mod tests {
    use super::Rng;

    #[test]
    fn a_seed_gives_one_stream_and_forks_differ() {
        let (mut a, mut b) = (Rng::new(7), Rng::new(7));
        let xs: Vec<u64> = (0..5).map(|_| a.next()).collect();
        let ys: Vec<u64> = (0..5).map(|_| b.next()).collect();
        assert_eq!(xs, ys);
        assert_ne!(Rng::new(7).fork(1).next(), Rng::new(7).fork(2).next());
        assert_ne!(Rng::new(7).next(), Rng::new(8).next());
    }

    #[test]
    fn draws_stay_in_their_ranges() {
        let mut r = Rng::new(42);
        for _ in 0..1000 {
            assert!(r.below(3) < 3);
            let x = r.between(-2, 2);
            assert!((-2..=2).contains(&x));
        }
        assert_eq!(r.below(0), 0);
        let picks: Vec<char> = (0..200)
            .map(|_| r.weighted(&[('a', 1), ('b', 0)]))
            .collect();
        assert!(picks.iter().all(|c| *c == 'a'));
    }
}
