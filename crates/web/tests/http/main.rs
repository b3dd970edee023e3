//! Integration tests through the HTTP router, each on SQLite and on PostgreSQL.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test that cannot go on fails on the spot; the panic names the line"
)]

mod access;
mod api;
mod auth;
mod awards;
mod blind;
mod candidates;
mod case_api;
mod case_calendar;
mod case_people;
mod case_reminders;
mod cases;
mod companies;
mod content;
mod contract;
mod courses;
mod deadline_world;
mod decisions;
mod declines;
mod documents;
mod duplicates;
mod esco_languages;
mod explain;
mod grant_payments;
mod grants;
mod i18n;
mod idempotency;
mod imports;
mod inbox;
mod interviews;
mod known_sessions;
mod layout;
mod limits;
mod lists;
mod matching;
mod mentorships;
mod messages;
mod metrics;
mod operations;
mod outcome_report;
mod outcomes;
mod pages;
mod placements_list;
mod procedure;
mod public_pages;
mod races;
mod ranking_pages;
mod reach;
mod results;
mod results_agree;
mod routes;
mod scoping;
mod selection;
mod shutdown;
mod sign_in;
mod sign_up;
mod skills;
mod support;
mod taxonomy;
mod timeline;
mod tokens;
mod traineeships;
mod weight;
mod work;
