//! What the database itself says about its tables, to prove both backends' migrations agree.

use std::collections::BTreeMap;

use diesel::prelude::*;
use diesel::sql_types::Text;

use crate::{DbConn, DbResult};

#[derive(QueryableByName)]
struct Column {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
}

/// Table name → sorted column names, leaving out the migration bookkeeping table.
pub fn tables(conn: &mut DbConn) -> DbResult<BTreeMap<String, Vec<String>>> {
    let rows: Vec<Column> = match conn {
        DbConn::Sqlite(c) => diesel::sql_query(
            "SELECT m.name AS table_name, p.name AS column_name
             FROM sqlite_master m JOIN pragma_table_info(m.name) p
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
        )
        .load(c)?,
        DbConn::Postgres(c) => diesel::sql_query(
            "SELECT table_name::text AS table_name, column_name::text AS column_name
             FROM information_schema.columns WHERE table_schema = current_schema()",
        )
        .load(c)?,
    };
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in rows
        .into_iter()
        .filter(|r| r.table_name != "__diesel_schema_migrations")
    {
        out.entry(r.table_name).or_default().push(r.column_name);
    }
    for cols in out.values_mut() {
        cols.sort();
    }
    Ok(out)
}
