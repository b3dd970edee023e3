//! ESCO labels in languages other than English. The taxonomy tables (`taxonomy`) hold the
//! English preferred labels; this table holds the others (French from the official
//! package's `*_fr.csv`), so that pages show a concept in the reader's language when it is
//! loaded and in English otherwise. Public reference data: no scope, and no audit entry per
//! row: [`set`] runs inside the caller's write, whose one entry covers the load (the
//! taxonomy import's `taxonomy.import`, the demo's `demo.seed_esco_labels`).

use std::collections::HashMap;

use diesel::prelude::*;

use crate::schema::esco_labels as el;
use crate::{DbConn, DbResult, Tx};

/// Rows per statement (well under both backends' parameter limits).
const BATCH: usize = 300;

#[derive(Insertable)]
#[diesel(table_name = el)]
struct NewLabel<'a> {
    uri: &'a str,
    lang: &'a str,
    label: &'a str,
}

/// Sets the `lang` labels of these concepts (replacing theirs); returns how many. The
/// caller writes the audit entry of the load.
pub fn set(tx: &mut Tx<'_>, lang: &str, labels: &[(String, String)]) -> DbResult<usize> {
    for chunk in labels.chunks(BATCH) {
        let uris: Vec<&str> = chunk.iter().map(|(u, _)| u.as_str()).collect();
        diesel::delete(
            el::table
                .filter(el::lang.eq(lang))
                .filter(el::uri.eq_any(&uris)),
        )
        .execute(tx.conn)?;
        let rows: Vec<NewLabel<'_>> = chunk
            .iter()
            .map(|(uri, label)| NewLabel { uri, lang, label })
            .collect();
        // Batch inserts need the concrete backend (as the taxonomy import does).
        match &mut *tx.conn {
            DbConn::Sqlite(c) => diesel::insert_into(el::table).values(&rows).execute(c)?,
            DbConn::Postgres(c) => diesel::insert_into(el::table).values(&rows).execute(c)?,
        };
    }
    Ok(labels.len())
}

/// The `lang` labels of these concepts that are loaded, by URI.
pub fn of(conn: &mut DbConn, lang: &str, uris: &[String]) -> DbResult<HashMap<String, String>> {
    if uris.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(el::table
        .filter(el::lang.eq(lang))
        .filter(el::uri.eq_any(uris))
        .select((el::uri, el::label))
        .load::<(String, String)>(conn)?
        .into_iter()
        .collect())
}
