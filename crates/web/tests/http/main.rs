//! Integration tests through the HTTP router, each on SQLite and on PostgreSQL.

mod api;
mod auth;
mod candidates;
mod i18n;
mod pages;
mod routes;
mod scoping;
mod support;
