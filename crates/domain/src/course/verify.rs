//! Certificates' verification codes: 80 random bits (made by the caller, `db`) written as
//! 20 hexadecimal digits in groups of five, and the limit on anonymous look-ups, so that
//! the public page cannot be used to guess codes (the sign-in throttle's mechanism,
//! keyed by the client's address).

use chrono::Duration;

use crate::throttle::Limit;

/// The hexadecimal digits of a code.
const DIGITS: usize = 20;

/// A code as people read it (`ABCDE-12345-…`) from its 20 hexadecimal digits.
pub fn format_code(hex: &str) -> String {
    let up = hex.to_ascii_uppercase();
    let chars: Vec<char> = up.chars().collect();
    chars
        .chunks(5)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// A code as typed (any case, with or without dashes and spaces) in its stored form, or
/// `None` when it cannot be one (answered as not found, without a look-up).
pub fn code_is_well_formed(typed: &str) -> Option<String> {
    let digits: String = typed.chars().filter(|c| !matches!(c, '-' | ' ')).collect();
    (digits.len() == DIGITS && digits.chars().all(|c| c.is_ascii_hexdigit()))
        .then(|| format_code(&digits))
}

/// Unknown codes an address may look up before waiting: a person mistyping a code a few
/// times is never held back; a guesser gets about one try a minute after ten.
pub fn verify_limit() -> Limit {
    Limit {
        free_failures: 10,
        first_delay: Duration::seconds(1),
        max_delay: Duration::minutes(1),
        forget_after: Duration::minutes(15),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_however_they_are_typed() {
        let code = format_code("0123456789abcdef0123");
        assert_eq!(code, "01234-56789-ABCDE-F0123");
        for typed in [
            "01234-56789-ABCDE-F0123",
            "0123456789abcdef0123",
            " 01234 56789 abcde f0123 ",
        ] {
            assert_eq!(code_is_well_formed(typed).as_deref(), Some(code.as_str()));
        }
        for bad in ["", "01234", "01234-56789-ABCDE-F012G", "../../etc/passwd"] {
            assert_eq!(code_is_well_formed(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_guesser_waits_after_ten_unknown_codes() {
        let l = verify_limit();
        assert_eq!(l.delay(9), Duration::zero());
        assert!(l.delay(10) > Duration::zero());
        assert!(l.delay(40) <= Duration::minutes(1));
    }
}
