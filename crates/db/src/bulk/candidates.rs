//! Applications at scale: the rows, their profiles (with the French and English levels the
//! list filters on, written with the profile and the application's row rather than updated
//! after them), one `created`
//! event each, the name-search terms and the ESCO occupations and skills — what
//! `candidates::insert_many` and `insert_esco` write, in one `COPY` a table on PostgreSQL
//! and statements as large as SQLite allows (a million applications is a few thousand
//! statements, not a few hundred thousand).

use diesel::ExecuteCopyFromDsl;
use diesel::prelude::*;

use crate::candidates::{Candidate, Chosen, EscoKind, Event, Profile, terms_of};
use crate::id::new_ordered_id;
use crate::schema::{
    candidate_esco as ce, candidate_events as ev, candidate_profiles as cp, candidate_terms as ct,
    candidates as cs,
};
use crate::taxonomy::normalise;
use crate::{DbResult, Tx};

use super::insert_rows;
use super::rows::{CandidateRow, NewEsco, NewTerm, ProfileRow};

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
    let profiles: Vec<ProfileRow<'_>> = batch.profiles.iter().map(ProfileRow::of).collect();
    let rows: Vec<CandidateRow<'_>> = batch
        .rows
        .iter()
        .zip(&profiles)
        .map(|(c, p)| CandidateRow::of(c, p))
        .collect();
    // The rows first: every other row refers to one.
    insert_rows!(tx.conn, cs::table, rows, 32);
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
    insert_rows!(tx.conn, ev::table, events, 8);
    insert_rows!(tx.conn, ct::table, terms, 2);
    insert_rows!(tx.conn, ce::table, esco, 6);
    Ok(())
}

/// One `created` event per application, by the batch's actor at its submission (or now).
fn events(rows: &[Candidate], actor: &str, now: chrono::NaiveDateTime) -> Vec<Event> {
    rows.iter()
        .map(|r| Event {
            id: new_ordered_id(),
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
