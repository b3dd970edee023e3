//! Content in the reader's language: per-language versions of what candidates and the public
//! read (a call's title and description, its selection criteria, a position's title and
//! description; the public portal's pages later).
//!
//! One mechanism for every kind of content. The item keeps its text in its own columns, the
//! **original**, written in one language the item records (`lang`); a **version** is the
//! same field in another language, kept apart and keyed by (kind, item, field, language).
//! A reader gets the version in their language when there is one, and otherwise the
//! original with a visible fallback ([`pick`]). A language is **missing** for an item when
//! some field whose original is written has no version in it ([`missing`]).
//!
//! A [`Version`] exists only checked: its text fits its field's limit (the limit of the
//! original field, so a translation is never refused where the original was accepted, nor
//! the other way round). An empty text removes the version.

use crate::{Invalid, Locale, bounds, selection};

/// What a version belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Call,
    Criterion,
    Position,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Call, Kind::Criterion, Kind::Position];

    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Call => "call",
            Kind::Criterion => "criterion",
            Kind::Position => "position",
        }
    }

    /// The fields of this kind that have versions, in the order pages show them.
    pub const fn fields(self) -> &'static [Field] {
        match self {
            Kind::Call | Kind::Position => &[Field::Title, Field::Description],
            Kind::Criterion => &[Field::Name],
        }
    }
}

/// A field that has versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Title,
    Description,
    Name,
}

impl Field {
    pub const ALL: [Field; 3] = [Field::Title, Field::Description, Field::Name];

    pub const fn as_str(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Description => "description",
            Field::Name => "name",
        }
    }

    /// The longest text a version may have: the original field's own limit.
    pub const fn max_chars(self) -> usize {
        match self {
            Field::Title => bounds::MAX_NAME,
            Field::Description => bounds::MAX_DESCRIPTION,
            Field::Name => selection::MAX_NAME,
        }
    }

    /// Whether the field is written on several lines (a textarea).
    pub const fn multiline(self) -> bool {
        matches!(self, Field::Description)
    }
}

crate::stored::stored_as_str!(Kind, Field);

/// One version, checked: its text (trimmed) fits the field, or is `None` to remove it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    kind: Kind,
    item_id: String,
    field: Field,
    lang: Locale,
    text: Option<String>,
}

impl Version {
    /// Checks `text` against the field's limit (counted as sent, as [`bounds::text`] does);
    /// a blank text means "no version". Refused: `error-version-too-long` on `text`.
    pub fn parse(
        kind: Kind,
        item_id: &str,
        field: Field,
        lang: Locale,
        text: &str,
    ) -> Result<Version, Invalid> {
        if text.chars().count() > field.max_chars() {
            return Err(Invalid::new("text", "error-version-too-long"));
        }
        let text = text.trim();
        Ok(Version {
            kind,
            item_id: item_id.to_owned(),
            field,
            lang,
            text: (!text.is_empty()).then(|| text.to_owned()),
        })
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }
    pub fn item_id(&self) -> &str {
        &self.item_id
    }
    pub fn field(&self) -> Field {
        self.field
    }
    pub fn lang(&self) -> Locale {
        self.lang
    }
    /// The text, `None` when the version is to be removed.
    pub fn text(&self) -> Option<&str> {
        self.text.as_deref()
    }
}

/// The language an item's original is written in, as a form or body names it (`it`, `fr`,
/// `en`, `ar`); left blank, English (what the API takes when a client says nothing).
pub fn original_lang(s: &str) -> Result<Locale, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(Locale::En);
    }
    Locale::ALL
        .into_iter()
        .find(|l| l.tag() == s)
        .ok_or(Invalid::new("lang", "error-choose-one"))
}

/// What a reader is shown of one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub text: String,
    /// The language `text` is written in.
    pub lang: Locale,
    /// The reader's language has no version: `text` is the original, in another language.
    pub fallback: bool,
}

/// The text a reader of `reader`'s language sees: the original when it is written in their
/// language, their version when there is one, and otherwise the original, marked as a
/// fallback. An empty original needs no version and is never a fallback.
pub fn pick(original: &str, original_lang: Locale, version: Option<&str>, reader: Locale) -> Shown {
    match version {
        Some(v) if reader != original_lang && !v.is_empty() => Shown {
            text: v.to_owned(),
            lang: reader,
            fallback: false,
        },
        _ => Shown {
            text: original.to_owned(),
            lang: original_lang,
            fallback: reader != original_lang && !original.trim().is_empty(),
        },
    }
}

/// The languages missing for an item written in `original`: each other language in which
/// some field of `needed` (an (item, field) whose original is written) has no version, as
/// `has(item, field, language)` tells. In [`Locale::ALL`]'s order.
pub fn missing<'a>(
    original: Locale,
    needed: &[(&'a str, Field)],
    has: impl Fn(&'a str, Field, Locale) -> bool,
) -> Vec<Locale> {
    Locale::ALL
        .into_iter()
        .filter(|l| *l != original)
        .filter(|l| needed.iter().any(|(item, field)| !has(item, *field, *l)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_fits_its_field_and_blank_removes_it() {
        let v = Version::parse(Kind::Call, "c", Field::Title, Locale::Fr, "  Appel  ");
        assert_eq!(v.as_ref().ok().and_then(Version::text), Some("Appel"));
        let blank = Version::parse(Kind::Call, "c", Field::Title, Locale::Fr, "   ");
        assert_eq!(blank.ok().map(|v| v.text().is_none()), Some(true));
        let long = "x".repeat(bounds::MAX_NAME + 1);
        assert_eq!(
            Version::parse(Kind::Call, "c", Field::Title, Locale::Fr, &long).err(),
            Some(Invalid::new("text", "error-version-too-long"))
        );
        let ok = "x".repeat(bounds::MAX_DESCRIPTION);
        assert!(Version::parse(Kind::Position, "p", Field::Description, Locale::Ar, &ok).is_ok());
        let name = "x".repeat(selection::MAX_NAME + 1);
        assert!(Version::parse(Kind::Criterion, "k", Field::Name, Locale::It, &name).is_err());
    }

    #[test]
    fn the_original_language_is_one_of_ours_and_english_when_unsaid() {
        assert_eq!(original_lang(" fr "), Ok(Locale::Fr));
        assert_eq!(original_lang(""), Ok(Locale::En));
        assert_eq!(
            original_lang("fr-FR"),
            Err(Invalid::new("lang", "error-choose-one"))
        );
    }

    #[test]
    fn the_reader_gets_their_version_or_the_original_marked_as_a_fallback() {
        let it = Locale::It;
        assert_eq!(
            pick("Bando", it, Some("Appel"), Locale::Fr),
            Shown {
                text: "Appel".into(),
                lang: Locale::Fr,
                fallback: false
            }
        );
        let ar = pick("Bando", it, None, Locale::Ar);
        assert!(ar.fallback && ar.lang == it && ar.text == "Bando");
        let own = pick("Bando", it, Some("ignored"), it);
        assert!(!own.fallback && own.text == "Bando");
        assert!(
            !pick("", it, None, Locale::Fr).fallback,
            "nothing to translate"
        );
    }

    #[test]
    fn a_language_is_missing_when_any_written_field_lacks_its_version() {
        let needed = [("c", Field::Title), ("c", Field::Description)];
        let have = [
            ("c", Field::Title, Locale::Fr),
            ("c", Field::Description, Locale::Fr),
            ("c", Field::Title, Locale::Ar),
        ];
        let has = |i: &str, f, l| have.contains(&(i, f, l));
        assert_eq!(
            missing(Locale::En, &needed, has),
            vec![Locale::It, Locale::Ar]
        );
        assert!(missing(Locale::En, &[], has).is_empty());
    }
}
