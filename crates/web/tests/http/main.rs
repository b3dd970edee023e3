//! Integration tests through the HTTP router, each on SQLite and on PostgreSQL.

mod api;
mod auth;
mod candidates;
mod companies;
mod i18n;
mod imports;
mod lists;
mod matching;
mod pages;
mod routes;
mod scoping;
mod support;
mod taxonomy;
