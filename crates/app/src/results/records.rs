//! The records behind a computed figure (its provenance): the rule that counts, and the
//! fact rows it counted, a page at a time. People appear by their sequence number; their
//! name and `MC-` reference are added only for readers who may see identities
//! (`Actor::sees_candidate_identity`): an evaluator never gets them.

use chrono::NaiveDate;
use domain::Permission;
use domain::results::registry::{self, Record, Subject};

use crate::{Acting, AppResult, Error};

/// Rows a page of records shows.
pub const PER_PAGE: usize = 50;

/// One record, with who it is when the reader may know.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RecordRow {
    pub record: Record,
    /// Full name and case reference, for readers who may see identities.
    pub identity: Option<(String, Option<String>)>,
}

/// A page of the records behind one indicator's figure.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Records {
    pub indicator_id: String,
    pub code: String,
    pub title: String,
    /// The registry's rule.
    pub rule: String,
    pub subject: Subject,
    /// The day counted up to: the period's last day, or `None` for everything recorded.
    pub as_of: Option<NaiveDate>,
    /// Every matching record (all pages).
    pub total: usize,
    pub page: usize,
    pub pages: usize,
    pub rows: Vec<RecordRow>,
}

/// The records behind the computed indicator `indicator_id` of `programme_id`, as of the
/// period `period_id`'s last day if given, page `page` (from 1). `NotFound` beyond reach,
/// for a manual indicator, or for another programme's period.
pub async fn records(
    db: &db::Database,
    cache: &super::Cache,
    who: &Acting,
    programme_id: &str,
    indicator_id: &str,
    period_id: Option<&str>,
    page: usize,
) -> AppResult<Records> {
    let scope = who.scope(Permission::ViewResults)?;
    let identities = who.actor.sees_candidate_identity();
    let (p, i, period) = (
        programme_id.to_owned(),
        indicator_id.to_owned(),
        period_id.map(str::to_owned),
    );
    let (handle, cache) = (db.clone(), cache.clone());
    db.read_as(move |c| -> AppResult<Records> {
        let programme = db::programmes::find(c, &scope, &p)?;
        let row = db::results::logframe::indicator(c, &programme.id, &i)?;
        let code = row.rule.clone().ok_or(Error::NotFound)?;
        let rule = registry::find(&code).ok_or(Error::NotFound)?;
        let as_of = match &period {
            Some(id) => Some(db::results::periods::find(c, &programme.id, id)?.ends_on),
            None => None,
        };
        let snapshot = cache.snapshot(&handle, c, &programme.id)?;
        let all = registry::records(&code, &snapshot.facts, as_of.unwrap_or(NaiveDate::MAX))
            .ok_or(Error::NotFound)?;
        let total = all.len();
        let pages = total.div_ceil(PER_PAGE).max(1);
        let page = page.clamp(1, pages);
        let rows: Vec<Record> = all
            .into_iter()
            .skip((page - 1) * PER_PAGE)
            .take(PER_PAGE)
            .collect();
        let people = identities && rule.subject != Subject::Companies;
        let names = if people {
            let seqs: Vec<u32> = rows.iter().map(|r| r.seq).collect();
            db::results::facts::identities_among(c, &snapshot.ids, &seqs)?
        } else {
            Default::default()
        };
        Ok(Records {
            indicator_id: row.id,
            code: row.code,
            title: row.title,
            rule: code,
            subject: rule.subject,
            as_of,
            total,
            page,
            pages,
            rows: rows
                .into_iter()
                .map(|record| RecordRow {
                    identity: names.get(&record.seq).cloned(),
                    record,
                })
                .collect(),
        })
    })
    .await
}
