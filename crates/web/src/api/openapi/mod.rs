//! The OpenAPI 3.1 document, generated from the route table so it cannot drift from it:
//! every `/api/v1` route appears, with the permission it requires (a test fails on a route
//! without its operation below).
//!
//! It tells the truth a client can rely on: each operation lists the statuses its handler
//! really answers (201 with its own schema and a `Location` where a GET exists for it),
//! every error with the error object's schema, and request bodies and parameters with the
//! constraints the server enforces (formats, bounds of `domain::bounds`, lengths, enums).
//! What JSON Schema cannot say — one date after another, a date relative to today, a
//! reference that must exist and be in reach — is in the descriptions, and is answered 422
//! naming the field (404 for a reference out of reach). Schemathesis checks the document
//! against the server in `cargo xtask test`.

mod schemas;
pub mod validate;

use axum::Json;
use serde_json::{Map, Value, json};

use crate::routes::{Access, RouteInfo, table};

fn reference(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

fn list_of(name: &str) -> Value {
    json!({"type": "array", "items": reference(name)})
}

/// What one operation takes and answers, beyond what the route table says.
struct Operation {
    summary: &'static str,
    /// Query parameters (the path's `{id}` is added from the path).
    query: Vec<Value>,
    /// The request body's schema, for a POST.
    body: Option<&'static str>,
    /// The success status and its schema.
    ok: (&'static str, Value),
    /// A `Location` header comes with the success (a GET answers at it).
    location: bool,
}

fn query(name: &str, description: &str, schema: Value) -> Value {
    json!({"name": name, "in": "query", "required": false, "description": description, "schema": schema})
}

fn text() -> Value {
    json!({"type": "string"})
}

fn enum_of<'a>(values: impl IntoIterator<Item = &'a str>) -> Value {
    json!({"type": "string", "enum": values.into_iter().collect::<Vec<_>>()})
}

fn operation(method: &str, path: &str) -> Option<Operation> {
    use domain::{OrganisationKind, outreach::Stage, position::PositionStatus};
    let op = |summary, ok| Operation {
        summary,
        query: vec![],
        body: None,
        ok: ("200", ok),
        location: false,
    };
    let created = |summary, body, ok, location| Operation {
        summary,
        query: vec![],
        body: Some(body),
        ok: ("201", reference(ok)),
        location,
    };
    Some(match (method, path) {
        ("GET", "/api/v1/users/me") => op(
            "The signed-in person and their memberships",
            reference("Me"),
        ),
        ("GET", "/api/v1/programmes") => op("Programmes in reach", list_of("Programme")),
        ("GET", "/api/v1/programmes/{id}") => op("One programme", reference("Programme")),
        ("GET", "/api/v1/organisations") => Operation {
            query: vec![
                query(
                    "kind",
                    "only organisations of this kind",
                    enum_of(OrganisationKind::ALL.map(OrganisationKind::as_str)),
                ),
                query(
                    "programme",
                    "only organisations of this programme (id)",
                    text(),
                ),
            ],
            ..op("Organisations in reach", list_of("Organisation"))
        },
        ("GET", "/api/v1/organisations/{id}") => op("One organisation", reference("Organisation")),
        ("GET", "/api/v1/calls") => op(
            "Calls in reach, with their eligibility rules",
            list_of("Call"),
        ),
        ("POST", "/api/v1/calls") => created("Publishes a call", "NewCall", "Call", true),
        ("GET", "/api/v1/calls/{id}") => op("One call", reference("Call")),
        ("GET", "/api/v1/candidates") => Operation {
            query: vec![
                query(
                    "q",
                    "words searched in names (both scripts) and e-mail; the first 100 characters count",
                    text(),
                ),
                query("call", "call id", text()),
                query(
                    "status",
                    "an application status; any other value filters nothing",
                    text(),
                ),
                query(
                    "staged",
                    "a decision staged and not yet published (shortlisted, waiting_list, rejected) or any; any other value filters nothing",
                    text(),
                ),
                query(
                    "country",
                    "country of residence, ISO 3166-1; any other value filters nothing",
                    text(),
                ),
                query(
                    "nationality",
                    "nationality, ISO 3166-1; any other value filters nothing",
                    text(),
                ),
                query("territory", "territory id", text()),
                query(
                    "italian",
                    "minimum Italian level in every skill, A1–C2; any other value filters nothing",
                    text(),
                ),
                query(
                    "language",
                    "a language (it, fr, en) whose minimum level `level` gives (`lang` is the answer's language)",
                    text(),
                ),
                query("level", "the minimum level in `language`, A1–C2", text()),
                query("skill", "the start of an ESCO skill's label", text()),
                query(
                    "sort",
                    "name, submitted or italian; any other value sorts by name",
                    text(),
                ),
                query(
                    "page",
                    "page number, 50 a page; read within 1–1,000,000",
                    json!({"type": "integer", "format": "int64"}),
                ),
            ],
            ..op(
                "Applications in reach, a page at a time",
                reference("CandidatePage"),
            )
        },
        ("POST", "/api/v1/candidates") => created(
            "Enters an application on a candidate's behalf",
            "NewCandidate",
            "Candidate",
            true,
        ),
        ("GET", "/api/v1/candidates/{id}") => Operation {
            query: vec![query(
                "include",
                "`passport` adds the decrypted passport number: needs read_passport (403 otherwise); every read is audited",
                json!({"type": "string", "enum": ["passport"]}),
            )],
            ..op("One application", reference("Candidate"))
        },
        ("POST", "/api/v1/calls/{id}/matching-runs") => created(
            "Runs the matching of a call's shortlisted candidates and open positions",
            "MatchingSettings",
            "MatchingRun",
            true,
        ),
        ("GET", "/api/v1/matching-runs/{id}") => op("One matching run", reference("MatchingRun")),
        ("GET", "/api/v1/placements") => op("Placements in reach", list_of("Placement")),
        ("POST", "/api/v1/placements") => created(
            "Proposes a candidate for a position by hand",
            "NewPlacement",
            "PlacementCreated",
            false,
        ),
        ("GET", "/api/v1/companies") => Operation {
            query: vec![
                query(
                    "stage",
                    "only companies at this outreach stage",
                    enum_of(Stage::ALL.map(Stage::as_str)),
                ),
                query("q", "words in the name or city", text()),
            ],
            ..op("Host companies in reach", list_of("Company"))
        },
        ("POST", "/api/v1/companies") => {
            created("Registers a host company", "NewCompany", "Company", true)
        }
        ("GET", "/api/v1/companies/{id}") => op("One host company", reference("Company")),
        ("GET", "/api/v1/positions") => Operation {
            query: vec![
                query(
                    "status",
                    "only positions in this state",
                    enum_of(PositionStatus::ALL.map(PositionStatus::as_str)),
                ),
                query("company", "only this company's positions (id)", text()),
            ],
            ..op("Positions in reach", list_of("Position"))
        },
        ("POST", "/api/v1/positions") => {
            created("Drafts a position", "NewPosition", "Position", true)
        }
        ("GET", "/api/v1/positions/{id}") => op("One position", reference("Position")),
        ("GET", "/api/v1/taxonomy/occupations" | "/api/v1/taxonomy/skills") => Operation {
            query: vec![
                query(
                    "q",
                    "start of a preferred label, or words in any label (case-insensitive); empty finds nothing",
                    text(),
                ),
                query(
                    "limit",
                    "how many, read within 1–50; 20 by default",
                    json!({"type": "integer", "format": "int64"}),
                ),
            ],
            ..op("ESCO concepts matching what was typed", list_of("Concept"))
        },
        ("GET", "/api/v1/cases") => Operation {
            query: vec![
                query(
                    "status",
                    "only cases at this step of their procedure (a template's step id, e.g. visa_requested); an unknown step finds nothing",
                    text(),
                ),
                query(
                    "overdue",
                    "`true`: only cases with a deadline before today (Europe/Rome); any other value filters nothing",
                    text(),
                ),
                query("city", "only cases hosted in this city", text()),
                query(
                    "country",
                    "only trainees residing in this country, ISO 3166-1 alpha-2",
                    text(),
                ),
                query("company", "only this host company's cases (id)", text()),
                query(
                    "page",
                    "page number, 50 a page; read within 1–1,000,000",
                    json!({"type": "integer", "format": "int64"}),
                ),
            ],
            ..op(
                "Open cases in reach, the most urgent first (nearest deadline, overdue on top)",
                reference("CasePage"),
            )
        },
        ("GET", "/api/v1/cases/{id}") => op(
            "One case: its path, what its step lacks, the deadlines running (each with why) and the steps the caller may take",
            reference("Case"),
        ),
        ("POST", "/api/v1/cases/{id}/transitions") => created(
            "Moves a case to a next step, as its procedure allows the caller's role",
            "NewTransition",
            "Case",
            true,
        ),
        ("GET", "/api/v1/deadlines") => Operation {
            query: vec![query(
                "status",
                "overdue (before today), near (overdue, today and the next 7 days) or all (every running deadline); all when absent",
                enum_of(["overdue", "near", "all"]),
            )],
            ..op(
                "Deadlines of the open cases in reach, the nearest first",
                list_of("CaseDeadline"),
            )
        },
        ("GET", "/api/v1/traineeships") => op(
            "Traineeships in reach (a case's id is its traineeship's), by the case's reference",
            list_of("Traineeship"),
        ),
        ("GET", "/api/v1/traineeships/{id}/reports") => op(
            "A traineeship's monthly reports the caller may read: their own drafts, and the others' once submitted",
            list_of("TraineeshipReport"),
        ),
        ("GET", "/api/v1/traineeships/{id}/allowances") => op(
            "A traineeship's allowances by month: approved (locked) and paid, and for those who follow it the months awaiting approval with the amount the region's rule gives; the rule and its source",
            reference("TraineeshipAllowances"),
        ),
        ("GET", "/api/v1/outcomes") => Operation {
            query: vec![
                query("programme", "only this programme's outcomes (id)", text()),
                query(
                    "kind",
                    "only outcomes of this kind; an unknown kind finds nothing",
                    text(),
                ),
            ],
            ..op(
                "How the traineeships in reach ended, by case reference (at most 2,000)",
                list_of("Outcome"),
            )
        },
        ("GET", "/api/v1/programmes/{id}/reports/outcomes") => op(
            "The outcome table of DOMAIN.md §6 for a programme (id or slug): per country of origin and in total, the traineeships, where the participants were at the end, the first call for proposals' eligible people, projects and non-applicants, and the host companies per territory; computed from the records in reach",
            reference("OutcomeTable"),
        ),
        ("GET", "/api/v1/follow-ups") => Operation {
            query: vec![query(
                "programme",
                "only this programme's follow-ups (id)",
                text(),
            )],
            ..op(
                "The follow-ups recorded after the traineeships in reach, by case reference and milestone (at most 2,000)",
                list_of("FollowUp"),
            )
        },
        ("GET", "/api/v1/courses") => op(
            "Pre-departure courses in reach (the caller's organisation's; a coordinator's programmes')",
            list_of("Course"),
        ),
        ("GET", "/api/v1/courses/{id}/attendance") => op(
            "A course's sessions and attendance: per participant the marks, both rates (over the sessions marked and over all planned, per mille), the level reached, the early warning and completion by the programme's rule",
            reference("CourseAttendance"),
        ),
        ("GET", "/api/v1/mentorships") => Operation {
            query: vec![query(
                "show",
                "open (the default), closed, concern (open with a concern not yet handled) or all; an unknown value finds nothing",
                text(),
            )],
            ..op(
                "Mentorships in reach: a mentor their own mentees', a coordinator their programmes', a participant their own",
                list_of("Mentorship"),
            )
        },
        ("GET", "/api/v1/mentorships/{id}") => op(
            "One mentorship with its sessions (their notes only to the mentor's organisation and the coordinators) and its action plan",
            reference("MentorshipDetail"),
        ),
        ("POST", "/api/v1/mentorships/{id}/sessions") => created(
            "Logs a session of a mentorship (its mentor or a coordinator); answers the mentorship",
            "NewMentoringSession",
            "MentorshipDetail",
            true,
        ),
        ("GET", "/api/v1/grant-calls") => op(
            "The calls for proposals in reach (a participant: those whose list they are on)",
            list_of("GrantCall"),
        ),
        ("POST", "/api/v1/grant-calls") => created(
            "Publishes a call for proposals with its terms",
            "NewGrantCall",
            "GrantCallDetail",
            true,
        ),
        ("GET", "/api/v1/grant-calls/{id}") => op(
            "A call's terms; for staff, the counts and the table of DOMAIN.md §6 per country and in total",
            reference("GrantCallDetail"),
        ),
        ("GET", "/api/v1/grant-calls/{id}/applications") => op(
            "A call's applications with their budget lines: staff the submitted ones in reach (without names for evaluators), a participant only their own (a draft included)",
            list_of("GrantApplication"),
        ),
        ("POST", "/api/v1/grant-calls/{id}/applications") => Operation {
            body: Some("NewGrantApplication"),
            ..op(
                "Creates or replaces the caller's draft application to the call; answered as stored",
                reference("GrantApplication"),
            )
        },
        ("GET", "/api/v1/grant-calls/{id}/award-proposal") => op(
            "A call's award proposal by its published rule (rank order above the quality threshold within the fund and the shares, partial funding of the last when allowed, the reserve list), the exact knapsack's advice and what it would change, the committee's adjustments, what blocks the acceptance, and once accepted the fund's balance",
            reference("AwardProposal"),
        ),
        ("GET", "/api/v1/grant-calls/{id}/scores") => op(
            "A panellist's own declarations and scores on the call, and the other panellists' submitted scores only on the applications where theirs is submitted (403 when not appointed)",
            list_of("GrantScore"),
        ),
        ("POST", "/api/v1/grant-applications/{id}/score") => created(
            "Declares on an application (no conflict, or a final conflict) and saves or submits the panellist's score",
            "NewScore",
            "GrantScore",
            false,
        ),
        ("GET", "/api/v1/grants") => Operation {
            query: vec![query("call", "only this call's grants (id)", text())],
            ..op(
                "The grants in reach (staff who manage grants: their programmes'; a participant: their own), with tranches, what was released and paid, and disbursements",
                list_of("Grant"),
            )
        },
        ("GET", "/api/v1/grants/{id}") => op(
            "One grant by its application's id: its tranches, what was released and paid, its disbursements with their rates",
            reference("Grant"),
        ),
        ("POST", "/api/v1/grants/{id}/disbursements") => created(
            "Records a disbursement of a released tranche; answers the grant as it now stands",
            "NewDisbursement",
            "Grant",
            true,
        ),
        ("GET", "/api/v1/programmes/{id}/results") => Operation {
            query: vec![query(
                "period",
                "a reporting period's id: its values (frozen once submitted, with `corrected` when the records moved since); everything recorded when absent",
                text(),
            )],
            ..op(
                "A programme's results: the logframe with every indicator's unit, baseline, target, current value and per-period values, and the registry's computed figures with their breakdowns",
                reference("ResultsReport"),
            )
        },
        _ => return None,
    })
}

fn error() -> Value {
    json!({"$ref": "#/components/responses/Error"})
}

/// The statuses a route's errors take: what its access, parameters and body can lead to.
fn error_statuses(r: &RouteInfo, op: &Operation) -> Vec<&'static str> {
    let mut codes = vec!["401"];
    if matches!(r.access, Access::Permission(_)) {
        codes.push("403");
    }
    let has_id = r.path.contains("{id}");
    if has_id || !op.query.is_empty() || op.body.is_some() {
        codes.push("400");
    }
    if has_id || op.body.is_some() {
        codes.push("404");
    }
    if op.body.is_some() {
        codes.extend(["409", "413", "415", "422"]);
    }
    codes.extend(["500", "503"]);
    codes
}

fn build_operation(r: &RouteInfo, op: Operation) -> Value {
    let required = match r.access {
        Access::Public => "none".to_owned(),
        Access::SignedIn => "signed in".to_owned(),
        Access::Permission(p) => p.as_str().to_owned(),
        Access::MetricsToken => "metrics token".to_owned(),
    };
    let mut params = op.query.clone();
    if r.path.contains("{id}") {
        params.insert(
            0,
            json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}),
        );
    }
    // Every POST of the API creates something: a retry with the same key is answered like
    // the first, without a second record (`api::idempotency`).
    if r.method == "POST" {
        params.push(json!({"name": "Idempotency-Key", "in": "header", "required": false,
            "schema": {"type": "string", "pattern": "^[!-~]{1,255}$"},
            "description": "A unique value per request (e.g. a UUID), kept 24 hours per user. A repeat of the same request (method, path, body) with the same key gets the first answer and creates nothing; the same key with another request gets 422; a repeat while the first is in progress gets 409."}));
    }
    let mut responses = Map::new();
    let mut success =
        json!({"description": "OK", "content": {"application/json": {"schema": op.ok.1}}});
    if op.location
        && let Some(obj) = success.as_object_mut()
    {
        obj.insert(
            "headers".into(),
            json!({"Location": {"description": "where the new resource is read", "required": true, "schema": {"type": "string"}}}),
        );
    }
    responses.insert(op.ok.0.into(), success);
    for code in error_statuses(r, &op) {
        responses.insert(code.into(), error());
    }
    let id = format!(
        "{}{}",
        r.method.to_lowercase(),
        r.path
            .replace("/api/v1", "")
            .replace(['/', '{', '}', '-'], "_")
    );
    let mut o = json!({
        "operationId": id,
        "summary": op.summary,
        "description": format!("Requires: {required}."),
        "x-mentor-permission": required,
        "parameters": params,
        "responses": responses,
    });
    if let (Some(name), Some(obj)) = (op.body, o.as_object_mut()) {
        obj.insert(
            "requestBody".into(),
            json!({"required": true, "content": {"application/json": {
                "schema": reference(name), "example": schemas::example(name)}}}),
        );
    }
    o
}

pub fn build() -> Value {
    let mut paths = Map::new();
    for r in table()
        .into_iter()
        .filter(|r| r.path.starts_with("/api/v1/"))
    {
        // A route without its operation here is caught by the test below.
        let Some(op) = operation(r.method, r.path) else {
            continue;
        };
        let o = build_operation(&r, op);
        let entry = paths.entry(r.path.to_owned()).or_insert_with(|| json!({}));
        if let Some(obj) = entry.as_object_mut() {
            obj.insert(r.method.to_lowercase(), o);
        }
    }
    json!({
        "openapi": "3.1.0",
        "info": {"title": "Mentor API", "version": env!("CARGO_PKG_VERSION"),
                 "description": "Circular-mobility traineeship schemes. Authenticate with `Authorization: Bearer <token>` (see `mentor user token`). Errors are `{\"error\": {\"code\", \"message\", \"request_id\", \"field\"}}`: `code` is a stable message key, `message` its text in the caller's language, `field` the field at fault when one is."},
        "security": [{"bearer": []}],
        "paths": paths,
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "responses": {"Error": {"description": "Error", "content": {"application/json": {"schema": reference("Error")}}}},
            "schemas": schemas::all().clone(),
        }
    })
}

pub async fn document() -> Json<Value> {
    Json(build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_api_route_has_its_operation() {
        for r in table().iter().filter(|r| r.path.starts_with("/api/v1/")) {
            assert!(
                operation(r.method, r.path).is_some(),
                "{} {} is missing from the OpenAPI document",
                r.method,
                r.path
            );
        }
    }

    #[test]
    fn every_reference_resolves() {
        let doc = build().to_string();
        let schemas = schemas::all();
        for part in doc.split("#/components/schemas/").skip(1) {
            let name: String = part.chars().take_while(|c| c.is_alphanumeric()).collect();
            assert!(schemas.get(&name).is_some(), "no schema {name}");
        }
    }
}
