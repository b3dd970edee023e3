//! Screening applications (staff): the status change (eligible or not; selection decisions
//! are staged and published, `crate::decisions`), the override of a failed eligibility
//! check, the audited reading of a passport number, the ESCO concepts of an application,
//! and an application entered by staff.

use db::candidates::{Candidate, Chosen, EscoKind, Profile, Resolved};
use domain::candidate::{EducationFields, IdentityFields, PreferenceFields, Status};
use domain::fieldcrypt::Keyring;
use domain::ids::{CallId, CandidateId};
use domain::{Invalid, Permission};

use crate::{Acting, AppResult, Clock, Error};

/// Moves an application along the screening paths; the reason goes on the timeline. A
/// selection decision is refused here (`Invalid` on `status`): it is staged instead
/// (`crate::decisions::stage`) and reaches the candidate, with its message, when published.
pub async fn set_status(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &CandidateId,
    to: Status,
    reason: &str,
) -> AppResult<()> {
    let s = who.scope(Permission::ScreenCandidates)?;
    let actor_id = who.actor.user_id.clone();
    let (id, reason) = (id.clone(), reason.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        db::candidates::set_status(tx, &s, &actor_id, id.as_str(), to, &reason)?
            .map_err(Error::Invalid)
    })
    .await
}

/// Overrides a failed eligibility check with a written justification (10 characters at
/// least).
pub async fn override_eligibility(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &CandidateId,
    justification: &str,
) -> AppResult<()> {
    let s = who.scope(Permission::ScreenCandidates)?;
    let actor_id = who.actor.user_id.clone();
    let (id, justification) = (id.clone(), justification.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        db::candidates::override_eligibility(tx, &s, &actor_id, id.as_str(), &justification)?
            .map_err(Error::Invalid)
    })
    .await
}

/// The sealed passport number of an application within reach, for the caller to open.
/// Reading it is an audited act (`candidate.passport.read`), a write of its own: the entry
/// is kept even when nothing else happens.
pub async fn read_passport(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &CandidateId,
) -> AppResult<Option<String>> {
    let s = who.scope(Permission::ReadPassport)?;
    let actor_id = who.actor.user_id.clone();
    let id = id.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok(db::candidates::read_passport(
            tx,
            &s,
            &actor_id,
            id.as_str(),
        )?)
    })
    .await
}

/// The ESCO labels chosen on a form (already split, trimmed and kept once), and the
/// language of the form: a label is found in English or in that language.
#[derive(Debug, Clone, Default)]
pub struct EscoLabels {
    pub occupations: Vec<String>,
    pub skills: Vec<String>,
    pub lang: domain::Locale,
}

/// Finds every chosen label in the taxonomy; a label that is not an ESCO concept is refused
/// (`esco_occupations` or `esco_skills`), naming nothing else.
pub fn resolve_esco(
    conn: &mut db::DbConn,
    l: &EscoLabels,
) -> db::DbResult<Result<Chosen, Invalid>> {
    let (chosen, free) = resolve_all(conn, l)?;
    Ok(match free.first() {
        None => Ok(chosen),
        Some((EscoKind::Occupation, _)) => Err(Invalid::new(
            "esco_occupations",
            "lists-error-esco-occupation",
        )),
        Some((EscoKind::Skill, _)) => Err(Invalid::new("esco_skills", "lists-error-esco-skill")),
    })
}

/// Labels that are no ESCO concept, kept as the person's own words, by kind.
pub type OwnWords = Vec<(EscoKind, String)>;

/// Finds every chosen label in the taxonomy, keeping the ones that are none as the
/// person's own words (`domain::free_skills`: bounded in length and number, else refused).
pub fn resolve_keeping_free(
    conn: &mut db::DbConn,
    l: &EscoLabels,
) -> db::DbResult<Result<(Chosen, OwnWords), Invalid>> {
    let (chosen, free) = resolve_all(conn, l)?;
    let texts = |kind: EscoKind| -> Vec<String> {
        free.iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, t)| t.clone())
            .collect()
    };
    Ok(
        domain::free_skills::check(&texts(EscoKind::Occupation), &texts(EscoKind::Skill))
            .map(|()| (chosen, free)),
    )
}

fn resolve_all(conn: &mut db::DbConn, l: &EscoLabels) -> db::DbResult<(Chosen, OwnWords)> {
    let mut chosen = Chosen::default();
    let mut free = Vec::new();
    for (kind, labels) in [
        (EscoKind::Occupation, &l.occupations),
        (EscoKind::Skill, &l.skills),
    ] {
        for r in db::candidates::resolve_in(conn, kind, l.lang.tag(), labels)? {
            match (r, kind) {
                (Resolved::Concept(c), EscoKind::Occupation) => chosen.occupations.push(c),
                (Resolved::Concept(c), EscoKind::Skill) => chosen.skills.push(c),
                (Resolved::Free(t), _) => free.push((kind, t)),
            }
        }
    }
    Ok((chosen, free))
}

/// Staff set the ESCO occupations and skills of an application in their reach. A label
/// outside ESCO is refused (`Invalid`) and changes nothing.
pub async fn set_esco(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &CandidateId,
    labels: EscoLabels,
) -> AppResult<()> {
    let s = who.scope(Permission::ScreenCandidates)?;
    let actor_id = who.actor.user_id.clone();
    let id = id.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let chosen = resolve_esco(tx.conn, &labels)?.map_err(Error::Invalid)?;
        Ok(db::candidates::set_esco(
            tx,
            &s,
            &actor_id,
            id.as_str(),
            &chosen,
        )?)
    })
    .await
}

/// An application entered by staff on a candidate's behalf (e.g. from a paper form), as
/// typed.
#[derive(Debug, Clone)]
pub struct Entry {
    pub identity: IdentityFields,
    pub education: EducationFields,
    pub preferences: PreferenceFields,
}

/// Enters a complete, submitted application to a call within reach; its eligibility is
/// checked at the clock's date. The passport number is sealed for the new row with `keys`.
/// Returns the application and its profile as stored.
pub async fn enter(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    keys: &Keyring,
    call: &CallId,
    entry: &Entry,
) -> AppResult<(Candidate, Option<Profile>)> {
    let s = who.scope(Permission::ScreenCandidates)?;
    let now = clock.now();
    let today = now.date();
    let mut identity = entry.identity.parse(today)?;
    let education = entry.education.parse(today)?;
    let preferences = entry.preferences.parse()?;
    let id = db::id::new_id();
    let sealed = identity
        .passport_number
        .take()
        .map(|number| db::candidates::SealedPassport::new(keys, &id, &number));
    let actor_id = who.actor.user_id.clone();
    let call = call.clone();
    db.write_at(who.origin.clone(), now, move |tx| {
        let call = crate::reach::reference("call_id", db::calls::find(tx.conn, &s, call.as_str()))?;
        crate::reach::residence_territory(
            tx.conn,
            &call.programme_id,
            identity.residence_territory_id.as_deref(),
        )?;
        let (row, profile) = db::candidates::new_submitted(
            &id,
            &call,
            &identity,
            sealed,
            &education,
            &preferences,
            tx.now,
        );
        let id = db::candidates::create_submitted(tx, &s, &actor_id, &call, row, profile, today)?;
        let c = db::candidates::find(tx.conn, &s, &actor_id, &id)?;
        let p = db::candidates::profile(tx.conn, &c)?;
        Ok((c, p))
    })
    .await
}
