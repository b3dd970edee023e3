//! Versions of content in other languages than its original (`domain::content`): one table
//! for every kind (`call`, `criterion`, `position`, the portal's pages later), keyed by
//! (kind, item, field, language).
//!
//! No scope here: a version is read only for items the caller has already found with the
//! reader's reach (a published call, a position within reach or proposed to the candidate),
//! and written only inside the use case that checked the writer's reach to the item
//! (`app::content`), whose transaction carries the one audit entry of the save. Every read
//! is one query for a whole page ([`versions_of`], [`all_of`]): no query per item.

use std::collections::HashMap;

use diesel::prelude::*;
use domain::Locale;
use domain::content::{Field, Kind, Version};

use crate::schema::content_versions as cv;
use crate::{DbConn, DbResult, Tx, stored};

/// One stored version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub item_id: String,
    pub field: Field,
    pub lang: Locale,
    pub text: String,
}

/// Sets one version: replaces it, or removes it when its text is empty. The caller writes
/// the audit entry (one per save, not one per field).
pub fn set(tx: &mut Tx<'_>, v: &Version) -> DbResult<()> {
    let key = cv::table
        .filter(cv::kind.eq(v.kind().as_str()))
        .filter(cv::item_id.eq(v.item_id()))
        .filter(cv::field.eq(v.field().as_str()))
        .filter(cv::lang.eq(v.lang().as_str()));
    diesel::delete(key).execute(tx.conn)?;
    if let Some(text) = v.text() {
        diesel::insert_into(cv::table)
            .values((
                cv::kind.eq(v.kind().as_str()),
                cv::item_id.eq(v.item_id()),
                cv::field.eq(v.field().as_str()),
                cv::lang.eq(v.lang().as_str()),
                cv::text.eq(text),
                cv::updated_at.eq(tx.now),
            ))
            .execute(tx.conn)?;
    }
    Ok(())
}

/// The `lang` versions of these items of `kind`, by (item, field): what a page in `lang`
/// shows, in one query.
pub fn versions_of(
    conn: &mut DbConn,
    kind: Kind,
    ids: &[String],
    lang: Locale,
) -> DbResult<HashMap<(String, Field), String>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(String, String, String)> = cv::table
        .filter(cv::kind.eq(kind.as_str()))
        .filter(cv::lang.eq(lang.as_str()))
        .filter(cv::item_id.eq_any(ids))
        .select((cv::item_id, cv::field, cv::text))
        .load(conn)?;
    rows.into_iter()
        .map(|(item, field, text)| Ok(((item, stored(field)?), text)))
        .collect()
}

/// Every version of these items of `kind`, in every language (the translations page, the
/// count of missing languages, the API), in one query.
pub fn all_of(conn: &mut DbConn, kind: Kind, ids: &[String]) -> DbResult<Vec<Stored>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<(String, String, String, String)> = cv::table
        .filter(cv::kind.eq(kind.as_str()))
        .filter(cv::item_id.eq_any(ids))
        .select((cv::item_id, cv::field, cv::lang, cv::text))
        .order((cv::item_id, cv::field, cv::lang))
        .load(conn)?;
    rows.into_iter()
        .map(|(item_id, field, lang, text)| {
            Ok(Stored {
                item_id,
                field: stored(field)?,
                lang: stored(lang)?,
                text,
            })
        })
        .collect()
}
