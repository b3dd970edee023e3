//! Identifiers: UUIDs made here, so inserts need no `RETURNING` and ids are the same shape
//! on both backends. Random ones (version 4) for records made one at a time; ordered ones
//! (version 7) for rows written by the million (`bulk`).

use std::time::{SystemTime, UNIX_EPOCH};

/// A new random identifier such as `3f2b…-…`.
pub fn new_id() -> String {
    let mut b = [0u8; 16];
    fill_random(&mut b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    uuid_text(&b)
}

/// A new identifier ordered by the time it was made (UUID version 7, RFC 9562: 48 bits of
/// milliseconds, then 74 random), for rows written by the million. Ids made one after the
/// other sort one after the other, so each index that starts with one (a table's key, each
/// `candidate_id`-first index) takes new entries at its right edge instead of at random
/// pages all over it: with random keys a million applications outgrew the server's cache
/// and every insert slowed about threefold (BENCHMARKS.md, "Data generator"). The first
/// eight digits are the time, so short handles read the random end
/// (`domain::ids::short_ref`); the time they show is the row's own `created_at`.
pub fn new_ordered_id() -> String {
    let millis = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
    ordered_id_at(millis)
}

/// The version 7 identifier of `millis` (milliseconds since 1970) with fresh random bits.
fn ordered_id_at(millis: u64) -> String {
    let mut b = [0u8; 16];
    fill_random(&mut b[6..]);
    b[..6].copy_from_slice(&millis.to_be_bytes()[2..]);
    b[6] = (b[6] & 0x0f) | 0x70;
    b[8] = (b[8] & 0x3f) | 0x80;
    uuid_text(&b)
}

/// The canonical text of a UUID: 8-4-4-4-12 lower-case hex digits.
fn uuid_text(b: &[u8; 16]) -> String {
    let h = hex::encode(b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// Fills `buf` from the operating system's generator. If the OS cannot give randomness the
/// process cannot run safely at all, so this aborts loudly rather than continue with zeros.
pub fn fill_random(buf: &mut [u8]) {
    if let Err(e) = getrandom::fill(buf) {
        tracing::error!(error = %e, "operating system randomness unavailable");
        std::process::abort();
    }
}

/// A URL-safe random secret of `bytes` bytes, hex-encoded.
pub fn new_secret(bytes: usize) -> String {
    let mut b = vec![0u8; bytes];
    fill_random(&mut b);
    hex::encode(b)
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids_are_uuid_v4_shaped_and_distinct() {
        let a = super::new_id();
        let b = super::new_id();
        assert_eq!(a.len(), 36);
        assert_eq!(a.as_bytes()[14], b'4');
        assert_ne!(a, b);
    }

    #[test]
    fn ordered_ids_are_uuid_v7_and_sort_by_the_time_they_were_made() {
        let a = super::new_ordered_id();
        assert_eq!(a.len(), 36);
        assert_eq!(a.as_bytes()[14], b'7');
        assert!(matches!(a.as_bytes()[19], b'8' | b'9' | b'a' | b'b'));
        // 2026-12-07, a millisecond later, and a year on: text order is time order.
        let t = 1_796_601_600_000;
        let at = super::ordered_id_at;
        let (x, y, z) = (at(t), at(t + 1), at(t + 31_536_000_000));
        assert!(x < y && y < z, "{x} {y} {z}");
        assert_eq!(&x[..13], "01a24dcc-d800");
        // Made in the same millisecond, they still differ, and so do their short handles.
        let (p, q) = (at(t), at(t));
        assert_ne!(p, q);
        assert_ne!(domain::ids::short_ref(&p), domain::ids::short_ref(&q));
    }
}
