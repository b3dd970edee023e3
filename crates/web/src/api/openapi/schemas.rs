//! The document's schemas: what each answer holds (every field the handler always writes is
//! `required`; absent-or-null is said with `null`), and what each request body may hold,
//! with the bounds the server enforces (`domain::bounds` and the parsers of `domain`).
//! Enumerations come from the domain's own lists, so they cannot drift from it.

use domain::bounds::{MAX_AGE, MAX_CALL_PLACES, MAX_DESCRIPTION, MAX_NAME, MIN_AGE};
use domain::eligibility::{MAX_QUALIFICATION_MONTHS, MAX_RULE_ITEMS, MAX_TERRITORY_ID};
use domain::{OrganisationKind, Role, candidate, cefr::Cefr, outreach::Stage, placement, position};
use serde_json::{Map, Value, json};

mod awards;
mod grant_payments;
mod grants;
mod mentorships;
mod outcome_report;
mod path;
mod results;

fn string() -> Value {
    json!({"type": "string"})
}

fn nullable(t: &str) -> Value {
    json!({"type": [t, "null"]})
}

fn date() -> Value {
    json!({"type": "string", "format": "date"})
}

/// `NaiveDateTime` as serde writes it: ISO 8601 in UTC, without an offset.
fn timestamp() -> Value {
    json!({"type": "string", "description": "UTC, ISO 8601 without offset"})
}

fn max_len(n: usize) -> Value {
    json!({"type": "string", "maxLength": n})
}

fn enum_of<'a>(values: impl IntoIterator<Item = &'a str>) -> Value {
    json!({"type": "string", "enum": values.into_iter().collect::<Vec<_>>()})
}

/// A whole number from `lo` to `hi` written as a string, as the forms send it: the API
/// takes exactly these strings.
fn whole(lo: i32, hi: i32, what: &str) -> Value {
    let values: Vec<String> = (lo..=hi).map(|n| n.to_string()).collect();
    json!({"type": "string", "enum": values, "description": format!("{what}, {lo} to {hi}, as a string")})
}

fn cefr() -> Value {
    enum_of(Cefr::ALL.map(Cefr::as_str))
}

/// An object whose every listed property is required (an answer's shape).
fn answer(properties: Value) -> Value {
    let required: Vec<String> = properties
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    json!({"type": "object", "required": required, "properties": properties})
}

fn merged(a: Value, b: Value) -> Value {
    let mut out = a.as_object().cloned().unwrap_or_default();
    out.extend(b.as_object().cloned().unwrap_or_default());
    Value::Object(out)
}

fn organisation_properties() -> Value {
    json!({
        "id": string(), "name": string(),
        "kind": enum_of(OrganisationKind::ALL.map(OrganisationKind::as_str)),
        "country": string(), "territory_id": nullable("string"), "city": string(),
        "created_at": timestamp(), "updated_at": timestamp(),
    })
}

fn company_profile() -> Value {
    let yes_no = || nullable("boolean");
    let mut profile = answer(json!({
        "organisation_id": string(), "vat_number": nullable("string"), "tax_code": nullable("string"),
        "ateco": nullable("string"), "employees": nullable("integer"), "address": string(),
        "region": nullable("string"), "contact_name": string(), "contact_email": string(),
        "contact_phone": string(), "notes": string(),
        "stage": enum_of(Stage::ALL.map(Stage::as_str)), "stage_changed_at": timestamp(),
        "owner_id": nullable("string"), "safety_compliant": yes_no(), "disability_compliant": yes_no(),
        "no_recent_dismissals": yes_no(), "no_insolvency": yes_no(), "no_wage_support": yes_no(),
        "checklist_updated_at": {"type": ["string", "null"]},
        "created_at": timestamp(), "updated_at": timestamp(),
    }));
    if let Some(o) = profile.as_object_mut() {
        o.insert("type".into(), json!(["object", "null"]));
    }
    profile
}

/// Eligibility rules as answers carry them (every key written).
fn rules() -> Value {
    answer(json!({
        "age": {"type": ["object", "null"], "required": ["min", "max", "on"], "properties": {
            "min": {"type": "integer"}, "max": {"type": "integer"}, "on": date()}},
        "residence_countries": {"type": "array", "items": string()},
        "residence_territories": {"type": "array", "items": string()},
        "qualification_within_months": nullable("integer"),
        "language": {"type": ["object", "null"], "required": ["language", "min"], "properties": {
            "language": string(), "min": cefr()}},
        "min_isced": nullable("integer"),
    }))
}

/// A two-letter country code as the server reads it (any case, surrounding spaces).
fn country_input() -> Value {
    json!({"type": "string", "pattern": "^\\s*[A-Za-z]{2}\\s*$", "description": "ISO 3166-1 alpha-2"})
}

/// Eligibility rules as a client sends them: every rule optional, each within the bounds of
/// the call form.
fn rules_input() -> Value {
    json!({"type": "object", "description": "Eligibility rules; each is optional. Ages are counted on `age.on`.",
    "properties": {
        "age": {"type": ["object", "null"], "required": ["min", "max", "on"], "properties": {
            "min": {"type": "integer", "minimum": MIN_AGE, "maximum": MAX_AGE},
            "max": {"type": "integer", "minimum": MIN_AGE, "maximum": MAX_AGE, "description": "not below min"},
            "on": {"type": "string", "format": "date", "description": "1900-01-01 to 2100-12-31"}}},
        "residence_countries": {"type": "array", "maxItems": MAX_RULE_ITEMS, "items": country_input()},
        "residence_territories": {"type": "array", "maxItems": MAX_RULE_ITEMS,
            "items": {"type": "string", "minLength": 1, "maxLength": MAX_TERRITORY_ID, "description": "a territory id of the programme"}},
        "qualification_within_months": {"type": ["integer", "null"], "minimum": 0, "maximum": MAX_QUALIFICATION_MONTHS},
        "language": {"type": ["object", "null"], "required": ["language", "min"], "properties": {
            "language": {"type": "string", "enum": candidate::LANGUAGES}, "min": cefr()}},
        "min_isced": {"type": ["integer", "null"], "minimum": 0, "maximum": 8},
    }})
}

/// The language an item's original text is written in.
fn lang() -> Value {
    let tags: Vec<&str> = domain::Locale::ALL.iter().map(|l| l.tag()).collect();
    json!({"type": "string", "enum": tags, "description": "the language of the original text"})
}

/// The language a client says an item's original is written in; English when absent.
fn lang_input() -> Value {
    let tags: Vec<&str> = domain::Locale::ALL.iter().map(|l| l.tag()).collect();
    json!({"type": "string", "enum": tags, "description": "the language title and description are written in; en when absent"})
}

/// Versions of an item's texts in other languages (read-only; edited on the pages).
fn translations() -> Value {
    json!({"type": "object", "description": "by language tag, by field (title, description): the versions in other languages than `lang`",
        "additionalProperties": {"type": "object", "additionalProperties": {"type": "string"}}})
}

fn scheme_date(what: &str) -> Value {
    json!({"type": "string", "format": "date", "description": format!("{what}; from 2000-01-01 to ten years after today")})
}

fn responses() -> Vec<(&'static str, Value)> {
    let mut out = core_responses();
    out.extend(path::responses());
    out.extend(mentorships::responses());
    out.extend(grants::responses());
    out.extend(awards::responses());
    out.extend(grant_payments::responses());
    out.extend(outcome_report::responses());
    out.extend(results::responses());
    out
}

/// The answers' schemas of the first half of the path, by name.
fn core_responses() -> Vec<(&'static str, Value)> {
    let position = merged(
        json!({
            "id": string(), "programme_id": string(), "company_id": string(), "title": string(),
            "occupation": string(), "isco_code": nullable("string"), "required_skills": string(),
            "desired_skills": string(), "min_italian": cefr(), "education_level": {"type": "integer"},
            "city": string(), "workplace": string(), "starts_on": date(),
            "duration_months": {"type": "integer"}, "hours_per_week": {"type": "integer"},
            "allowance_cents": {"type": "integer"}, "board": {"type": "boolean"}, "lodging": {"type": "boolean"},
            "tutor_name": string(), "places": {"type": "integer"},
            "status": enum_of(position::PositionStatus::ALL.map(position::PositionStatus::as_str)),
            "status_note": string(), "created_at": timestamp(), "updated_at": timestamp(),
            "occupation_uri": nullable("string"),
            "lang": lang(), "description": string(), "translations": translations(),
        }),
        json!({"company_name": string()}),
    );
    let placement = json!({
        "id": string(), "run_id": nullable("string"), "call_id": string(), "candidate_id": string(),
        "position_id": string(), "company_id": string(),
        "status": enum_of(placement::PlacementStatus::ALL.map(placement::PlacementStatus::as_str)),
        "score": {"type": "integer"}, "note": string(), "created_at": timestamp(), "updated_at": timestamp(),
        "candidate_name": string(), "candidate_country": string(), "qualification": string(),
        "experience": string(), "italian_rank": {"type": "integer"}, "position_title": string(),
        "company_name": string(),
    });
    let outcome = answer(json!({
        "rule": string(), "passed": {"type": "boolean"},
        "key": {"type": "string", "description": "Fluent message key of the reason"},
        "args": {"type": "array", "items": {"type": "array", "items": string(), "minItems": 2, "maxItems": 2}},
    }));
    let mut candidate = answer(json!({
        "id": string(), "programme_id": string(), "call_id": string(),
        "status": enum_of(candidate::Status::ALL.map(candidate::Status::as_str)),
        "nationality": string(), "residence_country": string(),
        "italian_level": nullable("string"), "submitted_at": {"type": ["string", "null"]},
        "eligible": {"type": "boolean"}, "eligibility": {"type": "array", "items": outcome},
        "override_reason": nullable("string"), "decision_reason": nullable("string"),
        "decision": {"type": ["object", "null"], "required": ["status", "reason"], "properties": {
            "status": string(), "reason": nullable("string")}},
    }));
    if let Some(props) = candidate
        .get_mut("properties")
        .and_then(Value::as_object_mut)
    {
        // Present only for some readers or on a single application's answer.
        props.insert("identity".into(), json!({"type": "object", "description": "absent for evaluators", "properties": {
            "family_name": string(), "given_names": string(), "family_name_ar": nullable("string"),
            "given_names_ar": nullable("string"), "birth_date": {"type": ["string", "null"], "format": "date"},
            "sex": string(), "email": string(), "phone": string(), "whatsapp": nullable("string")}}));
        props.insert("profile".into(), json!({"type": "object"}));
        props.insert(
            "passport_number".into(),
            json!({"type": ["string", "null"], "description": "only with include=passport"}),
        );
        props.insert(
            "selection".into(),
            json!({"type": "object", "description": "for readers who assess applications"}),
        );
        props.insert(
            "esco".into(),
            json!({"type": "object", "description": "ESCO occupations and skills"}),
        );
    }
    let why = answer(json!({
        "rule": string(), "anchor": {"type": "string", "description": "the step whose entry the rule counts from"},
        "anchor_date": date(), "offset": {"type": "integer"},
        "unit": enum_of(["calendar_days", "working_days", "months", "hours"]),
        "holidays_skipped": {"type": "array", "items": date()},
        "rolled_from": {"type": ["string", "null"], "format": "date", "description": "the date before it rolled forward over a day off"},
        "time_assumed": {"type": "boolean", "description": "hours counted from the start of the anchor's day, its time unknown"}}));
    let standing = enum_of(["overdue", "due_today", "upcoming", "later"]);
    let case_summary = json!({
        "id": string(), "reference": {"type": "string", "description": "the case's reference: MC- and eight hexadecimal digits"},
        "programme_id": string(), "company_id": string(), "company": string(), "candidate_id": string(),
        "trainee": answer(json!({"family_name": string(), "given_names": string()})),
        "city": string(), "country": string(), "step": string(), "step_since": date(),
        "next_due": {"type": ["string", "null"], "format": "date"},
        "overdue": {"type": "boolean"}, "closed": {"type": "boolean"},
    });
    let case = answer(merged(
        case_summary.clone(),
        json!({
            "template": answer(json!({"key": string(), "name": string(), "version": {"type": "integer"}})),
            "steps": {"type": "array", "items": answer(json!({"id": string(), "end": {"type": "boolean"}}))},
            "waiting_for": {"type": ["string", "null"], "description": "the role that must act at the current step"},
            "path": {"type": "array", "items": answer(json!({
                "step": string(), "entered_on": date(), "entered_at": {"type": ["string", "null"]}, "note": string()}))},
            "missing": answer(json!({"documents": {"type": "array", "items": string()}, "fields": {"type": "array", "items": string()}})),
            "next": {"type": "array", "items": string(), "description": "steps the caller may move the case to now"},
            "deadlines": {"type": "array", "items": answer(json!({
                "rule": string(), "who": string(), "due_on": date(), "due_at": {"type": ["string", "null"]},
                "standing": standing.clone(), "why": why.clone()}))},
            "tasks": {"type": "array", "description": "tasks people added to the case, open first", "items": answer(json!({
                "id": string(), "title": string(), "due_on": date(), "who": string(), "done": {"type": "boolean"}}))},
        }),
    ));
    let mut case_deadline = answer(json!({
        "case_id": string(), "reference": string(), "step": string(),
        "rule": {"type": "string", "description": "the rule's id, or `task` for a task a person added"},
        "title": nullable("string"), "task_id": nullable("string"), "who": string(),
        "due_on": date(), "standing": standing, "why": why,
    }));
    if let Some(w) = case_deadline.pointer_mut("/properties/why") {
        let mut nullable_why = w.clone();
        if let Some(o) = nullable_why.as_object_mut() {
            o.insert("type".into(), json!(["object", "null"]));
        }
        *w = nullable_why;
    }
    vec![
        (
            "Error",
            json!({"type": "object", "required": ["error"], "properties": {"error": {
            "type": "object", "required": ["code", "message"], "properties": {
                "code": {"type": "string", "description": "a stable message key"},
                "message": {"type": "string", "description": "in the caller's language"},
                "request_id": string(),
                "field": {"type": "string", "description": "the field at fault, when one is (`places`, `identity.birth_date`)"}}}}}),
        ),
        (
            "Programme",
            answer(json!({
            "id": string(), "name": string(), "slug": string(),
            "countries": {"type": "string", "description": "comma-separated ISO 3166-1 codes"},
            "starts_on": date(), "ends_on": date(), "budget_cents": {"type": "integer"},
            "currency": string(), "created_at": timestamp(), "updated_at": timestamp()})),
        ),
        ("Organisation", answer(organisation_properties())),
        (
            "Company",
            answer(merged(
                organisation_properties(),
                json!({"profile": company_profile()}),
            )),
        ),
        (
            "Call",
            answer(json!({
            "id": string(), "programme_id": string(), "title": string(), "description": string(),
            "opens_on": date(), "closes_on": date(), "places": {"type": "integer"},
            "created_at": timestamp(), "updated_at": timestamp(), "rules": rules(),
            "lang": lang(), "translations": translations()})),
        ),
        ("Position", answer(position)),
        ("Placement", answer(placement)),
        (
            "PlacementCreated",
            answer(json!({"id": string(), "status": enum_of(["proposed"])})),
        ),
        (
            "MatchingRun",
            answer(json!({
            "id": string(), "call_id": string(), "created_at": timestamp(), "approved_at": {"type": ["string", "null"]},
            "settings": {"type": "object", "description": "the settings that produced the run (MatchingSettings)"},
            "constraints": answer(json!({"locked": {"type": "integer", "minimum": 0}, "forbidden": {"type": "integer", "minimum": 0}})),
            "result": {"type": "object", "description": "the matching crate's JSON result format: pairs with score components and rank, and `explanations`: for each candidate below their best option or without a place, the binding reason and the counterfactual gain"}})),
        ),
        ("CaseSummary", answer(case_summary)),
        (
            "CasePage",
            answer(json!({
            "total": {"type": "integer"}, "page": {"type": "integer"}, "per_page": {"type": "integer"},
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/CaseSummary"}}})),
        ),
        ("Case", case),
        ("CaseDeadline", case_deadline),
        ("Candidate", candidate),
        (
            "CandidatePage",
            answer(json!({
            "total": {"type": "integer"}, "page": {"type": "integer"}, "per_page": {"type": "integer"},
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/Candidate"}}})),
        ),
        (
            "Concept",
            answer(json!({"uri": string(), "label": string(),
            "isco_code": {"type": ["string", "null"], "description": "ISCO-08 group of an occupation"}})),
        ),
        (
            "Me",
            answer(
                json!({"id": string(), "email": string(), "display_name": string(), "locale": string(),
            "memberships": {"type": "array", "items": answer(json!({
                "id": string(), "user_id": string(), "organisation_id": string(), "organisation_name": string(),
                "role": enum_of(Role::ALL.map(Role::as_str))}))}}),
            ),
        ),
    ]
}

/// The request bodies' schemas, by name.
#[cfg(test)]
pub const REQUESTS: &[&str] = &[
    "NewCall",
    "RulesInput",
    "NewCandidate",
    "NewCompany",
    "NewPosition",
    "MatchingSettings",
    "NewPlacement",
    "NewTransition",
    "NewMentoringSession",
    "NewGrantCall",
    "NewGrantApplication",
    "NewScore",
    "NewDisbursement",
];

fn requests() -> Vec<(&'static str, Value)> {
    let name = || json!({"type": "string", "minLength": 1, "maxLength": MAX_NAME, "description": "not blank"});
    let short = || max_len(MAX_NAME);
    let long = || max_len(MAX_DESCRIPTION);
    let numeric = |what: &str| json!({"type": "string", "description": what});
    let person_name = || json!({"type": "string", "maxLength": candidate::MAX_NAME});
    let weight =
        || json!({"type": "integer", "minimum": 0, "maximum": app::matching_problem::MAX_WEIGHT});
    let quota =
        || json!({"type": "integer", "minimum": 0, "maximum": app::matching_problem::MAX_QUOTA});
    vec![
        (
            "NewCall",
            json!({"type": "object", "required": ["programme_id", "title", "opens_on", "closes_on", "places"],
            "description": "`closes_on` is not before `opens_on`; the programme must be in reach (404) and exist (422).",
            "properties": {
                "programme_id": string(), "title": name(), "description": long(),
                "opens_on": scheme_date("the first day applications are taken"),
                "closes_on": scheme_date("the last day applications are taken"),
                "places": {"type": "integer", "minimum": 1, "maximum": MAX_CALL_PLACES},
                "lang": lang_input(),
                "rules": {"$ref": "#/components/schemas/RulesInput"}}}),
        ),
        ("RulesInput", rules_input()),
        (
            "NewCandidate",
            json!({"type": "object", "required": ["call_id", "identity", "education"], "properties": {
            "call_id": string(),
            "identity": {"type": "object",
                "required": ["family_name", "given_names", "birth_date", "sex", "nationality", "residence_country", "email", "phone"],
                "properties": {
                    "family_name": person_name(), "given_names": person_name(),
                    "family_name_ar": person_name(), "given_names_ar": person_name(),
                    "birth_date": {"type": "string", "format": "date", "description": "the candidate is 14 to 100 years old today"},
                    "sex": enum_of(candidate::SEXES),
                    "nationality": country_input(), "residence_country": country_input(),
                    "residence_territory_id": string(),
                    "passport_number": {"type": "string", "description": "6 to 20 letters and digits once spaces are removed"},
                    "email": string(),
                    "phone": {"type": "string", "description": "with the country code: +212 661 234 567"},
                    "whatsapp": string()}},
            "education": {"type": "object", "required": ["isced_level", "qualification_title", "qualification_date"],
                "description": "it_/fr_/en_ followed by understanding, speaking or writing: a CEFR level, A1–C2, or empty",
                "properties": {
                    "isced_level": whole(0, 8, "ISCED 2011 level"),
                    "qualification_title": {"type": "string", "minLength": 1, "maxLength": 200},
                    "field_of_study": max_len(200),
                    "qualification_date": {"type": "string", "format": "date", "description": "not after today"}}},
            "preferences": {"type": "object", "properties": {
                "experience": {"type": "string", "description": "one job a line"},
                "sectors": string(), "cities": string(),
                "available_from": {"type": "string", "description": "a date (YYYY-MM-DD) or empty"}}}}}),
        ),
        (
            "NewCompany",
            json!({"type": "object", "required": ["programme_id", "name"], "properties": {
            "programme_id": string(), "name": name(), "city": short(), "territory_id": short(),
            "vat_number": numeric("Italian partita IVA (11 digits, check digit), or empty"),
            "tax_code": numeric("codice fiscale, or empty"), "ateco": numeric("ATECO code such as 62.01, or empty"),
            "employees": numeric("a whole number from 0 to one million, or empty"),
            "address": short(), "region": short(), "contact_name": short(), "contact_email": string(),
            "contact_phone": short(), "notes": max_len(domain::company::NOTES_MAX)}}),
        ),
        (
            "NewPosition",
            json!({"type": "object",
            "required": ["company_id", "title", "occupation", "min_italian", "education_level", "city", "starts_on",
                         "duration_months", "hours_per_week", "allowance", "tutor_name", "places"],
            "description": "The company must be in reach; its regional rules (minimum allowance, headcount cap) apply (422 naming the field).",
            "properties": {
                "company_id": string(), "title": name(), "description": long(), "occupation": name(),
                "isco_code": numeric("up to 4 digits, or empty"), "required_skills": long(), "desired_skills": long(),
                "min_italian": cefr(), "education_level": whole(0, 8, "ISCED 2011 level"),
                "city": name(), "workplace": short(), "starts_on": scheme_date("the first day"),
                "duration_months": whole(3, 12, "months (Art. 27 traineeships)"),
                "hours_per_week": whole(1, 40, "hours a week"),
                "allowance": numeric("monthly, in euros: 600 or 650.50"),
                "board": numeric("on, true, yes or 1 when board is offered"),
                "lodging": numeric("on, true, yes or 1 when lodging is offered"),
                "tutor_name": name(), "places": whole(1, 50, "places"), "lang": lang_input()}}),
        ),
        (
            "MatchingSettings",
            json!({"type": "object", "properties": {
            "method": enum_of(["optimal", "stable"]),
            "weights": {"type": "object", "additionalProperties": false, "properties": {
                "occupation": weight(), "skills": weight(), "language": weight(),
                "education": weight(), "city": weight(), "sector": weight(),
                "availability": weight()}},
            "country_max": {"type": "object", "additionalProperties": quota()},
            "city_max": {"type": "object", "additionalProperties": quota()},
            "country_min": {"type": "object", "additionalProperties": quota(),
                "description": "at most the country's maximum, when one is set"},
            "city_min": {"type": "object", "additionalProperties": quota(),
                "description": "at most the city's maximum, when one is set"},
            "spread": {"type": "boolean"}}}),
        ),
        (
            "NewPlacement",
            json!({"type": "object", "required": ["call_id", "candidate_id", "position_id"], "properties": {
            "call_id": string(), "candidate_id": string(), "position_id": string()}}),
        ),
        (
            "NewTransition",
            json!({"type": "object", "required": ["to", "on"],
            "description": "`on` is not in the future (Europe/Rome) nor before the day the case reached its current step (422 naming `on`); `at`, when given, falls on `on`. A step the procedure does not allow from where the case stands is 409, one the caller's role may not make 403, one whose current step lacks documents or fields 422 naming `to`.",
            "properties": {
                "to": {"type": "string", "minLength": 1, "maxLength": 64, "description": "the step to move to (one of the case's `next`)"},
                "on": {"type": "string", "format": "date", "description": "the day it happened"},
                "at": {"type": ["string", "null"], "description": "the local time it happened (Europe/Rome), 2027-04-02T14:30, for steps whose deadlines count hours"},
                "note": {"type": ["string", "null"], "maxLength": app::cases::advance::NOTE_MAX}}}),
        ),
        ("NewDisbursement", grant_payments::new_disbursement()),
    ]
}

/// An example of each request body, for readers and for Schemathesis' examples phase (its ids
/// name nothing, so the server answers it 404 or 422).
pub fn example(name: &str) -> Option<Value> {
    let id = "00000000-0000-4000-8000-000000000000";
    Some(match name {
        "NewCall" => json!({
            "programme_id": id, "title": "MENTOR II – second call", "description": "Traineeships in Milan and Turin",
            "opens_on": "2027-01-10", "closes_on": "2027-03-31", "places": 40,
            "rules": {"age": {"min": 18, "max": 35, "on": "2027-03-31"}, "residence_countries": ["MA", "TN"],
                      "language": {"language": "it", "min": "A2"}, "min_isced": 3}}),
        "NewCandidate" => json!({
            "call_id": id,
            "identity": {"family_name": "Bennani", "given_names": "Youssef", "birth_date": "2001-02-10", "sex": "m",
                         "nationality": "MA", "residence_country": "MA", "passport_number": "MA778899",
                         "email": "youssef@example.ma", "phone": "+212 661 234 567"},
            "education": {"isced_level": "6", "qualification_title": "Licence en informatique",
                          "qualification_date": "2024-07-01", "it_understanding": "B1", "it_speaking": "A2", "it_writing": "A2"},
            "preferences": {"sectors": "software", "cities": "Milano, Torino", "available_from": "2027-04-01"}}),
        "NewCompany" => {
            json!({"programme_id": id, "name": "Navigli Software Srl", "city": "Milano",
                               "vat_number": "IT12345678903", "ateco": "62.01", "employees": "24"})
        }
        "NewPosition" => json!({
            "company_id": id, "title": "Junior web developer", "occupation": "software developer", "min_italian": "A2",
            "education_level": "4", "city": "Milano", "starts_on": "2027-05-03", "duration_months": "6",
            "hours_per_week": "30", "allowance": "600", "tutor_name": "Luca Verdi", "places": "1"}),
        "MatchingSettings" => {
            json!({"method": "optimal", "country_max": {"TN": 10}, "spread": true})
        }
        "NewPlacement" => json!({"call_id": id, "candidate_id": id, "position_id": id}),
        "NewTransition" => {
            json!({"to": "visa_requested", "on": "2027-03-01", "note": "Filed at the consulate in Tunis"})
        }
        "NewScore" => {
            json!({"declaration": "no_conflict", "marks": [7, 8, 6, 9], "comment": "A sound plan", "submit": false})
        }
        "NewDisbursement" => json!({"tranche_id": id, "paid_on": "2024-07-15", "amount": "3000",
            "currency": "TND", "local_amount": "10113.600", "rate": "3.3712"}),
        other => return mentorships::example(other).or_else(|| grants::example(other)),
    })
}

/// Every schema of the document, built once.
pub fn all() -> &'static Value {
    static ALL: std::sync::LazyLock<Value> = std::sync::LazyLock::new(|| {
        let mut out = Map::new();
        for (name, schema) in responses()
            .into_iter()
            .chain(requests())
            .chain(mentorships::requests())
            .chain(grants::requests())
            .chain(awards::requests())
        {
            out.insert(name.into(), schema);
        }
        Value::Object(out)
    });
    &ALL
}
