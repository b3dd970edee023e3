//! The candidate list's search: the filters as a query string or a saved search carries
//! them, turned into the storage filter. Pages, the API, exports and digests share it.

use domain::candidate::Status;
use serde::{Deserialize, Serialize};

/// The list's filters as the query string carries them (and as a saved search keeps them).
#[derive(Deserialize, Serialize, Default, Clone, Debug, PartialEq, Eq)]
#[serde(default)]
pub struct ListQuery {
    pub q: String,
    pub call: String,
    pub status: String,
    /// A staged decision (`shortlisted`, `waiting_list`, `rejected`) or `any`.
    pub staged: String,
    pub country: String,
    pub nationality: String,
    pub territory: String,
    /// Minimum Italian level (kept for links and API clients that use it).
    pub italian: String,
    /// A language (`it`, `fr`, `en`) and the minimum level held in it. Not `lang`, which
    /// is the interface's language: a filter never changes the language pages speak.
    pub language: String,
    pub level: String,
    /// The start of an ESCO skill's label.
    pub skill: String,
    pub sort: String,
    #[serde(skip_serializing)]
    pub page: Option<i64>,
    /// How many applications an import just added (shown once, after the import).
    #[serde(skip_serializing)]
    pub imported: Option<i64>,
}

/// The highest page number read.
pub const MAX_PAGE: i64 = 1_000_000;

impl ListQuery {
    pub fn filter(&self, per_page: i64) -> db::candidates::ListFilter {
        let some = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let country = |s: &str| {
            domain::Country::parse(s)
                .ok()
                .map(|c| c.as_str().to_owned())
        };
        let rank = |s: &str| domain::cefr::Cefr::parse(s).ok().map(|c| c.rank());
        let mut min_italian = rank(&self.italian);
        let (mut min_french, mut min_english) = (None, None);
        match self.language.as_str() {
            "it" => min_italian = min_italian.max(rank(&self.level)),
            "fr" => min_french = rank(&self.level),
            "en" => min_english = rank(&self.level),
            _ => {}
        }
        db::candidates::ListFilter {
            q: self.q.chars().take(100).collect(),
            call_id: some(&self.call),
            status: Status::parse(&self.status)
                .ok()
                .map(|s| s.as_str().to_owned()),
            staged: Some(self.staged.as_str())
                .filter(|s| {
                    *s == "any" || Status::parse(s).is_ok_and(domain::decision::is_decision)
                })
                .map(str::to_owned),
            residence_country: country(&self.country),
            nationality: country(&self.nationality),
            territory_id: some(&self.territory),
            min_italian,
            min_french,
            min_english,
            skill: self.skill.chars().take(100).collect(),
            changed_after: None,
            submitted_only: true,
            sort: db::candidates::Sort::parse(&self.sort),
            blind: false,
            // Beyond a million pages nothing is listed; the bound keeps the offset from
            // overflowing on a page number made up.
            page: self.page.unwrap_or(1).clamp(1, MAX_PAGE),
            per_page,
        }
    }

    /// The filters a reader who sees no names may use (evaluators): without the name
    /// search and the name order, so that neither is echoed back in links, exports or
    /// saved searches as if it applied. [`db::candidates::ListFilter::without_identity`]
    /// enforces the same on the query.
    pub fn without_identity(mut self) -> Self {
        self.q.clear();
        if db::candidates::Sort::parse(&self.sort) == db::candidates::Sort::Name {
            self.sort = db::candidates::Sort::Submitted.as_str().to_owned();
        }
        self
    }

    /// The filters as a query string, without the page (`q=…&status=…`), empty ones left out.
    pub fn query_string(&self) -> String {
        let enc = domain::format::percent_encode;
        [
            ("q", &self.q),
            ("call", &self.call),
            ("status", &self.status),
            ("staged", &self.staged),
            ("country", &self.country),
            ("nationality", &self.nationality),
            ("territory", &self.territory),
            ("italian", &self.italian),
            ("language", &self.language),
            ("level", &self.level),
            ("skill", &self.skill),
            ("sort", &self.sort),
        ]
        .iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(k, v)| format!("{k}={}", enc(v)))
        .collect::<Vec<_>>()
        .join("&")
    }

    /// The query string of this filter on another page.
    pub fn with_page(&self, page: i64) -> String {
        let qs = self.query_string();
        if qs.is_empty() {
            format!("?page={page}")
        } else {
            format!("?{qs}&page={page}")
        }
    }
}

/// The filters a saved search keeps, read back. Searches saved before the language filter
/// was renamed keep it under `lang`.
pub fn stored_query(json: &str) -> ListQuery {
    let mut value: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
    if let Some(map) = value.as_object_mut()
        && !map.contains_key("language")
        && let Some(old) = map.remove("lang")
    {
        map.insert("language".into(), old);
    }
    serde_json::from_value(value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_query_reads_back_as_the_same_filters() {
        let q = ListQuery {
            q: "ben salah".into(),
            status: "eligible".into(),
            language: "fr".into(),
            level: "B2".into(),
            ..Default::default()
        };
        let json = serde_json::to_string(&q).unwrap_or_default();
        assert_eq!(stored_query(&json), q);
        assert_eq!(
            stored_query(&json).query_string(),
            "q=ben%20salah&status=eligible&language=fr&level=B2"
        );
        assert_eq!(stored_query("not json"), ListQuery::default());
    }

    #[test]
    fn an_old_saved_search_keeps_its_language() {
        let q = stored_query(r#"{"lang":"fr","level":"B2"}"#);
        assert_eq!((q.language.as_str(), q.level.as_str()), ("fr", "B2"));
        let q = stored_query(r#"{"language":"it","lang":"fr"}"#);
        assert_eq!(q.language, "it");
    }
}
