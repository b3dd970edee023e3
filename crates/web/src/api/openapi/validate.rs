//! Every API body is checked against the schema the document publishes for it before it is
//! read, so the server refuses exactly what the document says it refuses: a string where a
//! number goes, an array where an object goes (serde would read a struct from an array),
//! a text over its length, a value outside its enumeration or bounds. The refusal is a 422
//! naming the field by its JSON path; the domain's own parsing then checks what a schema
//! cannot say.
//!
//! Only the keywords our request schemas use are understood (a test keeps it so): `$ref`,
//! `type`, `properties`, `required`, `additionalProperties`, `items`, `enum`, `minimum`,
//! `maximum`, `minLength`, `maxLength`, `maxItems`, `format: date` and the one `pattern`
//! of a country code; `description` is prose.

use serde_json::Value;

use crate::AppError;
use axum::http::StatusCode;

/// The pattern of a two-letter country code, as the server reads one (see `schemas`).
pub const COUNTRY_PATTERN: &str = "^\\s*[A-Za-z]{2}\\s*$";

/// The keywords understood; any other in a request schema fails the test below.
pub const KEYWORDS: &[&str] = &[
    "$ref",
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "enum",
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "maxItems",
    "format",
    "pattern",
    "description",
];

struct Refusal {
    path: String,
    key: &'static str,
}

fn refuse(path: &str, key: &'static str) -> Result<(), Refusal> {
    Err(Refusal {
        path: path.trim_start_matches('.').to_owned(),
        key,
    })
}

fn type_matches(t: &str, v: &Value) -> bool {
    match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        // What serde reads as an integer: no fraction, not even `.0`.
        "integer" => v.is_i64() || v.is_u64(),
        "number" => v.is_number(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        _ => false,
    }
}

fn is_country(s: &str) -> bool {
    let t = s.trim();
    t.len() == 2 && t.bytes().all(|b| b.is_ascii_alphabetic())
}

fn check(schemas: &Value, schema: &Value, v: &Value, path: &str) -> Result<(), Refusal> {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/components/schemas/");
        let target = schemas.get(name).unwrap_or(&Value::Null);
        return check(schemas, target, v, path);
    }
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    if !types.is_empty() && !types.iter().any(|t| type_matches(t, v)) {
        return refuse(path, "error-json-field");
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array)
        && !values.contains(v)
    {
        return refuse(path, "error-choose-one");
    }
    match v {
        Value::Object(o) => {
            let properties = schema.get("properties").and_then(Value::as_object);
            for name in schema
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                if !o.contains_key(name) {
                    return refuse(&format!("{path}.{name}"), "error-json-field");
                }
            }
            for (name, value) in o {
                let at = format!("{path}.{name}");
                match properties.and_then(|p| p.get(name)) {
                    Some(s) => check(schemas, s, value, &at)?,
                    None => match schema.get("additionalProperties") {
                        Some(Value::Bool(false)) => return refuse(&at, "error-json-field"),
                        Some(s @ Value::Object(_)) => check(schemas, s, value, &at)?,
                        _ => {}
                    },
                }
            }
        }
        Value::Array(items) => {
            let max = schema.get("maxItems").and_then(Value::as_u64);
            if max.is_some_and(|m| items.len() as u64 > m) {
                return refuse(path, "error-too-many-items");
            }
            if let Some(s) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    check(schemas, s, item, &format!("{path}.{i}"))?;
                }
            }
        }
        Value::String(s) => {
            let n = s.chars().count() as u64;
            let min = schema.get("minLength").and_then(Value::as_u64);
            let max = schema.get("maxLength").and_then(Value::as_u64);
            if min.is_some_and(|m| n < m) {
                return refuse(path, "error-required");
            }
            if max.is_some_and(|m| n > m) {
                return refuse(path, "error-text-too-long");
            }
            if schema.get("format").and_then(Value::as_str) == Some("date")
                && !(s.len() == 10 && chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok())
            {
                return refuse(path, "error-invalid-date");
            }
            if schema.get("pattern").and_then(Value::as_str) == Some(COUNTRY_PATTERN)
                && !is_country(s)
            {
                return refuse(path, "error-invalid-country");
            }
        }
        Value::Number(n) => {
            let below = schema
                .get("minimum")
                .and_then(Value::as_f64)
                .zip(n.as_f64())
                .is_some_and(|(m, x)| x < m);
            let above = schema
                .get("maximum")
                .and_then(Value::as_f64)
                .zip(n.as_f64())
                .is_some_and(|(m, x)| x > m);
            if below || above {
                return refuse(path, "error-invalid-number");
            }
        }
        _ => {}
    }
    Ok(())
}

/// Checks `body` against the request schema `name` of the document.
pub fn body(name: &str, body: &Value) -> Result<(), AppError> {
    let schemas = super::schemas::all();
    let schema = schemas.get(name).unwrap_or(&Value::Null);
    check(schemas, schema, body, "").map_err(|r| AppError::Unreadable {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        key: r.key,
        field: Some(r.path).filter(|p| !p.is_empty()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn field(name: &str, v: Value) -> Option<String> {
        body(name, &v).err().map(|e| e.field().unwrap_or_default())
    }

    #[test]
    fn a_body_off_its_schema_is_refused_naming_the_field() {
        let call = json!({"programme_id": "p", "title": "T", "opens_on": "2026-01-10",
                          "closes_on": "2026-03-31", "places": 10});
        assert_eq!(field("NewCall", call.clone()), None);
        let mut c = call.clone();
        c["places"] = json!(32629);
        assert_eq!(field("NewCall", c).as_deref(), Some("places"));
        let mut c = call.clone();
        c["places"] = json!("10");
        assert_eq!(field("NewCall", c).as_deref(), Some("places"));
        let mut c = call.clone();
        c["opens_on"] = json!("2026-1-10");
        assert_eq!(field("NewCall", c).as_deref(), Some("opens_on"));
        let mut c = call.clone();
        c["rules"] = json!({"age": {"min": 14, "max": 200, "on": "2026-01-01"}});
        assert_eq!(field("NewCall", c).as_deref(), Some("rules.age.max"));
        let mut c = call;
        c["rules"] = json!({"residence_countries": ["TN", "Tunisia"]});
        assert_eq!(
            field("NewCall", c).as_deref(),
            Some("rules.residence_countries.1")
        );
        assert_eq!(field("MatchingSettings", json!([])).as_deref(), Some(""));
        for name in super::super::schemas::REQUESTS {
            if let Some(example) = super::super::schemas::example(name) {
                assert_eq!(field(name, example), None, "the example of {name}");
            }
        }
        assert_eq!(
            field("MatchingSettings", json!({"weights": [1, 2]})).as_deref(),
            Some("weights")
        );
        assert_eq!(
            field("NewPlacement", json!({"call_id": "c"})).as_deref(),
            Some("candidate_id")
        );
    }

    fn keywords_of(schema: &Value, out: &mut Vec<String>) {
        let Value::Object(o) = schema else { return };
        for (k, v) in o {
            out.push(k.clone());
            match k.as_str() {
                "properties" => v
                    .as_object()
                    .into_iter()
                    .flatten()
                    .for_each(|(_, s)| keywords_of(s, out)),
                "items" | "additionalProperties" => keywords_of(v, out),
                _ => {}
            }
        }
    }

    #[test]
    fn request_schemas_use_only_what_the_check_understands() {
        let schemas = super::super::schemas::all();
        for name in super::super::schemas::REQUESTS {
            let mut found = vec![];
            keywords_of(&schemas[*name], &mut found);
            for k in found {
                assert!(KEYWORDS.contains(&k.as_str()), "{name} uses {k}");
            }
            let text = schemas[*name].to_string();
            for part in text.split("\"pattern\":").skip(1) {
                assert!(part.starts_with(&serde_json::to_string(COUNTRY_PATTERN).unwrap()));
            }
        }
    }
}
