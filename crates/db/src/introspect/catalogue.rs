//! Reading each backend's catalogue (SQLite's pragmas and `sqlite_master`, PostgreSQL's
//! `information_schema` and `pg_catalog`) into the one vocabulary of [`Schema`].

use std::collections::BTreeMap;

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Nullable, Text};

use super::{Column, SQLITE_NULLABLE_KEYS, Schema, Table, default, family, sqlite_trigger_events};
use crate::{DbConn, DbResult};

#[derive(QueryableByName)]
struct ColumnRow {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
    #[diesel(sql_type = Text)]
    declared: String,
    #[diesel(sql_type = Bool)]
    nullable: bool,
    #[diesel(sql_type = Nullable<Text>)]
    default_value: Option<String>,
}

#[derive(QueryableByName)]
struct KeyRow {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
    #[diesel(sql_type = BigInt)]
    position: i64,
}

#[derive(QueryableByName)]
struct IndexRow {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    index_name: String,
    /// `pk`, `unique` or `index`.
    #[diesel(sql_type = Text)]
    kind: String,
    #[diesel(sql_type = Bool)]
    partial: bool,
    #[diesel(sql_type = Text)]
    columns: String,
}

#[derive(QueryableByName)]
struct ForeignKeyRow {
    #[diesel(sql_type = Text)]
    table_name: String,
    /// Groups the rows of one key: SQLite gives one row per column, in key order.
    #[diesel(sql_type = Text)]
    key: String,
    #[diesel(sql_type = Text)]
    parent: String,
    #[diesel(sql_type = Text)]
    columns: String,
    /// Empty when SQLite's `REFERENCES parent` names no column: the parent's primary key.
    #[diesel(sql_type = Text)]
    parent_columns: String,
    #[diesel(sql_type = Text)]
    on_delete: String,
    #[diesel(sql_type = Text)]
    on_update: String,
}

#[derive(QueryableByName)]
struct TriggerRow {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    trigger_name: String,
    /// PostgreSQL: `BEFORE UPDATE FOR EACH ROW`; SQLite: the `CREATE TRIGGER` text.
    #[diesel(sql_type = Text)]
    definition: String,
}

/// Every table of the connected database but the migration bookkeeping table.
pub fn schema(conn: &mut DbConn) -> DbResult<Schema> {
    let mut schema = match conn {
        DbConn::Sqlite(c) => sqlite(c)?,
        DbConn::Postgres(c) => postgres(c)?,
    };
    schema.tables.remove("__diesel_schema_migrations");
    Ok(schema)
}

fn sqlite(c: &mut diesel::SqliteConnection) -> DbResult<Schema> {
    let columns: Vec<ColumnRow> = diesel::sql_query(
        "SELECT m.name AS table_name, p.name AS column_name, p.type AS declared,
                p.\"notnull\" = 0 AS nullable, p.dflt_value AS default_value
         FROM sqlite_master m JOIN pragma_table_info(m.name) p
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
    )
    .load(c)?;
    // The key comes from the columns, not the index list: an `INTEGER PRIMARY KEY` is the
    // rowid and has no index.
    let keys: Vec<KeyRow> = diesel::sql_query(
        "SELECT m.name AS table_name, p.name AS column_name, p.pk AS position
         FROM sqlite_master m JOIN pragma_table_info(m.name) p
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND p.pk > 0",
    )
    .load(c)?;
    let indexes: Vec<IndexRow> = diesel::sql_query(
        "SELECT m.name AS table_name, l.name AS index_name,
                CASE WHEN l.\"unique\" THEN 'unique' ELSE 'index' END AS kind,
                l.partial <> 0 AS partial,
                (SELECT coalesce(group_concat(coalesce(i.name, '(expression)'), ', '), '')
                 FROM (SELECT name FROM pragma_index_info(l.name) ORDER BY seqno) i) AS columns
         FROM sqlite_master m JOIN pragma_index_list(m.name) l
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND l.origin <> 'pk'",
    )
    .load(c)?;
    let foreign_keys: Vec<ForeignKeyRow> = diesel::sql_query(
        "SELECT m.name AS table_name, CAST(f.id AS TEXT) AS key, f.\"table\" AS parent,
                f.\"from\" AS columns, coalesce(f.\"to\", '') AS parent_columns,
                f.on_delete AS on_delete, f.on_update AS on_update
         FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
         ORDER BY m.name, f.id, f.seq",
    )
    .load(c)?;
    let triggers: Vec<TriggerRow> = diesel::sql_query(
        "SELECT tbl_name AS table_name, name AS trigger_name, sql AS definition
         FROM sqlite_master WHERE type = 'trigger'",
    )
    .load(c)?;
    Ok(assemble(
        Dialect::Sqlite,
        columns,
        keys,
        indexes,
        foreign_keys,
        triggers,
    ))
}

fn postgres(c: &mut diesel::PgConnection) -> DbResult<Schema> {
    let columns: Vec<ColumnRow> = diesel::sql_query(
        "SELECT table_name::text AS table_name, column_name::text AS column_name,
                data_type::text AS declared, is_nullable = 'YES' AS nullable,
                column_default::text AS default_value
         FROM information_schema.columns WHERE table_schema = current_schema()",
    )
    .load(c)?;
    let indexes: Vec<IndexRow> = diesel::sql_query(
        "SELECT t.relname::text AS table_name, i.relname::text AS index_name,
                CASE WHEN x.indisprimary THEN 'pk' WHEN x.indisunique THEN 'unique'
                     ELSE 'index' END AS kind,
                x.indpred IS NOT NULL AS partial,
                (SELECT coalesce(string_agg(coalesce(a.attname::text, '(expression)'), ', '
                                            ORDER BY k.n), '')
                 FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
                 LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum)
                  AS columns
         FROM pg_index x
         JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_class i ON i.oid = x.indexrelid
         WHERE t.relnamespace = current_schema()::regnamespace",
    )
    .load(c)?;
    // The primary key is an index here; take it out of the index rows.
    let (pk, indexes): (Vec<IndexRow>, Vec<IndexRow>) =
        indexes.into_iter().partition(|i| i.kind == "pk");
    let keys = pk
        .into_iter()
        .flat_map(|i| {
            let table = i.table_name;
            i.columns
                .split(", ")
                .enumerate()
                .map(|(n, col)| KeyRow {
                    table_name: table.clone(),
                    column_name: col.to_owned(),
                    position: i64::try_from(n).unwrap_or(i64::MAX),
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let foreign_keys: Vec<ForeignKeyRow> = diesel::sql_query(
        "SELECT t.relname::text AS table_name, c.conname::text AS key, p.relname::text AS parent,
                (SELECT string_agg(a.attname::text, ', ' ORDER BY k.n)
                 FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, n)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum)
                  AS columns,
                (SELECT string_agg(a.attname::text, ', ' ORDER BY k.n)
                 FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, n)
                 JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum)
                  AS parent_columns,
                CASE c.confdeltype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT'
                     WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' ELSE 'SET DEFAULT'
                END AS on_delete,
                CASE c.confupdtype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT'
                     WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' ELSE 'SET DEFAULT'
                END AS on_update
         FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid
         JOIN pg_class p ON p.oid = c.confrelid
         WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace",
    )
    .load(c)?;
    // information_schema gives one row per event of a trigger.
    let triggers: Vec<TriggerRow> = diesel::sql_query(
        "SELECT event_object_table::text AS table_name, trigger_name::text AS trigger_name,
                action_timing || ' ' || event_manipulation || ' FOR EACH ' || action_orientation
                  AS definition
         FROM information_schema.triggers WHERE trigger_schema = current_schema()",
    )
    .load(c)?;
    Ok(assemble(
        Dialect::Postgres,
        columns,
        keys,
        indexes,
        foreign_keys,
        triggers,
    ))
}

#[derive(Clone, Copy)]
pub(super) enum Dialect {
    Sqlite,
    Postgres,
}

fn assemble(
    dialect: Dialect,
    columns: Vec<ColumnRow>,
    mut keys: Vec<KeyRow>,
    indexes: Vec<IndexRow>,
    foreign_keys: Vec<ForeignKeyRow>,
    triggers: Vec<TriggerRow>,
) -> Schema {
    let mut tables: BTreeMap<String, Table> = BTreeMap::new();
    keys.sort_by_key(|k| k.position);
    for k in keys {
        tables
            .entry(k.table_name)
            .or_default()
            .primary_key
            .push(k.column_name);
    }
    for c in columns {
        let table = tables.entry(c.table_name.clone()).or_default();
        let family = family(dialect, &c.declared);
        let mut nullable = c.nullable;
        if matches!(dialect, Dialect::Sqlite)
            && nullable
            && SQLITE_NULLABLE_KEYS
                .contains(&format!("{}.{}", c.table_name, c.column_name).as_str())
        {
            nullable = false;
        }
        let default = c.default_value.as_deref().and_then(|d| default(&family, d));
        table.columns.insert(
            c.column_name,
            Column {
                family,
                nullable,
                default,
            },
        );
    }
    for i in indexes {
        let cols = if i.partial {
            format!("{} (partial)", i.columns)
        } else {
            i.columns
        };
        let table = tables.entry(i.table_name).or_default();
        if i.kind == "unique" {
            table.unique.insert(cols);
        } else {
            table.indexes.insert(i.index_name, cols);
        }
    }
    let mut keys: BTreeMap<(String, String), ForeignKeyRow> = BTreeMap::new();
    for f in foreign_keys {
        match keys.entry((f.table_name.clone(), f.key.clone())) {
            std::collections::btree_map::Entry::Vacant(e) => {
                e.insert(f);
            }
            std::collections::btree_map::Entry::Occupied(mut e) => {
                let k = e.get_mut();
                k.columns = format!("{}, {}", k.columns, f.columns);
                k.parent_columns = format!("{}, {}", k.parent_columns, f.parent_columns);
            }
        }
    }
    for f in keys.into_values() {
        // SQLite's `REFERENCES parent` without columns means the parent's primary key.
        let parent_columns = if f.parent_columns.trim_matches([',', ' ']).is_empty() {
            tables
                .get(&f.parent)
                .map(|p| p.primary_key.join(", "))
                .unwrap_or_default()
        } else {
            f.parent_columns
        };
        tables
            .entry(f.table_name)
            .or_default()
            .foreign_keys
            .insert(format!(
                "({}) -> {} ({}) ON DELETE {} ON UPDATE {}",
                f.columns, f.parent, parent_columns, f.on_delete, f.on_update
            ));
    }
    for t in triggers {
        let events = match dialect {
            Dialect::Postgres => vec![t.definition],
            Dialect::Sqlite => sqlite_trigger_events(&t.definition),
        };
        let table = tables.entry(t.table_name).or_default();
        for e in events {
            table
                .triggers
                .entry(e)
                .or_default()
                .insert(t.trigger_name.clone());
        }
    }
    Schema { tables }
}
