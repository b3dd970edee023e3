//! A candidate's documents: the metadata rows (kind, dates, size, SHA-256, content type,
//! sanitised original name, who uploaded). The sealed files live in the data folder and are
//! handled by the caller; this module only records, finds, audits and deletes rows, always
//! through the candidate's [`Scope`].

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::candidate::Status;
use domain::document::Kind;
use domain::permission::Scope;

use crate::candidates::{self, Candidate};
use crate::schema::candidate_documents as docs;
use crate::{DbConn, DbError, DbResult, Tx};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = docs, treat_none_as_default_value = false)]
pub struct Document {
    pub id: String,
    pub candidate_id: String,
    #[diesel(deserialize_as = String, serialize_as = String)]
    pub kind: Kind,
    pub issued_on: Option<NaiveDate>,
    pub expires_on: Option<NaiveDate>,
    pub size_bytes: i64,
    pub sha256: String,
    pub content_type: String,
    pub original_name: String,
    /// The file's name in the documents folder (generated, never the uploaded name).
    pub stored_name: String,
    pub uploaded_by: String,
    pub uploaded_at: NaiveDateTime,
}

/// Records a document of a candidate within `scope` (the file is already stored, sealed,
/// under `doc.stored_name`). A merged record takes no more documents. Writes a timeline
/// event and `document.upload`.
pub fn add(tx: &mut Tx<'_>, scope: &Scope, actor_id: &str, doc: &Document) -> DbResult<()> {
    let c = candidates::find(tx.conn, scope, actor_id, &doc.candidate_id)?;
    if c.status == Status::Merged {
        return Err(DbError::Conflict(domain::Conflict::CandidateMerged));
    }
    let sizes: Vec<i64> = docs::table
        .filter(docs::candidate_id.eq(&c.id))
        .select(docs::size_bytes)
        .load(tx.conn)?;
    if sizes.len() >= domain::document::MAX_DOCUMENTS_PER_CANDIDATE
        || sizes.iter().sum::<i64>() + doc.size_bytes > domain::document::MAX_BYTES_PER_CANDIDATE
    {
        return Err(DbError::Conflict(domain::Conflict::DocumentsQuota));
    }
    // An owned row: the kind is written through `String::from`, which diesel does for owned
    // rows only.
    diesel::insert_into(docs::table)
        .values(doc.clone())
        .execute(tx.conn)?;
    candidates::event(
        tx,
        &c.id,
        "document_added",
        None,
        None,
        Some(doc.kind.as_str()),
    )?;
    tx.audit("document.upload", "document", &doc.id)
}

/// The documents of a candidate already found through [`candidates::find`], newest first.
pub fn of_candidate(conn: &mut DbConn, candidate: &Candidate) -> DbResult<Vec<Document>> {
    Ok(docs::table
        .filter(docs::candidate_id.eq(&candidate.id))
        .select(Document::as_select())
        .order((docs::uploaded_at.desc(), docs::id.asc()))
        .load(conn)?)
}

/// A document whose candidate `scope` reaches, with that candidate; `NotFound` otherwise.
pub fn find(
    conn: &mut DbConn,
    scope: &Scope,
    actor_id: &str,
    id: &str,
) -> DbResult<(Document, Candidate)> {
    let doc = docs::table
        .filter(docs::id.eq(id))
        .select(Document::as_select())
        .first(conn)?;
    let c = candidates::find(conn, scope, actor_id, &doc.candidate_id)?;
    Ok((doc, c))
}

/// Hands a document out for download: reading a candidate's document is a sensitive act,
/// audited as `document.download` in this transaction.
pub fn record_download(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    id: &str,
) -> DbResult<(Document, Candidate)> {
    let found = find(tx.conn, scope, actor_id, id)?;
    tx.audit("document.download", "document", id)?;
    Ok(found)
}

/// Deletes a document's row: allowed to whoever uploaded it (while the candidate is within
/// their `view` scope) and to staff whose `screen` scope reaches the candidate; `NotFound`
/// for anyone else. Returns the row so the caller removes the file. Writes a timeline event
/// and `document.delete`.
pub fn delete(
    tx: &mut Tx<'_>,
    view: &Scope,
    screen: Option<&Scope>,
    actor_id: &str,
    id: &str,
) -> DbResult<Document> {
    let (doc, c) = find(tx.conn, view, actor_id, id)?;
    let screens = match screen {
        Some(s) => candidates::find(tx.conn, s, actor_id, &c.id).is_ok(),
        None => false,
    };
    if doc.uploaded_by != actor_id && !screens {
        return Err(DbError::NotFound);
    }
    diesel::delete(docs::table.filter(docs::id.eq(id))).execute(tx.conn)?;
    candidates::event(
        tx,
        &c.id,
        "document_deleted",
        None,
        None,
        Some(doc.kind.as_str()),
    )?;
    tx.audit("document.delete", "document", id)?;
    Ok(doc)
}

/// Moves every document of `from` to `to` (merging two records of one person).
pub(crate) fn move_all(tx: &mut Tx<'_>, from: &str, to: &str) -> DbResult<usize> {
    Ok(
        diesel::update(docs::table.filter(docs::candidate_id.eq(from)))
            .set(docs::candidate_id.eq(to))
            .execute(tx.conn)?,
    )
}

/// The kinds of document a candidate's application holds (a case's steps may ask for
/// them: the passport for the visa request).
pub fn kinds_of_candidate(conn: &mut DbConn, candidate_id: &str) -> DbResult<Vec<Kind>> {
    let kinds: Vec<String> = docs::table
        .filter(docs::candidate_id.eq(candidate_id))
        .select(docs::kind)
        .distinct()
        .load(conn)?;
    kinds
        .into_iter()
        .map(|k| {
            Kind::parse(&k).map_err(|_| {
                DbError::Query(diesel::result::Error::DeserializationError(
                    format!("unknown document kind {k}").into(),
                ))
            })
        })
        .collect()
}
