//! Spreadsheet imports waiting between upload, mapping, dry run and import. A batch
//! belongs to the person who uploaded it; nobody else can see it. Its rows are sealed with
//! the field key (bound to the batch id): a candidates' sheet holds passport numbers, which
//! are never stored in clear. Batches older than a day are deleted.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use domain::fieldcrypt::{Keyring, Place};

use crate::schema::import_batches as ib;
use crate::{DbConn, DbError, DbResult, Tx, id::new_id};

#[derive(Debug, Clone)]
pub struct Batch {
    pub id: String,
    pub kind: String,
    pub filename: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

fn place(id: &str) -> Place<'_> {
    Place {
        table: "import_batches",
        column: "rows",
        row: id,
    }
}

/// Stores an uploaded table, its rows sealed; returns the batch id.
pub fn create(
    tx: &mut Tx<'_>,
    keys: &Keyring,
    user_id: &str,
    kind: &str,
    filename: &str,
    header: &[String],
    rows: &[Vec<String>],
) -> DbResult<String> {
    let id = new_id();
    let header = serde_json::to_string(header).map_err(|e| DbError::Migration(e.to_string()))?;
    let rows = serde_json::to_string(rows).map_err(|e| DbError::Migration(e.to_string()))?;
    let mut nonce = [0u8; 24];
    crate::id::fill_random(&mut nonce);
    let rows = keys.seal(&place(&id), nonce, &rows);
    purge_older_than(tx, tx.now - Duration::days(1))?;
    diesel::insert_into(ib::table)
        .values((
            ib::id.eq(&id),
            ib::user_id.eq(user_id),
            ib::kind.eq(kind),
            ib::filename.eq(filename),
            ib::header.eq(header),
            ib::rows.eq(rows),
            ib::created_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("import.upload", "import", &id)?;
    Ok(id)
}

/// Deletes the batches uploaded before `before` (abandoned); returns how many.
pub fn purge_older_than(tx: &mut Tx<'_>, before: NaiveDateTime) -> DbResult<usize> {
    Ok(diesel::delete(ib::table.filter(ib::created_at.lt(before))).execute(tx.conn)?)
}

/// The user's own batch of this kind; `NotFound` for anyone else's.
pub fn find(
    conn: &mut DbConn,
    keys: &Keyring,
    id: &str,
    user_id: &str,
    kind: &str,
) -> DbResult<Batch> {
    let (id, kind, filename, header, rows): (String, String, String, String, String) = ib::table
        .filter(ib::id.eq(id))
        .filter(ib::user_id.eq(user_id))
        .filter(ib::kind.eq(kind))
        .select((ib::id, ib::kind, ib::filename, ib::header, ib::rows))
        .first(conn)?;
    let header = serde_json::from_str(&header).map_err(|_| DbError::NotFound)?;
    let rows = keys
        .open(&place(&id), &rows)
        .map_err(|e| DbError::Sealed(format!("import batch: {e}")))?;
    let rows = serde_json::from_str(&rows).map_err(|_| DbError::NotFound)?;
    Ok(Batch {
        id,
        kind,
        filename,
        header,
        rows,
    })
}

/// Ends a batch once imported, in the import's transaction. A batch already gone means
/// the same import was sent twice (a double click on a slow line): `Conflict`, so the
/// second transaction rolls back instead of importing every row again.
pub fn delete(tx: &mut Tx<'_>, id: &str) -> DbResult<()> {
    match diesel::delete(ib::table.filter(ib::id.eq(id))).execute(tx.conn)? {
        0 => Err(DbError::Conflict(domain::Conflict::ImportDone)),
        _ => Ok(()),
    }
}
