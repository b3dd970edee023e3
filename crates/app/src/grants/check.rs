//! The eligibility and cost check (coordinator or NGO staff, `CheckGrantApplications`):
//! a call's submitted applications, one application with its lines, and the check itself:
//! a verdict per budget line, eligible or ineligible with a note shown to the applicant
//! (required when ineligible), the eligible total within the call's bounds for an eligible
//! one (`domain::grant::application::check`). It may be corrected until the panel scored
//! the application; the applicant is told by e-mail each time, in their language.

use db::grants::applications::{ApplicationRow, BudgetLine, Listed};
use db::grants::calls::Call;
use domain::grant::Status;
use domain::{Conflict, Country, Permission};

use super::{mail, reach};
use crate::{Acting, AppResult, Clock, Error};

/// A call's applications for the checkers (drafts left out: they are the applicant's).
pub async fn applications(
    db: &db::Database,
    who: &Acting,
    call_id: &str,
) -> AppResult<(Call, Vec<Listed>)> {
    let (who, id) = (who.clone(), call_id.to_owned());
    db.read_as(move |c| -> AppResult<_> {
        let r = reach(c, &who, Permission::CheckGrantApplications)?;
        let call = db::grants::calls::find(c, &r, &id)?;
        let list = db::grants::applications::list(c, &r, &id, false)?;
        Ok((call, list))
    })
    .await
}

/// One application as the checkers see it.
#[derive(Debug, Clone)]
pub struct ApplicationView {
    pub application: ApplicationRow,
    pub lines: Vec<BudgetLine>,
    pub call: Call,
    pub name: String,
    pub country: Option<Country>,
    /// Whether the check may be recorded (or corrected) now.
    pub checkable: bool,
}

/// The application `id` for the checkers; a draft is nobody's but the applicant's.
pub async fn find(db: &db::Database, who: &Acting, id: &str) -> AppResult<ApplicationView> {
    let (who, id) = (who.clone(), id.to_owned());
    db.read_as(move |c| -> AppResult<_> {
        let r = reach(c, &who, Permission::CheckGrantApplications)?;
        let application = db::grants::applications::find(c, &r, &id)?;
        if application.status == Status::Draft {
            return Err(Error::NotFound);
        }
        let call = db::grants::calls::find(c, &r, &application.call_id)?;
        let lines = db::grants::applications::lines(c, &id)?;
        let person = db::candidates::find(
            c,
            &domain::permission::Scope::All,
            "",
            &application.candidate_id,
        )?;
        let country = db::grants::eligibles::find(c, &call.row.id, &application.candidate_id)?
            .map(|e| e.country);
        Ok(ApplicationView {
            checkable: checkable(application.status),
            application,
            lines,
            call,
            name: format!("{} {}", person.given_names, person.family_name),
            country,
        })
    })
    .await
}

fn checkable(s: Status) -> bool {
    matches!(s, Status::Submitted | Status::Eligible | Status::Ineligible)
}

/// Records the check of the application `id`: `verdicts` per line in order, `eligible` or
/// not, and the note the applicant reads. Returns the new status.
pub async fn check(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    verdicts: Vec<bool>,
    eligible: bool,
    note: &str,
) -> AppResult<Status> {
    let (who2, id, note) = (who.clone(), id.to_owned(), note.to_owned());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let r = reach(tx.conn, &who2, Permission::CheckGrantApplications)?;
        let a = db::grants::applications::find(tx.conn, &r, &id)?;
        if a.status == Status::Draft {
            return Err(Error::NotFound);
        }
        if !checkable(a.status) {
            return Err(Error::Conflict(Conflict::GrantApplicationMoved));
        }
        let call = db::grants::calls::find(tx.conn, &r, &a.call_id)?;
        let lines = db::grants::applications::lines(tx.conn, &a.id)?;
        let amounts: Vec<i64> = lines.iter().map(|l| l.amount_cents).collect();
        domain::grant::application::check(&amounts, &verdicts, eligible, &note, &call.terms())?;
        let to = if eligible {
            Status::Eligible
        } else {
            Status::Ineligible
        };
        let positions: Vec<(i64, bool)> = lines.iter().map(|l| l.position).zip(verdicts).collect();
        db::grants::applications::record_check(
            tx,
            &a.id,
            &positions,
            note.trim(),
            &who2.actor.user_id,
        )?;
        if a.status != to {
            db::grants::applications::set_status(tx, &a.id, a.status, to)?;
        }
        mail::enqueue_checked(tx, &a, &call.row.title, to, note.trim())?;
        Ok(to)
    })
    .await
}

/// A call's applications as the API answers them, with their lines: staff in reach the
/// submitted ones (drafts are the applicant's alone), a participant only their own (a
/// draft included).
pub async fn visible(
    db: &db::Database,
    who: &Acting,
    call_id: &str,
) -> AppResult<Vec<(Listed, Vec<BudgetLine>)>> {
    let (who, id) = (who.clone(), call_id.to_owned());
    db.read_as(move |c| -> AppResult<_> {
        let r = reach(c, &who, Permission::ViewGrantCalls)?;
        let call = db::grants::calls::find(c, &r, &id)?;
        let own = r.own().is_some();
        let mut out = Vec::new();
        for l in db::grants::applications::list(c, &r, &call.row.id, own)? {
            let lines = db::grants::applications::lines(c, &l.application.id)?;
            out.push((l, lines));
        }
        Ok(out)
    })
    .await
}
