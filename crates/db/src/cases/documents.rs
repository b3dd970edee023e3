//! A case's documents: rows naming sealed files in the document store, one kind each
//! (a newer upload of a kind stands beside the older, the newest counts).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::schema::case_documents as docs;
use crate::{DbConn, DbResult, Tx};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = docs, treat_none_as_default_value = false)]
pub struct CaseDocument {
    pub id: String,
    pub case_id: String,
    pub kind: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub content_type: String,
    pub stored_name: String,
    pub expires_on: Option<NaiveDate>,
    pub uploaded_by: String,
    pub uploaded_at: NaiveDateTime,
}

/// At most this many files on one case (every kind with room for replacements).
pub const MAX_CASE_DOCUMENTS: i64 = 60;

/// Records a document (its file stored already). Audited `case.document.upload`.
pub fn add_document(tx: &mut Tx<'_>, d: &CaseDocument) -> DbResult<()> {
    let n: i64 = docs::table
        .filter(docs::case_id.eq(&d.case_id))
        .count()
        .get_result(tx.conn)?;
    if n >= MAX_CASE_DOCUMENTS {
        return Err(crate::DbError::Conflict(domain::Conflict::DocumentsQuota));
    }
    diesel::insert_into(docs::table)
        .values(d.clone())
        .execute(tx.conn)?;
    tx.audit("case.document.upload", "case", &d.case_id)
}

/// A case's documents, newest first.
pub fn documents(conn: &mut DbConn, case_id: &str) -> DbResult<Vec<CaseDocument>> {
    Ok(docs::table
        .filter(docs::case_id.eq(case_id))
        .order(docs::uploaded_at.desc())
        .select(CaseDocument::as_select())
        .load(conn)?)
}

/// One document of a case (the case's reach checked by the caller).
pub fn document(conn: &mut DbConn, case_id: &str, id: &str) -> DbResult<CaseDocument> {
    Ok(docs::table
        .filter(docs::case_id.eq(case_id))
        .filter(docs::id.eq(id))
        .select(CaseDocument::as_select())
        .first(conn)?)
}

/// The kinds of document a case holds.
pub fn document_kinds(conn: &mut DbConn, case_id: &str) -> DbResult<Vec<String>> {
    Ok(docs::table
        .filter(docs::case_id.eq(case_id))
        .select(docs::kind)
        .distinct()
        .load(conn)?)
}
