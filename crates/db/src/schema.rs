//! Table definitions shared by both backends. Written by hand to match
//! `migrations/{sqlite,postgres}`; `tests/schema.rs` proves the two folders agree.

diesel::table! {
    programmes (id) {
        id -> Text,
        name -> Text,
        slug -> Text,
        countries -> Text,
        starts_on -> Date,
        ends_on -> Date,
        budget_cents -> BigInt,
        currency -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    territories (id) {
        id -> Text,
        programme_id -> Text,
        name -> Text,
        country -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    organisations (id) {
        id -> Text,
        name -> Text,
        kind -> Text,
        country -> Text,
        territory_id -> Nullable<Text>,
        city -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    programme_organisations (programme_id, organisation_id) {
        programme_id -> Text,
        organisation_id -> Text,
    }
}

diesel::table! {
    users (id) {
        id -> Text,
        email -> Text,
        display_name -> Text,
        password_hash -> Text,
        locale -> Nullable<Text>,
        disabled -> Bool,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    memberships (id) {
        id -> Text,
        user_id -> Text,
        organisation_id -> Text,
        role -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    sessions (token_hash) {
        token_hash -> Text,
        user_id -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        last_seen_at -> Timestamp,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> Text,
        user_id -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        last_used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    login_attempts (id) {
        id -> Text,
        account_hash -> Text,
        address_hash -> Text,
        succeeded -> Bool,
        attempted_at -> Timestamp,
    }
}

diesel::table! {
    audit_log (seq) {
        seq -> BigInt,
        at -> Text,
        actor -> Text,
        action -> Text,
        object_type -> Text,
        object_id -> Text,
        request_id -> Text,
        mac -> Text,
    }
}

diesel::joinable!(territories -> programmes (programme_id));
diesel::joinable!(organisations -> territories (territory_id));
diesel::joinable!(programme_organisations -> programmes (programme_id));
diesel::joinable!(programme_organisations -> organisations (organisation_id));
diesel::joinable!(memberships -> users (user_id));
diesel::joinable!(memberships -> organisations (organisation_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(api_tokens -> users (user_id));

diesel::allow_tables_to_appear_in_same_query!(
    programmes,
    territories,
    organisations,
    programme_organisations,
    users,
    memberships,
    sessions,
    api_tokens,
    login_attempts,
    audit_log,
);
