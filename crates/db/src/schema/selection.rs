//! Selection: staged decisions, rankings, criteria, scores and interviews.

// Staged selection decisions: `candidates` shows what
// the candidate sees, this what staff decided and the coordinator has yet to publish.
diesel::table! {
    staged_decisions (candidate_id) {
        candidate_id -> Text,
        call_id -> Text,
        decision -> Text,
        reason -> Nullable<Text>,
        staged_by -> Text,
        staged_at -> Timestamp,
    }
}

diesel::table! {
    rankings (call_id, side, position_id, candidate_id) {
        call_id -> Text,
        side -> Text,
        position_id -> Text,
        candidate_id -> Text,
        rank -> Integer,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    selection_criteria (id) {
        id -> Text,
        call_id -> Text,
        name -> Text,
        weight -> BigInt,
        max_score -> BigInt,
        position -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    selection_scores (id) {
        id -> Text,
        candidate_id -> Text,
        criterion_id -> Text,
        assessor_id -> Text,
        score -> BigInt,
        note -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    interviews (id) {
        id -> Text,
        candidate_id -> Text,
        scheduled_at -> Timestamp,
        place -> Text,
        panel -> Text,
        notes -> Nullable<Text>,
        score -> Nullable<BigInt>,
        created_by -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        notes_by -> Nullable<Text>,
    }
}
