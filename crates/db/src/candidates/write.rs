//! Changes to applications. Each runs in a write transaction, appends to the candidate's
//! timeline where a person would want to see it, and to the audit log always.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::Invalid;
use domain::candidate::{Education, Identity, Preferences, Status, check_transition};
use domain::eligibility::{self, Facts, Outcome};
use domain::fieldcrypt::{Keyring, Place, normalise_document_number};
use domain::permission::Scope;

use super::{Candidate, Event, Profile, find};
use crate::calls::Call;
use crate::schema::{candidate_events as ev, candidate_profiles as cp, candidates};
use crate::{DbConn, DbError, DbResult, Tx, error::unique, id::new_id};

/// Lower-case names in both scripts and the e-mail, what the list searches.
pub fn search_text(
    family: &str,
    given: &str,
    family_ar: Option<&str>,
    given_ar: Option<&str>,
    email: &str,
) -> String {
    [
        family,
        given,
        family_ar.unwrap_or(""),
        given_ar.unwrap_or(""),
        email,
    ]
    .iter()
    .filter(|s| !s.is_empty())
    .map(|s| s.to_lowercase())
    .collect::<Vec<_>>()
    .join(" ")
}

/// An identity with its sealed passport number and blind index (sealed by the caller, who
/// holds the key, for this row).
pub struct SealedPassport {
    pub sealed: String,
    pub index: String,
}

impl SealedPassport {
    /// Seals `number` for candidate `id` with a fresh nonce, beside its blind index (one
    /// place for the table, column and index kind every caller must agree on).
    pub fn new(keys: &Keyring, id: &str, number: &str) -> Self {
        let mut nonce = [0u8; 24];
        crate::id::fill_random(&mut nonce);
        let place = Place {
            table: "candidates",
            column: "passport",
            row: id,
        };
        SealedPassport {
            sealed: keys.seal(&place, nonce, number),
            index: keys.blind_index("passport", &normalise_document_number(number)),
        }
    }
}

/// The eligibility of an application under its call's rules, on `on`.
pub fn evaluate(call: &Call, c: &Candidate, p: Option<&Profile>, on: NaiveDate) -> Vec<Outcome> {
    let languages = p.map(Profile::languages).unwrap_or_default();
    let facts = Facts {
        birth_date: c.birth_date,
        residence_country: c.residence_country.as_ref().map(domain::Country::as_str),
        residence_territory_id: c.residence_territory_id.as_deref(),
        qualification_date: p.and_then(|p| p.qualification_date),
        languages: &languages,
        isced_level: p.and_then(|p| p.isced_level),
    };
    eligibility::evaluate(&call.rules(), &facts, on)
}

pub(crate) fn event(
    tx: &mut Tx<'_>,
    candidate_id: &str,
    kind: &str,
    from: Option<Status>,
    to: Option<Status>,
    note: Option<&str>,
) -> DbResult<()> {
    diesel::insert_into(ev::table)
        .values(&Event {
            id: new_id(),
            candidate_id: candidate_id.to_owned(),
            at: tx.now,
            actor: tx.actor().to_owned(),
            kind: kind.to_owned(),
            from_status: from.map(|s| s.as_str().to_owned()),
            to_status: to.map(|s| s.as_str().to_owned()),
            note: note.map(str::to_owned),
        })
        .execute(tx.conn)?;
    Ok(())
}

fn empty_profile(candidate_id: &str, now: NaiveDateTime) -> Profile {
    Profile {
        candidate_id: candidate_id.to_owned(),
        isced_level: None,
        field_of_study: String::new(),
        qualification_title: String::new(),
        qualification_date: None,
        languages: String::new(),
        experience: String::new(),
        sectors: String::new(),
        cities: String::new(),
        available_from: None,
        updated_at: now,
    }
}

/// Starts an application for `user_id` to `call`: an empty draft the steps fill in.
/// A second application of the same account to the same call is a conflict.
pub fn create_draft(tx: &mut Tx<'_>, call: &Call, user_id: &str, email: &str) -> DbResult<String> {
    let id = new_id();
    let row = Candidate {
        id: id.clone(),
        programme_id: call.programme_id.clone(),
        call_id: call.id.clone(),
        user_id: Some(user_id.to_owned()),
        status: Status::Draft,
        step: 0,
        family_name: String::new(),
        given_names: String::new(),
        family_name_ar: None,
        given_names_ar: None,
        birth_date: None,
        sex: String::new(),
        nationality: None,
        residence_country: None,
        residence_territory_id: None,
        email: email.to_owned(),
        phone: String::new(),
        whatsapp: None,
        passport_sealed: None,
        passport_index: None,
        italian_rank: 0,
        consent_version: None,
        consent_at: None,
        submitted_at: None,
        eligibility: "[]".to_owned(),
        eligible: false,
        override_reason: None,
        decision_reason: None,
        search_text: email.to_lowercase(),
        created_at: tx.now,
        updated_at: tx.now,
    };
    diesel::insert_into(candidates::table)
        .values(row)
        .execute(tx.conn)
        .map_err(unique(domain::Conflict::AlreadyApplied))?;
    diesel::insert_into(cp::table)
        .values(&empty_profile(&id, tx.now))
        .execute(tx.conn)?;
    super::terms::set_terms(tx.conn, &id, &email.to_lowercase())?;
    event(tx, &id, "created", None, Some(Status::Draft), None)?;
    tx.audit("candidate.create", "candidate", &id)?;
    Ok(id)
}

/// Inserts complete applications at once (staff entry through the API, demo seeding): the
/// rows, their profiles and one `created` event each. The caller writes the audit entry.
pub fn insert_many(tx: &mut Tx<'_>, rows: Vec<Candidate>, profiles: &[Profile]) -> DbResult<()> {
    let events: Vec<Event> = rows
        .iter()
        .map(|r| Event {
            id: new_id(),
            candidate_id: r.id.clone(),
            at: r.submitted_at.unwrap_or(tx.now),
            actor: tx.actor().to_owned(),
            kind: "created".to_owned(),
            from_status: None,
            to_status: Some(r.status.as_str().to_owned()),
            note: None,
        })
        .collect();
    let terms: Vec<(String, String)> = rows
        .iter()
        .map(|r| (r.id.clone(), r.search_text.clone()))
        .collect();
    // Multi-row inserts run on the concrete connection: the two backends write them
    // differently, and some rows per statement keeps within their parameter limits.
    macro_rules! batch {
        ($table:expr, $chunks:expr) => {
            for chunk in $chunks {
                match &mut *tx.conn {
                    DbConn::Sqlite(c) => diesel::insert_into($table).values(chunk).execute(c)?,
                    DbConn::Postgres(c) => diesel::insert_into($table).values(chunk).execute(c)?,
                };
            }
        };
    }
    batch!(candidates::table, owned_chunks(rows, 30));
    batch!(cp::table, profiles.chunks(80));
    batch!(ev::table, events.chunks(100));
    let terms: Vec<(&str, &str)> = terms
        .iter()
        .map(|(id, text)| (id.as_str(), text.as_str()))
        .collect();
    super::terms::insert_terms(tx.conn, &terms)?;
    set_language_ranks(tx.conn, profiles)
}

/// `rows` in owned runs of at most `n` (a candidate row is inserted by value).
fn owned_chunks<T>(mut rows: Vec<T>, n: usize) -> impl Iterator<Item = Vec<T>> {
    std::iter::from_fn(move || {
        (!rows.is_empty()).then(|| {
            let rest = rows.split_off(n.min(rows.len()));
            std::mem::replace(&mut rows, rest)
        })
    })
}

/// Stores the French and English levels of each new profile in their own columns, on the
/// profile and on its application (the list's indexes carry them): one update of each table
/// per pair of levels and 500 applications, whatever the number of rows.
pub(crate) fn set_language_ranks(conn: &mut DbConn, profiles: &[Profile]) -> DbResult<()> {
    use std::collections::BTreeMap;
    let mut pairs: BTreeMap<(i64, i64), Vec<&str>> = BTreeMap::new();
    for p in profiles {
        let l = p.languages();
        let rank = |code: &str| l.level(code).map_or(0, |c| c.rank());
        pairs
            .entry((rank("fr"), rank("en")))
            .or_default()
            .push(p.candidate_id.as_str());
    }
    for (&(fr, en), ids) in &pairs {
        for chunk in ids.chunks(500) {
            diesel::update(cp::table.filter(cp::candidate_id.eq_any(chunk)))
                .set((cp::french_rank.eq(fr), cp::english_rank.eq(en)))
                .execute(conn)?;
        }
    }
    copy_language_ranks(
        conn,
        pairs
            .iter()
            .flat_map(|(&(fr, en), ids)| ids.iter().map(move |id| (*id, fr, en))),
    )
}

/// Copies applications' French and English ranks (`(application, French, English)`) onto
/// their rows (`french_english_rank`, French × 10 + English, which the list's indexes
/// carry): one update per pair of ranks and 500 applications.
pub(crate) fn copy_language_ranks<'a>(
    conn: &mut DbConn,
    ranks: impl IntoIterator<Item = (&'a str, i64, i64)>,
) -> DbResult<()> {
    let mut pairs: std::collections::BTreeMap<(i64, i64), Vec<&str>> = Default::default();
    for (id, fr, en) in ranks {
        pairs.entry((fr, en)).or_default().push(id);
    }
    for ((fr, en), ids) in pairs {
        for chunk in ids.chunks(500) {
            diesel::update(candidates::table.filter(candidates::id.eq_any(chunk)))
                .set(candidates::french_english_rank.eq(fr * 10 + en))
                .execute(conn)?;
        }
    }
    Ok(())
}

/// The candidate's own draft, for the steps of the form.
pub(crate) fn own_draft(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    id: &str,
) -> DbResult<Candidate> {
    let c = find(tx.conn, scope, actor_id, id)?;
    if c.status != Status::Draft {
        return Err(DbError::Conflict(domain::Conflict::ApplicationSent));
    }
    Ok(c)
}

fn step_done(tx: &mut Tx<'_>, c: &Candidate, step: i64) -> DbResult<()> {
    diesel::update(candidates::table.filter(candidates::id.eq(&c.id)))
        .set((
            candidates::step.eq(c.step.max(step)),
            candidates::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("candidate.update", "candidate", &c.id)
}

/// Step 1: identity and contacts. `passport` replaces the stored number when given.
pub fn save_identity(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    id: &str,
    i: &Identity,
    passport: Option<SealedPassport>,
) -> DbResult<()> {
    let c = own_draft(tx, scope, actor_id, id)?;
    let search = search_text(
        &i.family_name,
        &i.given_names,
        i.family_name_ar.as_deref(),
        i.given_names_ar.as_deref(),
        i.email.as_str(),
    );
    diesel::update(candidates::table.filter(candidates::id.eq(id)))
        .set((
            candidates::family_name.eq(&i.family_name),
            candidates::given_names.eq(&i.given_names),
            candidates::family_name_ar.eq(&i.family_name_ar),
            candidates::given_names_ar.eq(&i.given_names_ar),
            candidates::birth_date.eq(i.birth_date),
            candidates::sex.eq(&i.sex),
            candidates::nationality.eq(i.nationality.as_str()),
            candidates::residence_country.eq(i.residence_country.as_str()),
            candidates::residence_territory_id.eq(&i.residence_territory_id),
            candidates::email.eq(i.email.as_str()),
            candidates::phone.eq(&i.phone),
            candidates::whatsapp.eq(&i.whatsapp),
            candidates::search_text.eq(&search),
        ))
        .execute(tx.conn)?;
    super::terms::set_terms(tx.conn, id, &search)?;
    if let Some(p) = passport {
        diesel::update(candidates::table.filter(candidates::id.eq(id)))
            .set((
                candidates::passport_sealed.eq(Some(p.sealed)),
                candidates::passport_index.eq(Some(p.index)),
            ))
            .execute(tx.conn)?;
    }
    step_done(tx, &c, 1)
}

/// Keeps a passport number typed into a step that was refused for other fields: the number
/// is never sent back in the page, so it is kept in the draft rather than lost.
pub fn keep_passport(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    id: &str,
    passport: SealedPassport,
) -> DbResult<()> {
    let c = own_draft(tx, scope, actor_id, id)?;
    diesel::update(candidates::table.filter(candidates::id.eq(&c.id)))
        .set((
            candidates::passport_sealed.eq(Some(passport.sealed)),
            candidates::passport_index.eq(Some(passport.index)),
            candidates::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    tx.audit("candidate.passport_kept", "candidate", &c.id)
}

/// Step 2: education and languages.
pub fn save_education(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    id: &str,
    e: &Education,
) -> DbResult<()> {
    let c = own_draft(tx, scope, actor_id, id)?;
    let rank = |l: &str| e.languages.level(l).map_or(0, |c| c.rank());
    diesel::update(cp::table.filter(cp::candidate_id.eq(id)))
        .set((
            cp::isced_level.eq(Some(e.isced_level)),
            cp::field_of_study.eq(&e.field_of_study),
            cp::qualification_title.eq(&e.qualification_title),
            cp::qualification_date.eq(Some(e.qualification_date)),
            cp::languages.eq(e.languages.encode()),
            cp::french_rank.eq(rank("fr")),
            cp::english_rank.eq(rank("en")),
            cp::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    diesel::update(candidates::table.filter(candidates::id.eq(id)))
        .set((
            candidates::italian_rank.eq(rank("it")),
            candidates::french_english_rank.eq(rank("fr") * 10 + rank("en")),
        ))
        .execute(tx.conn)?;
    step_done(tx, &c, 2)
}

/// Step 3: experience, preferences, availability.
pub fn save_preferences(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    id: &str,
    p: &Preferences,
) -> DbResult<()> {
    let c = own_draft(tx, scope, actor_id, id)?;
    diesel::update(cp::table.filter(cp::candidate_id.eq(id)))
        .set((
            cp::experience.eq(&p.experience),
            cp::sectors.eq(&p.sectors),
            cp::cities.eq(&p.cities),
            cp::available_from.eq(p.available_from),
            cp::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    step_done(tx, &c, 3)
}

/// Sends a complete draft: records consent (text version and time), checks eligibility
/// under the call's rules and moves the application to `submitted`.
pub fn submit(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    id: &str,
    call: &Call,
    consent_version: &str,
    today: NaiveDate,
) -> DbResult<()> {
    let c = own_draft(tx, scope, actor_id, id)?;
    if c.step < 3 {
        return Err(DbError::Conflict(domain::Conflict::StepsIncomplete));
    }
    let p = super::profile(tx.conn, &c)?;
    let outcomes = evaluate(call, &c, p.as_ref(), today);
    let eligible = eligibility::passes(&outcomes);
    let json = serde_json::to_string(&outcomes).unwrap_or_else(|_| "[]".into());
    // Only a draft is sent: a second submit racing this one finds it sent.
    let changed = diesel::update(
        candidates::table
            .filter(candidates::id.eq(id))
            .filter(candidates::status.eq(Status::Draft.as_str())),
    )
    .set((
        candidates::status.eq(Status::Submitted.as_str()),
        candidates::consent_version.eq(Some(consent_version)),
        candidates::consent_at.eq(Some(tx.now)),
        candidates::submitted_at.eq(Some(tx.now)),
        candidates::eligibility.eq(json),
        candidates::eligible.eq(eligible),
        candidates::updated_at.eq(tx.now),
    ))
    .execute(tx.conn)?;
    crate::locks::expect_one(changed, domain::Conflict::ApplicationSent)?;
    event(
        tx,
        id,
        "submitted",
        Some(Status::Draft),
        Some(Status::Submitted),
        None,
    )?;
    tx.audit("candidate.submit", "candidate", id)?;
    crate::duplicates::flag_for(tx, id)?;
    Ok(())
}

/// A status change by staff, checked against the allowed paths; the reason goes on the
/// timeline. A refused change comes back as the inner `Err` and writes nothing.
pub fn set_status(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    id: &str,
    to: Status,
    reason: &str,
) -> DbResult<Result<(), Invalid>> {
    let c = find(tx.conn, scope, actor_id, id)?;
    let from = c.status;
    if let Err(e) = check_transition(from, to, c.passes(), reason) {
        return Ok(Err(e));
    }
    let reason =
        Some(reason.trim().chars().take(2000).collect::<String>()).filter(|r| !r.is_empty());
    // The change is from the status checked: a decision that committed meanwhile wins.
    let changed = diesel::update(
        candidates::table
            .filter(candidates::id.eq(id))
            .filter(candidates::status.eq(from.as_str())),
    )
    .set((
        candidates::status.eq(to.as_str()),
        candidates::decision_reason.eq(&reason),
        candidates::updated_at.eq(tx.now),
    ))
    .execute(tx.conn)?;
    crate::locks::expect_one(changed, domain::Conflict::Transition)?;
    // A decision staged on the old status no longer applies.
    crate::decisions::clear(tx, id)?;
    event(tx, id, "status", Some(from), Some(to), reason.as_deref())?;
    tx.audit("candidate.status", "candidate", id)?;
    Ok(Ok(()))
}

/// Overrides a failed eligibility check with a written justification.
pub fn override_eligibility(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    id: &str,
    justification: &str,
) -> DbResult<Result<(), Invalid>> {
    let c = find(tx.conn, scope, actor_id, id)?;
    let text: String = justification.trim().chars().take(2000).collect();
    if text.chars().count() < 10 {
        return Ok(Err(Invalid::new(
            "justification",
            "error-justification-required",
        )));
    }
    if c.eligible || c.status == Status::Draft {
        return Ok(Err(Invalid::new(
            "justification",
            "error-nothing-to-override",
        )));
    }
    diesel::update(candidates::table.filter(candidates::id.eq(id)))
        .set((
            candidates::override_reason.eq(Some(&text)),
            candidates::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    event(tx, id, "override", None, None, Some(&text))?;
    tx.audit("candidate.eligibility.override", "candidate", id)?;
    Ok(Ok(()))
}

/// The sealed passport number of a candidate in `scope`, for the caller to open. Reading it
/// is a sensitive act: it is audited (`candidate.passport.read`) in this transaction.
pub fn read_passport(
    tx: &mut Tx<'_>,
    scope: &Scope,
    actor_id: &str,
    id: &str,
) -> DbResult<Option<String>> {
    let c = find(tx.conn, scope, actor_id, id)?;
    tx.audit("candidate.passport.read", "candidate", id)?;
    Ok(c.passport_sealed)
}

/// Gives an application (entered without an account) to the account `user_id`, which then
/// reaches it as its own (`Scope::OwnAccount`). Audited as `candidate.link_account`.
pub fn link_account(tx: &mut Tx<'_>, id: &str, user_id: &str) -> DbResult<()> {
    let changed = diesel::update(
        candidates::table
            .filter(candidates::id.eq(id))
            .filter(candidates::user_id.is_null()),
    )
    .set((
        candidates::user_id.eq(Some(user_id)),
        candidates::updated_at.eq(tx.now),
    ))
    .execute(tx.conn)?;
    crate::locks::expect_one(changed, domain::Conflict::AlreadyApplied)?;
    tx.audit("candidate.link_account", "candidate", id)
}
