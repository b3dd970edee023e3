//! The art. 27 procedure: templates, holidays, cases and what a case holds.

diesel::table! {
    procedure_templates (id) {
        id -> Text,
        template_key -> Text,
        version -> BigInt,
        name -> Text,
        region -> Text,
        source -> Text,
        imported_by -> Nullable<Text>,
        imported_at -> Timestamp,
    }
}

diesel::table! {
    /// Public holidays by place ('' national, else an ISTAT municipality code) and day.
    holidays (place, day) {
        place -> Text,
        day -> Date,
        name -> Text,
    }
}

diesel::table! {
    cases (id) {
        id -> Text,
        reference -> Text,
        placement_id -> Text,
        programme_id -> Text,
        call_id -> Text,
        candidate_id -> Text,
        company_id -> Text,
        territory_id -> Nullable<Text>,
        city -> Text,
        place -> Text,
        country -> Text,
        template_id -> Text,
        step -> Text,
        step_since -> Date,
        next_due -> Nullable<Date>,
        closed -> Bool,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    case_steps (case_id, seq) {
        case_id -> Text,
        seq -> BigInt,
        step -> Text,
        entered_on -> Date,
        entered_at -> Nullable<Timestamp>,
        by_user -> Nullable<Text>,
        note -> Text,
        recorded_at -> Timestamp,
        days -> Nullable<BigInt>,
    }
}

diesel::table! {
    case_facts (case_id, field) {
        case_id -> Text,
        field -> Text,
        value -> Text,
        sealed -> Bool,
        updated_by -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    case_documents (id) {
        id -> Text,
        case_id -> Text,
        kind -> Text,
        size_bytes -> BigInt,
        sha256 -> Text,
        content_type -> Text,
        stored_name -> Text,
        expires_on -> Nullable<Date>,
        uploaded_by -> Text,
        uploaded_at -> Timestamp,
    }
}

diesel::table! {
    case_tasks (id) {
        id -> Text,
        case_id -> Text,
        title -> Text,
        due_on -> Date,
        who -> Text,
        created_by -> Text,
        created_at -> Timestamp,
        done_at -> Nullable<Timestamp>,
        done_by -> Nullable<Text>,
    }
}

diesel::table! {
    case_papers (id) {
        id -> Text,
        kind -> Text,
        subject -> Text,
        version -> BigInt,
        facts -> Text,
        sha256 -> Text,
        stored_name -> Text,
        created_by -> Text,
        created_at -> Timestamp,
        submitted_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    calendar_feeds (id) {
        id -> Text,
        user_id -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    case_escalations (case_id, rule, due_on) {
        case_id -> Text,
        rule -> Text,
        due_on -> Date,
        escalated_at -> Timestamp,
    }
}

diesel::table! {
    case_people (case_id, duty) {
        case_id -> Text,
        duty -> Text,
        user_id -> Text,
        assigned_by -> Text,
        assigned_at -> Timestamp,
    }
}
