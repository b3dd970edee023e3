//! Calls for proposals after the return, their eligibility lists and applications (issue
//! 15).

diesel::table! {
    grant_calls (id) {
        id -> Text,
        programme_id -> Text,
        title -> Text,
        description -> Text,
        currency -> Text,
        fund_cents -> BigInt,
        min_grant_cents -> BigInt,
        max_grant_cents -> BigInt,
        opens_on -> Date,
        closes_on -> Date,
        closed_on -> Nullable<Date>,
        quality_threshold -> BigInt,
        partial_last -> Bool,
        entrepreneurial -> Bool,
        professional -> Bool,
        from_italy -> Bool,
        from_home -> Bool,
        shares_by -> Text,
        created_by -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    grant_criteria (call_id, position) {
        call_id -> Text,
        position -> BigInt,
        label -> Text,
        weight -> BigInt,
    }
}

diesel::table! {
    grant_shares (call_id, grp) {
        call_id -> Text,
        grp -> Text,
        max_cents -> BigInt,
    }
}

diesel::table! {
    grant_eligibles (call_id, candidate_id) {
        call_id -> Text,
        candidate_id -> Text,
        basis -> Text,
        reason -> Text,
        country -> Text,
        added_by -> Text,
        added_at -> Timestamp,
    }
}

diesel::table! {
    grant_applications (id) {
        id -> Text,
        call_id -> Text,
        candidate_id -> Text,
        reference -> Text,
        status -> Text,
        project_type -> Text,
        origin -> Text,
        title -> Text,
        summary -> Text,
        requested_cents -> BigInt,
        lang -> Text,
        check_note -> Text,
        checked_by -> Nullable<Text>,
        checked_at -> Nullable<Timestamp>,
        submitted_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    grant_budget_lines (application_id, position) {
        application_id -> Text,
        position -> BigInt,
        category -> Text,
        label -> Text,
        amount_cents -> BigInt,
        eligible -> Nullable<Bool>,
    }
}

diesel::table! {
    grant_awards (application_id) {
        application_id -> Text,
        call_id -> Text,
        amount_cents -> BigInt,
        state -> Text,
        awarded_by -> Text,
        awarded_at -> Timestamp,
        agreed_on -> Nullable<Date>,
        closed_on -> Nullable<Date>,
        note -> Text,
    }
}
