//! Left-to-right values in pages of either direction (issue 12).
//!
//! In an Arabic page a phone number, an e-mail, a date written in digits, a passport number
//! or a code is shown reversed or pulled away from its label unless it is isolated. The
//! templates do it with two filters, so that it is done the same way everywhere:
//!
//! - `{{ value|crate::bidi::ltr }}`: a value that is read left to right (dates and times in
//!   digits, e-mails, phone numbers, ids and codes, amounts, URLs), as
//!   `<bdi dir="ltr">…</bdi>`. A formatted value that holds right-to-left letters (an
//!   Arabic long date, `4 ماي 1997`) is read in its own direction instead, as `<bdi>`, so
//!   one filter serves every date whatever the page's language;
//! - `{{ value|crate::bidi::auto }}`: text whose direction depends on what it says (a
//!   person's name, a title in its original language), as `<bdi>…</bdi>`, which takes the
//!   direction of its first strong letter and leaves the page's punctuation alone.
//!
//! Inputs for such values carry `dir="ltr"` in the templates themselves (their labels keep
//! the page's direction). An empty value renders nothing, not an empty isolate.

use std::fmt::{Display, Write};

use askama::filters::Safe;

/// The value, escaped, in a left-to-right isolate (or its own, if it has right-to-left
/// letters).
#[askama::filter_fn]
pub fn ltr(value: impl Display, _env: &dyn askama::Values) -> askama::Result<Safe<String>> {
    let text = value.to_string();
    let dir = if text.chars().any(right_to_left) {
        ""
    } else {
        " dir=\"ltr\""
    };
    Ok(Safe(isolate(&text, dir)))
}

/// The value, escaped, in an isolate taking the direction of its own first strong letter.
#[askama::filter_fn]
pub fn auto(value: impl Display, _env: &dyn askama::Values) -> askama::Result<Safe<String>> {
    Ok(Safe(isolate(&value.to_string(), "")))
}

/// A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and their
/// presentation forms), the scripts whose letters set a paragraph's direction to RTL.
fn right_to_left(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

fn isolate(text: &str, dir: &str) -> String {
    if text.is_empty() {
        return String::new();
    }
    let mut out = String::with_capacity(text.len() + 24);
    let _ = write!(out, "<bdi{dir}>");
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out.push_str("</bdi>");
    out
}

#[cfg(test)]
mod tests {
    use askama::Template;

    #[derive(Template)]
    #[template(
        source = "<p>{{ a|crate::bidi::ltr }} {{ b|crate::bidi::auto }} [{{ c|crate::bidi::ltr }}] {{ d|crate::bidi::ltr }}</p>",
        ext = "html"
    )]
    struct Probe<'a> {
        a: &'a str,
        b: &'a str,
        c: &'a str,
        d: &'a str,
    }

    #[test]
    fn values_are_escaped_and_isolated() {
        let html = Probe {
            a: "+216 20 123 456",
            b: "<b>Amina</b> & co",
            c: "",
            d: "4 ماي 1997",
        }
        .render()
        .unwrap();
        assert_eq!(
            html,
            "<p><bdi dir=\"ltr\">+216 20 123 456</bdi> <bdi>&lt;b&gt;Amina&lt;/b&gt; &amp; co</bdi> [] <bdi>4 ماي 1997</bdi></p>"
        );
    }
}
