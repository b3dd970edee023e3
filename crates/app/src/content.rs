//! Versions of content in the reader's language (`domain::content`): staff who may edit an
//! item edit its versions side by side, and readers get theirs with a visible fallback.
//!
//! A **subject** is what one translations page edits: a call with its selection criteria
//! (those who manage calls, within the programmes they reach), or a position (those who edit
//! positions, within the companies they reach) — the very permission and reach of editing
//! the item itself, checked in the transaction that writes. A position's versions may be
//! saved whatever its status: they change no term the promoter approved, only how it reads
//! in another language, and candidates need them most once it is open.

use std::collections::{HashMap, HashSet};

use db::DbConn;
use domain::content::{self, Field, Kind, Version};
use domain::permission::Scope;
use domain::{Invalid, Locale, Permission};

use crate::{Acting, AppResult, Clock, Error};

/// What one translations page edits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Call(String),
    Position(String),
}

impl Subject {
    /// The permission that edits the item, and so its versions.
    pub const fn permission(&self) -> Permission {
        match self {
            Subject::Call(_) => Permission::ManageCalls,
            Subject::Position(_) => Permission::EditPositions,
        }
    }

    pub fn id(&self) -> &str {
        match self {
            Subject::Call(id) | Subject::Position(id) => id,
        }
    }

    const fn object_type(&self) -> &'static str {
        match self {
            Subject::Call(_) => "call",
            Subject::Position(_) => "position",
        }
    }
}

/// One field of one item, with its original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub kind: Kind,
    pub item_id: String,
    pub field: Field,
    pub original: String,
}

/// A subject's originals: the language they are written in, and every field that has
/// versions (a call's title and description, then each criterion's name; a position's title
/// and description), with the versions stored so far.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub lang: Locale,
    pub entries: Vec<Entry>,
    pub versions: Vec<(Kind, db::content::Stored)>,
}

impl Sheet {
    /// The stored version of an entry in `lang`, if any.
    pub fn version(&self, e: &Entry, lang: Locale) -> Option<&str> {
        self.versions
            .iter()
            .find(|(k, v)| {
                *k == e.kind && v.item_id == e.item_id && v.field == e.field && v.lang == lang
            })
            .map(|(_, v)| v.text.as_str())
    }

    /// The languages still missing (`domain::content::missing`): an empty original needs no
    /// version.
    pub fn missing(&self) -> Vec<Locale> {
        self.missing_among(&self.versions)
    }

    fn missing_among(&self, versions: &[(Kind, db::content::Stored)]) -> Vec<Locale> {
        let needed: Vec<(&str, Field)> = self
            .entries
            .iter()
            .filter(|e| !e.original.trim().is_empty())
            .map(|e| (e.item_id.as_str(), e.field))
            .collect();
        let kinds: HashMap<&str, Kind> = self
            .entries
            .iter()
            .map(|e| (e.item_id.as_str(), e.kind))
            .collect();
        content::missing(self.lang, &needed, |item, field, lang| {
            versions.iter().any(|(k, v)| {
                kinds.get(item) == Some(k)
                    && v.item_id == item
                    && v.field == field
                    && v.lang == lang
            })
        })
    }
}

impl Entry {
    fn of(kind: Kind, item_id: &str, field: Field, original: &str) -> Entry {
        Entry {
            kind,
            item_id: item_id.to_owned(),
            field,
            original: original.to_owned(),
        }
    }
}

/// The subject's sheet, found with `scope` (beyond reach: `NotFound`, as for the item).
pub fn sheet(conn: &mut DbConn, scope: &Scope, subject: &Subject) -> db::DbResult<Sheet> {
    let entry = Entry::of;
    let (lang, entries) = match subject {
        Subject::Call(id) => {
            let call = db::calls::find(conn, scope, id)?;
            let mut entries = vec![
                entry(Kind::Call, &call.id, Field::Title, &call.title),
                entry(Kind::Call, &call.id, Field::Description, &call.description),
            ];
            for c in db::selection::criteria(conn, &call.id)? {
                entries.push(entry(Kind::Criterion, &c.id, Field::Name, &c.name));
            }
            (call.lang, entries)
        }
        Subject::Position(id) => {
            let p = db::positions::find(conn, scope, id)?.position;
            let entries = vec![
                entry(Kind::Position, &p.id, Field::Title, &p.title),
                entry(Kind::Position, &p.id, Field::Description, &p.description),
            ];
            (p.lang, entries)
        }
    };
    let mut versions = Vec::new();
    for kind in Kind::ALL {
        let ids: Vec<String> = entries
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| e.item_id.clone())
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        if !ids.is_empty() {
            versions.extend(
                db::content::all_of(conn, kind, &ids)?
                    .into_iter()
                    .map(|v| (kind, v)),
            );
        }
    }
    Ok(Sheet {
        lang,
        entries,
        versions,
    })
}

/// How many languages each of these calls (already found with the reader's reach) still
/// misses, criteria included, by call id: in three queries whatever the number of calls.
pub fn missing_of_calls(
    conn: &mut DbConn,
    calls: &[db::calls::Call],
) -> db::DbResult<HashMap<String, usize>> {
    let ids: Vec<String> = calls.iter().map(|c| c.id.clone()).collect();
    let criteria = db::selection::criteria_of_calls(conn, &ids)?;
    let criterion_ids: Vec<String> = criteria.iter().map(|k| k.id.clone()).collect();
    let mut versions: Vec<(Kind, db::content::Stored)> =
        db::content::all_of(conn, Kind::Call, &ids)?
            .into_iter()
            .map(|v| (Kind::Call, v))
            .collect();
    versions.extend(
        db::content::all_of(conn, Kind::Criterion, &criterion_ids)?
            .into_iter()
            .map(|v| (Kind::Criterion, v)),
    );
    Ok(calls
        .iter()
        .map(|call| {
            let mut entries = vec![
                Entry::of(Kind::Call, &call.id, Field::Title, &call.title),
                Entry::of(Kind::Call, &call.id, Field::Description, &call.description),
            ];
            entries.extend(
                criteria
                    .iter()
                    .filter(|k| k.call_id == call.id)
                    .map(|k| Entry::of(Kind::Criterion, &k.id, Field::Name, &k.name)),
            );
            let sheet = Sheet {
                lang: call.lang,
                entries,
                versions: Vec::new(),
            };
            let n = sheet.missing_among(&versions).len();
            (call.id.clone(), n)
        })
        .collect())
}

/// Saves a subject's versions and the language of its originals, in one transaction with
/// one audit entry (`content.translate`). Each version must be of a field of the subject
/// (one of another item is refused as an unknown reference, and nothing is written);
/// versions in the originals' own language are not kept (the original is that text).
pub async fn save(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    subject: Subject,
    lang: Locale,
    versions: Vec<Version>,
) -> AppResult<()> {
    let s = who.scope(subject.permission())?;
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let sheet = sheet(tx.conn, &s, &subject)?;
        let known: HashSet<(Kind, &str, Field)> = sheet
            .entries
            .iter()
            .map(|e| (e.kind, e.item_id.as_str(), e.field))
            .collect();
        if versions
            .iter()
            .any(|v| !known.contains(&(v.kind(), v.item_id(), v.field())))
        {
            return Err(Error::Invalid(Invalid::new("text", crate::reach::UNKNOWN)));
        }
        match &subject {
            Subject::Call(id) => db::calls::set_lang(tx, id, lang)?,
            Subject::Position(id) => db::positions::set_lang(tx, id, lang)?,
        }
        for v in versions.iter().filter(|v| v.lang() != lang) {
            db::content::set(tx, v)?;
        }
        tx.audit("content.translate", subject.object_type(), subject.id())?;
        Ok(())
    })
    .await
}
