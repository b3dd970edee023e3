//! Applying to an open call: as a signed-in person, or signing up and applying in one
//! step. Whether the call is open is checked at the clock's date inside the transaction
//! that creates the application.

use db::Tx;
use db::calls::Call;
use domain::ids::{CallId, CandidateId};
use domain::{Conflict, Email, Locale, Role};

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

fn open_in(tx: &mut Tx<'_>, call: &CallId) -> AppResult<Call> {
    let today = tx.now.date();
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

/// A new applicant's account, its password already hashed.
#[derive(Debug, Clone)]
pub struct NewApplicant {
    pub email: Email,
    pub display_name: String,
    pub password_hash: String,
    pub locale: Locale,
}

/// Opens an account (a participant of the call's lead partner), its first session and its
/// application to an open call, all or nothing. Returns the application and the session.
pub async fn sign_up(
    db: &db::Database,
    clock: &dyn Clock,
    origin: db::Origin,
    call: &CallId,
    who: NewApplicant,
) -> AppResult<(CandidateId, String)> {
    let call = call.clone();
    db.write_at(origin, clock.now(), move |tx| {
        let call = open_in(tx, &call)?;
        let lead = db::calls::lead_partner_of(tx.conn, &call.programme_id)?
            .ok_or(Error::Conflict(Conflict::NoLeadPartner))?;
        let user_id = db::users::create(
            tx,
            &who.email,
            &who.display_name,
            &who.password_hash,
            Some(who.locale),
        )?;
        db::memberships::add(tx, &user_id, &lead, Role::Participant)?;
        let id = db::candidates::create_draft(tx, &call, &user_id, who.email.as_str())?;
        let token = db::sessions::create(tx, &user_id)?;
        Ok((CandidateId::new(id), token))
    })
    .await
}
