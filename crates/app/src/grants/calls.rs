//! The call itself: listing the calls in reach, a call's page (its terms, counts and the
//! table of DOMAIN.md §6), publishing one, changing its terms while nobody has submitted,
//! and closing submissions early.

use std::collections::HashMap;

use chrono::NaiveDate;
use db::grants::calls::{Call, CallRow};
use domain::grant::Status;
use domain::grant::fields::TermsFields;
use domain::grant::table::{Table, table};
use domain::{Invalid, Permission};

use super::{reach, today};
use crate::{Acting, AppResult, Clock, Error};

/// The calls within the person's reach, the latest first.
pub async fn list(db: &db::Database, who: &Acting) -> AppResult<Vec<CallRow>> {
    let who = who.clone();
    db.read_as(move |c| -> AppResult<_> {
        let r = reach(c, &who, Permission::ViewGrantCalls)?;
        Ok(db::grants::calls::list(c, &r)?)
    })
    .await
}

/// The programmes a new call may be published in: (id, name).
pub async fn programmes(db: &db::Database, who: &Acting) -> AppResult<Vec<(String, String)>> {
    let scope = who.scope(Permission::ManageGrantCalls)?;
    let all = db.read(move |c| db::programmes::list(c, &scope)).await?;
    Ok(all.into_iter().map(|p| (p.id, p.name)).collect())
}

/// What a call's applications and list count.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub listed: i64,
    pub drafts: i64,
    pub submitted: i64,
    pub eligible: i64,
    pub ineligible: i64,
    pub scored: i64,
    pub awarded: i64,
    pub withdrawn: i64,
}

impl Counts {
    fn of(listed: i64, by: &HashMap<Status, i64>) -> Counts {
        let n = |s| by.get(&s).copied().unwrap_or(0);
        Counts {
            listed,
            drafts: n(Status::Draft),
            submitted: n(Status::Submitted),
            eligible: n(Status::Eligible),
            ineligible: n(Status::Ineligible),
            scored: n(Status::Scored),
            awarded: n(Status::Awarded),
            withdrawn: n(Status::Withdrawn),
        }
    }

    /// Whether someone has submitted (the terms are then fixed).
    pub fn any_submitted(&self) -> bool {
        self.submitted + self.eligible + self.ineligible + self.scored + self.awarded > 0
            || self.withdrawn > 0
    }
}

/// A call as its page shows it.
#[derive(Debug, Clone)]
pub struct CallView {
    pub call: Call,
    pub programme: String,
    /// Staff only: a participant sees the terms, not the others' figures.
    pub counts: Option<Counts>,
    pub table: Option<Table>,
    pub accepts: bool,
    pub closed: bool,
    pub today: NaiveDate,
}

/// The call `id`, if within reach. Counts and the table go to staff only.
pub async fn view(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
) -> AppResult<CallView> {
    let (who, id, today) = (who.clone(), id.to_owned(), today(clock));
    db.read_as(move |c| -> AppResult<_> {
        let r = reach(c, &who, Permission::ViewGrantCalls)?;
        let call = db::grants::calls::find(c, &r, &id)?;
        let programme =
            db::programmes::find(c, &domain::permission::Scope::All, &call.row.programme_id)?.name;
        let staff = r.own().is_none();
        let (counts, table) = if staff {
            let listed = db::grants::eligibles::list(c, &id)?.len();
            let by = db::grants::people::status_counts(c, &id)?;
            let people = db::grants::people::table_people(c, &id)?;
            (
                Some(Counts::of(i64::try_from(listed).unwrap_or(i64::MAX), &by)),
                Some(table(&people)),
            )
        } else {
            (None, None)
        };
        Ok(CallView {
            accepts: call.row.accepts_on(today),
            closed: call.row.closed_by(today),
            call,
            programme,
            counts,
            table,
            today,
        })
    })
    .await
}

/// Publishes a call in a programme within reach; returns its id.
pub async fn create(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    programme_id: &str,
    fields: TermsFields,
) -> AppResult<String> {
    let scope = who.scope(Permission::ManageGrantCalls)?;
    let terms = fields.parse(today(clock))?;
    let (by, programme_id) = (who.actor.user_id.clone(), programme_id.trim().to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        if programme_id.is_empty() {
            return Err(Error::Invalid(Invalid::new(
                "programme_id",
                "error-required",
            )));
        }
        let p = crate::reach::programme(tx.conn, &scope, "programme_id", &programme_id)?;
        Ok(db::grants::calls::create(tx, &p.id, &terms, &by)?)
    })
    .await
}

/// Changes a call's terms, as long as nobody has submitted an application to it.
pub async fn update(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    fields: TermsFields,
) -> AppResult<()> {
    let terms = fields.parse(today(clock))?;
    let (who2, id) = (who.clone(), id.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let r = reach(tx.conn, &who2, Permission::ManageGrantCalls)?;
        let call = db::grants::calls::find(tx.conn, &r, &id)?;
        let by = db::grants::people::status_counts(tx.conn, &call.row.id)?;
        if Counts::of(0, &by).any_submitted() {
            return Err(Error::Conflict(domain::Conflict::GrantCallInUse));
        }
        Ok(db::grants::calls::update(tx, &call.row.id, &terms)?)
    })
    .await
}

/// Closes submissions today. `Conflict` when already closed.
pub async fn close(db: &db::Database, clock: &dyn Clock, who: &Acting, id: &str) -> AppResult<()> {
    let (who2, id, today) = (who.clone(), id.to_owned(), today(clock));
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let r = reach(tx.conn, &who2, Permission::ManageGrantCalls)?;
        let call = db::grants::calls::find(tx.conn, &r, &id)?;
        if call.row.closed_by(today) || !db::grants::calls::close(tx, &call.row.id, today)? {
            return Err(Error::Conflict(domain::Conflict::GrantCallClosed));
        }
        Ok(())
    })
    .await
}
