//! The OpenAPI 3.1 document, generated from the route table so it cannot drift from it:
//! every `/api/v1` route appears, with the permission it requires.

use axum::Json;
use serde_json::{Map, Value, json};

use crate::routes::{Access, table};

fn schema_of(path: &str) -> Value {
    let item = |name: &str| json!({"$ref": format!("#/components/schemas/{name}")});
    let list = |name: &str| json!({"type": "array", "items": {"$ref": format!("#/components/schemas/{name}")}});
    match path {
        "/api/v1/programmes" => list("Programme"),
        "/api/v1/programmes/{id}" => item("Programme"),
        "/api/v1/organisations" => list("Organisation"),
        "/api/v1/organisations/{id}" => item("Organisation"),
        "/api/v1/users/me" => item("Me"),
        "/api/v1/calls" => list("Call"),
        "/api/v1/candidates" => item("CandidatePage"),
        "/api/v1/candidates/{id}" => item("Candidate"),
        "/api/v1/calls/{id}/matching-runs" | "/api/v1/matching-runs/{id}" => item("MatchingRun"),
        "/api/v1/companies" => list("Company"),
        "/api/v1/companies/{id}" => item("Company"),
        "/api/v1/placements" => list("Placement"),
        "/api/v1/positions" => list("Position"),
        "/api/v1/positions/{id}" => item("Position"),
        "/api/v1/taxonomy/occupations" | "/api/v1/taxonomy/skills" => list("Concept"),
        _ => json!({}),
    }
}

pub fn build() -> Value {
    let mut paths = Map::new();
    for r in table()
        .into_iter()
        .filter(|r| r.path.starts_with("/api/v1/"))
    {
        let required = match r.access {
            Access::Public => "none".to_owned(),
            Access::SignedIn => "signed in".to_owned(),
            Access::Permission(p) => p.as_str().to_owned(),
        };
        let mut params = Vec::new();
        if r.path.contains("{id}") {
            params.push(json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}));
        }
        if r.path == "/api/v1/organisations" {
            params.push(json!({"name": "kind", "in": "query", "schema": {"type": "string"}}));
            params.push(json!({"name": "programme", "in": "query", "schema": {"type": "string"}}));
        }
        if r.path == "/api/v1/candidates" && r.method == "GET" {
            for (name, what) in [
                ("q", "words searched in names (both scripts) and e-mail"),
                ("call", "call id"),
                (
                    "status",
                    "draft, submitted, eligible, ineligible, shortlisted, waiting_list, rejected",
                ),
                ("country", "country of residence, ISO 3166-1"),
                ("italian", "minimum Italian level in every skill, A1–C2"),
                ("sort", "name, submitted or italian"),
                ("page", "page number from 1 (50 per page)"),
            ] {
                params.push(json!({"name": name, "in": "query", "description": what, "schema": {"type": "string"}}));
            }
        }
        if r.path.starts_with("/api/v1/taxonomy/") {
            params.push(json!({"name": "q", "in": "query", "required": true, "description": "start of a preferred label, or words in any label (case-insensitive)", "schema": {"type": "string"}}));
            params.push(json!({"name": "limit", "in": "query", "description": "at most 50; 20 by default", "schema": {"type": "integer"}}));
        }
        if r.path == "/api/v1/candidates/{id}" {
            params.push(json!({"name": "include", "in": "query", "schema": {"type": "string", "enum": ["passport"]},
                "description": "`passport` adds the decrypted passport number: needs read_passport; every read is audited"}));
        }
        // Every POST of the API creates something: a retry with the same key is answered
        // like the first, without a second record.
        if r.method == "POST" {
            params.push(json!({"name": "Idempotency-Key", "in": "header", "required": false,
                "schema": {"type": "string", "minLength": 1, "maxLength": 255},
                "description": "A unique value per request (e.g. a UUID), kept 24 hours per user. A repeat of the same request (method, path, body) with the same key gets the first answer and creates nothing; the same key with another request gets 422; a repeat while the first is in progress gets 409."}));
        }
        let body = match (r.method, r.path) {
            ("POST", "/api/v1/calls") => Some("NewCall"),
            ("POST", "/api/v1/candidates") => Some("NewCandidate"),
            _ => None,
        };
        let mut op = json!({
            "summary": format!("{} {}", r.method, r.path),
            "description": format!("Requires: {required}."),
            "x-mentor-permission": required,
            "parameters": params,
            "responses": {
                "200": {"description": "OK", "content": {"application/json": {"schema": schema_of(r.path)}}},
                "401": {"$ref": "#/components/responses/Error"},
                "403": {"$ref": "#/components/responses/Error"},
                "404": {"$ref": "#/components/responses/Error"}
            }
        });
        if let (Some(name), Some(obj)) = (body, op.as_object_mut()) {
            obj.insert("requestBody".into(), json!({"required": true, "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{name}")}}}}));
            if let Some(res) = obj.get_mut("responses").and_then(Value::as_object_mut) {
                if let Some(ok) = res.remove("200") {
                    res.insert("201".into(), ok);
                }
                res.insert(
                    "422".into(),
                    json!({"$ref": "#/components/responses/Error"}),
                );
            }
        }
        if r.method == "POST"
            && let Some(res) = op.get_mut("responses").and_then(Value::as_object_mut)
        {
            for status in ["409", "422"] {
                res.entry(status)
                    .or_insert_with(|| json!({"$ref": "#/components/responses/Error"}));
            }
        }
        let entry = paths.entry(r.path.to_owned()).or_insert_with(|| json!({}));
        if let Some(obj) = entry.as_object_mut() {
            obj.insert(r.method.to_lowercase(), op);
        }
    }
    json!({
        "openapi": "3.1.0",
        "info": {"title": "Mentor API", "version": env!("CARGO_PKG_VERSION"),
                 "description": "Circular-mobility traineeship schemes. Authenticate with `Authorization: Bearer <token>` (see `mentor user token`)."},
        "security": [{"bearer": []}],
        "paths": paths,
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "responses": {"Error": {"description": "Error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
            "schemas": {
                "Company": {"type": "object", "description": "An organisation of kind host_company with its profile (VAT number, ATECO, employees, region, checklist declarations, outreach stage).", "properties": {
                    "id": {"type": "string"}, "name": {"type": "string"}, "city": {"type": "string"},
                    "profile": {"type": ["object", "null"], "properties": {
                        "vat_number": {"type": ["string", "null"]}, "ateco": {"type": ["string", "null"]}, "employees": {"type": ["integer", "null"]},
                        "region": {"type": ["string", "null"]}, "stage": {"type": "string"}}}}},
                "Position": {"type": "object", "properties": {
                    "id": {"type": "string"}, "company_id": {"type": "string"}, "company_name": {"type": "string"}, "title": {"type": "string"},
                    "occupation": {"type": "string"}, "isco_code": {"type": ["string", "null"]}, "min_italian": {"type": "string"},
                    "education_level": {"type": "integer"}, "city": {"type": "string"}, "starts_on": {"type": "string", "format": "date"},
                    "duration_months": {"type": "integer"}, "hours_per_week": {"type": "integer"}, "allowance_cents": {"type": "integer"},
                    "places": {"type": "integer"}, "status": {"type": "string", "enum": ["draft", "submitted", "approved", "open", "filled", "withdrawn"]}}},
                "MatchingRun": {"type": "object", "description": "Settings and result of a run; the result follows the matching crate's JSON result format (pairs with score components and rank).", "properties": {
                    "id": {"type": "string"}, "call_id": {"type": "string"}, "approved_at": {"type": ["string", "null"]},
                    "settings": {"type": "object"}, "result": {"type": "object"}}},
                "Placement": {"type": "object", "properties": {
                    "id": {"type": "string"}, "candidate_id": {"type": "string"}, "candidate_name": {"type": "string"}, "position_id": {"type": "string"},
                    "position_title": {"type": "string"}, "company_id": {"type": "string"}, "company_name": {"type": "string"},
                    "status": {"type": "string", "enum": ["proposed", "interview", "accepted", "declined"]}, "score": {"type": "integer"}}},
                "Error": {"type": "object", "properties": {"error": {"type": "object", "properties": {
                    "code": {"type": "string"}, "message": {"type": "string"}, "request_id": {"type": "string"},
                    "field": {"type": "string", "description": "On 422: the input field refused (a value that does not fit, or a reference to a record that does not exist or is beyond the caller's reach)."}}}}},
                "Programme": {"type": "object", "properties": {
                    "id": {"type": "string"}, "name": {"type": "string"}, "slug": {"type": "string"},
                    "countries": {"type": "string", "description": "comma-separated ISO 3166-1 codes"},
                    "starts_on": {"type": "string", "format": "date"}, "ends_on": {"type": "string", "format": "date"},
                    "budget_cents": {"type": "integer"}, "currency": {"type": "string"},
                    "created_at": {"type": "string"}, "updated_at": {"type": "string"}}},
                "Organisation": {"type": "object", "properties": {
                    "id": {"type": "string"}, "name": {"type": "string"}, "kind": {"type": "string"},
                    "country": {"type": "string"}, "territory_id": {"type": ["string", "null"]}, "city": {"type": "string"},
                    "created_at": {"type": "string"}, "updated_at": {"type": "string"}}},
                "Rules": {"type": "object", "description": "Eligibility rules; each is optional", "properties": {
                    "age": {"type": ["object", "null"], "properties": {"min": {"type": "integer"}, "max": {"type": "integer"}, "on": {"type": "string", "format": "date"}}},
                    "residence_countries": {"type": "array", "items": {"type": "string"}},
                    "residence_territories": {"type": "array", "items": {"type": "string"}},
                    "qualification_within_months": {"type": ["integer", "null"]},
                    "language": {"type": ["object", "null"], "properties": {"language": {"type": "string"}, "min": {"type": "string"}}},
                    "min_isced": {"type": ["integer", "null"]}}},
                "Call": {"type": "object", "properties": {
                    "id": {"type": "string"}, "programme_id": {"type": "string"}, "title": {"type": "string"},
                    "description": {"type": "string"}, "opens_on": {"type": "string", "format": "date"},
                    "closes_on": {"type": "string", "format": "date"}, "places": {"type": "integer"},
                    "rules": {"$ref": "#/components/schemas/Rules"}}},
                "NewCall": {"type": "object", "required": ["programme_id", "title", "opens_on", "closes_on", "places"], "properties": {
                    "programme_id": {"type": "string"}, "title": {"type": "string"}, "description": {"type": "string"},
                    "opens_on": {"type": "string", "format": "date"}, "closes_on": {"type": "string", "format": "date"},
                    "places": {"type": "integer"}, "rules": {"$ref": "#/components/schemas/Rules"}}},
                "Outcome": {"type": "object", "properties": {"rule": {"type": "string"}, "passed": {"type": "boolean"},
                    "key": {"type": "string", "description": "Fluent message key of the reason"},
                    "args": {"type": "array", "items": {"type": "array", "items": {"type": "string"}}}}},
                "Candidate": {"type": "object", "properties": {
                    "id": {"type": "string"}, "programme_id": {"type": "string"}, "call_id": {"type": "string"},
                    "status": {"type": "string"}, "nationality": {"type": "string"}, "residence_country": {"type": "string"},
                    "italian_level": {"type": ["string", "null"]}, "submitted_at": {"type": ["string", "null"]},
                    "eligible": {"type": "boolean"}, "eligibility": {"type": "array", "items": {"$ref": "#/components/schemas/Outcome"}},
                    "override_reason": {"type": ["string", "null"]}, "decision_reason": {"type": ["string", "null"]},
                    "identity": {"type": "object", "description": "absent for evaluators"},
                    "profile": {"type": "object"},
                    "passport_number": {"type": "string", "description": "only with include=passport"}}},
                "CandidatePage": {"type": "object", "properties": {
                    "total": {"type": "integer"}, "page": {"type": "integer"}, "per_page": {"type": "integer"},
                    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Candidate"}}}},
                "NewCandidate": {"type": "object", "required": ["call_id", "identity", "education"], "properties": {
                    "call_id": {"type": "string"},
                    "identity": {"type": "object", "description": "family_name, given_names, family_name_ar, given_names_ar, birth_date, sex (f|m|x), nationality, residence_country, passport_number, email, phone, whatsapp"},
                    "education": {"type": "object", "description": "isced_level, qualification_title, field_of_study, qualification_date, it_/fr_/en_ understanding|speaking|writing (A1–C2)"},
                    "preferences": {"type": "object", "description": "experience, sectors, cities, available_from"}}},
                "Concept": {"type": "object", "description": "an ESCO occupation or skill", "properties": {
                    "uri": {"type": "string"}, "label": {"type": "string"},
                    "isco_code": {"type": ["string", "null"], "description": "ISCO-08 group of an occupation"}}},
                "Me": {"type": "object", "properties": {
                    "id": {"type": "string"}, "email": {"type": "string"}, "display_name": {"type": "string"},
                    "locale": {"type": "string"}, "memberships": {"type": "array", "items": {"type": "object"}}}}
            }
        }
    })
}

pub async fn document() -> Json<Value> {
    Json(build())
}
