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
        let op = json!({
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
                "Error": {"type": "object", "properties": {"error": {"type": "object", "properties": {
                    "code": {"type": "string"}, "message": {"type": "string"}, "request_id": {"type": "string"}}}}},
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
