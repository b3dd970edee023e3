//! What the database itself says about its tables, to prove both backends' migrations agree.
//!
//! [`schema`] reads a migrated database's catalogue into a [`Schema`] whose values are
//! already in one vocabulary for both backends; [`differences`] lists, in words, where two
//! schemas disagree. The storage test `schema::both_backends_have_the_same_schema` runs both
//! on a fresh SQLite and a fresh PostgreSQL database.
//!
//! What is compared, per table: the set of columns; each column's type family, nullability
//! and default; the primary key; the unique constraints and unique indexes (by column
//! list); the other indexes (by name and column list); the foreign keys (columns, parent
//! table and columns, `ON DELETE` / `ON UPDATE`); and the triggers (by what fires them).
//! Not compared, because their text is dialect: `CHECK` constraints, index predicates
//! (only whether an index is partial), collations and operator classes, and trigger
//! bodies (`storage::audit` checks that the audit triggers refuse changes on both).
//!
//! The dialect differences allowed are all in this file, each with its reason:
//! [`TYPES`] (type spellings), [`DEFAULTS`] (default spellings), [`SQLITE_NULLABLE_KEYS`]
//! (shipped key columns SQLite leaves nullable), and the trigger rule in
//! [`Table::triggers`].

use std::collections::{BTreeMap, BTreeSet};

mod catalogue;

use catalogue::Dialect;
pub use catalogue::schema;

/// Type families and how each backend spells them: (family, SQLite declared type,
/// PostgreSQL `information_schema.columns.data_type`). A spelling not listed is reported as
/// a difference, so a migration must use one of these (SQLite accepts any word as a type,
/// and `VARCHAR(20)` would limit nothing there while PostgreSQL enforces it).
pub const TYPES: &[(&str, &str, &str)] = &[
    ("TEXT", "TEXT", "text"),
    ("BIGINT", "BIGINT", "bigint"),
    // 32 bits on PostgreSQL; SQLite stores any integer in 64 bits, so diesel's `Integer`
    // maps to `i32` on both and values stay within range.
    ("INTEGER", "INTEGER", "integer"),
    // SQLite has no boolean storage: it keeps 0 and 1 (diesel reads them back as bool).
    ("BOOLEAN", "BOOLEAN", "boolean"),
    // SQLite stores dates and timestamps as ISO text; diesel's chrono types read both.
    ("DATE", "DATE", "date"),
    ("TIMESTAMP", "TIMESTAMP", "timestamp without time zone"),
    // SQLite's REAL is an 8-byte float, like PostgreSQL's DOUBLE PRECISION (not its REAL).
    ("DOUBLE", "REAL", "double precision"),
    ("DOUBLE", "DOUBLE PRECISION", "double precision"),
    ("BLOB", "BLOB", "bytea"),
];

/// Default values each backend spells its own way: (type family, canonical, spellings);
/// an empty family applies to every type. Matched after PostgreSQL's casts (`'x'::text`)
/// and outer brackets are removed, ignoring case.
pub const DEFAULTS: &[(&str, &str, &[&str])] = &[
    // SQLite keeps booleans as numbers, so its migrations may write 0 and 1.
    ("BOOLEAN", "false", &["0", "false", "'f'"]),
    ("BOOLEAN", "true", &["1", "true", "'t'"]),
    // PostgreSQL shows `DEFAULT now()` as `now()`; both are the transaction's start time.
    ("", "CURRENT_TIMESTAMP", &["current_timestamp", "now()"]),
    ("", "CURRENT_DATE", &["current_date"]),
    // An explicit `DEFAULT NULL` is no default.
    ("", "", &["null"]),
];

/// Primary-key columns that shipped as `TEXT PRIMARY KEY` without `NOT NULL`. SQLite (for
/// backward compatibility, see <https://sqlite.org/lang_createtable.html#the_primary_key>)
/// lets such a column hold NULL, PostgreSQL makes every key column NOT NULL. diesel's
/// schema declares them `Text`, so no query can write NULL; rebuilding six SQLite tables to
/// change this was not worth the risk. The list is closed: a new key column must say
/// `NOT NULL`, and the test fails if it does not.
pub const SQLITE_NULLABLE_KEYS: &[&str] = &[
    "candidate_documents.id",
    "duplicate_flags.id",
    "interviews.id",
    "outbox.id",
    "selection_criteria.id",
    "selection_scores.id",
];

/// One database's tables, in one vocabulary for both backends.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Schema {
    pub tables: BTreeMap<String, Table>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Table {
    pub columns: BTreeMap<String, Column>,
    /// Columns of the primary key, in key order; empty when there is none.
    pub primary_key: Vec<String>,
    /// Column lists (`a, b`) of unique constraints and unique indexes other than the
    /// primary key, with ` (partial)` when the index has a `WHERE`. Names are left out:
    /// each backend names constraint indexes its own way.
    pub unique: BTreeSet<String>,
    /// Other indexes: name → column list (` (partial)` as above).
    pub indexes: BTreeMap<String, String>,
    /// Foreign keys, each as `cols -> parent (cols) ON DELETE … ON UPDATE …`.
    pub foreign_keys: BTreeSet<String>,
    /// Triggers by what fires them (`BEFORE UPDATE FOR EACH ROW`), not by name: a
    /// PostgreSQL trigger calls a function and may fire on several events (`BEFORE UPDATE
    /// OR DELETE`), where SQLite needs one trigger per event, so names and counts differ
    /// while the behaviour is the same. Value: the trigger names, for the message.
    pub triggers: BTreeMap<String, BTreeSet<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// A family from [`TYPES`], or `unknown type "…"` for a spelling not listed there.
    pub family: String,
    pub nullable: bool,
    /// Canonical per [`DEFAULTS`]; `None` when there is no default.
    pub default: Option<String>,
}

/// The family of a declared type per [`TYPES`].
fn family(dialect: Dialect, declared: &str) -> String {
    TYPES
        .iter()
        .find(|(_, sqlite, postgres)| match dialect {
            Dialect::Sqlite => sqlite.eq_ignore_ascii_case(declared.trim()),
            Dialect::Postgres => *postgres == declared,
        })
        .map_or_else(
            || format!("unknown type {declared:?}"),
            |(family, _, _)| (*family).to_owned(),
        )
}

/// A default in canonical spelling per [`DEFAULTS`], `None` for no default.
fn default(family: &str, raw: &str) -> Option<String> {
    let mut s = raw.trim();
    // PostgreSQL shows literals with their cast (`'draft'::text`, `'{}'::text[]`) and
    // sometimes brackets (`(-1)`); SQLite keeps what the migration wrote.
    loop {
        let before = s;
        if let Some((value, cast)) = s.rsplit_once("::")
            && cast
                .chars()
                .all(|ch| ch.is_ascii_alphanumeric() || matches!(ch, ' ' | '_' | '[' | ']'))
        {
            s = value.trim();
        }
        if let Some(inner) = s.strip_prefix('(').and_then(|v| v.strip_suffix(')')) {
            s = inner.trim();
        }
        if s == before {
            break;
        }
    }
    // ... and a negative number as a quoted literal (`'-1'::integer`).
    if matches!(family, "BIGINT" | "INTEGER" | "DOUBLE")
        && let Some(number) = s.strip_prefix('\'').and_then(|v| v.strip_suffix('\''))
        && number.parse::<f64>().is_ok()
    {
        s = number;
    }
    let canonical = DEFAULTS
        .iter()
        .find(|(f, _, spellings)| {
            (f.is_empty() || *f == family) && spellings.iter().any(|sp| sp.eq_ignore_ascii_case(s))
        })
        .map_or(s, |(_, canonical, _)| canonical);
    (!canonical.is_empty()).then(|| canonical.to_owned())
}

/// `BEFORE UPDATE FOR EACH ROW` and the like, read from SQLite's `CREATE TRIGGER` text.
/// SQLite has only row triggers, on one event each.
fn sqlite_trigger_events(sql: &str) -> Vec<String> {
    let words: Vec<String> = sql
        .split_whitespace()
        .take_while(|w| !w.eq_ignore_ascii_case("BEGIN"))
        .map(str::to_ascii_uppercase)
        .collect();
    let timing = match words
        .iter()
        .position(|w| matches!(w.as_str(), "BEFORE" | "AFTER" | "INSTEAD"))
    {
        Some(i) if words[i] == "INSTEAD" => "INSTEAD OF",
        Some(i) => words[i].as_str(),
        // Without a word, SQLite fires BEFORE.
        None => "BEFORE",
    };
    let event = words
        .iter()
        .find(|w| matches!(w.as_str(), "INSERT" | "UPDATE" | "DELETE"))
        .map_or("?", String::as_str);
    vec![format!("{timing} {event} FOR EACH ROW")]
}

/// Every way `a` (SQLite) and `b` (PostgreSQL) differ, one line each, in table order.
pub fn differences(sqlite: &Schema, postgres: &Schema) -> Vec<String> {
    let mut out = Vec::new();
    let names: BTreeSet<&String> = sqlite.tables.keys().chain(postgres.tables.keys()).collect();
    for name in names {
        match (sqlite.tables.get(name), postgres.tables.get(name)) {
            (Some(a), Some(b)) => table_differences(name, a, b, &mut out),
            (Some(_), None) => out.push(format!("{name}: only on sqlite")),
            (None, Some(_)) => out.push(format!("{name}: only on postgres")),
            (None, None) => {}
        }
    }
    out
}

fn table_differences(name: &str, a: &Table, b: &Table, out: &mut Vec<String>) {
    let columns: BTreeSet<&String> = a.columns.keys().chain(b.columns.keys()).collect();
    for col in columns {
        let (ca, cb) = match (a.columns.get(col), b.columns.get(col)) {
            (Some(ca), Some(cb)) => (ca, cb),
            (Some(_), None) => {
                out.push(format!("{name}.{col}: only on sqlite"));
                continue;
            }
            (None, _) => {
                out.push(format!("{name}.{col}: only on postgres"));
                continue;
            }
        };
        // An unknown spelling is a difference even when both backends use it.
        if ca.family == cb.family && ca.family.starts_with("unknown") {
            out.push(format!("{name}.{col} type: both have {}", ca.family));
        }
        let mut differ = |what: &str, x: String, y: String| {
            if x != y {
                out.push(format!("{name}.{col} {what}: sqlite={x}, postgres={y}"));
            }
        };
        differ("type", ca.family.clone(), cb.family.clone());
        differ("nullable", ca.nullable.to_string(), cb.nullable.to_string());
        let show = |d: &Option<String>| d.clone().unwrap_or_else(|| "none".into());
        differ("default", show(&ca.default), show(&cb.default));
    }
    let mut differ = |what: &str, x: String, y: String| {
        if x != y {
            out.push(format!("{name} {what}: sqlite={x}, postgres={y}"));
        }
    };
    differ(
        "primary key",
        format!("({})", a.primary_key.join(", ")),
        format!("({})", b.primary_key.join(", ")),
    );
    for u in a.unique.symmetric_difference(&b.unique) {
        let on = if a.unique.contains(u) {
            "sqlite"
        } else {
            "postgres"
        };
        out.push(format!("{name} unique ({u}): only on {on}"));
    }
    let indexes: BTreeSet<&String> = a.indexes.keys().chain(b.indexes.keys()).collect();
    for index in indexes {
        let show = |t: &Table| {
            t.indexes
                .get(index)
                .map_or_else(|| "missing".to_owned(), |c| format!("({c})"))
        };
        let (x, y) = (show(a), show(b));
        if x != y {
            out.push(format!("{name} index {index}: sqlite={x}, postgres={y}"));
        }
    }
    for f in a.foreign_keys.symmetric_difference(&b.foreign_keys) {
        let on = if a.foreign_keys.contains(f) {
            "sqlite"
        } else {
            "postgres"
        };
        out.push(format!("{name} foreign key {f}: only on {on}"));
    }
    let events: BTreeSet<&String> = a.triggers.keys().chain(b.triggers.keys()).collect();
    for event in events {
        match (a.triggers.get(event), b.triggers.get(event)) {
            (Some(_), Some(_)) => {}
            (Some(n), None) => out.push(format!(
                "{name} trigger {event}: only on sqlite ({})",
                join(n)
            )),
            (None, Some(n)) => out.push(format!(
                "{name} trigger {event}: only on postgres ({})",
                join(n)
            )),
            (None, None) => {}
        }
    }
}

fn join(names: &BTreeSet<String>) -> String {
    names.iter().cloned().collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_compared_in_one_spelling() {
        for (family, raw, canonical) in [
            ("BOOLEAN", "0", Some("false")),
            ("BOOLEAN", "FALSE", Some("false")),
            // Only a boolean's 0 means false.
            ("BIGINT", "0", Some("0")),
            ("TEXT", "'draft'::text", Some("'draft'")),
            ("TEXT", "'draft'::character varying", Some("'draft'")),
            ("BIGINT", "(-1)", Some("-1")),
            ("BIGINT", "'-1'::integer", Some("-1")),
            ("TIMESTAMP", "now()", Some("CURRENT_TIMESTAMP")),
            ("TIMESTAMP", "CURRENT_TIMESTAMP", Some("CURRENT_TIMESTAMP")),
            ("TEXT", "NULL", None),
            ("TEXT", "NULL::text", None),
            ("TEXT", "'a::b'", Some("'a::b'")),
        ] {
            assert_eq!(default(family, raw).as_deref(), canonical, "{raw}");
        }
    }

    #[test]
    fn types_outside_the_table_are_unknown() {
        assert_eq!(family(Dialect::Sqlite, "bigint"), "BIGINT");
        assert_eq!(family(Dialect::Postgres, "bytea"), "BLOB");
        assert_eq!(
            family(Dialect::Sqlite, "VARCHAR(20)"),
            "unknown type \"VARCHAR(20)\""
        );
        assert_eq!(
            family(Dialect::Postgres, "timestamp with time zone"),
            "unknown type \"timestamp with time zone\""
        );
    }

    #[test]
    fn sqlite_triggers_are_read_by_what_fires_them() {
        assert_eq!(
            sqlite_trigger_events(
                "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log\n\
                 BEGIN SELECT RAISE(ABORT, 'x'); END"
            ),
            ["BEFORE UPDATE FOR EACH ROW"]
        );
        assert_eq!(
            sqlite_trigger_events("CREATE TRIGGER t INSTEAD OF DELETE ON v BEGIN SELECT 1; END"),
            ["INSTEAD OF DELETE FOR EACH ROW"]
        );
    }

    fn column(family: &str, nullable: bool, default: Option<&str>) -> Column {
        Column {
            family: family.into(),
            nullable,
            default: default.map(Into::into),
        }
    }

    #[test]
    fn every_difference_is_reported_at_once() {
        let mut a = Table::default();
        a.columns.insert("id".into(), column("TEXT", false, None));
        a.columns
            .insert("done".into(), column("BOOLEAN", false, Some("false")));
        a.columns
            .insert("only_a".into(), column("TEXT", true, None));
        a.primary_key = vec!["id".into()];
        a.unique.insert("done".into());
        a.triggers
            .entry("BEFORE DELETE FOR EACH ROW".into())
            .or_default()
            .insert("t_no_delete".into());
        let mut b = a.clone();
        b.columns.remove("only_a");
        b.columns
            .insert("done".into(), column("BIGINT", true, Some("true")));
        b.unique.clear();
        b.triggers.clear();
        b.indexes.insert("t_done".into(), "done".into());
        let schema = |t: Table| Schema {
            tables: [("t".to_owned(), t)].into(),
        };
        assert_eq!(
            differences(&schema(a), &schema(b)),
            [
                "t.done type: sqlite=BOOLEAN, postgres=BIGINT",
                "t.done nullable: sqlite=false, postgres=true",
                "t.done default: sqlite=false, postgres=true",
                "t.only_a: only on sqlite",
                "t unique (done): only on sqlite",
                "t index t_done: sqlite=missing, postgres=(done)",
                "t trigger BEFORE DELETE FOR EACH ROW: only on sqlite (t_no_delete)",
            ]
        );
    }
}
