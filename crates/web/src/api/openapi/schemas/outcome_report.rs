//! The schema of the outcome table of DOMAIN.md §6 (issue 16 item 3).

use domain::results::outcome_table::Line;
use serde_json::{Value, json};

use super::{answer, enum_of, string};

fn int() -> Value {
    json!({"type": "integer", "minimum": 0})
}

/// These answers' schemas, by name.
pub(super) fn responses() -> Vec<(&'static str, Value)> {
    vec![(
        "OutcomeTable",
        answer(json!({
            "programme_id": string(), "programme": string(),
            "call": {"type": ["object", "null"], "description": "the call for proposals the call rows count: the programme's first (null when it has none; its rows are then zero)",
                "required": ["id", "title"], "properties": {"id": string(), "title": string()}},
            "countries": {"type": "array", "items": string(), "description": "the columns: countries of origin, ISO 3166-1 alpha-2, Tunisia and Morocco first"},
            "rows": {"type": "array", "description": "the lines of the table in order", "items": answer(json!({
                "key": enum_of(Line::ALL.map(Line::as_str)),
                "cells": {"type": "object", "description": "by country code", "additionalProperties": int()},
                "total": int()}))},
            "hosts": {"type": "array", "description": "host companies of the traineeships counted, per territory", "items": answer(json!({
                "territory": string(), "companies": int()}))},
            "hosts_total": int()})),
    )]
}
