//! The answers' schemas of the path after the procedure: the pre-departure courses, the
//! traineeship, and how it ended with the follow-ups after it.

use serde_json::{Value, json};

use super::{answer, date, enum_of, nullable, string, timestamp};

/// These schemas, by name.
pub(super) fn responses() -> Vec<(&'static str, Value)> {
    vec![
        (
            "Traineeship",
            answer(json!({
            "id": string(), "reference": string(), "company_id": string(), "company": string(),
            "trainee": answer(json!({"family_name": string(), "given_names": string()})),
            "step": string(), "closed": {"type": "boolean"}, "starts_on": date(), "ends_on": date(),
            "hours_per_week": {"type": "integer"}})),
        ),
        (
            "TraineeshipReport",
            answer(json!({
            "month": {"type": "string", "description": "YYYY-MM"},
            "duty": enum_of(["company_tutor", "promoter_tutor", "mediator"]),
            "author_id": string(), "status": enum_of(["draft", "submitted"]),
            "days_attended": {"type": "integer"},
            "days_scheduled": {"type": ["integer", "null"], "description": "the company tutor's register only"},
            "progress": string(), "issues": string(), "submitted_at": nullable("string")})),
        ),
        (
            "TraineeshipAllowances",
            answer(json!({
            "rule": {"type": ["object", "null"], "description": "the region's rule: full amount, threshold, floor or proportional below it, its source and whether it was verified"},
            "items": {"type": "array", "items": answer(json!({
                "month": {"type": "string", "description": "YYYY-MM"},
                "status": enum_of(["pending", "approved", "paid"]),
                "days_attended": {"type": "integer"}, "days_scheduled": {"type": "integer"},
                "percent": {"type": "integer"}, "amount_cents": {"type": "integer"},
                "currency": string(), "rule_source": string(), "rule_verified": {"type": "boolean"},
                "approved_at": nullable("string"), "paid_on": nullable("string")}))}})),
        ),
        (
            "Outcome",
            answer(json!({
            "case_id": string(), "reference": string(), "programme_id": string(), "candidate_id": string(),
            "origin": {"type": "string", "description": "the trainee's country of residence when they applied, ISO 3166-1 alpha-2"},
            "kind": enum_of(domain::outcome::OutcomeKind::ALL.map(domain::outcome::OutcomeKind::as_str)),
            "in_italy": {"type": "boolean", "description": "an extension or a job contract: the row \"in Italy at the end\" of the programme's figures"},
            "day": date(),
            "country": {"type": "string", "description": "where the person is afterwards, ISO 3166-1 alpha-2"},
            "note": string(), "recorded_at": timestamp(), "updated_at": timestamp()})),
        ),
        (
            "FollowUp",
            answer(json!({
            "case_id": string(), "reference": string(), "candidate_id": string(),
            "months": {"type": "integer", "enum": domain::outcome::schedule::MILESTONES, "description": "months after the outcome's day"},
            "done_on": date(),
            "country": {"type": "string", "description": "where the person is, ISO 3166-1 alpha-2"},
            "working": {"type": "boolean"}, "sector": string(), "occupation": string(),
            "remittances": {"type": "boolean"}, "business_links": {"type": "boolean"}, "further_mobility": {"type": "boolean"},
            "note": string(), "recorded_at": timestamp()})),
        ),
        ("Course", course()),
        ("CourseAttendance", course_attendance()),
    ]
}

/// A pre-departure course in a list.
fn course() -> Value {
    use domain::course::Subject;
    answer(json!({
        "id": string(), "programme_id": string(), "organisation_id": string(),
        "organisation": string(), "subject": enum_of(Subject::ALL.map(Subject::as_str)),
        "title": string(), "sessions": {"type": "integer", "minimum": 0},
        "enrolled": {"type": "integer", "minimum": 0}}))
}

/// A course's sessions and attendance.
fn course_attendance() -> Value {
    use domain::course::Mark;
    let per_mille = json!({"type": ["integer", "null"], "minimum": 0, "maximum": 1000,
        "description": "per mille; null when there is nothing to count over"});
    let weight = json!({"type": "integer", "minimum": 0, "maximum": 100});
    let session = answer(json!({
        "id": string(), "held_on": date(), "starts_at": {"type": "string", "description": "HH:MM"},
        "topic": string(), "place": string(), "online": {"type": "boolean"}}));
    let mark =
        answer(json!({"session_id": string(), "mark": enum_of(Mark::ALL.map(Mark::as_str))}));
    let participant = answer(json!({
        "enrolment_id": string(), "case_id": string(), "reference": string(),
        "family_name": string(), "given_names": string(),
        "marks": {"type": "array", "items": mark},
        "so_far_per_mille": per_mille.clone(), "planned_per_mille": per_mille,
        "level": {"type": ["string", "null"], "enum": ["A1", "A2", "B1", "B2", "C1", "C2", null]},
        "out_of_reach": {"type": "boolean", "description": "the attendance threshold can no longer be reached even attending every session not yet marked"},
        "complete": {"type": "boolean"},
        "certificate_code": nullable("string")}));
    answer(json!({
        "course_id": string(),
        "min_attendance": {"type": "integer", "minimum": 0, "maximum": 100, "description": "percent of all planned sessions"},
        "min_level": {"type": ["string", "null"], "enum": ["A1", "A2", "B1", "B2", "C1", "C2", null]},
        "weights": answer(json!({"present": weight.clone(), "late": weight.clone(), "justified": weight.clone(), "absent": weight})),
        "sessions": {"type": "array", "items": session},
        "participants": {"type": "array", "items": participant}}))
}
