//! The traineeship of a case: dates, monthly reports, allowances, incidents, evaluations
//! (migration `2026-12-10-000003_traineeships`).

diesel::table! {
    traineeships (case_id) {
        case_id -> Text,
        starts_on -> Date,
        ends_on -> Date,
        hours_per_week -> BigInt,
        updated_by -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    traineeship_reports (id) {
        id -> Text,
        case_id -> Text,
        month -> Date,
        duty -> Text,
        author_id -> Text,
        days_attended -> BigInt,
        days_scheduled -> Nullable<BigInt>,
        progress -> Text,
        issues -> Text,
        submitted_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    traineeship_allowances (case_id, month) {
        case_id -> Text,
        month -> Date,
        days_attended -> BigInt,
        days_scheduled -> BigInt,
        percent -> BigInt,
        amount_cents -> BigInt,
        region -> Text,
        rule_source -> Text,
        rule_verified -> Bool,
        approved_by -> Text,
        approved_at -> Timestamp,
        paid_on -> Nullable<Date>,
    }
}

diesel::table! {
    traineeship_incidents (id) {
        id -> Text,
        case_id -> Text,
        severity -> Text,
        title -> Text,
        description -> Text,
        owner_id -> Text,
        status -> Text,
        closing_note -> Text,
        opened_by -> Text,
        opened_at -> Timestamp,
        updated_at -> Timestamp,
        closed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    traineeship_evaluations (case_id, stage) {
        case_id -> Text,
        stage -> Text,
        note -> Text,
        evaluated_by -> Text,
        evaluated_at -> Timestamp,
    }
}

diesel::table! {
    traineeship_evaluation_levels (case_id, stage, position) {
        case_id -> Text,
        stage -> Text,
        position -> BigInt,
        objective -> Text,
        level -> BigInt,
    }
}
