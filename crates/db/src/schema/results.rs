//! Results (issue 16): the logframe, its indicators, reporting periods and their frozen
//! figures, manual values and their evidence.

diesel::table! {
    results_nodes (id) {
        id -> Text,
        programme_id -> Text,
        parent_id -> Nullable<Text>,
        kind -> Text,
        code -> Text,
        title -> Text,
        position -> BigInt,
    }
}

diesel::table! {
    results_indicators (id) {
        id -> Text,
        programme_id -> Text,
        node_id -> Text,
        code -> Text,
        title -> Text,
        unit -> Text,
        ascending -> Bool,
        source -> Text,
        rule -> Nullable<Text>,
        baseline_year -> Nullable<BigInt>,
        baseline_raw -> Nullable<BigInt>,
        target_year -> Nullable<BigInt>,
        target_raw -> Nullable<BigInt>,
        position -> BigInt,
    }
}

diesel::table! {
    results_periods (id) {
        id -> Text,
        programme_id -> Text,
        label -> Text,
        starts_on -> Date,
        ends_on -> Date,
        narrative -> Text,
        submitted_at -> Nullable<Timestamp>,
        submitted_by -> Nullable<Text>,
    }
}

diesel::table! {
    results_snapshots (period_id, subject) {
        period_id -> Text,
        subject -> Text,
        figure -> Text,
    }
}

diesel::table! {
    results_manual_values (indicator_id, period_id) {
        indicator_id -> Text,
        period_id -> Text,
        raw -> BigInt,
        note -> Text,
        entered_by -> Text,
        entered_at -> Timestamp,
    }
}

diesel::table! {
    results_evidence (id) {
        id -> Text,
        indicator_id -> Text,
        period_id -> Text,
        content_type -> Text,
        size_bytes -> BigInt,
        sha256 -> Text,
        uploaded_by -> Text,
        uploaded_at -> Timestamp,
    }
}
