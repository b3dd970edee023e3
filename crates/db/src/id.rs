//! Identifiers: random UUIDs (version 4) made here, so inserts need no `RETURNING` and ids
//! are the same shape on both backends.

/// A new random identifier such as `3f2b…-…`.
pub fn new_id() -> String {
    let mut b = [0u8; 16];
    fill_random(&mut b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
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
}
