//! ESCO labels in languages other than English. The taxonomy tables (`taxonomy`) hold the
//! English preferred labels; `esco_labels` holds the others' preferred labels (one per
//! concept and language), so that pages show a concept in the reader's language when it is
//! loaded and in English otherwise, and `esco_terms` every preferred and alternative label
//! of those languages, folded (`domain::taxonomy::fold`), so that the pickers search in the
//! reader's language, accents and case aside. Public reference data: no scope, and no audit
//! entry per row: [`set`] and [`set_labelled`] run inside the caller's write, whose one
//! entry covers the load (the taxonomy import's `taxonomy.import`, the demo's
//! `demo.seed_esco_labels`).
//!
//! Searching is a range on `esco_terms`' primary key (`lang`, `folded`) for what starts
//! with the query, then, when that leaves room, a scan of the language's terms for those
//! where every word of the query starts a word ("travail en équipe" finds "travailler en
//! équipe"). The terms are joined with the kind's table, so occupations and skills are
//! searched apart.

use std::collections::HashMap;

use diesel::prelude::*;
use domain::taxonomy::{fold, terms};

use crate::candidates::EscoKind;
use crate::schema::{
    esco_labels as el, esco_occupations as oc, esco_skills as sk, esco_terms as et,
};
use crate::{DbConn, DbResult, Tx};

/// Rows per statement (well under both backends' parameter limits).
const BATCH: usize = 300;

/// Terms read per pass of a search: enough for a dozen concepts however many labels each.
const TERMS_PER_PASS: i64 = 200;

/// Words of a query the word pass looks at (a longer query is a sentence, not a term).
const MAX_WORDS: usize = 6;

#[derive(Insertable)]
#[diesel(table_name = el)]
struct NewLabel<'a> {
    uri: &'a str,
    lang: &'a str,
    label: &'a str,
}

#[derive(Insertable)]
#[diesel(table_name = et)]
struct NewTerm<'a> {
    lang: &'a str,
    folded: String,
    uri: &'a str,
    preferred: bool,
}

/// A concept's labels in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labelled {
    pub uri: String,
    pub label: String,
    pub alt_labels: Vec<String>,
}

/// Sets the `lang` preferred labels of these concepts (replacing theirs, and their terms);
/// returns how many. The caller writes the audit entry of the load.
pub fn set(tx: &mut Tx<'_>, lang: &str, labels: &[(String, String)]) -> DbResult<usize> {
    let labelled: Vec<Labelled> = labels
        .iter()
        .map(|(uri, label)| Labelled {
            uri: uri.clone(),
            label: label.clone(),
            alt_labels: Vec::new(),
        })
        .collect();
    set_labelled(tx, lang, &labelled, &mut |_| {})
}

/// Sets the `lang` preferred labels of these concepts and their search terms (preferred and
/// alternative labels), replacing what the language had for them; `progress(done)` after
/// each batch. Returns how many concepts.
pub fn set_labelled(
    tx: &mut Tx<'_>,
    lang: &str,
    labels: &[Labelled],
    progress: &mut dyn FnMut(usize),
) -> DbResult<usize> {
    let mut done = 0;
    for chunk in labels.chunks(BATCH) {
        let uris: Vec<&str> = chunk.iter().map(|l| l.uri.as_str()).collect();
        diesel::delete(
            el::table
                .filter(el::lang.eq(lang))
                .filter(el::uri.eq_any(&uris)),
        )
        .execute(tx.conn)?;
        diesel::delete(
            et::table
                .filter(et::lang.eq(lang))
                .filter(et::uri.eq_any(&uris)),
        )
        .execute(tx.conn)?;
        // A concept named twice in one load keeps its first labels.
        let mut seen = std::collections::HashSet::new();
        let firsts: Vec<&Labelled> = chunk.iter().filter(|l| seen.insert(&l.uri)).collect();
        let rows: Vec<NewLabel<'_>> = firsts
            .iter()
            .map(|l| NewLabel {
                uri: &l.uri,
                lang,
                label: &l.label,
            })
            .collect();
        let term_rows: Vec<NewTerm<'_>> = firsts
            .iter()
            .flat_map(|l| {
                terms(&l.label, &l.alt_labels)
                    .into_iter()
                    .map(|(folded, preferred)| NewTerm {
                        lang,
                        folded,
                        uri: &l.uri,
                        preferred,
                    })
            })
            .collect();
        // Batch inserts need the concrete backend (as the taxonomy import does).
        match &mut *tx.conn {
            DbConn::Sqlite(c) => {
                diesel::insert_into(el::table).values(&rows).execute(c)?;
                for t in term_rows.chunks(BATCH) {
                    diesel::insert_into(et::table).values(t).execute(c)?;
                }
            }
            DbConn::Postgres(c) => {
                diesel::insert_into(el::table).values(&rows).execute(c)?;
                for t in term_rows.chunks(BATCH) {
                    diesel::insert_into(et::table).values(t).execute(c)?;
                }
            }
        };
        done += chunk.len();
        progress(done);
    }
    Ok(labels.len())
}

/// The `lang` labels of these concepts that are loaded, by URI.
pub fn of(conn: &mut DbConn, lang: &str, uris: &[String]) -> DbResult<HashMap<String, String>> {
    if uris.is_empty() {
        return Ok(HashMap::new());
    }
    let mut out = HashMap::new();
    for chunk in uris.chunks(500) {
        out.extend(
            el::table
                .filter(el::lang.eq(lang))
                .filter(el::uri.eq_any(chunk))
                .select((el::uri, el::label))
                .load::<(String, String)>(conn)?,
        );
    }
    Ok(out)
}

/// Matching terms of the kind's concepts: (uri, folded term, preferred).
type Hit = (String, String, bool);

/// Runs one term query joined with the kind's table (`$table`), filtered by `$filter`.
macro_rules! hits {
    ($conn:expr, $table:ident, $lang:expr, $filter:expr) => {
        et::table
            .inner_join($table::table.on($table::uri.eq(et::uri)))
            .filter(et::lang.eq($lang))
            .filter($filter)
            .order(et::folded.asc())
            .limit(TERMS_PER_PASS)
            .select((et::uri, et::folded, et::preferred))
            .load::<Hit>($conn)?
    };
}

/// The concepts of `kind` with a `lang` term starting with the query, then those with a
/// term where each word of the query starts a word; closest first (the shorter term), at
/// most `limit` URIs.
pub fn search(
    conn: &mut DbConn,
    kind: EscoKind,
    lang: &str,
    q: &str,
    limit: usize,
) -> DbResult<Vec<String>> {
    let q = fold(q);
    if q.is_empty() || limit == 0 {
        return Ok(Vec::new());
    }
    // Folded text is letters, digits and single spaces: no LIKE wildcard can be in it, and
    // every string starting with `q` sorts between `q` and `q` + the last code point.
    let end = format!("{q}\u{10FFFF}");
    let mut prefix: Vec<Hit> = match kind {
        EscoKind::Occupation => hits!(conn, oc, lang, et::folded.ge(&q).and(et::folded.lt(&end))),
        EscoKind::Skill => hits!(conn, sk, lang, et::folded.ge(&q).and(et::folded.lt(&end))),
    };
    let mut out = Vec::new();
    take_closest(&mut prefix, &mut out, limit);
    if out.len() < limit {
        let words: Vec<&str> = q.split(' ').take(MAX_WORDS).collect();
        let mut words_hits = words_pass(conn, kind, lang, &words)?;
        take_closest(&mut words_hits, &mut out, limit);
    }
    Ok(out)
}

fn words_pass(conn: &mut DbConn, kind: EscoKind, lang: &str, words: &[&str]) -> DbResult<Vec<Hit>> {
    macro_rules! pass {
        ($table:ident) => {{
            let mut query = et::table
                .inner_join($table::table.on($table::uri.eq(et::uri)))
                .filter(et::lang.eq(lang.to_owned()))
                .into_boxed();
            for w in words {
                query = query.filter(
                    et::folded
                        .like(format!("{w}%"))
                        .or(et::folded.like(format!("% {w}%"))),
                );
            }
            query
                .order(et::folded.asc())
                .limit(TERMS_PER_PASS)
                .select((et::uri, et::folded, et::preferred))
                .load::<Hit>(conn)?
        }};
    }
    Ok(match kind {
        EscoKind::Occupation => pass!(oc),
        EscoKind::Skill => pass!(sk),
    })
}

/// Appends the URIs of `hits`, shortest term first (then preferred labels, then
/// alphabetically), to `out`, once each, up to `limit`.
fn take_closest(hits: &mut [Hit], out: &mut Vec<String>, limit: usize) {
    hits.sort_by(|a, b| {
        a.1.len()
            .cmp(&b.1.len())
            .then(b.2.cmp(&a.2))
            .then(a.1.cmp(&b.1))
            .then(a.0.cmp(&b.0))
    });
    for (uri, _, _) in hits.iter() {
        if out.len() >= limit {
            break;
        }
        if !out.contains(uri) {
            out.push(uri.clone());
        }
    }
}

/// The concept of `kind` whose `lang` label folds to each of `folded`, when there is one:
/// (folded, uri). A term shared by several concepts goes to the one whose preferred label
/// it is, then to the first by URI.
pub fn exact(
    conn: &mut DbConn,
    kind: EscoKind,
    lang: &str,
    folded: &[String],
) -> DbResult<HashMap<String, String>> {
    if folded.is_empty() {
        return Ok(HashMap::new());
    }
    let mut found: Vec<Hit> = match kind {
        EscoKind::Occupation => hits!(conn, oc, lang, et::folded.eq_any(folded)),
        EscoKind::Skill => hits!(conn, sk, lang, et::folded.eq_any(folded)),
    };
    found.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    let mut out = HashMap::new();
    for (uri, f, _) in found {
        out.entry(f).or_insert(uri);
    }
    Ok(out)
}
