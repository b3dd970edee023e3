//! The words the name search finds an application by: each word of its `search_text`
//! (names in both scripts, e-mail), and an Arabic word also without its article ال. A typed
//! word matches the words that start with it, by a range on the `candidate_terms` key.

use diesel::prelude::*;

use crate::schema::candidate_terms as ct;
use crate::{DbConn, DbResult};

/// The distinct terms of a `search_text`.
pub fn terms_of(search_text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in search_text.split_whitespace() {
        let word = word.to_lowercase();
        let bare = word
            .strip_prefix("ال")
            .filter(|b| b.chars().count() > 2)
            .map(str::to_owned);
        for t in std::iter::once(word).chain(bare) {
            if !out.contains(&t) {
                out.push(t);
            }
        }
    }
    out
}

/// Replaces the terms of one application.
pub(crate) fn set_terms(conn: &mut DbConn, candidate_id: &str, search_text: &str) -> DbResult<()> {
    diesel::delete(ct::table.filter(ct::candidate_id.eq(candidate_id))).execute(conn)?;
    insert_terms(conn, &[(candidate_id, search_text)])
}

/// Adds the terms of new applications.
pub(crate) fn insert_terms(conn: &mut DbConn, rows: &[(&str, &str)]) -> DbResult<()> {
    let all: Vec<(String, String)> = rows
        .iter()
        .flat_map(|(id, text)| terms_of(text).into_iter().map(|t| (t, (*id).to_owned())))
        .collect();
    for chunk in all.chunks(200) {
        let values: Vec<_> = chunk
            .iter()
            .map(|(t, id)| (ct::term.eq(t), ct::candidate_id.eq(id)))
            .collect();
        match conn {
            DbConn::Sqlite(c) => diesel::insert_into(ct::table).values(&values).execute(c)?,
            DbConn::Postgres(c) => diesel::insert_into(ct::table).values(&values).execute(c)?,
        };
    }
    Ok(())
}

/// The lower-case text and the first string after every string that starts with it.
pub(crate) fn prefix_range(s: &str) -> Option<(String, String)> {
    let low = crate::taxonomy::normalise(s);
    let last = low.chars().last()?;
    let next = char::from_u32(last as u32 + 1)?;
    let mut high: String = low.chars().take(low.chars().count() - 1).collect();
    high.push(next);
    Some((low, high))
}

#[cfg(test)]
mod tests {
    #[test]
    fn words_are_kept_once_and_arabic_also_without_its_article() {
        assert_eq!(
            super::terms_of("ben salah الطرابلسي  بن amina@example.tn Ben"),
            vec![
                "ben",
                "salah",
                "الطرابلسي",
                "طرابلسي",
                "بن",
                "amina@example.tn"
            ]
        );
        assert_eq!(
            super::prefix_range("Trab"),
            Some(("trab".to_owned(), "trac".to_owned()))
        );
        assert_eq!(super::prefix_range(" "), None);
    }
}
