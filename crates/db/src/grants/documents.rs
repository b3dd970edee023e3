//! The documents of a grant application: a row per file sealed in the document store
//! under the row's id. Writes are audited against the application, never naming the
//! person or the file's name (which is not kept). Reach is the caller's: these functions
//! take an application already found within it.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::grant::document::DocumentKind;

use crate::schema::grant_documents as gd;
use crate::{DbConn, DbError, DbResult, Tx};

/// A document as stored.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = gd)]
pub struct DocumentRow {
    pub id: String,
    pub application_id: String,
    #[diesel(deserialize_as = String, serialize_as = String)]
    pub kind: DocumentKind,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub uploaded_by: String,
    pub uploaded_at: NaiveDateTime,
}

/// Records a document whose sealed file is already durable. Audited `grant_document.add`.
pub fn add(tx: &mut Tx<'_>, row: &DocumentRow) -> DbResult<()> {
    diesel::insert_into(gd::table)
        .values(row.clone())
        .execute(tx.conn)?;
    tx.audit(
        "grant_document.add",
        "grant_application",
        &row.application_id,
    )
}

/// The application's documents, oldest first.
pub fn list(conn: &mut DbConn, application_id: &str) -> DbResult<Vec<DocumentRow>> {
    Ok(gd::table
        .filter(gd::application_id.eq(application_id))
        .order((gd::uploaded_at, gd::id))
        .select(DocumentRow::as_select())
        .load(conn)?)
}

/// How many documents the application holds.
pub fn count(conn: &mut DbConn, application_id: &str) -> DbResult<usize> {
    let n: i64 = gd::table
        .filter(gd::application_id.eq(application_id))
        .count()
        .get_result(conn)?;
    Ok(usize::try_from(n).unwrap_or(usize::MAX))
}

/// One document of the application; `NotFound` when it is another application's.
pub fn find(conn: &mut DbConn, application_id: &str, id: &str) -> DbResult<DocumentRow> {
    gd::table
        .filter(gd::application_id.eq(application_id))
        .filter(gd::id.eq(id))
        .select(DocumentRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(DbError::NotFound)
}

/// Removes the application's document `id` (the caller removes its file once this
/// commits). `NotFound` when it is not there. Audited `grant_document.remove`.
pub fn remove(tx: &mut Tx<'_>, application_id: &str, id: &str) -> DbResult<()> {
    let n = diesel::delete(
        gd::table
            .filter(gd::application_id.eq(application_id))
            .filter(gd::id.eq(id)),
    )
    .execute(tx.conn)?;
    if n == 0 {
        return Err(DbError::NotFound);
    }
    tx.audit("grant_document.remove", "grant_application", application_id)
}
