//! The answers' and the request's schemas of grants after the award (issue 15 item 5).

use domain::grant::payment::Milestone;
use domain::grant::payment::disbursement::PayCurrency;
use domain::grant::{GrantState, ProjectOrigin, ProjectType};
use serde_json::{Value, json};

use super::{answer, date, enum_of, nullable, string};

/// These answers' schemas, by name.
pub(super) fn responses() -> Vec<(&'static str, Value)> {
    vec![(
        "Grant",
        answer(json!({
        "application_id": string(), "call_id": string(), "reference": string(), "title": string(),
        "candidate_id": string(),
        "country": {"type": "string", "description": "the grantee's country of origin, ISO 3166-1 alpha-2"},
        "project_type": enum_of(ProjectType::ALL.map(ProjectType::as_str)),
        "origin": enum_of(ProjectOrigin::ALL.map(ProjectOrigin::as_str)),
        "currency": string(), "amount_cents": {"type": "integer"},
        "state": enum_of(GrantState::ALL.map(GrantState::as_str)),
        "agreed_on": nullable("string"), "closed_on": nullable("string"),
        "paid_cents": {"type": "integer"},
        "tranches": {"type": "array", "items": answer(json!({
            "id": string(), "label": string(), "amount_cents": {"type": "integer"}, "due_on": date(),
            "milestone": enum_of(Milestone::ALL.map(Milestone::as_str)),
            "released": {"type": "boolean", "description": "its milestone is reached: the agreement signed, or the milestone's report accepted"},
            "paid_cents": {"type": "integer"}}))},
        "disbursements": {"type": "array", "items": answer(json!({
            "id": string(), "tranche_id": string(), "paid_on": date(), "amount_cents": {"type": "integer"},
            "currency": enum_of(PayCurrency::ALL.map(PayCurrency::as_str)),
            "local_amount": {"type": ["string", "null"], "description": "in `currency`, when not EUR"},
            "rate": {"type": ["string", "null"], "description": "units of `currency` for one euro, when not EUR"}}))}})),
    )]
}

/// The request body of a disbursement.
pub(super) fn new_disbursement() -> Value {
    let decimal = |what: &str| json!({"type": "string", "minLength": 1, "maxLength": 20, "description": what});
    json!({"type": "object", "required": ["tranche_id", "paid_on", "amount"],
    "description": "A payment of a released tranche of an agreed grant: not more than is left of it (422 naming `amount`), a tranche not released is 422 naming `tranche`, a grant not agreed 409. In TND or MAD, `local_amount` and `rate` are required and must make `amount` within a cent (422 naming `amount`).",
    "properties": {
        "tranche_id": {"type": "string", "minLength": 1, "maxLength": 64},
        "paid_on": {"type": "string", "format": "date", "description": "not in the future (Europe/Rome)"},
        "amount": decimal("in the call's currency (EUR), e.g. 3000 or 3000.50"),
        "currency": {"type": ["string", "null"], "enum": ["EUR", "TND", "MAD", null], "description": "what the transfer was made in; EUR when absent"},
        "local_amount": {"type": ["string", "null"], "maxLength": 20, "description": "in `currency`, up to its decimals (TND 3, MAD 2)"},
        "rate": {"type": ["string", "null"], "maxLength": 20, "description": "units of `currency` for one euro, up to six decimals, e.g. 3.3712"}}})
}
