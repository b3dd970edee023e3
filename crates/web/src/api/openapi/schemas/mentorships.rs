//! The schemas of mentoring after the traineeship: a mentorship in a list, one with its
//! sessions and plan, and a session as the API takes it.

use domain::mentorship::form::{MAX_LINE, MAX_NOTE};
use domain::mentorship::{MAX_REMINDER_DAYS, MIN_REMINDER_DAYS, SessionMode, Whereabouts};
use serde_json::{Value, json};

use super::{answer, date, enum_of, merged, nullable, string};

fn mentorship() -> Value {
    json!({
        "id": string(), "programme_id": string(), "candidate_id": string(),
        "reference": {"type": ["string", "null"], "description": "the mentee's case reference (MC-…), null for a person recovered without a case"},
        "family_name": string(), "given_names": string(),
        "mentor_id": string(), "mentor": string(), "organisation_id": string(), "organisation": string(),
        "whereabouts": enum_of(Whereabouts::ALL.map(Whereabouts::as_str)),
        "goals": string(),
        "reminder_days": {"type": "integer", "minimum": MIN_REMINDER_DAYS, "maximum": MAX_REMINDER_DAYS},
        "opened_on": date(),
        "closed_on": {"type": ["string", "null"], "format": "date"},
        "close_note": nullable("string"),
        "last_session": {"type": ["string", "null"], "format": "date"},
        "concern": {"type": ["boolean", "null"], "description": "a concern raised and not yet handled; null for the mentee, who is never told"},
    })
}

/// These answers, by name.
pub(super) fn responses() -> Vec<(&'static str, Value)> {
    let session = answer(json!({
        "id": string(), "held_on": date(),
        "mode": enum_of(SessionMode::ALL.map(SessionMode::as_str)),
        "topics": string(),
        "notes": {"type": ["string", "null"], "description": "only to the mentor's organisation and the coordinators; null for others"}}));
    let item = answer(json!({
        "id": string(), "action": string(), "due_on": date(), "done": {"type": "boolean"}}));
    vec![
        ("Mentorship", answer(mentorship())),
        (
            "MentorshipDetail",
            answer(merged(
                mentorship(),
                json!({"sessions": {"type": "array", "items": session},
                       "items": {"type": "array", "items": item}}),
            )),
        ),
    ]
}

/// These request bodies, by name.
pub(super) fn requests() -> Vec<(&'static str, Value)> {
    vec![(
        "NewMentoringSession",
        json!({"type": "object", "required": ["held_on", "mode", "topics"],
        "description": "`held_on` is not in the future (Europe/Rome) and from 2000-01-01 (422 naming it); only the mentor or a coordinator logs one (403), and only on an open mentorship (422)",
        "properties": {
            "held_on": {"type": "string", "format": "date"},
            "mode": enum_of(SessionMode::ALL.map(SessionMode::as_str)),
            "topics": {"type": "string", "minLength": 1, "maxLength": MAX_LINE, "description": "not blank"},
            "notes": {"type": ["string", "null"], "maxLength": MAX_NOTE, "description": "confidential to the mentor's organisation and the coordinators"}}}),
    )]
}

/// An example of a body here.
pub(super) fn example(name: &str) -> Option<Value> {
    Some(match name {
        "NewMentoringSession" => json!({"held_on": "2025-03-12", "mode": "video",
            "topics": "Business plan, first customers", "notes": "Motivated; needs help with the bank"}),
        _ => return None,
    })
}
