//! Applications at scale: the rows, their profiles (with the French and English levels the
//! list filters on, written with the profile rather than updated after it, and copied onto
//! the application's row), one `created`
//! event each, the name-search terms and the ESCO occupations and skills — what
//! `candidates::insert_many` and `insert_esco` write, in one `COPY` a table on PostgreSQL
//! and statements as large as SQLite allows (a million applications is a few thousand
//! statements, not a few hundred thousand).

use diesel::ExecuteCopyFromDsl;
use diesel::prelude::*;

use crate::candidates::{Candidate, Chosen, EscoKind, Event, Profile, terms_of};
use crate::id::new_id;
use crate::schema::{
    candidate_esco as ce, candidate_events as ev, candidate_profiles as cp, candidate_terms as ct,
    candidates as cs,
};
use crate::taxonomy::normalise;
use crate::{DbConn, DbResult, Tx};

use super::insert_rows;
use super::rows::{NewEsco, NewTerm, ProfileRow};

/// A batch of complete applications: `profiles` and `chosen` in the order of `rows`.
pub struct Applications {
    pub rows: Vec<Candidate>,
    pub profiles: Vec<Profile>,
    pub chosen: Vec<Chosen>,
}

/// Writes a batch of applications. The caller writes the batch's audit entry.
pub fn candidates(tx: &mut Tx<'_>, batch: Applications) -> DbResult<()> {
    super::generic_plans(tx.conn)?;
    let now = tx.now;
    let events = events(&batch.rows, tx.actor(), now);
    let texts: Vec<(String, Vec<String>)> = batch
        .rows
        .iter()
        .map(|r| (r.id.clone(), terms_of(&r.search_text)))
        .collect();
    // The rows first: every other row refers to one.
    candidate_rows(tx, batch.rows)?;
    let profiles: Vec<ProfileRow<'_>> = batch.profiles.iter().map(ProfileRow::of).collect();
    let terms: Vec<NewTerm<'_>> = texts
        .iter()
        .flat_map(|(id, terms)| {
            terms.iter().map(|t| NewTerm {
                term: t,
                candidate_id: id,
            })
        })
        .collect();
    let labels: Vec<Vec<String>> = batch
        .chosen
        .iter()
        .map(|c| c.occupations.iter().chain(&c.skills))
        .map(|l| l.map(|c| normalise(&c.label)).collect())
        .collect();
    let mut esco = Vec::new();
    for (((id, _), chosen), lower) in texts.iter().zip(&batch.chosen).zip(&labels) {
        let occupations = chosen.occupations.len();
        for (kind, list, lower) in [
            (
                EscoKind::Occupation,
                &chosen.occupations,
                &lower[..occupations],
            ),
            (EscoKind::Skill, &chosen.skills, &lower[occupations..]),
        ] {
            for (i, (c, label_lower)) in list.iter().zip(lower).enumerate() {
                if list[..i].iter().any(|d| d.uri == c.uri) {
                    continue;
                }
                esco.push(NewEsco {
                    candidate_id: id,
                    kind: kind.as_str(),
                    uri: &c.uri,
                    label: &c.label,
                    label_lower,
                    created_at: now,
                });
            }
        }
    }
    insert_rows!(tx.conn, cp::table, profiles, 13);
    // The application's row carries both levels too (the candidate list's indexes).
    crate::candidates::copy_language_ranks(
        tx.conn,
        profiles
            .iter()
            .map(|p| (p.candidate_id, p.french_rank, p.english_rank)),
    )?;
    insert_rows!(tx.conn, ev::table, events, 8);
    insert_rows!(tx.conn, ct::table, terms, 2);
    insert_rows!(tx.conn, ce::table, esco, 6);
    Ok(())
}

/// The applications' rows, inserted by value (their status and countries are domain
/// types, converted as they are written).
fn candidate_rows(tx: &mut Tx<'_>, mut rows: Vec<Candidate>) -> DbResult<()> {
    match &mut *tx.conn {
        DbConn::Postgres(c) => {
            if !rows.is_empty() {
                diesel::copy_from(cs::table)
                    .from_insertable(rows)
                    .execute(c)?;
            }
        }
        DbConn::Sqlite(c) => {
            let per = super::fit(super::SQLITE_PARAMETERS, 31);
            while !rows.is_empty() {
                let rest = rows.split_off(per.min(rows.len()));
                let chunk = std::mem::replace(&mut rows, rest);
                diesel::insert_into(cs::table).values(chunk).execute(c)?;
            }
        }
    }
    Ok(())
}

/// One `created` event per application, by the batch's actor at its submission (or now).
fn events(rows: &[Candidate], actor: &str, now: chrono::NaiveDateTime) -> Vec<Event> {
    rows.iter()
        .map(|r| Event {
            id: new_id(),
            candidate_id: r.id.clone(),
            at: r.submitted_at.unwrap_or(now),
            actor: actor.to_owned(),
            kind: "created".to_owned(),
            from_status: None,
            to_status: Some(r.status.as_str().to_owned()),
            note: None,
        })
        .collect()
}
