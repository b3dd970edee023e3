//! Left-to-right examples inside Arabic messages (issue 12).
//!
//! An Arabic sentence that quotes a phone number (`+216 20 123 456`), an e-mail, a date in
//! digits or a code shows it reversed or split unless the value is isolated. Arguments are
//! isolated by Fluent (`set_use_isolating`); a value written into the message itself must be
//! wrapped by hand in LRI … PDI (U+2066 … U+2069), which this test checks for every Arabic
//! message.

use domain::Locale;
use i18n::{Tr, message_ids};

const ISOLATES: [char; 3] = ['\u{2066}', '\u{2067}', '\u{2068}'];
const POP: char = '\u{2069}';

/// The text with every isolated run taken out.
fn outside_isolates(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in s.chars() {
        if ISOLATES.contains(&c) {
            depth += 1;
        } else if c == POP {
            depth = depth.saturating_sub(1);
        } else if depth == 0 {
            out.push(c);
        }
    }
    out
}

/// The first left-to-right value found in running text: a `+` before a digit (a phone
/// number or country code), an `@` between Latin letters or digits (an e-mail), or groups
/// of digits joined by `/`, `-`, `:` or a space (a date, a time, a grouped number).
fn bare_ltr_value(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let latin = |x: Option<char>| x.is_some_and(|x| x.is_ascii_alphanumeric());
        let digit = |x: Option<char>| x.is_some_and(|x| x.is_ascii_digit());
        let found = (c == '+' && digit(next))
            || (c == '@' && latin(prev) && latin(next))
            || (matches!(c, '/' | '-' | ':' | ' ') && digit(prev) && digit(next));
        if found {
            let from = i.saturating_sub(8);
            let to = (i + 9).min(chars.len());
            return Some(chars[from..to].iter().collect());
        }
    }
    None
}

#[test]
fn arabic_messages_isolate_the_left_to_right_values_they_quote() {
    let tr = Tr::new(Locale::Ar);
    let mut bare = Vec::new();
    for id in message_ids(Locale::Ar) {
        let text = outside_isolates(&tr.t(&id));
        if let Some(v) = bare_ltr_value(&text) {
            bare.push(format!("{id}: …{v}…"));
        }
    }
    assert!(
        bare.is_empty(),
        "not isolated in Arabic:\n{}",
        bare.join("\n")
    );
}

#[test]
fn the_check_finds_a_bare_phone_number_and_passes_an_isolated_one() {
    assert!(bare_ltr_value(&outside_isolates("مثلًا ‎+216 20 123 456")).is_some());
    assert!(bare_ltr_value(&outside_isolates("مثلًا 06/12/2026")).is_some());
    assert!(bare_ltr_value(&outside_isolates("اكتب a@b.tn")).is_some());
    assert!(bare_ltr_value(&outside_isolates("مثلًا \u{2066}+216 20 123 456\u{2069}")).is_none());
    assert!(bare_ltr_value(&outside_isolates("بين 1 و 5")).is_none());
}
