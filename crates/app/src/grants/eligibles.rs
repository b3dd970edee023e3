//! A call's list of the people who may apply: everyone who completed a traineeship of the
//! programme, added in one action (basis `completed`), people the programme recovers,
//! each with the reason (basis `recovered`), and the removal of someone who has not
//! applied. Managed by whoever manages calls (the coordinator).

use domain::grant::{Basis, Status};
use domain::{Conflict, Invalid, Permission, bounds};

use super::reach;
use crate::{Acting, AppResult, Clock, Error};

/// A person on the list, with their name and where their application stands.
#[derive(Debug, Clone)]
pub struct ListedPerson {
    pub listed: db::grants::eligibles::Listed,
    pub status: Option<Status>,
}

/// The list of the call `id` (in reach of whoever manages calls).
pub async fn eligibles(
    db: &db::Database,
    who: &Acting,
    id: &str,
) -> AppResult<(db::grants::calls::Call, Vec<ListedPerson>)> {
    let (who, id) = (who.clone(), id.to_owned());
    db.read_as(move |c| -> AppResult<_> {
        let r = reach(c, &who, Permission::ManageGrantCalls)?;
        let call = db::grants::calls::find(c, &r, &id)?;
        let applied = db::grants::people::applied(c, &id)?;
        let people = db::grants::eligibles::list(c, &id)?
            .into_iter()
            .map(|listed| ListedPerson {
                status: applied.get(&listed.eligible.candidate_id).copied(),
                listed,
            })
            .collect();
        Ok((call, people))
    })
    .await
}

/// Puts everyone who completed a traineeship of the call's programme on its list; returns
/// how many were added (those already on it stay as they are).
pub async fn add_completed(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
) -> AppResult<usize> {
    let (who2, id) = (who.clone(), id.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let r = reach(tx.conn, &who2, Permission::ManageGrantCalls)?;
        let call = db::grants::calls::find(tx.conn, &r, &id)?;
        let mut added = 0;
        for (candidate, country) in db::grants::people::completed(tx.conn, &call.row.programme_id)?
        {
            if db::grants::eligibles::add(
                tx,
                &call.row.id,
                &candidate,
                Basis::Completed,
                "",
                country,
                &who2.actor.user_id,
            )? {
                added += 1;
            }
        }
        Ok(added)
    })
    .await
}

/// Puts a person of the call's programme on its list as recovered, named by their id, a
/// case's `MC-` reference or their full name; the reason is required.
pub async fn add_recovered(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    person: &str,
    reason: &str,
) -> AppResult<()> {
    let mut c = domain::Checks::default();
    let person = c.check(bounds::text("person", person, bounds::MAX_NAME));
    let reason = c.check(bounds::text("reason", reason, bounds::MAX_DESCRIPTION));
    if person.as_deref().is_some_and(str::is_empty) {
        c.refuse(Invalid::new("person", "error-required"));
    }
    if reason.as_deref().is_some_and(str::is_empty) {
        c.refuse(Invalid::new("reason", "grant-error-reason-required"));
    }
    c.done()?;
    let (Some(person), Some(reason)) = (person, reason) else {
        return Err(Error::Invalid(Invalid::new("person", "error-required")));
    };
    let (who2, id) = (who.clone(), id.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let r = reach(tx.conn, &who2, Permission::ManageGrantCalls)?;
        let call = db::grants::calls::find(tx.conn, &r, &id)?;
        let found = db::grants::people::named(tx.conn, &call.row.programme_id, &person)?;
        let [(candidate, country)] = found.as_slice() else {
            let key = if found.is_empty() {
                "grant-error-person-unknown"
            } else {
                "grant-error-person-ambiguous"
            };
            return Err(Error::Invalid(Invalid::new("person", key)));
        };
        let added = db::grants::eligibles::add(
            tx,
            &call.row.id,
            candidate,
            Basis::Recovered,
            &reason,
            *country,
            &who2.actor.user_id,
        )?;
        if !added {
            return Err(Error::Invalid(Invalid::new(
                "person",
                "grant-error-person-listed",
            )));
        }
        Ok(())
    })
    .await
}

/// Takes someone off the list, unless they applied (even a draft: it is their work).
pub async fn remove(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    candidate_id: &str,
) -> AppResult<()> {
    let (who2, id, candidate) = (who.clone(), id.to_owned(), candidate_id.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let r = reach(tx.conn, &who2, Permission::ManageGrantCalls)?;
        let call = db::grants::calls::find(tx.conn, &r, &id)?;
        if db::grants::applications::of_candidate(tx.conn, &call.row.id, &candidate)?.is_some() {
            return Err(Error::Conflict(Conflict::GrantEligibleApplied));
        }
        if !db::grants::eligibles::remove(tx, &call.row.id, &candidate)? {
            return Err(Error::NotFound);
        }
        Ok(())
    })
    .await
}
