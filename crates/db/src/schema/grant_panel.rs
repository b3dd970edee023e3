//! The panel and the award of a call for proposals (issue 15): panellists, their
//! declarations and scores with marks, the committee's adjustments, the accepted award and
//! its reserve list.

diesel::table! {
    grant_panellists (call_id, user_id) {
        call_id -> Text,
        user_id -> Text,
        appointed_by -> Text,
        appointed_at -> Timestamp,
    }
}

diesel::table! {
    grant_reviews (application_id, user_id) {
        application_id -> Text,
        user_id -> Text,
        call_id -> Text,
        conflict -> Bool,
        declared_at -> Timestamp,
        comment -> Text,
        submitted_at -> Nullable<Timestamp>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    grant_marks (application_id, user_id, position) {
        application_id -> Text,
        user_id -> Text,
        position -> BigInt,
        mark -> BigInt,
    }
}

diesel::table! {
    grant_adjustments (id) {
        id -> Text,
        call_id -> Text,
        application_id -> Text,
        position -> BigInt,
        kind -> Text,
        amount_cents -> Nullable<BigInt>,
        reason -> Text,
        made_by -> Text,
        made_at -> Timestamp,
    }
}

diesel::table! {
    grant_acceptances (call_id) {
        call_id -> Text,
        total_cents -> BigInt,
        accepted_by -> Text,
        accepted_at -> Timestamp,
    }
}

diesel::table! {
    grant_reserves (call_id, application_id) {
        call_id -> Text,
        application_id -> Text,
        position -> BigInt,
    }
}
