//! The papers of the demo's cases: for every step a case has gone through, the documents
//! its template asks for there (the signed convention, the stamped training project, the
//! visa, the hospitality declaration, …), as one-page placeholder PDFs that say what they
//! stand for and the case's reference — no personal data. Files are sealed and stored in
//! the data folder exactly like uploads, the file written before the row that names it.
//! The step a case stands in keeps its papers missing: someone still has to upload them.
//! Idempotent: cases that already hold documents are left alone.

use anyhow::Result;
use app::files::{self, DocumentStore};
use chrono::Utc;
use db::cases::CaseDocument;
use db::{Database, Origin};
use domain::fieldcrypt::Keyring;
use domain::permission::Scope;
use domain::procedure::CASE_DOCUMENTS;
use sha2::{Digest, Sha256};

/// Seeds the documents; returns how many were added.
pub fn seed(db: &Database, store: &DocumentStore, keys: &Keyring) -> Result<usize> {
    let origin = Origin::system();
    let mut conn = db.conn()?;
    let every = db::cases::CaseFilter {
        closed: true,
        ..Default::default()
    };
    let cases = db::cases::all(&mut conn, &Scope::All, "", &every)?;
    let mut templates = std::collections::HashMap::new();
    let mut added = 0;
    for case in cases {
        if !db::cases::documents(&mut conn, &case.id)?.is_empty() {
            continue;
        }
        if !templates.contains_key(&case.template_id) {
            let stored = db::cases::template(&mut conn, &case.template_id)?;
            let parsed = domain::procedure::parse(&stored.source)
                .map_err(|_| anyhow::anyhow!("stored template {} invalid", stored.id))?;
            templates.insert(case.template_id.clone(), parsed);
        }
        let Some(t) = templates.get(&case.template_id) else {
            continue;
        };
        let path = db::cases::path(&mut conn, &case.id)?;
        // Every step left behind; the one it stands in too once the case is over.
        let done = if case.closed {
            path.len()
        } else {
            path.len().saturating_sub(1)
        };
        let mut rows = Vec::new();
        for entry in &path[..done] {
            let Some(step) = t.step(&entry.step) else {
                continue;
            };
            for kind in step.documents.iter().map(|k| k.get_ref().as_str()) {
                if !CASE_DOCUMENTS.contains(&kind) || rows.iter().any(|(k, _, _)| k == kind) {
                    continue;
                }
                let bytes = super::documents::pdf(&[
                    "Mentor demo - placeholder document",
                    &kind.replace('_', " "),
                    &format!("Case {}", case.reference),
                    &format!("Step: {} ({})", entry.step, entry.entered_on),
                ]);
                let uploaded = entry
                    .entered_on
                    .and_hms_opt(11, 0, 0)
                    .unwrap_or_else(|| Utc::now().naive_utc());
                rows.push((kind.to_owned(), bytes, uploaded));
            }
        }
        let mut stored = Vec::with_capacity(rows.len());
        for (kind, bytes, uploaded_at) in rows {
            let id = db::id::new_id();
            store.put(&id, &files::seal(keys, &id, &bytes))?;
            let row = CaseDocument {
                id: id.clone(),
                case_id: case.id.clone(),
                kind,
                size_bytes: i64::try_from(bytes.len()).unwrap_or(0),
                sha256: hex::encode(Sha256::digest(&bytes)),
                content_type: "application/pdf".into(),
                stored_name: id,
                expires_on: None,
                uploaded_by: origin.actor.clone(),
                uploaded_at,
            };
            stored.push(row);
        }
        // One write per case, after its files.
        // A document may meet a deadline (the hospitality declaration): the case's nearest
        // deadline is counted again with its papers.
        db.write_blocking(&origin, |tx| {
            stored
                .iter()
                .try_for_each(|row| db::cases::add_document(tx, row))?;
            match stored.first() {
                Some(row) => app::cases::refresh_next_due(tx, &row.case_id)
                    .map_err(|e| db::DbError::Migration(format!("demo case papers: {e}"))),
                None => Ok(()),
            }
        })?;
        added += stored.len();
    }
    Ok(added)
}
