//! Storage tests. Every test runs on SQLite and on PostgreSQL (see `testkit`).

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot go on fails on the spot; the panic names the line"
)]

mod audit;
mod bulk;
mod candidate_list;
mod candidates;
mod companies;
mod content;
mod courses;
mod decisions;
mod duplicates;
mod esco_languages;
mod grant_panel;
mod grant_payments;
mod grants;
mod grants_documents;
mod grants_people;
mod idempotency;
mod imports;
mod inbox;
mod interviews;
mod lists;
mod mentorships;
mod metrics;
mod password_resets;
mod results;
mod schema;
mod scoping;
mod selection;
mod sign_in;
mod taxonomy;
mod tokens;
mod users;
mod writers;
