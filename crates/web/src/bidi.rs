//! Left-to-right values in pages of either direction (issue 12).
//!
//! In an Arabic page a phone number, an e-mail, a date written in digits, a passport number
//! or a code is shown reversed or pulled away from its label unless it is isolated. The
//! templates do it with two filters, so that it is done the same way everywhere:
//!
//! - `{{ value|crate::bidi::ltr }}`: a value that is always read left to right (dates and
//!   times in digits, e-mails, phone numbers, ids and codes, amounts, URLs), as
//!   `<bdi dir="ltr">…</bdi>`;
//! - `{{ value|crate::bidi::auto }}`: text whose direction depends on what it says (a
//!   person's name, a title in its original language), as `<bdi>…</bdi>`, which takes the
//!   direction of its first strong letter and leaves the page's punctuation alone.
//!
//! Inputs for such values carry `dir="ltr"` in the templates themselves (their labels keep
//! the page's direction). An empty value renders nothing, not an empty isolate.

use std::fmt::{Display, Write};

use askama::filters::Safe;

/// The value, escaped, in a left-to-right isolate.
#[askama::filter_fn]
pub fn ltr(value: impl Display, _env: &dyn askama::Values) -> askama::Result<Safe<String>> {
    Ok(Safe(isolate(&value.to_string(), " dir=\"ltr\"")))
}

/// The value, escaped, in an isolate taking the direction of its own first strong letter.
#[askama::filter_fn]
pub fn auto(value: impl Display, _env: &dyn askama::Values) -> askama::Result<Safe<String>> {
    Ok(Safe(isolate(&value.to_string(), "")))
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
        source = "<p>{{ a|crate::bidi::ltr }} {{ b|crate::bidi::auto }} [{{ c|crate::bidi::ltr }}]</p>",
        ext = "html"
    )]
    struct Probe<'a> {
        a: &'a str,
        b: &'a str,
        c: &'a str,
    }

    #[test]
    fn values_are_escaped_and_isolated() {
        let html = Probe {
            a: "+216 20 123 456",
            b: "<b>Amina</b> & co",
            c: "",
        }
        .render()
        .unwrap();
        assert_eq!(
            html,
            "<p><bdi dir=\"ltr\">+216 20 123 456</bdi> <bdi>&lt;b&gt;Amina&lt;/b&gt; &amp; co</bdi> []</p>"
        );
    }
}
