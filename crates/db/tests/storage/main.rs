//! Storage tests. Every test runs on SQLite and on PostgreSQL (see `testkit`).

mod audit;
mod candidates;
mod companies;
mod duplicates;
mod imports;
mod lists;
mod schema;
mod scoping;
mod selection;
mod taxonomy;
mod users;
