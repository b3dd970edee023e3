//! The applicant's side: the calls whose list they are on with where their application
//! stands, their application (created by the first save, replaced whole by each save while
//! a draft), submitting it while the call accepts and it is complete, withdrawing it
//! before the award. Reach: their own candidate records (`Reach::Own`).

use chrono::NaiveDate;
use db::grants::Reach;
use db::grants::applications::{ApplicationRow, BudgetLine, Draft};
use db::grants::calls::{Call, CallRow};
use domain::grant::Status;
use domain::grant::application::{Category, Line, Proposal, ProposalFields};
use domain::{Conflict, Invalid, Permission};

use super::{reach, today};
use crate::{Acting, AppResult, Clock, Error};

/// A call on the applicant's list, with their application's status.
#[derive(Debug, Clone)]
pub struct OwnCall {
    pub call: CallRow,
    pub status: Option<Status>,
    pub accepts: bool,
}

/// The calls the person is on the list of.
pub async fn mine(db: &db::Database, clock: &dyn Clock, who: &Acting) -> AppResult<Vec<OwnCall>> {
    let (who, today) = (who.clone(), today(clock));
    db.read_as(move |c| -> AppResult<_> {
        let r = reach(c, &who, Permission::ApplyForGrants)?;
        let mut out = Vec::new();
        for call in db::grants::calls::list(c, &r)? {
            let status = match own_candidate(c, &r, &call.id)? {
                Some(candidate) => db::grants::applications::of_candidate(c, &call.id, &candidate)?
                    .map(|a| a.status),
                None => None,
            };
            out.push(OwnCall {
                accepts: call.accepts_on(today),
                call,
                status,
            });
        }
        Ok(out)
    })
    .await
}

/// Which of the person's candidate records stands on the call's list.
pub(super) fn own_candidate(
    c: &mut db::DbConn,
    r: &Reach,
    call_id: &str,
) -> AppResult<Option<String>> {
    for id in r.own().unwrap_or_default() {
        if db::grants::eligibles::find(c, call_id, id)?.is_some() {
            return Ok(Some(id.clone()));
        }
    }
    Ok(None)
}

/// The applicant's view of one call and their application to it.
#[derive(Debug, Clone)]
pub struct OwnApplication {
    pub call: Call,
    pub application: Option<ApplicationRow>,
    pub lines: Vec<BudgetLine>,
    pub accepts: bool,
    pub today: NaiveDate,
}

/// The call `call_id` (if the person is on its list) with their application.
pub async fn own(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    call_id: &str,
) -> AppResult<OwnApplication> {
    let (who, id, today) = (who.clone(), call_id.to_owned(), today(clock));
    db.read_as(move |c| -> AppResult<_> {
        let r = reach(c, &who, Permission::ApplyForGrants)?;
        let call = db::grants::calls::find(c, &r, &id)?;
        let candidate = own_candidate(c, &r, &id)?.ok_or(Error::NotFound)?;
        let application = db::grants::applications::of_candidate(c, &id, &candidate)?;
        let lines = match &application {
            Some(a) => db::grants::applications::lines(c, &a.id)?,
            None => Vec::new(),
        };
        Ok(OwnApplication {
            accepts: call.row.accepts_on(today),
            call,
            application,
            lines,
            today,
        })
    })
    .await
}

fn draft_of(p: &Proposal, lang: &str) -> Draft {
    Draft {
        project_type: p.project_type,
        origin: p.origin,
        title: p.title.clone(),
        summary: p.summary.clone(),
        requested_cents: p.requested_cents(),
        lang: lang.to_owned(),
        lines: p
            .lines
            .iter()
            .map(|l| {
                (
                    l.category.as_str().to_owned(),
                    l.label.clone(),
                    l.amount_cents,
                )
            })
            .collect(),
    }
}

/// Saves the person's draft to the call `call_id` (creating it on the first save) in the
/// language `lang` it is written in; returns the application's id. Refused once submitted
/// (`Conflict`), and while the call does not accept submissions.
pub async fn save(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    call_id: &str,
    fields: ProposalFields,
    lang: &str,
) -> AppResult<String> {
    let (who2, id, today, lang) = (
        who.clone(),
        call_id.to_owned(),
        today(clock),
        lang.to_owned(),
    );
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let r = reach(tx.conn, &who2, Permission::ApplyForGrants)?;
        let call = db::grants::calls::find(tx.conn, &r, &id)?;
        let candidate = own_candidate(tx.conn, &r, &id)?.ok_or(Error::NotFound)?;
        let proposal = fields.parse(&call.terms())?;
        let draft = draft_of(&proposal, &lang);
        match db::grants::applications::of_candidate(tx.conn, &id, &candidate)? {
            Some(a) if a.status != Status::Draft => Err(Error::Conflict(Conflict::ApplicationSent)),
            _ if !call.row.accepts_on(today) => Err(Error::Conflict(Conflict::GrantCallClosed)),
            Some(a) => {
                db::grants::applications::save(tx, &a.id, &draft)?;
                Ok(a.id)
            }
            None => Ok(db::grants::applications::create(
                tx, &id, &candidate, &draft,
            )?),
        }
    })
    .await
}

/// The stored draft back as a proposal (a category the code no longer knows is an error of
/// the data, never read as another).
fn proposal_of(a: &ApplicationRow, lines: &[BudgetLine]) -> AppResult<Proposal> {
    let lines = lines
        .iter()
        .map(|l| {
            Ok(Line {
                category: Category::parse(&l.category).ok_or(Error::Invalid(Invalid::new(
                    "lines",
                    "grant-error-no-lines",
                )))?,
                label: l.label.clone(),
                amount_cents: l.amount_cents,
            })
        })
        .collect::<AppResult<Vec<_>>>()?;
    Ok(Proposal {
        project_type: a.project_type,
        origin: a.origin,
        title: a.title.clone(),
        summary: a.summary.clone(),
        lines,
    })
}

/// Submits the person's draft to the call `call_id`: the call must accept submissions
/// today and the draft be complete and within the call's bounds (every reason at once).
pub async fn submit(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    call_id: &str,
) -> AppResult<ApplicationRow> {
    let (who2, id, today) = (who.clone(), call_id.to_owned(), today(clock));
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let r = reach(tx.conn, &who2, Permission::ApplyForGrants)?;
        let call = db::grants::calls::find(tx.conn, &r, &id)?;
        let candidate = own_candidate(tx.conn, &r, &id)?.ok_or(Error::NotFound)?;
        let a = db::grants::applications::of_candidate(tx.conn, &id, &candidate)?
            .ok_or(Error::NotFound)?;
        if a.status != Status::Draft {
            return Err(Error::Conflict(Conflict::ApplicationSent));
        }
        if !call.row.accepts_on(today) {
            return Err(Error::Conflict(Conflict::GrantCallClosed));
        }
        let lines = db::grants::applications::lines(tx.conn, &a.id)?;
        proposal_of(&a, &lines)?.complete(&call.terms())?;
        db::grants::applications::set_status(tx, &a.id, Status::Draft, Status::Submitted)?;
        Ok(db::grants::applications::find(tx.conn, &r, &a.id)?)
    })
    .await
}

/// Withdraws the person's application to the call `call_id`, before the award.
pub async fn withdraw(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    call_id: &str,
) -> AppResult<()> {
    let (who2, id) = (who.clone(), call_id.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let r = reach(tx.conn, &who2, Permission::ApplyForGrants)?;
        db::grants::calls::find(tx.conn, &r, &id)?;
        let candidate = own_candidate(tx.conn, &r, &id)?.ok_or(Error::NotFound)?;
        let a = db::grants::applications::of_candidate(tx.conn, &id, &candidate)?
            .ok_or(Error::NotFound)?;
        if !a.status.can_move_to(Status::Withdrawn) {
            return Err(Error::Conflict(Conflict::GrantApplicationMoved));
        }
        Ok(db::grants::applications::set_status(
            tx,
            &a.id,
            a.status,
            Status::Withdrawn,
        )?)
    })
    .await
}

/// The API's create-or-replace of the person's draft: [`save`], then the application as
/// stored.
pub async fn apply_api(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    call_id: &str,
    fields: ProposalFields,
    lang: &str,
) -> AppResult<OwnApplication> {
    save(db, clock, who, call_id, fields, lang).await?;
    own(db, clock, who, call_id).await
}
