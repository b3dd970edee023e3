//! Applications at scale: the rows, their profiles (with the French and English levels the
//! list filters on), one `created` event each, the name-search terms and the ESCO
//! occupations and skills — what `candidates::insert_many` and `insert_esco` write, in
//! statements as large as the backend allows (a million applications is a few thousand
//! statements, not a few hundred thousand).

use diesel::prelude::*;

use crate::candidates::{Candidate, Chosen, EscoKind, Event, Profile, terms_of};
use crate::id::new_id;
use crate::schema::{
    candidate_esco as ce, candidate_events as ev, candidate_profiles as cp, candidate_terms as ct,
    candidates as cs,
};
use crate::taxonomy::normalise;
use crate::{DbResult, Tx};

use super::insert_rows;

/// A batch of complete applications: `profiles` and `chosen` in the order of `rows`.
pub struct Applications {
    pub rows: Vec<Candidate>,
    pub profiles: Vec<Profile>,
    pub chosen: Vec<Chosen>,
}

/// Writes a batch of applications. The caller writes the batch's audit entry.
pub fn candidates(tx: &mut Tx<'_>, batch: Applications) -> DbResult<()> {
    let actor = tx.actor().to_owned();
    let now = tx.now;
    let events: Vec<Event> = batch
        .rows
        .iter()
        .map(|r| Event {
            id: new_id(),
            candidate_id: r.id.clone(),
            at: r.submitted_at.unwrap_or(now),
            actor: actor.clone(),
            kind: "created".to_owned(),
            from_status: None,
            to_status: Some(r.status.as_str().to_owned()),
            note: None,
        })
        .collect();
    let terms: Vec<_> = batch
        .rows
        .iter()
        .flat_map(|r| {
            terms_of(&r.search_text)
                .into_iter()
                .map(|t| (ct::term.eq(t), ct::candidate_id.eq(r.id.clone())))
        })
        .collect();
    let mut esco = Vec::new();
    for (row, chosen) in batch.rows.iter().zip(&batch.chosen) {
        for (kind, list) in [
            (EscoKind::Occupation, &chosen.occupations),
            (EscoKind::Skill, &chosen.skills),
        ] {
            for (i, c) in list.iter().enumerate() {
                if list[..i].iter().any(|d| d.uri == c.uri) {
                    continue;
                }
                esco.push((
                    ce::candidate_id.eq(row.id.clone()),
                    ce::kind.eq(kind.as_str()),
                    ce::uri.eq(c.uri.clone()),
                    ce::label.eq(c.label.clone()),
                    ce::label_lower.eq(normalise(&c.label)),
                    ce::created_at.eq(now),
                ));
            }
        }
    }
    // A candidate row is inserted by value (its status and countries are domain types).
    let per = super::rows_per_statement(tx.conn, 31);
    let mut rows = batch.rows;
    while !rows.is_empty() {
        let rest = rows.split_off(per.min(rows.len()));
        let chunk = std::mem::replace(&mut rows, rest);
        match &mut *tx.conn {
            crate::DbConn::Sqlite(c) => diesel::insert_into(cs::table).values(chunk).execute(c)?,
            crate::DbConn::Postgres(c) => {
                diesel::insert_into(cs::table).values(chunk).execute(c)?
            }
        };
    }
    insert_rows!(tx.conn, cp::table, batch.profiles, 11);
    insert_rows!(tx.conn, ev::table, events, 8);
    insert_rows!(tx.conn, ct::table, terms, 2);
    insert_rows!(tx.conn, ce::table, esco, 6);
    crate::candidates::set_language_ranks(tx.conn, &batch.profiles)
}
