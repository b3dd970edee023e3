//! The append-only, HMAC-chained audit log.

use chrono::{NaiveDateTime, SecondsFormat};
use diesel::prelude::*;
use domain::audit::{self as chain, Anchor, Break, Entry, GENESIS, Verdict};

use crate::schema::audit_log;
use crate::{AuditKey, DbConn, DbResult};

pub struct Event<'a> {
    pub actor: &'a str,
    pub action: &'a str,
    pub object_type: &'a str,
    pub object_id: &'a str,
    pub request_id: &'a str,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = audit_log)]
pub struct Row {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub object_type: String,
    pub object_id: String,
    pub request_id: String,
    pub mac: String,
}

impl Row {
    fn entry(&self) -> Entry {
        Entry {
            seq: self.seq,
            at: self.at.clone(),
            actor: self.actor.clone(),
            action: self.action.clone(),
            object_type: self.object_type.clone(),
            object_id: self.object_id.clone(),
            request_id: self.request_id.clone(),
        }
    }
}

/// Appends one entry. Must run inside the write transaction it describes.
pub(crate) fn append(
    conn: &mut DbConn,
    key: &AuditKey,
    now: NaiveDateTime,
    event: &Event<'_>,
) -> DbResult<()> {
    if let DbConn::Postgres(pg) = conn {
        // Two PostgreSQL transactions must not both chain onto the same last entry.
        diesel::sql_query("LOCK TABLE audit_log IN EXCLUSIVE MODE").execute(pg)?;
    }
    let last: Option<(i64, String)> = audit_log::table
        .select((audit_log::seq, audit_log::mac))
        .order(audit_log::seq.desc())
        .first(conn)
        .optional()?;
    let (prev_seq, prev_mac) = last.unwrap_or((0, GENESIS.to_owned()));
    let entry = Entry {
        seq: prev_seq + 1,
        at: now.and_utc().to_rfc3339_opts(SecondsFormat::Micros, true),
        actor: event.actor.to_owned(),
        action: event.action.to_owned(),
        object_type: event.object_type.to_owned(),
        object_id: event.object_id.to_owned(),
        request_id: event.request_id.to_owned(),
    };
    let mac = chain::link_mac(key.bytes(), &prev_mac, &entry);
    let row = Row {
        seq: entry.seq,
        at: entry.at,
        actor: entry.actor,
        action: entry.action,
        object_type: entry.object_type,
        object_id: entry.object_id,
        request_id: entry.request_id,
        mac,
    };
    diesel::insert_into(audit_log::table)
        .values(&row)
        .execute(conn)?;
    Ok(())
}

/// Checks the whole chain, reading it in pages so a long log needs little memory.
/// Returns the number of entries, or where the chain first breaks.
pub fn verify(conn: &mut DbConn, key: &AuditKey) -> DbResult<Result<u64, Break>> {
    const PAGE: i64 = 5_000;
    let mut prev = GENESIS.to_owned();
    let mut expected = 1i64;
    let mut count = 0u64;
    loop {
        let rows: Vec<Row> = audit_log::table
            .filter(audit_log::seq.ge(expected))
            .order(audit_log::seq.asc())
            .limit(PAGE)
            .select(Row::as_select())
            .load(conn)?;
        if rows.is_empty() {
            return Ok(Ok(count));
        }
        for row in &rows {
            if row.seq != expected {
                return Ok(Err(Break::Gap {
                    expected,
                    found: row.seq,
                }));
            }
            let entry = row.entry();
            if chain::link_mac(key.bytes(), &prev, &entry) != row.mac {
                return Ok(Err(Break::Tampered { seq: row.seq }));
            }
            prev = row.mac.clone();
            expected += 1;
            count += 1;
        }
    }
}

/// The head of the chain as an anchor taken at `now`: the last entry's sequence number and
/// MAC ([`GENESIS`] when empty). Read inside the transaction that wrote `audit.anchor`, it
/// is exactly the chain that includes that entry.
pub fn head(conn: &mut DbConn, now: NaiveDateTime) -> DbResult<Anchor> {
    let last: Option<(i64, String)> = audit_log::table
        .select((audit_log::seq, audit_log::mac))
        .order(audit_log::seq.desc())
        .first(conn)
        .optional()?;
    let (count, mac) = last.unwrap_or((0, GENESIS.to_owned()));
    Ok(Anchor {
        count,
        mac,
        at: now.and_utc().to_rfc3339_opts(SecondsFormat::Secs, true),
    })
}

/// Checks the chain and, when given, against an anchor taken earlier: fewer entries than
/// anchored, or another MAC at the anchored entry, is tampering the chain alone cannot show.
pub fn check(conn: &mut DbConn, key: &AuditKey, anchor: Option<&Anchor>) -> DbResult<Verdict> {
    let chain = verify(conn, key)?;
    let mac_at_anchor: Option<String> = match anchor {
        Some(a) if a.count > 0 => audit_log::table
            .filter(audit_log::seq.eq(a.count))
            .select(audit_log::mac)
            .first(conn)
            .optional()?,
        _ => None,
    };
    Ok(chain::judge(chain, anchor, mac_at_anchor.as_deref()))
}

/// The newest entries first, for the audit page.
pub fn recent(conn: &mut DbConn, limit: i64, before_seq: Option<i64>) -> DbResult<Vec<Row>> {
    let mut q = audit_log::table.select(Row::as_select()).into_boxed();
    if let Some(before) = before_seq {
        q = q.filter(audit_log::seq.lt(before));
    }
    Ok(q.order(audit_log::seq.desc()).limit(limit).load(conn)?)
}

pub fn count(conn: &mut DbConn) -> DbResult<i64> {
    Ok(audit_log::table.count().get_result(conn)?)
}

/// What the database holds that a key in the data folder sealed or chained: audit entries
/// (`audit.key`), and sealed passports and documents (`field.key`). A restore that brought
/// the database back without these keys must not start with new ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Keyed {
    pub audit_entries: i64,
    pub sealed_values: i64,
}

pub fn keyed(conn: &mut DbConn) -> DbResult<Keyed> {
    use crate::schema::{candidate_documents, candidates};
    let passports: i64 = candidates::table
        .filter(candidates::passport_sealed.is_not_null())
        .count()
        .get_result(conn)?;
    let documents: i64 = candidate_documents::table.count().get_result(conn)?;
    Ok(Keyed {
        audit_entries: count(conn)?,
        sealed_values: passports + documents,
    })
}
