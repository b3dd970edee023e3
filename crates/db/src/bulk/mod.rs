//! Set-based inserts for generated or imported data at scale (`mentor generate`): rows of
//! one table written many per statement, as many as each backend's bound-parameter limit
//! allows, inside the caller's transaction. Nothing here checks a rule or writes the audit
//! entry: the caller builds valid rows and audits the whole batch once, as an import does.
//! Single records still go through their own modules (`companies`, `positions`, …), whose
//! rules and audit entries apply one record at a time.

mod candidates;
mod reads;
mod rows;

use diesel::RunQueryDsl;

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

/// SQLite (3.32 and later, as bundled) binds at most 32,766 parameters a statement,
/// PostgreSQL 65,535; a margin is kept under both.
const SQLITE_PARAMETERS: usize = 32_000;
const POSTGRES_PARAMETERS: usize = 65_000;
/// Past a thousand rows a statement the gain is nil and the statement text only grows.
const MAX_ROWS: usize = 1_000;

/// How many rows of `columns` columns one statement may carry on this connection.
pub(crate) fn rows_per_statement(conn: &DbConn, columns: usize) -> usize {
    let budget = match conn {
        DbConn::Sqlite(_) => SQLITE_PARAMETERS,
        DbConn::Postgres(_) => POSTGRES_PARAMETERS,
    };
    fit(budget, columns)
}

/// Rows of `columns` columns that fit a statement of `budget` parameters (at least one).
fn fit(budget: usize, columns: usize) -> usize {
    (budget / columns.max(1)).clamp(1, MAX_ROWS)
}

/// Inserts `$rows` (a slice of `Insertable` rows of `$columns` columns) into `$table`, in
/// statements as large as the backend allows. Runs on the concrete connection: the two
/// backends write multi-row inserts differently.
macro_rules! insert_rows {
    ($conn:expr, $table:expr, $rows:expr, $columns:expr) => {{
        let per = $crate::bulk::rows_per_statement($conn, $columns);
        for chunk in $rows.chunks(per) {
            match &mut *$conn {
                $crate::DbConn::Sqlite(c) => {
                    diesel::insert_into($table).values(chunk).execute(c)?
                }
                $crate::DbConn::Postgres(c) => {
                    diesel::insert_into($table).values(chunk).execute(c)?
                }
            };
        }
    }};
}
pub(crate) use insert_rows;

/// Organisations, their membership of programmes and, for host companies, their profiles.
pub fn organisations(
    tx: &mut Tx<'_>,
    orgs: &[NewOrganisation],
    members: &[ProgrammeMember],
    profiles: &[NewCompany],
) -> DbResult<()> {
    insert_rows!(tx.conn, organisations::table, orgs, 8);
    insert_rows!(tx.conn, programme_organisations::table, members, 2);
    insert_rows!(tx.conn, companies::table, profiles, 22);
    Ok(())
}

/// Contacts with companies (the outreach log).
pub fn outreach_contacts(tx: &mut Tx<'_>, rows: &[NewOutreachContact]) -> DbResult<()> {
    insert_rows!(tx.conn, outreach_contacts::table, rows, 10);
    Ok(())
}

/// Positions offered by companies.
pub fn positions(tx: &mut Tx<'_>, rows: &[NewPosition]) -> DbResult<()> {
    insert_rows!(tx.conn, positions::table, rows, 27);
    Ok(())
}

/// Selection scores, one row per application, criterion and assessor.
pub fn scores(tx: &mut Tx<'_>, rows: &[NewScore]) -> DbResult<()> {
    insert_rows!(tx.conn, selection_scores::table, rows, 8);
    Ok(())
}

/// Placements of applications on positions.
pub fn placements(tx: &mut Tx<'_>, rows: &[NewPlacement]) -> DbResult<()> {
    insert_rows!(tx.conn, placements::table, rows, 15);
    Ok(())
}

/// Art. 27 cases with the steps each entered (`next_due` already computed by the caller).
pub fn cases(
    tx: &mut Tx<'_>,
    rows: &[crate::cases::Case],
    steps: &[crate::cases::StepEntry],
) -> DbResult<()> {
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
    use super::{MAX_ROWS, POSTGRES_PARAMETERS, SQLITE_PARAMETERS, fit};

    #[test]
    fn a_statement_stays_under_each_backends_parameter_limit() {
        for columns in [1, 8, 19, 27, 31, 100, 40_000] {
            let sqlite = fit(SQLITE_PARAMETERS, columns);
            let postgres = fit(POSTGRES_PARAMETERS, columns);
            assert!(sqlite >= 1 && postgres >= 1, "{columns}");
            assert!(sqlite * columns <= 32_766 || sqlite == 1, "{columns}");
            assert!(postgres * columns <= 65_535 || postgres == 1, "{columns}");
        }
        assert_eq!(fit(SQLITE_PARAMETERS, 31), MAX_ROWS);
        assert_eq!(fit(SQLITE_PARAMETERS, 100), 320);
        assert_eq!(fit(POSTGRES_PARAMETERS, 100), 650);
    }
}
