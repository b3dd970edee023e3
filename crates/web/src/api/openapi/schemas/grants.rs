//! The schemas of the calls for proposals after the return (issue 15): the call, its
//! detail with the counts and the table of DOMAIN.md §6, an application with its budget
//! lines, and the two bodies (a call's terms, a participant's draft) with the bounds the
//! domain enforces.

use domain::bounds::{MAX_DESCRIPTION, MAX_NAME};
use domain::grant::application::{Category, MAX_LINES};
use domain::grant::terms::{MAX_CRITERIA, MAX_FUND_CENTS};
use domain::grant::{ProjectOrigin, ProjectType, SharesBy, Status};
use serde_json::{Value, json};

use super::{answer, date, enum_of, max_len, nullable, string};

fn integer() -> Value {
    json!({"type": "integer"})
}

fn boolean() -> Value {
    json!({"type": "boolean"})
}

fn call_properties() -> Value {
    json!({
        "id": string(), "programme_id": string(), "title": string(), "description": string(),
        "currency": string(), "fund_cents": integer(), "min_grant_cents": integer(),
        "max_grant_cents": integer(), "opens_on": date(), "closes_on": date(),
        "closed_on": {"type": ["string", "null"], "description": "closed early on this day"},
        "quality_threshold": integer(), "partial_last": boolean(),
        "entrepreneurial": boolean(), "professional": boolean(),
        "from_italy": boolean(), "from_home": boolean(),
        "shares_by": enum_of(SharesBy::ALL.map(SharesBy::as_str)),
        "accepts": {"type": "boolean", "description": "submissions are accepted today"},
    })
}

fn column() -> Value {
    answer(json!({
        "country": {"type": ["string", "null"], "description": "ISO 3166-1 alpha-2; null for the total"},
        "eligible": integer(), "recovered": integer(), "presented": integer(),
        "did_not_apply": integer(), "entrepreneurial": integer(),
        "entrepreneurial_italy": integer(), "entrepreneurial_home": integer(),
        "professional": integer(), "professional_italy": integer(), "professional_home": integer(),
    }))
}

/// These answers, by name.
pub(super) fn responses() -> Vec<(&'static str, Value)> {
    let mut detail = call_properties();
    if let Some(o) = detail.as_object_mut() {
        o.insert(
            "criteria".into(),
            json!({"type": "array", "items": answer(json!({"label": string(), "weight": integer()}))}),
        );
        o.insert(
            "shares".into(),
            json!({"type": "array", "items": answer(json!({"group": string(), "max_cents": integer()}))}),
        );
        o.insert(
            "counts".into(),
            json!({"type": ["object", "null"], "description": "staff only: the list and the applications by status",
                "properties": {"listed": integer(), "drafts": integer(), "submitted": integer(),
                "eligible": integer(), "ineligible": integer(), "scored": integer(),
                "awarded": integer(), "withdrawn": integer()}}),
        );
        o.insert(
            "table".into(),
            json!({"type": ["object", "null"], "description": "staff only: the table of DOMAIN.md §6, per country and in total",
                "properties": {"countries": {"type": "array", "items": column()}, "total": column()}}),
        );
    }
    vec![
        ("GrantCall", answer(call_properties())),
        ("GrantCallDetail", answer(detail)),
        (
            "GrantApplication",
            answer(json!({
                "id": string(), "call_id": string(), "reference": string(),
                "status": enum_of(Status::ALL.map(Status::as_str)),
                "project_type": enum_of(ProjectType::ALL.map(ProjectType::as_str)),
                "origin": enum_of(ProjectOrigin::ALL.map(ProjectOrigin::as_str)),
                "title": string(), "summary": string(), "requested_cents": integer(),
                "lang": string(), "check_note": string(),
                "submitted_at": {"type": ["string", "null"], "description": "UTC, ISO 8601 without offset"},
                "country": nullable("string"),
                "applicant": {"type": ["object", "null"], "description": "absent for those who never see names (evaluators) and in the applicant's own answer",
                    "properties": {"family_name": string(), "given_names": string()}},
                "lines": {"type": "array", "items": answer(json!({
                    "position": integer(), "category": string(), "label": string(),
                    "amount_cents": integer(), "eligible": {"type": ["boolean", "null"], "description": "the cost check's verdict"}}))},
            })),
        ),
    ]
}

fn cents(what: &str) -> Value {
    json!({"type": "integer", "minimum": 0, "maximum": MAX_FUND_CENTS, "description": what})
}

/// The request bodies, by name.
pub(super) fn requests() -> Vec<(&'static str, Value)> {
    let groups = ["TN", "MA", "entrepreneurial", "professional"];
    vec![
        (
            "NewGrantCall",
            json!({"type": "object",
            "required": ["programme_id", "title", "currency", "fund_cents", "min_grant_cents", "max_grant_cents",
                         "opens_on", "closes_on", "quality_threshold", "entrepreneurial", "professional",
                         "from_italy", "from_home", "criteria"],
            "description": "The call's terms. What a schema cannot say is answered 422 naming the field: the minimum grant above zero and not above the maximum, the maximum not above the fund (`max_grant`); `closes_on` not before `opens_on`; at least one type and one origin; criteria weights summing to 100; each share a group of `shares_by`, once, not above the fund. The programme must be in reach.",
            "properties": {
                "programme_id": string(),
                "title": {"type": "string", "minLength": 1, "maxLength": MAX_NAME},
                "description": max_len(MAX_DESCRIPTION),
                "currency": {"type": "string", "minLength": 3, "maxLength": 3, "description": "ISO 4217, e.g. EUR"},
                "fund_cents": cents("the fund, in cents"),
                "min_grant_cents": cents("the smallest grant, in cents"),
                "max_grant_cents": cents("the largest grant, in cents"),
                "opens_on": {"type": "string", "format": "date", "description": "from 2000-01-01 to ten years after today"},
                "closes_on": {"type": "string", "format": "date", "description": "from 2000-01-01 to ten years after today"},
                "quality_threshold": {"type": "integer", "minimum": 0, "maximum": 100},
                "partial_last": boolean(), "entrepreneurial": boolean(), "professional": boolean(),
                "from_italy": boolean(), "from_home": boolean(),
                "shares_by": enum_of(SharesBy::ALL.map(SharesBy::as_str)),
                "shares": {"type": "array", "maxItems": 2, "items": {"type": "object", "required": ["group", "max_cents"],
                    "properties": {"group": enum_of(groups), "max_cents": cents("the group's ceiling, in cents")}}},
                "criteria": {"type": "array", "maxItems": MAX_CRITERIA, "items": {"type": "object", "required": ["label", "weight"],
                    "properties": {"label": {"type": "string", "minLength": 1, "maxLength": MAX_NAME},
                                   "weight": {"type": "integer", "minimum": 1, "maximum": 100}}}}}}),
        ),
        (
            "NewGrantApplication",
            json!({"type": "object", "required": ["project_type", "origin"],
            "description": "The caller's draft, created or replaced whole while it is a draft and the call accepts submissions (else 409). The type and origin must be among those the call allows (422). The requested amount is the sum of the lines.",
            "properties": {
                "project_type": enum_of(ProjectType::ALL.map(ProjectType::as_str)),
                "origin": enum_of(ProjectOrigin::ALL.map(ProjectOrigin::as_str)),
                "title": max_len(MAX_NAME),
                "summary": max_len(MAX_DESCRIPTION),
                "lang": enum_of(domain::Locale::ALL.map(|l| l.tag())),
                "lines": {"type": "array", "maxItems": MAX_LINES, "items": {"type": "object",
                    "required": ["category", "label", "amount_cents"],
                    "properties": {"category": enum_of(Category::ALL.map(Category::as_str)),
                                   "label": max_len(MAX_NAME), "amount_cents": cents("in cents of the call's currency")}}}}}),
        ),
    ]
}

/// Examples of the bodies (their ids name nothing: the server answers 404 or 422).
pub(super) fn example(name: &str) -> Option<Value> {
    let id = "00000000-0000-4000-8000-000000000000";
    Some(match name {
        "NewGrantCall" => json!({
            "programme_id": id, "title": "Return projects — third round", "currency": "EUR",
            "fund_cents": 3_000_000, "min_grant_cents": 100_000, "max_grant_cents": 500_000,
            "opens_on": "2027-03-01", "closes_on": "2027-04-30", "quality_threshold": 60,
            "partial_last": true, "entrepreneurial": true, "professional": true,
            "from_italy": true, "from_home": true, "shares_by": "country",
            "shares": [{"group": "TN", "max_cents": 1_500_000}, {"group": "MA", "max_cents": 1_500_000}],
            "criteria": [{"label": "Feasibility", "weight": 60}, {"label": "Impact", "weight": 40}]}),
        "NewGrantApplication" => json!({
            "project_type": "entrepreneurial", "origin": "home", "title": "Olive oil press",
            "summary": "A small press in Sfax.", "lang": "fr",
            "lines": [{"category": "equipment", "label": "Press", "amount_cents": 250_000}]}),
        _ => return None,
    })
}
