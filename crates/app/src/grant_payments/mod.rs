//! Grants after the award (issue 15 item 5): the agreement with its tranche plan
//! (`agreement`), the grantee's milestone reports and their review (`reports`), the
//! disbursements and the cancellation (`disbursements`), and the balance of a call's fund
//! (`balance`). Staff act with `ManageGrants` (the coordinator, the programme's NGO
//! staff), the grantee with `ApplyForGrants` on their own grant only; a grant out of reach
//! is a missing one. Each write locks the grant, checks its state and writes in one
//! transaction.

pub mod agreement;
pub mod balance;
pub mod disbursements;
pub mod reports;

use std::collections::HashMap;

use chrono::NaiveDate;
use db::DbConn;
use db::grants::Reach;
use db::grants::payments::disbursements::DisbursementRow;
use db::grants::payments::listing::Grant;
use db::grants::payments::reports::ReportRow;
use db::grants::payments::{ChangeRow, TrancheRow};
use domain::Permission;
use domain::grant::GrantState;
use domain::grant::payment::{Milestone, ReportStatus, may_report, released};

use crate::{Acting, AppResult, Error};

/// A tranche with what was paid on it and whether its milestone released it.
#[derive(Debug, Clone)]
pub struct TrancheState {
    pub row: TrancheRow,
    pub paid_cents: i64,
    pub released: bool,
}

impl TrancheState {
    pub fn paid(&self) -> bool {
        self.paid_cents >= self.row.amount_cents
    }

    /// What is left to pay on it.
    pub fn remaining(&self) -> i64 {
        (self.row.amount_cents - self.paid_cents).max(0)
    }
}

/// A milestone the grantee reports on, when it is due and where its reports stand.
#[derive(Debug, Clone)]
pub struct MilestoneState {
    pub milestone: Milestone,
    /// The earliest due date of the tranches it releases.
    pub due_on: NaiveDate,
    pub accepted: bool,
    /// A report waits for review.
    pub waiting: bool,
    /// The grantee may file a report now.
    pub may_report: bool,
}

/// A grant with its plan, reports, payments and reasons.
#[derive(Debug, Clone)]
pub struct GrantView {
    pub grant: Grant,
    pub tranches: Vec<TrancheState>,
    pub milestones: Vec<MilestoneState>,
    pub reports: Vec<ReportRow>,
    pub disbursements: Vec<DisbursementRow>,
    pub changes: Vec<ChangeRow>,
    pub paid_cents: i64,
}

impl GrantView {
    /// The first tranche not paid in full, by due date.
    pub fn next_due(&self) -> Option<&TrancheState> {
        self.tranches.iter().find(|t| !t.paid())
    }

    /// Released tranches with something left to pay.
    pub fn payable(&self) -> impl Iterator<Item = &TrancheState> {
        self.tranches.iter().filter(|t| t.released && !t.paid())
    }

    /// Whether every tranche is paid and the final report accepted: the grant is done.
    pub fn complete(&self) -> bool {
        !self.tranches.is_empty()
            && self.tranches.iter().all(TrancheState::paid)
            && self
                .milestones
                .iter()
                .any(|m| m.milestone == Milestone::Final && m.accepted)
    }

    /// Tranches on which something was paid: a new plan keeps them as they are.
    pub fn locked(&self) -> impl Iterator<Item = &TrancheState> {
        self.tranches.iter().filter(|t| t.paid_cents > 0)
    }
}

/// Reads everything about a grant found in reach (storage only, so the task registry and
/// the timeline read it too).
pub(crate) fn load(conn: &mut DbConn, grant: Grant) -> db::DbResult<GrantView> {
    use db::grants::payments as pay;
    let id = [grant.award.application_id.clone()];
    let parts = Parts {
        tranches: pay::tranches_of_grants(conn, &id)?,
        reports: pay::reports::of_grants(conn, &id)?,
        disbursements: pay::disbursements::of_grants(conn, &id)?,
        changes: pay::changes_of_grants(conn, &id)?,
    };
    Ok(assemble(grant, parts))
}

/// [`load`] for many grants at once: four statements however many grants (the home
/// page's tasks read every grant in reach).
pub(crate) fn load_many(conn: &mut DbConn, grants: Vec<Grant>) -> db::DbResult<Vec<GrantView>> {
    use db::grants::payments as pay;
    let ids: Vec<String> = grants
        .iter()
        .map(|g| g.award.application_id.clone())
        .collect();
    let mut tranches = by_grant(pay::tranches_of_grants(conn, &ids)?, |t| &t.application_id);
    let mut reports = by_grant(pay::reports::of_grants(conn, &ids)?, |r| &r.application_id);
    let mut paid = by_grant(pay::disbursements::of_grants(conn, &ids)?, |d| {
        &d.application_id
    });
    let mut changes = by_grant(pay::changes_of_grants(conn, &ids)?, |c| &c.application_id);
    Ok(grants
        .into_iter()
        .map(|grant| {
            let id = &grant.award.application_id;
            let parts = Parts {
                tranches: tranches.remove(id).unwrap_or_default(),
                reports: reports.remove(id).unwrap_or_default(),
                disbursements: paid.remove(id).unwrap_or_default(),
                changes: changes.remove(id).unwrap_or_default(),
            };
            assemble(grant, parts)
        })
        .collect())
}

/// Rows of several grants, each grant's in the order read.
fn by_grant<T>(rows: Vec<T>, grant: impl Fn(&T) -> &String) -> HashMap<String, Vec<T>> {
    let mut out: HashMap<String, Vec<T>> = HashMap::new();
    for row in rows {
        out.entry(grant(&row).clone()).or_default().push(row);
    }
    out
}

/// What storage holds about one grant beside its award.
struct Parts {
    tranches: Vec<TrancheRow>,
    reports: Vec<ReportRow>,
    disbursements: Vec<DisbursementRow>,
    changes: Vec<ChangeRow>,
}

fn assemble(grant: Grant, parts: Parts) -> GrantView {
    let Parts {
        tranches: rows,
        reports,
        disbursements,
        changes,
    } = parts;
    let accepted: Vec<Milestone> = reports
        .iter()
        .filter(|r| r.status == ReportStatus::Accepted)
        .map(|r| r.milestone)
        .collect();
    let signed = grant.award.agreed_on.is_some();
    let tranches: Vec<TrancheState> = rows
        .into_iter()
        .map(|row| TrancheState {
            paid_cents: disbursements
                .iter()
                .filter(|d| d.tranche_id == row.id)
                .map(|d| d.amount_cents)
                .sum(),
            released: released(row.milestone, signed, &accepted),
            row,
        })
        .collect();
    let agreed = grant.award.state == GrantState::Agreed;
    let milestones = Milestone::REPORTED
        .into_iter()
        .filter_map(|m| {
            let due_on = tranches
                .iter()
                .filter(|t| t.row.milestone == m)
                .map(|t| t.row.due_on)
                .min()?;
            let filed: Vec<ReportStatus> = reports
                .iter()
                .filter(|r| r.milestone == m)
                .map(|r| r.status)
                .collect();
            Some(MilestoneState {
                milestone: m,
                due_on,
                accepted: filed.contains(&ReportStatus::Accepted),
                waiting: filed.contains(&ReportStatus::Submitted),
                may_report: agreed && may_report(m, &filed),
            })
        })
        .collect();
    let paid_cents = tranches.iter().map(|t| t.paid_cents).sum();
    GrantView {
        disbursements,
        changes,
        grant,
        tranches,
        milestones,
        reports,
        paid_cents,
    }
}

/// The reach of a person acting with `permission`.
pub(crate) fn reach(conn: &mut DbConn, who: &Acting, permission: Permission) -> AppResult<Reach> {
    let scope = who.scope(permission)?;
    Ok(Reach::of(conn, &scope, &who.actor.user_id)?)
}

/// A grant as staff see it (`ManageGrants`).
pub async fn view(db: &db::Database, who: &Acting, application_id: &str) -> AppResult<GrantView> {
    view_as(db, who, Permission::ManageGrants, application_id).await
}

/// The grantee's own grant (`ApplyForGrants`, own reach).
pub async fn view_own(
    db: &db::Database,
    who: &Acting,
    application_id: &str,
) -> AppResult<GrantView> {
    view_as(db, who, Permission::ApplyForGrants, application_id).await
}

async fn view_as(
    db: &db::Database,
    who: &Acting,
    permission: Permission,
    application_id: &str,
) -> AppResult<GrantView> {
    let who = who.clone();
    let id = application_id.to_owned();
    db.read_as(move |conn| -> AppResult<GrantView> {
        let reach = reach(conn, &who, permission)?;
        let grant = db::grants::payments::listing::find(conn, &reach, &id)?;
        Ok(load(conn, grant)?)
    })
    .await
}

/// The grants a person may see, of one call or all: staff (`ManageGrants`) those of their
/// programmes, a participant (`ApplyForGrants`) their own.
pub async fn list(
    db: &db::Database,
    who: &Acting,
    call_id: Option<String>,
) -> AppResult<Vec<GrantView>> {
    let permission = if who.actor.can(Permission::ManageGrants) {
        Permission::ManageGrants
    } else if who.actor.can(Permission::ApplyForGrants) {
        Permission::ApplyForGrants
    } else {
        return Err(Error::Forbidden);
    };
    let who = who.clone();
    db.read_as(move |conn| -> AppResult<Vec<GrantView>> {
        let reach = reach(conn, &who, permission)?;
        db::grants::payments::listing::list(conn, &reach, call_id.as_deref())?
            .into_iter()
            .map(|g| Ok(load(conn, g)?))
            .collect()
    })
    .await
}

/// Finds the grant within the reach of `permission` inside a write, locked.
pub(crate) fn locked(
    tx: &mut db::Tx<'_>,
    who: &Acting,
    permission: Permission,
    application_id: &str,
) -> AppResult<GrantView> {
    let reach = reach(tx.conn, who, permission)?;
    let grant = db::grants::payments::listing::find(tx.conn, &reach, application_id)?;
    db::grants::payments::lock(tx, application_id)?;
    Ok(load(tx.conn, grant)?)
}

/// "Today" as the programme counts it (Europe/Rome).
pub(crate) fn today(clock: &dyn crate::Clock) -> NaiveDate {
    domain::deadline::rome_today(clock.now().and_utc())
}
