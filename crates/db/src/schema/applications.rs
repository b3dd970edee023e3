//! Calls and the applications to them, with what is kept beside an application.

diesel::table! {
    calls (id) {
        id -> Text,
        programme_id -> Text,
        title -> Text,
        description -> Text,
        opens_on -> Date,
        closes_on -> Date,
        places -> BigInt,
        rules -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        lang -> Text,
    }
}

diesel::table! {
    candidates (id) {
        id -> Text,
        programme_id -> Text,
        call_id -> Text,
        user_id -> Nullable<Text>,
        status -> Text,
        step -> BigInt,
        family_name -> Text,
        given_names -> Text,
        family_name_ar -> Nullable<Text>,
        given_names_ar -> Nullable<Text>,
        birth_date -> Nullable<Date>,
        sex -> Text,
        nationality -> Text,
        residence_country -> Text,
        residence_territory_id -> Nullable<Text>,
        email -> Text,
        phone -> Text,
        whatsapp -> Nullable<Text>,
        passport_sealed -> Nullable<Text>,
        passport_index -> Nullable<Text>,
        italian_rank -> BigInt,
        consent_version -> Nullable<Text>,
        consent_at -> Nullable<Timestamp>,
        submitted_at -> Nullable<Timestamp>,
        eligibility -> Text,
        eligible -> Bool,
        override_reason -> Nullable<Text>,
        decision_reason -> Nullable<Text>,
        search_text -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        /// The profile's French level × 10 + its English level (each 0 to 6), copied for
        /// the list's indexes: 53 is French C1 and English B1. One column, not two: diesel
        /// tables stop at 32 columns.
        french_english_rank -> BigInt,
    }
}

diesel::table! {
    candidate_profiles (candidate_id) {
        candidate_id -> Text,
        isced_level -> Nullable<BigInt>,
        field_of_study -> Text,
        qualification_title -> Text,
        qualification_date -> Nullable<Date>,
        languages -> Text,
        experience -> Text,
        sectors -> Text,
        cities -> Text,
        available_from -> Nullable<Date>,
        updated_at -> Timestamp,
        french_rank -> BigInt,
        english_rank -> BigInt,
    }
}

diesel::table! {
    candidate_events (id) {
        id -> Text,
        candidate_id -> Text,
        at -> Timestamp,
        actor -> Text,
        kind -> Text,
        from_status -> Nullable<Text>,
        to_status -> Nullable<Text>,
        note -> Nullable<Text>,
    }
}

diesel::table! {
    candidate_documents (id) {
        id -> Text,
        candidate_id -> Text,
        kind -> Text,
        issued_on -> Nullable<Date>,
        expires_on -> Nullable<Date>,
        size_bytes -> BigInt,
        sha256 -> Text,
        content_type -> Text,
        original_name -> Text,
        stored_name -> Text,
        uploaded_by -> Text,
        uploaded_at -> Timestamp,
    }
}

diesel::table! {
    duplicate_flags (id) {
        id -> Text,
        programme_id -> Text,
        candidate_a -> Text,
        candidate_b -> Text,
        reasons -> Text,
        status -> Text,
        created_at -> Timestamp,
        decided_by -> Nullable<Text>,
        decided_at -> Nullable<Timestamp>,
        kept_id -> Nullable<Text>,
    }
}

diesel::table! {
    candidate_esco (candidate_id, kind, uri) {
        candidate_id -> Text,
        kind -> Text,
        uri -> Text,
        label -> Text,
        label_lower -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    candidate_terms (term, candidate_id) {
        term -> Text,
        candidate_id -> Text,
    }
}

diesel::table! {
    saved_searches (id) {
        id -> Text,
        user_id -> Text,
        name -> Text,
        query -> Text,
        watched -> Bool,
        last_notified_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    candidate_free_skills (id) {
        id -> Text,
        candidate_id -> Text,
        kind -> Text,
        text -> Text,
        lang -> Text,
        created_at -> Timestamp,
        mapped_uri -> Nullable<Text>,
        mapped_by -> Nullable<Text>,
        mapped_at -> Nullable<Timestamp>,
    }
}
