//! What a panellist declared and scored on one application: first the declaration (no
//! conflict of interest, or a conflict — final), then, without a conflict, the marks per
//! criterion and a comment, saved as a draft and submitted once; a submitted score does
//! not change.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::conflict::Conflict;

use crate::grants::MAX_LIST;
use crate::schema::{grant_marks as gm, grant_reviews as rv};
use crate::{DbConn, DbError, DbResult, Tx};

/// A declaration and score as stored.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = rv)]
pub struct ReviewRow {
    pub application_id: String,
    pub user_id: String,
    pub call_id: String,
    pub conflict: bool,
    pub declared_at: NaiveDateTime,
    pub comment: String,
    pub submitted_at: Option<NaiveDateTime>,
    pub updated_at: NaiveDateTime,
}

/// A review with its marks, one per criterion position (`None` where the draft has none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub row: ReviewRow,
    pub marks: Vec<Option<i64>>,
}

impl Review {
    pub fn submitted(&self) -> bool {
        self.row.submitted_at.is_some()
    }

    /// The marks when every criterion has one.
    pub fn complete(&self) -> Option<Vec<i64>> {
        self.marks.iter().copied().collect()
    }
}

/// Records a panellist's declaration on an application. `Conflict` when they declared
/// already (a declaration is final). Audited `grant_review.no_conflict` or
/// `grant_review.conflict` against the application.
pub fn declare(
    tx: &mut Tx<'_>,
    call_id: &str,
    application_id: &str,
    user_id: &str,
    conflict: bool,
) -> DbResult<()> {
    if find_row(tx.conn, application_id, user_id)?.is_some() {
        return Err(DbError::Conflict(Conflict::AlreadyDeclared));
    }
    diesel::insert_into(rv::table)
        .values((
            rv::application_id.eq(application_id),
            rv::user_id.eq(user_id),
            rv::call_id.eq(call_id),
            rv::conflict.eq(conflict),
            rv::declared_at.eq(tx.now),
            rv::comment.eq(""),
            rv::submitted_at.eq(None::<NaiveDateTime>),
            rv::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    let action = if conflict {
        "grant_review.conflict"
    } else {
        "grant_review.no_conflict"
    };
    tx.audit(action, "grant_application", application_id)
}

/// Replaces a draft's marks (by criterion position, checked 0–MAX_MARK by the caller) and
/// comment; `submit` also submits it. `Conflict` when it is submitted, or when there is no
/// draft to score (no declaration, or a conflict). Audited `grant_review.save` or
/// `grant_review.submit` against the application.
pub fn save(
    tx: &mut Tx<'_>,
    application_id: &str,
    user_id: &str,
    marks: &[Option<i64>],
    comment: &str,
    submit: bool,
) -> DbResult<()> {
    let target = rv::table
        .filter(rv::application_id.eq(application_id))
        .filter(rv::user_id.eq(user_id))
        .filter(rv::conflict.eq(false))
        .filter(rv::submitted_at.is_null());
    let n = diesel::update(target)
        .set((
            rv::comment.eq(comment),
            rv::updated_at.eq(tx.now),
            rv::submitted_at.eq(submit.then_some(tx.now)),
        ))
        .execute(tx.conn)?;
    if n == 0 {
        return Err(DbError::Conflict(Conflict::ScoreSubmitted));
    }
    diesel::delete(
        gm::table
            .filter(gm::application_id.eq(application_id))
            .filter(gm::user_id.eq(user_id)),
    )
    .execute(tx.conn)?;
    for (position, mark) in (0_i64..).zip(marks) {
        if let Some(mark) = mark {
            diesel::insert_into(gm::table)
                .values((
                    gm::application_id.eq(application_id),
                    gm::user_id.eq(user_id),
                    gm::position.eq(position),
                    gm::mark.eq(mark),
                ))
                .execute(tx.conn)?;
        }
    }
    let action = if submit {
        "grant_review.submit"
    } else {
        "grant_review.save"
    };
    tx.audit(action, "grant_application", application_id)
}

/// Deletes the unsubmitted drafts of a panellist leaving the panel (not audited apart:
/// the removal is).
pub(super) fn delete_drafts(
    tx: &mut Tx<'_>,
    applications: &[String],
    user_id: &str,
) -> DbResult<()> {
    diesel::delete(
        gm::table
            .filter(gm::application_id.eq_any(applications))
            .filter(gm::user_id.eq(user_id)),
    )
    .execute(tx.conn)?;
    diesel::delete(
        rv::table
            .filter(rv::application_id.eq_any(applications))
            .filter(rv::user_id.eq(user_id))
            .filter(rv::submitted_at.is_null()),
    )
    .execute(tx.conn)?;
    Ok(())
}

fn find_row(conn: &mut DbConn, application_id: &str, user_id: &str) -> DbResult<Option<ReviewRow>> {
    Ok(rv::table
        .filter(rv::application_id.eq(application_id))
        .filter(rv::user_id.eq(user_id))
        .select(ReviewRow::as_select())
        .first(conn)
        .optional()?)
}

/// A panellist's review of an application, with `criteria` marks slots.
pub fn find(
    conn: &mut DbConn,
    application_id: &str,
    user_id: &str,
    criteria: usize,
) -> DbResult<Option<Review>> {
    let Some(row) = find_row(conn, application_id, user_id)? else {
        return Ok(None);
    };
    Ok(Some(with_marks(conn, row, criteria)?))
}

fn with_marks(conn: &mut DbConn, row: ReviewRow, criteria: usize) -> DbResult<Review> {
    let stored: Vec<(i64, i64)> = gm::table
        .filter(gm::application_id.eq(&row.application_id))
        .filter(gm::user_id.eq(&row.user_id))
        .select((gm::position, gm::mark))
        .load(conn)?;
    let mut marks = vec![None; criteria];
    for (p, mark) in stored {
        if let Some(slot) = usize::try_from(p).ok().and_then(|p| marks.get_mut(p)) {
            *slot = Some(mark);
        }
    }
    Ok(Review { row, marks })
}

/// Every review of the call (the caller decides who may read which), by application then
/// panellist; `user_id` narrows to one panellist's.
pub fn of_call(
    conn: &mut DbConn,
    call_id: &str,
    user_id: Option<&str>,
    criteria: usize,
) -> DbResult<Vec<Review>> {
    let mut q = rv::table
        .filter(rv::call_id.eq(call_id))
        .order((rv::application_id, rv::user_id))
        .limit(MAX_LIST * 20)
        .select(ReviewRow::as_select())
        .into_boxed();
    if let Some(u) = user_id {
        q = q.filter(rv::user_id.eq(u.to_owned()));
    }
    let rows: Vec<ReviewRow> = q.load(conn)?;
    let all: Vec<(String, String, i64, i64)> = gm::table
        .inner_join(
            rv::table.on(rv::application_id
                .eq(gm::application_id)
                .and(rv::user_id.eq(gm::user_id))),
        )
        .filter(rv::call_id.eq(call_id))
        .select((gm::application_id, gm::user_id, gm::position, gm::mark))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let mut marks = vec![None; criteria];
            for (a, u, p, mark) in &all {
                if *a == row.application_id
                    && *u == row.user_id
                    && let Some(slot) = usize::try_from(*p).ok().and_then(|p| marks.get_mut(p))
                {
                    *slot = Some(*mark);
                }
            }
            Review { row, marks }
        })
        .collect())
}
