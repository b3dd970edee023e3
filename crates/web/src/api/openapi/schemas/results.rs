//! The answer's schema of the results report (issue 16): `domain::results::Report` as
//! serde writes it. Units, dimensions and rule codes come from the domain's own lists.

use domain::results::registry::RULES;
use domain::results::{Dimension, Unit};
use serde_json::{Value, json};

use super::{answer, date, enum_of, nullable, string};

fn value() -> Value {
    answer(json!({
        "unit": enum_of(Unit::ALL.map(Unit::as_str)),
        "raw": {"type": "integer", "description": "in the unit's smallest step: counts as is, percent in basis points, days in tenths, euro in cents"}}))
}

fn or_null(v: Value) -> Value {
    json!({"oneOf": [v, {"type": "null"}]})
}

fn figure() -> Value {
    answer(json!({
        "total": value(),
        "parts": {"type": "array", "items": answer(json!({
            "dimension": enum_of(Dimension::ALL.map(Dimension::as_str)),
            "key": string(),
            "value": value()}))}}))
}

fn measured() -> Value {
    answer(json!({"year": {"type": "integer"}, "value": value(), "comment": nullable("string")}))
}

fn period() -> Value {
    answer(json!({
        "id": string(), "label": string(), "starts_on": date(), "ends_on": date(),
        "status": {"type": "object", "required": ["status"], "properties": {
            "status": enum_of(["open", "submitted"]),
            "at": {"type": "string", "description": "when submitted: UTC, RFC 3339"}}},
        "narrative": {"type": "array", "items": {"type": "array", "items": string(), "minItems": 2, "maxItems": 2}}}))
}

fn indicator() -> Value {
    answer(json!({
        "id": string(), "code": string(), "title": string(),
        "unit": enum_of(Unit::ALL.map(Unit::as_str)),
        "ascending": {"type": "boolean"},
        "source": {"type": "object", "required": ["kind"], "properties": {
            "kind": enum_of(["computed", "manual"]),
            "rule": enum_of(RULES.iter().map(|r| r.code))}},
        "baseline": or_null(measured()),
        "target": or_null(measured()),
        "current": or_null(figure()),
        "periods": {"type": "array", "items": answer(json!({
            "period_id": string(), "starts_on": date(), "ends_on": date(),
            "target": or_null(value()),
            "actual": or_null(figure()),
            "corrected": or_null(value())}))}}))
}

/// These answers' schemas, by name.
pub(super) fn responses() -> Vec<(&'static str, Value)> {
    vec![(
        "ResultsReport",
        answer(json!({
            "programme": answer(json!({
                "id": string(), "name": string(), "slug": string(),
                "starts_on": date(), "ends_on": date(),
                "budget_cents": {"type": "integer"}, "currency": string(),
                "countries": {"type": "array", "items": string()}})),
            "period": or_null(period()),
            "periods": {"type": "array", "items": period()},
            "objectives": {"type": "array", "items": answer(json!({
                "id": string(), "code": string(), "title": string(),
                "overall": {"type": "boolean"},
                "indicators": {"type": "array", "items": indicator()},
                "results": {"type": "array", "items": answer(json!({
                    "id": string(), "code": string(), "title": string(),
                    "indicators": {"type": "array", "items": indicator()}}))}}))},
            "computed": {"type": "array", "description": "every registry rule's figure: [rule code, figure]",
                "items": {"type": "array", "minItems": 2, "maxItems": 2}}})),
    )]
}
