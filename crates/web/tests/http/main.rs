//! Integration tests through the HTTP router, each on SQLite and on PostgreSQL.

mod api;
mod auth;
mod candidates;
mod companies;
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
mod support;
mod taxonomy;
