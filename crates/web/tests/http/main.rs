//! Integration tests through the HTTP router, each on SQLite and on PostgreSQL.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test that cannot go on fails on the spot; the panic names the line"
)]

mod api;
mod auth;
mod candidates;
mod companies;
mod contract;
mod documents;
mod i18n;
mod imports;
mod lists;
mod matching;
mod pages;
mod races;
mod routes;
mod scoping;
mod selection;
mod shutdown;
mod support;
mod taxonomy;
