//! Messages by key: tests name the message they mean (in English, without the bidi
//! isolation marks a reader never sees), never its wording.

use i18n as catalogue;

/// The translator of `locale`, for tests that look for a message in another language.
pub fn translator(locale: domain::Locale) -> catalogue::Tr {
    catalogue::Tr::new(locale)
}

/// The translator of the English messages that tests look for.
fn english() -> catalogue::Tr {
    translator(domain::Locale::En)
}

/// Fluent wraps arguments in invisible bidi isolation marks (FSI/PDI), and Arabic messages
/// isolate the left-to-right values they quote (LRI/PDI); tests compare what a reader sees,
/// without them.
pub fn without_isolation(s: String) -> String {
    s.replace(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'], "")
}

/// The catalogue answers a missing key with the key itself; a test that names a missing key
/// would then look for the key in the page, so it stops here instead.
fn found(key: &str, message: String) -> String {
    assert_ne!(message, key, "no English message `{key}`");
    without_isolation(message)
}

/// The English message `key`, so that a test names the message it means, not its wording.
pub fn msg(key: &str) -> String {
    found(key, english().t(key))
}

/// The English message `key` with one string argument.
pub fn msg1(key: &str, name: &str, value: &str) -> String {
    found(key, english().t1(key, name, value))
}

/// The English message `key` with one number argument (plural-aware).
pub fn msg_n(key: &str, name: &str, n: i64) -> String {
    found(key, english().tn(key, name, n))
}

/// The English message `key` with several number arguments.
pub fn msg_nums(key: &str, args: &[(&str, i64)]) -> String {
    let args: Vec<_> = args
        .iter()
        .map(|&(name, n)| (name, catalogue::FluentArg::Num(n)))
        .collect();
    found(key, english().t_with(key, &args))
}

/// `text` escaped as askama escapes it in a template.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}
