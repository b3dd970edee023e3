//! Procedures are data, not code: a [`Template`] names a procedure's steps, the transitions
//! between them and the roles that may make each, the documents and fields each step needs,
//! and the deadline rules that run while a case is in a step. Templates are written in
//! TOML (`templates/` holds the art. 27 ones for Lombardy and Piedmont, DOMAIN.md §5 values
//! as defaults); an administrator adapts a copy and imports it. [`parse`] reads and
//! validates one, answering every mistake with the line it is on: every step reachable from
//! the start, an end reachable from every step, known roles, document kinds and anchors.

pub mod board;
mod case;
mod model;
mod validate;

pub use case::{CaseState, Refusal, check_transition, missing, next_steps, running};
pub use model::{DeadlineRule, Duration, Step, Template, Transition};
pub use validate::{TemplateError, parse};

/// The shipped templates: (file name, text).
pub const SHIPPED: [(&str, &str); 2] = [
    (
        "art27-lombardy.toml",
        include_str!("templates/art27-lombardy.toml"),
    ),
    (
        "art27-piedmont.toml",
        include_str!("templates/art27-piedmont.toml"),
    ),
];

/// Documents a case's steps may ask for, besides an application's own kinds
/// (`document::Kind`).
pub const CASE_DOCUMENTS: [&str; 12] = [
    "convention_signed",
    "training_project_signed",
    "regional_approval",
    "insurance_policies",
    "visa",
    "travel_ticket",
    "housing_proof",
    "hospitality_declaration",
    "permit_receipt",
    "residence_permit",
    "employment_notice",
    "final_report",
];
