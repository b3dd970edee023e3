//! People's names as identity documents write them: in Latin letters as in the passport,
//! and optionally in Arabic script. A refused name says what is actually wrong.

use crate::Invalid;

/// The longest name, counted as sent.
pub const MAX_NAME: usize = 100;

/// Signs a name may hold besides letters and spaces: hyphens, apostrophes and dots
/// ("Ben-Salah", "N'Diaye", "O’Neill", "Jr.").
fn name_sign(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.')
}

/// Each refusal says what is actually wrong: too long, a character that is no letter (markup,
/// emoji, digits), or letters of another script.
pub(crate) fn latin_name(field: &'static str, s: &str) -> Result<String, Invalid> {
    if s.chars().count() > MAX_NAME {
        return Err(Invalid::new(field, "error-name-too-long"));
    }
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.is_empty() {
        return Err(Invalid::new(field, "error-latin-name"));
    }
    // Letters with their accents (combining marks, U+0300–U+036F) are letters here.
    let allowed = |c: char| {
        c.is_alphabetic() || c == ' ' || name_sign(c) || ('\u{0300}'..='\u{036F}').contains(&c)
    };
    if !s.chars().all(allowed) {
        return Err(Invalid::new(field, "error-name-characters"));
    }
    let latin = s.chars().any(|c| c.is_alphabetic() && (c as u32) < 0x0250);
    let foreign = s.chars().any(|c| c.is_alphabetic() && (c as u32) >= 0x0250);
    if !latin || foreign {
        Err(Invalid::new(field, "error-latin-name"))
    } else {
        Ok(s)
    }
}

pub(crate) fn arabic_name(field: &'static str, s: &str) -> Result<Option<String>, Invalid> {
    if s.chars().count() > MAX_NAME {
        return Err(Invalid::new(field, "error-name-too-long"));
    }
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.is_empty() {
        return Ok(None);
    }
    let ok = s
        .chars()
        .all(|c| c == ' ' || ('\u{0600}'..='\u{06FF}').contains(&c) || c == '-');
    if ok {
        Ok(Some(s))
    } else {
        Err(Invalid::new(field, "error-arabic-name"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_name_says_what_is_wrong() {
        let key = |s: &str| latin_name("family_name", s).err().map(|e| e.key);
        assert_eq!(key(&"a".repeat(10_000)), Some("error-name-too-long"));
        assert_eq!(key("<b>Ali</b>"), Some("error-name-characters"));
        assert_eq!(key("Ali 😀"), Some("error-name-characters"));
        assert_eq!(key("Ali2"), Some("error-name-characters"));
        assert_eq!(key("بن صالح"), Some("error-latin-name"));
        assert_eq!(key(" "), Some("error-latin-name"));
        for fine in [
            "Ben-Salah",
            "N'Diaye",
            "O’Neill",
            "Élodie",
            "Abd el-Kader Jr.",
        ] {
            assert_eq!(key(fine), None, "{fine}");
        }
        assert_eq!(
            arabic_name("family_name_ar", &"ب".repeat(101))
                .err()
                .map(|e| e.key),
            Some("error-name-too-long")
        );
    }
}
