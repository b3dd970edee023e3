//! The message catalogue: Fluent messages in Italian, French, English and Arabic, compiled
//! into the binary. Its own crate because pages (`web`) and e-mails (`app`) both speak it.
//!
//! Messages are in `locales/<locale>/<area>.ftl` (`foundation.ftl`, `candidates.ftl`,
//! `companies.ftl`, …). Tests here fail when a locale lacks a key English has, has one
//! English lacks, or defines an id twice across its area files; `web`'s `i18n_keys` test
//! fails when pages, templates or use cases name a key that does not exist.

use std::borrow::Cow;
use std::collections::HashMap;

use domain::Locale;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use unic_langid::{LanguageIdentifier, langid};

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Bidi isolation marks around arguments keep Latin names readable inside Arabic text.
        customise: |bundle| bundle.set_use_isolating(true),
    };
}

static IT: LanguageIdentifier = langid!("it");
static FR: LanguageIdentifier = langid!("fr");
static EN: LanguageIdentifier = langid!("en");
static AR: LanguageIdentifier = langid!("ar");

fn langid(locale: Locale) -> &'static LanguageIdentifier {
    match locale {
        Locale::It => &IT,
        Locale::Fr => &FR,
        Locale::En => &EN,
        Locale::Ar => &AR,
    }
}

/// A translator for one locale. Cheap to copy into every template.
#[derive(Debug, Clone, Copy)]
pub struct Tr {
    pub locale: Locale,
}

impl Tr {
    pub fn new(locale: Locale) -> Self {
        Tr { locale }
    }

    /// The message `key`; the key itself if it is missing everywhere (a test forbids that).
    pub fn t(&self, key: &str) -> String {
        LOCALES
            .try_lookup(langid(self.locale), key)
            .unwrap_or_else(|| key.to_owned())
    }

    /// The message `key`, or `fallback` when no locale has it (names that come from data,
    /// such as the steps of an imported procedure template).
    pub fn t_or(&self, key: &str, fallback: &str) -> String {
        LOCALES
            .try_lookup(langid(self.locale), key)
            .unwrap_or_else(|| fallback.to_owned())
    }

    /// The message `key` with named arguments.
    pub fn t_with(&self, key: &str, args: &[(&str, FluentArg)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(k, v)| {
                let value = match v {
                    FluentArg::Str(s) => FluentValue::from(s.clone()),
                    FluentArg::Num(n) => FluentValue::from(*n),
                };
                (Cow::Owned((*k).to_owned()), value)
            })
            .collect();
        LOCALES
            .try_lookup_with_args(langid(self.locale), key, &map)
            .unwrap_or_else(|| key.to_owned())
    }

    /// Shorthand for a message with one string argument.
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        self.t_with(key, &[(name, FluentArg::Str(value.to_owned()))])
    }

    /// Shorthand for a message with one number argument (plural-aware).
    pub fn tn(&self, key: &str, name: &str, value: impl std::borrow::Borrow<i64>) -> String {
        self.t_with(key, &[(name, FluentArg::Num(*value.borrow()))])
    }

    pub fn number(&self, n: &i64) -> String {
        domain::format::integer(self.locale, *n)
    }

    pub fn money(&self, cents: &i64, currency: &str) -> String {
        domain::format::money(self.locale, *cents, currency)
    }

    pub fn date(&self, d: &chrono::NaiveDate) -> String {
        domain::format::date_long(self.locale, *d)
    }

    pub fn date_time(&self, t: &chrono::NaiveDateTime) -> String {
        domain::format::date_time(self.locale, *t)
    }
}

#[derive(Debug, Clone)]
pub enum FluentArg {
    Str(String),
    Num(i64),
}

/// The message ids defined in one locale's files, for the completeness test.
pub fn message_ids(locale: Locale) -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(locale.tag());
    let mut ids = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            for line in text.lines() {
                if let Some((id, _)) = line.split_once(" =")
                    && !id.is_empty()
                    && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                    && id.starts_with(|c: char| c.is_ascii_lowercase())
                {
                    ids.push(id.to_owned());
                }
            }
        }
    }
    ids.sort();
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_exists_in_every_locale() {
        let mut en = message_ids(Locale::En);
        en.dedup();
        assert!(en.len() > 50, "English messages not found");
        for locale in Locale::ALL {
            let mut ids = message_ids(locale);
            ids.dedup();
            let missing: Vec<_> = en.iter().filter(|k| !ids.contains(k)).collect();
            let extra: Vec<_> = ids.iter().filter(|k| !en.contains(k)).collect();
            assert!(missing.is_empty(), "{}: missing {missing:?}", locale.tag());
            assert!(
                extra.is_empty(),
                "{}: not in English {extra:?}",
                locale.tag()
            );
        }
    }

    #[test]
    fn no_message_is_defined_twice() {
        // Fluent refuses a bundle with a repeated id: a key defined in two area files would
        // make every page in that language fail.
        for locale in Locale::ALL {
            let ids = message_ids(locale);
            let mut dups: Vec<&String> = ids
                .windows(2)
                .filter(|w| w[0] == w[1])
                .map(|w| &w[0])
                .collect();
            dups.dedup();
            assert!(dups.is_empty(), "{}: defined twice {dups:?}", locale.tag());
        }
    }

    #[test]
    fn arguments_are_interpolated_in_each_language() {
        for locale in Locale::ALL {
            let s = Tr::new(locale).t1("dashboard-welcome", "name", "Amina");
            assert!(s.contains("Amina"), "{}: {s}", locale.tag());
        }
    }
}
