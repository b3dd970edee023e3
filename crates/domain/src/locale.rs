//! The four languages of the platform and how a request's language is chosen.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    It,
    Fr,
    En,
    Ar,
}

impl Locale {
    pub const ALL: [Locale; 4] = [Locale::It, Locale::Fr, Locale::En, Locale::Ar];

    pub const fn tag(self) -> &'static str {
        match self {
            Locale::It => "it",
            Locale::Fr => "fr",
            Locale::En => "en",
            Locale::Ar => "ar",
        }
    }

    /// The stored name (the tag), as [`crate::stored`] reads it back.
    pub const fn as_str(self) -> &'static str {
        self.tag()
    }

    /// The language's own name, shown in the language switcher so everyone finds theirs.
    pub const fn endonym(self) -> &'static str {
        match self {
            Locale::It => "Italiano",
            Locale::Fr => "Français",
            Locale::En => "English",
            Locale::Ar => "العربية",
        }
    }

    /// Text direction for `<html dir>`.
    pub const fn dir(self) -> &'static str {
        match self {
            Locale::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// Accepts a tag such as `fr`, `fr-TN` or `AR_ma`.
    pub fn parse(tag: &str) -> Option<Self> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// Picks the best of our locales from an `Accept-Language` header, honouring q-values.
    pub fn negotiate(accept_language: &str) -> Option<Self> {
        let mut best: Option<(Locale, f32)> = None;
        for item in accept_language.split(',') {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or("");
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            if let Some(locale) = Locale::parse(tag)
                && q > 0.0
                && best.is_none_or(|(_, bq)| q > bq)
            {
                best = Some((locale, q));
            }
        }
        best.map(|(l, _)| l)
    }
}

crate::stored::stored_as_str!(Locale);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_follows_quality_values() {
        assert_eq!(Locale::negotiate("ar-TN,fr;q=0.8"), Some(Locale::Ar));
        assert_eq!(
            Locale::negotiate("de-DE,fr;q=0.5,en;q=0.7"),
            Some(Locale::En)
        );
        assert_eq!(Locale::negotiate("de,es"), None);
        assert_eq!(Locale::negotiate("it;q=0,fr"), Some(Locale::Fr));
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        for l in Locale::ALL {
            assert_eq!(l.dir() == "rtl", l == Locale::Ar);
        }
    }
}
