//! Applications entered by staff or imported from a spreadsheet: complete and submitted at
//! once, checked like a submission, flagged for duplicates.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::candidate::{Education, Identity, Preferences, Status};
use domain::eligibility;
use domain::permission::Scope;

use super::{Candidate, Profile, find};
use crate::calls::Call;
use crate::schema::candidates;
use crate::{DbError, DbResult, Tx};

use super::write::*;

/// A complete, submitted application built from checked fields (staff entry), with its
/// profile; eligibility is filled in by [`create_submitted`].
pub fn new_submitted(
    id: &str,
    call: &Call,
    i: &Identity,
    passport: Option<SealedPassport>,
    e: &Education,
    p: &Preferences,
    now: NaiveDateTime,
) -> (Candidate, Profile) {
    let (sealed, index) = passport.map_or((None, None), |p| (Some(p.sealed), Some(p.index)));
    let row = Candidate {
        id: id.to_owned(),
        programme_id: call.programme_id.clone(),
        call_id: call.id.clone(),
        user_id: None,
        status: Status::Submitted,
        step: 3,
        family_name: i.family_name.clone(),
        given_names: i.given_names.clone(),
        family_name_ar: i.family_name_ar.clone(),
        given_names_ar: i.given_names_ar.clone(),
        birth_date: Some(i.birth_date),
        sex: i.sex.clone(),
        nationality: Some(i.nationality),
        residence_country: Some(i.residence_country),
        residence_territory_id: None,
        email: i.email.as_str().to_owned(),
        phone: i.phone.clone(),
        whatsapp: i.whatsapp.clone(),
        passport_sealed: sealed,
        passport_index: index,
        italian_rank: e.languages.level("it").map_or(0, |l| l.rank()),
        consent_version: None,
        consent_at: None,
        submitted_at: Some(now),
        eligibility: "[]".to_owned(),
        eligible: false,
        override_reason: None,
        decision_reason: None,
        search_text: search_text(
            &i.family_name,
            &i.given_names,
            i.family_name_ar.as_deref(),
            i.given_names_ar.as_deref(),
            i.email.as_str(),
        ),
        created_at: now,
        updated_at: now,
    };
    let profile = Profile {
        candidate_id: id.to_owned(),
        isced_level: Some(e.isced_level),
        field_of_study: e.field_of_study.clone(),
        qualification_title: e.qualification_title.clone(),
        qualification_date: Some(e.qualification_date),
        languages: e.languages.encode(),
        experience: p.experience.clone(),
        sectors: p.sectors.clone(),
        cities: p.cities.clone(),
        available_from: p.available_from,
        updated_at: now,
    };
    (row, profile)
}

/// Records an application entered by staff: it must fall within their `scope` (an agency
/// enters applications of its own country only), and its eligibility is checked at once.
pub fn create_submitted(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    call: &Call,
    row: Candidate,
    profile: Profile,
    today: NaiveDate,
) -> DbResult<String> {
    let id = row.id.clone();
    insert_many(tx, vec![row], &[profile])?;
    enter_checked(tx, scope, actor_id, call, &id, today)
}

/// Applications read from a spreadsheet, in one go: each must fall within `scope` (else
/// the whole import is refused with `Conflict("candidates.out_of_scope")`, and the caller's
/// transaction writes nothing), its eligibility is checked, and its timeline says
/// "imported". One `candidate.create` audit entry per application.
pub fn import_submitted(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    call: &Call,
    rows: Vec<Candidate>,
    profiles: &[Profile],
    today: NaiveDate,
) -> DbResult<()> {
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    insert_many(tx, rows, profiles)?;
    for id in &ids {
        enter_checked(tx, scope, actor_id, call, id, today)?;
        event(tx, id, "imported", None, None, None)?;
    }
    Ok(())
}

fn enter_checked(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    call: &Call,
    id: &str,
    today: NaiveDate,
) -> DbResult<String> {
    let id = id.to_owned();
    let c = match find(tx.conn, scope, actor_id, &id) {
        Ok(c) => c,
        Err(DbError::NotFound) => {
            return Err(DbError::Conflict(domain::Conflict::CandidateOutOfScope));
        }
        Err(e) => return Err(e),
    };
    let p = super::profile(tx.conn, &c)?;
    let outcomes = evaluate(call, &c, p.as_ref(), today);
    diesel::update(candidates::table.filter(candidates::id.eq(&id)))
        .set((
            candidates::eligibility
                .eq(serde_json::to_string(&outcomes).unwrap_or_else(|_| "[]".into())),
            candidates::eligible.eq(eligibility::passes(&outcomes)),
        ))
        .execute(tx.conn)?;
    tx.audit("candidate.create", "candidate", &id)?;
    crate::duplicates::flag_for(tx, &id)?;
    Ok(id)
}
