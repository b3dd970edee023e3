//! Spreadsheet imports waiting between upload, mapping, dry run and import. A batch
//! belongs to the person who uploaded it; nobody else can see it.

use chrono::Duration;
use diesel::prelude::*;

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

/// Stores an uploaded table; returns the batch id.
pub fn create(
    tx: &mut Tx<'_>,
    user_id: &str,
    kind: &str,
    filename: &str,
    header: &[String],
    rows: &[Vec<String>],
) -> DbResult<String> {
    let id = new_id();
    let header = serde_json::to_string(header).map_err(|e| DbError::Migration(e.to_string()))?;
    let rows = serde_json::to_string(rows).map_err(|e| DbError::Migration(e.to_string()))?;
    // Batches older than a day were abandoned.
    diesel::delete(ib::table.filter(ib::created_at.lt(tx.now - Duration::days(1))))
        .execute(tx.conn)?;
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

/// The user's own batch of this kind; `NotFound` for anyone else's.
pub fn find(conn: &mut DbConn, id: &str, user_id: &str, kind: &str) -> DbResult<Batch> {
    let (id, kind, filename, header, rows): (String, String, String, String, String) = ib::table
        .filter(ib::id.eq(id))
        .filter(ib::user_id.eq(user_id))
        .filter(ib::kind.eq(kind))
        .select((ib::id, ib::kind, ib::filename, ib::header, ib::rows))
        .first(conn)?;
    let header = serde_json::from_str(&header).map_err(|_| DbError::NotFound)?;
    let rows = serde_json::from_str(&rows).map_err(|_| DbError::NotFound)?;
    Ok(Batch {
        id,
        kind,
        filename,
        header,
        rows,
    })
}

pub fn delete(tx: &mut Tx<'_>, id: &str) -> DbResult<()> {
    diesel::delete(ib::table.filter(ib::id.eq(id))).execute(tx.conn)?;
    Ok(())
}
