//! Matching runs, their constraints, placements and interview slots.

diesel::table! {
    matching_runs (id) {
        id -> Text,
        call_id -> Text,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
        method -> Text,
        problem -> Text,
        result -> Text,
        total_score -> BigInt,
        pair_count -> Integer,
        approved_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    match_constraints (call_id, candidate_id, position_id) {
        call_id -> Text,
        candidate_id -> Text,
        position_id -> Text,
        kind -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    placements (id) {
        id -> Text,
        run_id -> Nullable<Text>,
        call_id -> Text,
        candidate_id -> Text,
        position_id -> Text,
        company_id -> Text,
        status -> Text,
        score -> BigInt,
        note -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        interview_slot_id -> Nullable<Text>,
        reversed_at -> Nullable<Timestamp>,
        reversed_by -> Nullable<Text>,
        reversal_reason -> Nullable<Text>,
    }
}

diesel::table! {
    interview_slots (id) {
        id -> Text,
        placement_id -> Text,
        starts_at -> Timestamp,
        minutes -> Integer,
        place -> Text,
        time_zone -> Text,
        proposed_by -> Text,
        created_at -> Timestamp,
    }
}
