//! Applications to a call and their budget lines. The applicant writes a draft (saved as
//! they go, replaced whole with its lines), submits it, may withdraw it; the check and the
//! panel move it on (`domain::grant::Status`). Every change of status goes through
//! [`set_status`], which moves only from the status the caller read.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::Country;
use domain::conflict::Conflict;
use domain::grant::{ProjectOrigin, ProjectType, Status};

use super::{MAX_LIST, Reach};
use crate::schema::{
    candidates as c, grant_applications as ga, grant_budget_lines as bl, grant_calls as gc,
    grant_eligibles as ge,
};
use crate::{DbConn, DbError, DbResult, Tx};

/// An application as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = ga)]
pub struct ApplicationRow {
    pub id: String,
    pub call_id: String,
    pub candidate_id: String,
    pub reference: String,
    #[diesel(deserialize_as = String)]
    pub status: Status,
    #[diesel(deserialize_as = String)]
    pub project_type: ProjectType,
    #[diesel(deserialize_as = String)]
    pub origin: ProjectOrigin,
    pub title: String,
    pub summary: String,
    pub requested_cents: i64,
    pub lang: String,
    pub check_note: String,
    pub checked_by: Option<String>,
    pub checked_at: Option<NaiveDateTime>,
    pub submitted_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// One line of a budget.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct BudgetLine {
    pub position: i64,
    /// A word of the call's cost categories (`equipment`, `training`, …; kept as typed).
    pub category: String,
    pub label: String,
    pub amount_cents: i64,
    /// The cost check's verdict; `None` until checked.
    pub eligible: Option<bool>,
}

/// What the applicant writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub project_type: ProjectType,
    pub origin: ProjectOrigin,
    pub title: String,
    pub summary: String,
    pub requested_cents: i64,
    /// The language it is written in (`it`, `fr`, `ar`, `en`).
    pub lang: String,
    /// (category, label, amount in cents), in order.
    pub lines: Vec<(String, String, i64)>,
}

/// An application in a list, with the applicant's name and country (from the eligibility
/// list).
#[derive(Debug, Clone)]
pub struct Listed {
    pub application: ApplicationRow,
    pub family_name: String,
    pub given_names: String,
    pub country: Country,
}

/// Starts an application (status draft) for a person on the call's list (checked by the
/// caller). `Conflict` when they already have one for this call. Audited
/// `grant_application.create`.
pub fn create(
    tx: &mut Tx<'_>,
    call_id: &str,
    candidate_id: &str,
    draft: &Draft,
) -> DbResult<String> {
    let id = crate::id::new_id();
    let exists: i64 = ga::table
        .filter(ga::call_id.eq(call_id))
        .filter(ga::candidate_id.eq(candidate_id))
        .count()
        .get_result(tx.conn)?;
    if exists > 0 {
        return Err(DbError::Conflict(Conflict::AlreadyApplied));
    }
    diesel::insert_into(ga::table)
        .values((
            ga::id.eq(&id),
            ga::call_id.eq(call_id),
            ga::candidate_id.eq(candidate_id),
            ga::reference.eq(super::reference_of(&id)),
            ga::status.eq(Status::Draft.as_str()),
            ga::project_type.eq(draft.project_type.as_str()),
            ga::origin.eq(draft.origin.as_str()),
            ga::title.eq(&draft.title),
            ga::summary.eq(&draft.summary),
            ga::requested_cents.eq(draft.requested_cents),
            ga::lang.eq(&draft.lang),
            ga::check_note.eq(""),
            ga::created_at.eq(tx.now),
            ga::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    write_lines(tx, &id, &draft.lines)?;
    tx.audit("grant_application.create", "grant_application", &id)?;
    Ok(id)
}

/// Replaces a draft's text and lines. `Conflict` when it is no longer a draft. Audited
/// `grant_application.save`.
pub fn save(tx: &mut Tx<'_>, id: &str, draft: &Draft) -> DbResult<()> {
    let n = diesel::update(
        ga::table
            .filter(ga::id.eq(id))
            .filter(ga::status.eq(Status::Draft.as_str())),
    )
    .set((
        ga::project_type.eq(draft.project_type.as_str()),
        ga::origin.eq(draft.origin.as_str()),
        ga::title.eq(&draft.title),
        ga::summary.eq(&draft.summary),
        ga::requested_cents.eq(draft.requested_cents),
        ga::lang.eq(&draft.lang),
        ga::updated_at.eq(tx.now),
    ))
    .execute(tx.conn)?;
    if n == 0 {
        return Err(DbError::Conflict(Conflict::ApplicationSent));
    }
    diesel::delete(bl::table.filter(bl::application_id.eq(id))).execute(tx.conn)?;
    write_lines(tx, id, &draft.lines)?;
    tx.audit("grant_application.save", "grant_application", id)
}

fn write_lines(tx: &mut Tx<'_>, id: &str, lines: &[(String, String, i64)]) -> DbResult<()> {
    for (position, (category, label, amount)) in (0_i64..).zip(lines) {
        diesel::insert_into(bl::table)
            .values((
                bl::application_id.eq(id),
                bl::position.eq(position),
                bl::category.eq(category),
                bl::label.eq(label),
                bl::amount_cents.eq(amount),
                bl::eligible.eq(None::<bool>),
            ))
            .execute(tx.conn)?;
    }
    Ok(())
}

/// Moves an application from `from` to `to` (the workflow checked by the caller with
/// `Status::can_move_to`). `Conflict` when it is no longer at `from` (someone moved it
/// meanwhile). Submitting stamps `submitted_at`. Audited `grant_application.<to>`.
pub fn set_status(tx: &mut Tx<'_>, id: &str, from: Status, to: Status) -> DbResult<()> {
    let target = ga::table
        .filter(ga::id.eq(id))
        .filter(ga::status.eq(from.as_str()));
    let n = if to == Status::Submitted {
        diesel::update(target)
            .set((
                ga::status.eq(to.as_str()),
                ga::submitted_at.eq(Some(tx.now)),
                ga::updated_at.eq(tx.now),
            ))
            .execute(tx.conn)?
    } else {
        diesel::update(target)
            .set((ga::status.eq(to.as_str()), ga::updated_at.eq(tx.now)))
            .execute(tx.conn)?
    };
    if n == 0 {
        return Err(DbError::Conflict(Conflict::GrantApplicationMoved));
    }
    tx.audit(&format!("grant_application.{to}"), "grant_application", id)
}

/// Records the eligibility and cost check: the verdict on each line (by position), the
/// note shown to the applicant, who checked. The status moves apart ([`set_status`]).
/// Audited `grant_application.check`.
pub fn record_check(
    tx: &mut Tx<'_>,
    id: &str,
    lines: &[(i64, bool)],
    note: &str,
    by: &str,
) -> DbResult<()> {
    for (position, eligible) in lines {
        diesel::update(
            bl::table
                .filter(bl::application_id.eq(id))
                .filter(bl::position.eq(position)),
        )
        .set(bl::eligible.eq(Some(*eligible)))
        .execute(tx.conn)?;
    }
    let n = diesel::update(ga::table.filter(ga::id.eq(id)))
        .set((
            ga::check_note.eq(note),
            ga::checked_by.eq(Some(by)),
            ga::checked_at.eq(Some(tx.now)),
            ga::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    if n == 0 {
        return Err(DbError::NotFound);
    }
    tx.audit("grant_application.check", "grant_application", id)
}

/// One application within reach; `NotFound` outside it.
pub fn find(conn: &mut DbConn, reach: &Reach, id: &str) -> DbResult<ApplicationRow> {
    let mut q = ga::table
        .inner_join(gc::table)
        .filter(ga::id.eq(id))
        .select(ApplicationRow::as_select())
        .into_boxed();
    match reach {
        Reach::All => {}
        Reach::Programmes(ps) => q = q.filter(gc::programme_id.eq_any(ps)),
        Reach::Own(candidates) => q = q.filter(ga::candidate_id.eq_any(candidates)),
    }
    q.first(conn).optional()?.ok_or(DbError::NotFound)
}

/// A person's application to a call, if any (the caller checked the reach).
pub fn of_candidate(
    conn: &mut DbConn,
    call_id: &str,
    candidate_id: &str,
) -> DbResult<Option<ApplicationRow>> {
    Ok(ga::table
        .filter(ga::call_id.eq(call_id))
        .filter(ga::candidate_id.eq(candidate_id))
        .select(ApplicationRow::as_select())
        .first(conn)
        .optional()?)
}

/// An application's budget lines, in order.
pub fn lines(conn: &mut DbConn, id: &str) -> DbResult<Vec<BudgetLine>> {
    Ok(bl::table
        .filter(bl::application_id.eq(id))
        .order(bl::position)
        .select((
            bl::position,
            bl::category,
            bl::label,
            bl::amount_cents,
            bl::eligible,
        ))
        .load(conn)?)
}

/// A call's applications within reach (a participant: their own), with names and
/// countries, drafts left out unless `drafts` (a draft is the applicant's alone).
pub fn list(
    conn: &mut DbConn,
    reach: &Reach,
    call_id: &str,
    drafts: bool,
) -> DbResult<Vec<Listed>> {
    let mut q = ga::table
        .inner_join(c::table)
        .inner_join(gc::table)
        .inner_join(
            ge::table.on(ge::call_id
                .eq(ga::call_id)
                .and(ge::candidate_id.eq(ga::candidate_id))),
        )
        .filter(ga::call_id.eq(call_id))
        .order((ga::submitted_at, ga::reference))
        .limit(MAX_LIST)
        .select((
            ApplicationRow::as_select(),
            c::family_name,
            c::given_names,
            ge::country,
        ))
        .into_boxed();
    if !drafts {
        q = q.filter(ga::status.ne(Status::Draft.as_str()));
    }
    match reach {
        Reach::All => {}
        Reach::Programmes(ps) => q = q.filter(gc::programme_id.eq_any(ps)),
        Reach::Own(candidates) => q = q.filter(ga::candidate_id.eq_any(candidates)),
    }
    let rows: Vec<(ApplicationRow, String, String, String)> = q.load(conn)?;
    rows.into_iter()
        .map(|(application, family_name, given_names, country)| {
            Ok(Listed {
                application,
                family_name,
                given_names,
                country: crate::stored(country)?,
            })
        })
        .collect()
}
