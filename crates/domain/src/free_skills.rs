//! Skills and occupations a candidate describes in their own words, having found no ESCO
//! term for them: kept beside the application, never refused for not being ESCO, until
//! staff map each to a concept. Bounded like any text a person enters (`crate::bounds`):
//! too long an item, or too many, is refused with the field named, never cut.

use crate::Invalid;

/// The most characters in one description (a skill is a phrase, not a letter).
pub const MAX_CHARS: usize = 200;
/// The most descriptions per application, occupations and skills together.
pub const MAX_ITEMS: usize = 10;

/// Checks the descriptions about to be kept: `occupations` are named by the field
/// `esco_occupations`, `skills` by `esco_skills` (the fields they were typed in).
pub fn check(occupations: &[String], skills: &[String]) -> Result<(), Invalid> {
    for (field, items) in [("esco_occupations", occupations), ("esco_skills", skills)] {
        if items.iter().any(|t| t.chars().count() > MAX_CHARS) {
            return Err(Invalid::new(field, "skills-error-free-too-long"));
        }
    }
    if occupations.len() + skills.len() > MAX_ITEMS {
        let field = if skills.is_empty() {
            "esco_occupations"
        } else {
            "esco_skills"
        };
        return Err(Invalid::new(field, "skills-error-free-too-many"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(n: usize, len: usize) -> Vec<String> {
        (0..n)
            .map(|i| format!("{i}{}", "é".repeat(len - 1)))
            .collect()
    }

    #[test]
    fn descriptions_are_bounded_in_length_and_number() {
        assert!(check(&items(4, MAX_CHARS), &items(6, MAX_CHARS)).is_ok());
        let e = check(&[], &items(1, MAX_CHARS + 1)).unwrap_err();
        assert_eq!(
            (e.field, e.key),
            ("esco_skills", "skills-error-free-too-long")
        );
        let e = check(&items(1, MAX_CHARS + 1), &[]).unwrap_err();
        assert_eq!(e.field, "esco_occupations");
        let e = check(&items(5, 5), &items(6, 5)).unwrap_err();
        assert_eq!(
            (e.field, e.key),
            ("esco_skills", "skills-error-free-too-many")
        );
        let e = check(&items(11, 5), &[]).unwrap_err();
        assert_eq!(e.field, "esco_occupations");
    }
}
