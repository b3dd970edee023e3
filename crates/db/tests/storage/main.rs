//! Storage tests. Every test runs on SQLite and on PostgreSQL (see `testkit`).

mod audit;
mod candidates;
mod companies;
mod lists;
mod schema;
mod scoping;
mod taxonomy;
mod users;
