//! Set-based inserts for generated or imported data at scale (`mentor generate`), inside
//! the caller's transaction: on PostgreSQL each table's rows in ONE `COPY … FROM STDIN`
//! (binary), on SQLite in multi-row `INSERT`s as large as its bound-parameter limit allows.
//! Nothing here checks a rule or writes the audit entry: the caller builds valid rows and
//! audits the whole batch once, as an import does. Single records still go through their
//! own modules (`companies`, `positions`, …), whose rules and audit entries apply one
//! record at a time.
//!
//! Why `COPY` and `generic_plans` (BENCHMARKS.md, "Data generator"): profiled at 100,000
//! applications, the PostgreSQL server spent 72 % of its time in the foreign-key checks
//! after each insert, 54 % re-planning them — the pool sets `plan_cache_mode =
//! force_custom_plan` for the candidate list, which makes every check's saved plan be
//! planned again for every row — and the rest parsing and binding statements of 65,000
//! parameters. Constraints and indexes all stay: every row is still checked.

mod candidates;
mod reads;
mod rows;

use diesel::connection::SimpleConnection;
use diesel::{ExecuteCopyFromDsl, RunQueryDsl};

pub use candidates::{Applications, candidates};
pub use reads::{Sample, case_references, taxonomy_sample};
pub use rows::{
    NewCompany, NewFollowUp, NewOrganisation, NewOutcome, NewOutreachContact, NewPlacement,
    NewPosition, NewScore, NewTraineeship, ProgrammeMember,
};

use crate::schema::{
    case_steps, cases, companies, follow_ups, organisations, outcomes, outreach_contacts,
    placements, positions, programme_organisations, selection_scores, traineeships,
};
use crate::{DbConn, DbResult, Tx};

/// SQLite (3.32 and later, as bundled) binds at most 32,766 parameters a statement; a
/// margin is kept. (PostgreSQL takes its rows by `COPY`, which binds none.)
pub(crate) const SQLITE_PARAMETERS: usize = 32_000;
/// Past a thousand rows a statement the gain is nil and the statement text only grows.
const MAX_ROWS: usize = 1_000;

/// Rows of `columns` columns that fit a statement of `budget` parameters (at least one).
pub(crate) fn fit(budget: usize, columns: usize) -> usize {
    (budget / columns.max(1)).clamp(1, MAX_ROWS)
}

/// Writes `$rows` (a slice of `Insertable` rows of `$columns` columns, every column named:
/// `COPY` takes no default) into `$table`: on PostgreSQL in one binary `COPY … FROM
/// STDIN`, on SQLite in multi-row inserts as large as it allows. Runs on the concrete
/// connection: the two backends write differently.
macro_rules! insert_rows {
    ($conn:expr, $table:expr, $rows:expr, $columns:expr) => {{
        let rows = &$rows[..];
        match &mut *$conn {
            $crate::DbConn::Postgres(c) => {
                if !rows.is_empty() {
                    diesel::copy_from($table).from_insertable(rows).execute(c)?;
                }
            }
            $crate::DbConn::Sqlite(c) => {
                let per = $crate::bulk::fit($crate::bulk::SQLITE_PARAMETERS, $columns);
                for chunk in rows.chunks(per) {
                    diesel::insert_into($table).values(chunk).execute(c)?;
                }
            }
        }
    }};
}
pub(crate) use insert_rows;

/// For the rest of the caller's transaction on PostgreSQL, lets the server keep one plan
/// for each foreign-key check (`plan_cache_mode = auto`, its default) instead of the
/// pool's `force_custom_plan`, under which every inserted row's check is planned anew.
/// `SET LOCAL` ends with the transaction, so the pooled connection goes back to the
/// pool's setting; no other session is touched. Nothing to do on SQLite.
pub(crate) fn generic_plans(conn: &mut DbConn) -> DbResult<()> {
    if let DbConn::Postgres(c) = conn {
        c.batch_execute("SET LOCAL plan_cache_mode = auto")?;
    }
    Ok(())
}

/// Organisations, their membership of programmes and, for host companies, their profiles.
pub fn organisations(
    tx: &mut Tx<'_>,
    orgs: &[NewOrganisation],
    members: &[ProgrammeMember],
    profiles: &[NewCompany],
) -> DbResult<()> {
    generic_plans(tx.conn)?;
    insert_rows!(tx.conn, organisations::table, orgs, 8);
    insert_rows!(tx.conn, programme_organisations::table, members, 2);
    insert_rows!(tx.conn, companies::table, profiles, 22);
    Ok(())
}

/// Contacts with companies (the outreach log).
pub fn outreach_contacts(tx: &mut Tx<'_>, rows: &[NewOutreachContact]) -> DbResult<()> {
    generic_plans(tx.conn)?;
    insert_rows!(tx.conn, outreach_contacts::table, rows, 10);
    Ok(())
}

/// Positions offered by companies.
pub fn positions(tx: &mut Tx<'_>, rows: &[NewPosition]) -> DbResult<()> {
    generic_plans(tx.conn)?;
    insert_rows!(tx.conn, positions::table, rows, 27);
    Ok(())
}

/// Selection scores, one row per application, criterion and assessor.
pub fn scores(tx: &mut Tx<'_>, rows: &[NewScore]) -> DbResult<()> {
    generic_plans(tx.conn)?;
    insert_rows!(tx.conn, selection_scores::table, rows, 8);
    Ok(())
}

/// Placements of applications on positions.
pub fn placements(tx: &mut Tx<'_>, rows: &[NewPlacement]) -> DbResult<()> {
    generic_plans(tx.conn)?;
    insert_rows!(tx.conn, placements::table, rows, 15);
    Ok(())
}

/// Art. 27 cases with the steps each entered (`next_due` already computed by the caller).
pub fn cases(
    tx: &mut Tx<'_>,
    rows: &[crate::cases::Case],
    steps: &[crate::cases::StepEntry],
) -> DbResult<()> {
    generic_plans(tx.conn)?;
    insert_rows!(tx.conn, cases::table, rows, 19);
    insert_rows!(tx.conn, case_steps::table, steps, 9);
    Ok(())
}

/// Traineeships, the outcomes that ended them and the follow-ups after.
pub fn after_departure(
    tx: &mut Tx<'_>,
    traineeships_: &[NewTraineeship],
    outcomes_: &[NewOutcome],
    follow_ups_: &[NewFollowUp],
) -> DbResult<()> {
    generic_plans(tx.conn)?;
    insert_rows!(tx.conn, traineeships::table, traineeships_, 6);
    insert_rows!(tx.conn, outcomes::table, outcomes_, 9);
    insert_rows!(tx.conn, follow_ups::table, follow_ups_, 13);
    Ok(())
}

/// Refreshes the planner's statistics after a bulk load (both backends know `ANALYZE`).
pub fn analyze(conn: &mut DbConn) -> DbResult<()> {
    diesel::sql_query("ANALYZE").execute(conn)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{MAX_ROWS, SQLITE_PARAMETERS, fit};

    #[test]
    fn a_statement_stays_under_sqlites_parameter_limit() {
        for columns in [1, 8, 19, 27, 31, 100, 40_000] {
            let rows = fit(SQLITE_PARAMETERS, columns);
            assert!(rows >= 1, "{columns}");
            assert!(rows * columns <= 32_766 || rows == 1, "{columns}");
        }
        assert_eq!(fit(SQLITE_PARAMETERS, 31), MAX_ROWS);
        assert_eq!(fit(SQLITE_PARAMETERS, 100), 320);
    }
}
