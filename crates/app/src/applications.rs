//! Applying to an open call as a signed-in person (signing up first is `sign_up`), and
//! the applicant's own steps. Whether the call is open is checked at the clock's date inside the transaction
//! that creates the application.

use db::Tx;
use db::calls::Call;
use domain::Conflict;
use domain::ids::{CallId, CandidateId};

use crate::{Acting, AppResult, Clock, Error};

/// A published call that is open today; `Conflict(CallClosed)` otherwise.
pub async fn open_call(db: &db::Database, clock: &dyn Clock, call: &CallId) -> AppResult<Call> {
    let today = clock.today();
    let id = call.clone();
    db.read(move |c| db::calls::find_published(c, id.as_str()))
        .await
        .map_err(Error::from)
        .and_then(|call| check_open(call, today))
}

fn check_open(call: Call, today: chrono::NaiveDate) -> AppResult<Call> {
    if domain::call::is_open(call.opens_on, call.closes_on, today) {
        Ok(call)
    } else {
        Err(Error::Conflict(Conflict::CallClosed))
    }
}

pub(crate) fn open_in(tx: &mut Tx<'_>, call: &CallId) -> AppResult<Call> {
    let today = crate::clock::day_of(tx.now);
    check_open(db::calls::find_published(tx.conn, call.as_str())?, today)
}

/// What applying as a signed-in person gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
    /// A new draft application.
    Started(CandidateId),
    /// The person had applied to this call already: one application per account and call.
    Existing(CandidateId),
}

/// Starts an application of the signed-in person to an open call.
pub async fn apply(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    email: &str,
    call: &CallId,
) -> AppResult<Applied> {
    let (call, email) = (call.clone(), email.to_owned());
    let user_id = who.actor.user_id.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let call = open_in(tx, &call)?;
        if let Some(x) = db::candidates::of_user(tx.conn, &user_id)?
            .into_iter()
            .find(|x| x.call_id == call.id)
        {
            return Ok(Applied::Existing(CandidateId::new(x.id)));
        }
        let id = db::candidates::create_draft(tx, &call, &user_id, &email)?;
        Ok(Applied::Started(CandidateId::new(id)))
    })
    .await
}

// ----- the applicant's own steps --------------------------------------------------------

/// The applicant's own application, read in the transaction that changes it.
fn own(tx: &mut Tx<'_>, who: &Acting, id: &CandidateId) -> db::DbResult<db::candidates::Candidate> {
    db::candidates::find(
        tx.conn,
        &domain::permission::Scope::OwnAccount,
        &who.actor.user_id,
        id.as_str(),
    )
}

/// Step 1: identity and contacts, checked at the clock's date, every mistake at once
/// (`Error::Form`). A passport number is required unless one is stored already; a territory
/// that is not the programme's is refused. The number is sealed for the application's row
/// with `keys`, and kept even when other fields are refused: the page never sends it back,
/// so a refusal must not lose it.
pub async fn save_identity(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    keys: &domain::fieldcrypt::Keyring,
    id: &CandidateId,
    fields: &domain::candidate::IdentityFields,
) -> AppResult<()> {
    let now = clock.now();
    let checked = fields.check(clock.today());
    let typed = domain::candidate::passport_number(&fields.passport_number);
    let sealed = match &typed {
        Ok(Some(number)) => Some(db::candidates::SealedPassport::new(
            keys,
            id.as_str(),
            number,
        )),
        _ => None,
    };
    let (who2, id) = (who.clone(), id.clone());
    let refused = db
        .write_at(who.origin.clone(), now, move |tx| {
            let c = own(tx, &who2, &id)?;
            let scope = domain::permission::Scope::OwnAccount;
            let user = who2.actor.user_id.clone();
            let mut checks = domain::Checks::default();
            if let Err(all) = &checked {
                for e in all.all() {
                    checks.refuse(e.clone());
                }
            }
            if matches!(typed, Ok(None)) && c.passport_sealed.is_none() {
                checks.refuse(domain::Invalid::new(
                    "passport_number",
                    "error-passport-required",
                ));
            }
            let identity = match checked {
                Ok(identity) if checks.is_clean() => identity,
                _ => {
                    if let Some(p) = sealed {
                        db::candidates::keep_passport(tx, &scope, &user, id.as_str(), p)?;
                    }
                    return Ok(checks.invalids());
                }
            };
            crate::reach::residence_territory(
                tx.conn,
                &c.programme_id,
                identity.residence_territory_id.as_deref(),
            )?;
            db::candidates::save_identity(tx, &scope, &user, id.as_str(), &identity, sealed)?;
            Ok::<_, Error>(None)
        })
        .await?;
    refused.map_or(Ok(()), |all| Err(Error::Form(all)))
}

/// The applicant's stored passport number as they may see it again: all but its last three
/// characters hidden (`None` when there is none, or it cannot be opened with `keys`).
pub fn passport_hint(
    keys: &domain::fieldcrypt::Keyring,
    c: &db::candidates::Candidate,
) -> Option<String> {
    let sealed = c.passport_sealed.as_deref()?;
    let place = domain::fieldcrypt::Place {
        table: "candidates",
        column: "passport",
        row: &c.id,
    };
    let number = keys.open(&place, sealed).ok()?;
    let chars: Vec<char> = number.chars().collect();
    let shown = chars.len().saturating_sub(3);
    Some(
        std::iter::repeat_n('•', shown)
            .chain(chars[shown..].iter().copied())
            .collect(),
    )
}

/// Step 2: education and languages (checked at the clock's date) with the ESCO concepts
/// chosen. A label outside ESCO is kept as the candidate's own words, for staff to map
/// (`db::candidates::set_own_free`); too many or too long ones are refused and nothing is
/// saved.
pub async fn save_education(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &CandidateId,
    fields: &domain::candidate::EducationFields,
    esco: crate::candidates::EscoLabels,
) -> AppResult<()> {
    let now = clock.now();
    let checked = fields.check(clock.today());
    let (user_id, id) = (who.actor.user_id.clone(), id.clone());
    db.write_at(who.origin.clone(), now, move |tx| {
        // Every mistake at once: the education fields' and the ESCO lists'.
        let resolved = crate::candidates::resolve_keeping_free(tx.conn, &esco)?;
        let ((chosen, free), education) = match (resolved, checked) {
            (Ok(r), Ok(e)) => (r, e),
            (resolved, checked) => {
                let mut all = domain::Checks::default();
                for e in checked.err().iter().flat_map(|e| e.all()) {
                    all.refuse(e.clone());
                }
                if let Err(e) = resolved {
                    all.refuse(e);
                }
                return Err(Error::Form(all.invalids().unwrap_or_else(|| {
                    domain::Invalid::new("form", "error-required").into()
                })));
            }
        };
        let scope = domain::permission::Scope::OwnAccount;
        db::candidates::save_education(tx, &scope, &user_id, id.as_str(), &education)?;
        db::candidates::set_own_esco(tx, &scope, &user_id, id.as_str(), &chosen)?;
        db::candidates::set_own_free(tx, id.as_str(), esco.lang.tag(), &free)?;
        Ok(())
    })
    .await
}

/// Step 3: experience and preferences.
pub async fn save_preferences(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &CandidateId,
    fields: &domain::candidate::PreferenceFields,
) -> AppResult<()> {
    let prefs = fields.parse()?;
    let (user_id, id) = (who.actor.user_id.clone(), id.clone());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let scope = domain::permission::Scope::OwnAccount;
        Ok(db::candidates::save_preferences(
            tx,
            &scope,
            &user_id,
            id.as_str(),
            &prefs,
        )?)
    })
    .await
}

/// Step 4: sends the application with the applicant's consent, checked at the clock's
/// date. Refused (`Invalid`, field `consent`) while a step is missing or without consent.
pub async fn submit(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &CandidateId,
    consent: bool,
) -> AppResult<()> {
    let (who2, id) = (who.clone(), id.clone());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let c = own(tx, &who2, &id)?;
        if c.step < 3 {
            return Err(domain::Invalid::new("consent", "error-steps-incomplete").into());
        }
        if !consent {
            return Err(domain::Invalid::new("consent", "error-consent-required").into());
        }
        let call = db::calls::find_published(tx.conn, &c.call_id)?;
        let today = crate::clock::day_of(tx.now);
        Ok(db::candidates::submit(
            tx,
            &domain::permission::Scope::OwnAccount,
            &who2.actor.user_id,
            id.as_str(),
            &call,
            domain::candidate::CONSENT_VERSION,
            today,
        )?)
    })
    .await
}
