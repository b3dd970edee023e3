//! The schemas of a call's panel and award (issue 15): the award proposal with its advice
//! and adjustments, a panellist's scores, and the body that declares and scores.

use domain::bounds::MAX_DESCRIPTION;
use domain::grant::terms::{MAX_CRITERIA, MAX_MARK};
use serde_json::{Value, json};

use super::{answer, enum_of, nullable, string, timestamp};

fn int() -> Value {
    json!({"type": "integer"})
}

fn ids() -> Value {
    json!({"type": "array", "items": {"type": "string"}})
}

const OUTCOMES: [&str; 5] = [
    "funded",
    "partial",
    "reserve",
    "below_threshold",
    "excluded",
];

/// These answers' schemas, by name.
pub(super) fn responses() -> Vec<(&'static str, Value)> {
    vec![
        (
            "AwardProposal",
            answer(json!({
            "call_id": string(), "currency": string(), "fund_cents": int(),
            "quality_threshold": int(), "partial_last": {"type": "boolean"},
            "total_cents": int(), "remaining_cents": int(),
            "shares": {"type": "array", "items": answer(json!({"group": string(), "awarded_cents": int(), "ceiling_cents": int()}))},
            "lines": {"type": "array", "description": "the ranking in order, with what the call's rule (and the committee's adjustments) gives each", "items": answer(json!({
                "rank": int(), "application_id": string(), "reference": string(), "name": string(),
                "points_milli": nullable("integer"), "spread_milli": nullable("integer"),
                "asked_cents": int(), "granted_cents": int(), "outcome": enum_of(OUTCOMES),
                "reserve_rank": nullable("integer"), "running_cents": int()}))},
            "advice": {"type": ["object", "null"], "description": "the exact set maximising the total points within the fund and the shares, and what it changes", "properties": {
                "application_ids": ids(), "points_milli": int(), "total_cents": int(),
                "brought_in": ids(), "left_out": ids()}},
            "advice_refused": {"type": ["string", "null"], "description": "why the advice is not given (too large to compute exactly)"},
            "adjustments": {"type": "array", "items": answer(json!({
                "kind": enum_of(["reduce", "exclude", "include"]), "application_id": string(),
                "amount_cents": nullable("integer"), "reason": string(), "made_by": string(), "made_at": timestamp()}))},
            "blockers": {"type": "array", "items": {"type": "string"}, "description": "message keys saying why it cannot be accepted yet"},
            "accepted_at": {"type": ["string", "null"]}, "awarded_cents": int(), "balance_cents": int()})),
        ),
        (
            "GrantScore",
            answer(json!({
            "application_id": string(), "reference": string(), "mine": {"type": "boolean"},
            "panellist": string(), "conflict": {"type": "boolean"}, "submitted": {"type": "boolean"},
            "marks": {"type": "array", "items": {"type": ["integer", "null"]}, "description": "one per criterion in the call's order"},
            "comment": string(), "points_milli": nullable("integer")})),
        ),
    ]
}

/// These request bodies' schemas, by name.
pub(super) fn requests() -> Vec<(&'static str, Value)> {
    vec![(
        "NewScore",
        json!({"type": "object", "required": ["submit"],
        "description": "Declares on the application (once: a conflict is final) and/or saves the score: one mark per criterion of the call, in its order (422 naming `mark-N` otherwise); `submit` submits it (false: a declaration, or a draft) (then it does not change: 409). Only a panellist appointed to the application's call (403), on an application before the panel (409 once awarded).",
        "properties": {
            "declaration": {"type": ["string", "null"], "enum": ["no_conflict", "conflict", null]},
            "marks": {"type": ["array", "null"], "maxItems": MAX_CRITERIA, "items": {"type": "integer", "minimum": 0, "maximum": MAX_MARK}},
            "comment": {"type": ["string", "null"], "maxLength": MAX_DESCRIPTION},
            "submit": {"type": "boolean"}}}),
    )]
}
