//! How traineeships ended and the follow-ups after them (issue 14).

diesel::table! {
    /// One outcome per case, corrected in place (each change audited).
    outcomes (case_id) {
        case_id -> Text,
        kind -> Text,
        day -> Date,
        country -> Text,
        note -> Text,
        recorded_by -> Text,
        recorded_at -> Timestamp,
        updated_by -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// One follow-up per case and milestone (months after the outcome's day).
    follow_ups (case_id, months) {
        case_id -> Text,
        months -> BigInt,
        done_on -> Date,
        country -> Text,
        working -> Bool,
        sector -> Text,
        occupation -> Text,
        remittances -> Bool,
        business_links -> Bool,
        further_mobility -> Bool,
        note -> Text,
        recorded_by -> Text,
        recorded_at -> Timestamp,
    }
}
