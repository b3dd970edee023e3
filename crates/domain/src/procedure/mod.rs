//! Procedures are data, not code: a [`Template`] names a procedure's steps, the transitions
//! between them and the roles that may make each, the documents and fields each step needs,
//! and the deadline rules that run while a case is in a step. Templates are written in
//! TOML (`templates/` holds the art. 27 ones for Lombardy and Piedmont, DOMAIN.md §5 values
//! as defaults); an administrator adapts a copy and imports it. [`parse`] reads and
//! validates one, answering every mistake with the line it is on: every step reachable from
//! the start, an end reachable from every step, known roles, document kinds and anchors.

pub mod board;
mod case;
pub mod facts;
mod model;
pub mod papers;
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

/// The ISTAT code of a host city whose own holidays the calendar knows (Milano 015146,
/// Torino 001272), by its Italian or English name; '' (national holidays only) otherwise.
pub fn place_of(city: &str) -> &'static str {
    match city.trim().to_lowercase().as_str() {
        "milano" | "milan" => "015146",
        "torino" | "turin" => "001272",
        _ => "",
    }
}

/// A case's reference, what staff calendars and e-mails name it by (never the trainee):
/// `MC-` and the first eight hex digits of its id, upper-case.
pub fn reference(case_id: &str) -> String {
    let hex: String = case_id
        .chars()
        .filter(char::is_ascii_hexdigit)
        .take(8)
        .collect();
    format!("MC-{}", hex.to_ascii_uppercase())
}

/// The ISO 3166-2 code of a region as companies record it (`lombardia` → `IT-25`); the
/// value itself when it is a code already or unknown.
pub fn region_code(region: &str) -> String {
    match region.trim().to_lowercase().as_str() {
        "lombardia" | "lombardy" => "IT-25".into(),
        "piemonte" | "piedmont" => "IT-21".into(),
        other => other.to_uppercase(),
    }
}
