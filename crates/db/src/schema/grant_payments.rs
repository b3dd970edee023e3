//! A grant's tranches, milestone reports, disbursements and recorded reasons (issue 15
//! item 5).

diesel::table! {
    grant_tranches (id) {
        id -> Text,
        application_id -> Text,
        position -> BigInt,
        label -> Text,
        amount_cents -> BigInt,
        due_on -> Date,
        milestone -> Text,
    }
}

diesel::table! {
    grant_reports (id) {
        id -> Text,
        application_id -> Text,
        milestone -> Text,
        done -> Text,
        spent_cents -> BigInt,
        document_id -> Nullable<Text>,
        content_type -> Nullable<Text>,
        size_bytes -> Nullable<BigInt>,
        sha256 -> Nullable<Text>,
        status -> Text,
        review_note -> Text,
        submitted_by -> Text,
        submitted_at -> Timestamp,
        reviewed_by -> Nullable<Text>,
        reviewed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    grant_disbursements (id) {
        id -> Text,
        application_id -> Text,
        tranche_id -> Text,
        paid_on -> Date,
        amount_cents -> BigInt,
        currency -> Text,
        local_milli -> Nullable<BigInt>,
        rate_micro -> Nullable<BigInt>,
        recorded_by -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    grant_changes (id) {
        id -> Text,
        application_id -> Text,
        kind -> Text,
        reason -> Text,
        changed_by -> Text,
        changed_at -> Timestamp,
    }
}
