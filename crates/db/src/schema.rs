//! Table definitions shared by both backends. Written by hand to match
//! `migrations/{sqlite,postgres}`; `tests/storage/schema.rs` proves the two folders agree.

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
        time_zone -> Nullable<Text>,
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
        name -> Text,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    password_resets (id) {
        id -> Text,
        user_id -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    sign_in_throttle (key_hash) {
        key_hash -> Text,
        failures -> BigInt,
        last_failure_at -> Nullable<Timestamp>,
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

diesel::joinable!(territories -> programmes (programme_id));
diesel::joinable!(calls -> programmes (programme_id));
diesel::joinable!(candidates -> calls (call_id));
diesel::joinable!(candidate_profiles -> candidates (candidate_id));
diesel::joinable!(candidate_events -> candidates (candidate_id));
diesel::joinable!(organisations -> territories (territory_id));
diesel::joinable!(programme_organisations -> programmes (programme_id));
diesel::joinable!(programme_organisations -> organisations (organisation_id));
diesel::joinable!(memberships -> users (user_id));
diesel::joinable!(memberships -> organisations (organisation_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(api_tokens -> users (user_id));

diesel::table! {
    regional_rules (region) {
        region -> Text,
        name -> Text,
        min_allowance_cents -> BigInt,
        small_max_employees -> Integer,
        small_cap -> Integer,
        medium_max_employees -> Integer,
        medium_cap -> Integer,
        large_percent -> Integer,
        require_no_insolvency -> Bool,
        require_no_wage_support -> Bool,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    companies (organisation_id) {
        organisation_id -> Text,
        vat_number -> Nullable<Text>,
        tax_code -> Nullable<Text>,
        ateco -> Nullable<Text>,
        employees -> Nullable<Integer>,
        address -> Text,
        region -> Nullable<Text>,
        contact_name -> Text,
        contact_email -> Text,
        contact_phone -> Text,
        notes -> Text,
        stage -> Text,
        stage_changed_at -> Timestamp,
        owner_id -> Nullable<Text>,
        safety_compliant -> Nullable<Bool>,
        disability_compliant -> Nullable<Bool>,
        no_recent_dismissals -> Nullable<Bool>,
        no_insolvency -> Nullable<Bool>,
        no_wage_support -> Nullable<Bool>,
        checklist_updated_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    positions (id) {
        id -> Text,
        programme_id -> Text,
        company_id -> Text,
        title -> Text,
        occupation -> Text,
        isco_code -> Nullable<Text>,
        required_skills -> Text,
        desired_skills -> Text,
        min_italian -> Text,
        education_level -> Integer,
        city -> Text,
        workplace -> Text,
        starts_on -> Date,
        duration_months -> Integer,
        hours_per_week -> Integer,
        allowance_cents -> BigInt,
        board -> Bool,
        lodging -> Bool,
        tutor_name -> Text,
        places -> Integer,
        status -> Text,
        status_note -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        occupation_uri -> Nullable<Text>,
    }
}

diesel::table! {
    campaigns (id) {
        id -> Text,
        programme_id -> Text,
        name -> Text,
        channel -> Text,
        audience -> Text,
        territory_id -> Nullable<Text>,
        starts_on -> Date,
        ends_on -> Nullable<Date>,
        owner_id -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    outreach_contacts (id) {
        id -> Text,
        company_id -> Text,
        campaign_id -> Nullable<Text>,
        kind -> Text,
        happened_on -> Date,
        author_id -> Nullable<Text>,
        notes -> Text,
        follow_up_on -> Nullable<Date>,
        follow_up_done -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    invitations (token_hash) {
        token_hash -> Text,
        organisation_id -> Text,
        role -> Text,
        email -> Text,
        invited_by -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        accepted_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    import_batches (id) {
        id -> Text,
        user_id -> Text,
        kind -> Text,
        filename -> Text,
        header -> Text,
        rows -> Text,
        created_at -> Timestamp,
    }
}

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

diesel::table! {
    esco_labels (uri, lang) {
        uri -> Text,
        lang -> Text,
        label -> Text,
    }
}

diesel::table! {
    rankings (call_id, side, position_id, candidate_id) {
        call_id -> Text,
        side -> Text,
        position_id -> Text,
        candidate_id -> Text,
        rank -> Integer,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    esco_isco_groups (code) {
        code -> Text,
        label -> Text,
        parent_code -> Nullable<Text>,
    }
}

diesel::table! {
    esco_occupations (uri) {
        uri -> Text,
        isco_code -> Text,
        label -> Text,
        alt_labels -> Text,
        description -> Text,
        label_lower -> Text,
        search -> Text,
    }
}

diesel::table! {
    esco_skills (uri) {
        uri -> Text,
        label -> Text,
        alt_labels -> Text,
        skill_type -> Text,
        reuse_level -> Text,
        description -> Text,
        label_lower -> Text,
        search -> Text,
    }
}

diesel::table! {
    esco_skill_groups (uri) {
        uri -> Text,
        code -> Text,
        label -> Text,
        parent_uri -> Nullable<Text>,
    }
}

diesel::table! {
    esco_skill_collections (skill_uri, collection) {
        skill_uri -> Text,
        collection -> Text,
    }
}

diesel::table! {
    selection_criteria (id) {
        id -> Text,
        call_id -> Text,
        name -> Text,
        weight -> BigInt,
        max_score -> BigInt,
        position -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    selection_scores (id) {
        id -> Text,
        candidate_id -> Text,
        criterion_id -> Text,
        assessor_id -> Text,
        score -> BigInt,
        note -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    interviews (id) {
        id -> Text,
        candidate_id -> Text,
        scheduled_at -> Timestamp,
        place -> Text,
        panel -> Text,
        notes -> Nullable<Text>,
        score -> Nullable<BigInt>,
        created_by -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        notes_by -> Nullable<Text>,
    }
}

diesel::table! {
    outbox (id) {
        id -> Text,
        recipient -> Text,
        subject -> Text,
        body -> Text,
        locale -> Text,
        kind -> Text,
        created_at -> Timestamp,
        attempts -> BigInt,
        next_attempt_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        message_id -> Text,
        attempted_at -> Nullable<Timestamp>,
        calendar -> Nullable<Text>,
    }
}

diesel::joinable!(companies -> organisations (organisation_id));
diesel::joinable!(positions -> organisations (company_id));
diesel::joinable!(outreach_contacts -> organisations (company_id));
diesel::joinable!(outreach_contacts -> campaigns (campaign_id));

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

diesel::allow_tables_to_appear_in_same_query!(
    programmes,
    territories,
    organisations,
    programme_organisations,
    users,
    memberships,
    sessions,
    api_tokens,
    password_resets,
    sign_in_throttle,
    login_attempts,
    audit_log,
    regional_rules,
    companies,
    positions,
    campaigns,
    outreach_contacts,
    invitations,
    import_batches,
    matching_runs,
    match_constraints,
    placements,
    calls,
    candidates,
    candidate_profiles,
    candidate_events,
    rankings,
    selection_criteria,
    selection_scores,
    interviews,
    outbox,
    esco_isco_groups,
    esco_occupations,
    esco_skills,
    esco_skill_groups,
    esco_skill_collections,
    candidate_documents,
    duplicate_flags,
    candidate_esco,
    candidate_terms,
    saved_searches,
    staged_decisions,
    interview_slots,
    esco_labels,
);

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

diesel::joinable!(candidate_documents -> candidates (candidate_id));

diesel::table! {
    idempotency_keys (user_id, idempotency_key) {
        user_id -> Text,
        idempotency_key -> Text,
        fingerprint -> Text,
        object_type -> Text,
        object_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// One row, rewritten by the readiness check (`Database::heartbeat`).
    heartbeat (id) {
        id -> Integer,
        beat_at -> Timestamp,
    }
}

// Staged selection decisions (issue 11), in a block of their own: `candidates` shows what
// the candidate sees, this what staff decided and the coordinator has yet to publish.
diesel::table! {
    staged_decisions (candidate_id) {
        candidate_id -> Text,
        call_id -> Text,
        decision -> Text,
        reason -> Nullable<Text>,
        staged_by -> Text,
        staged_at -> Timestamp,
    }
}

diesel::joinable!(staged_decisions -> candidates (candidate_id));

diesel::table! {
    /// One row per person and day a digest was queued (`db::digests`).
    digests (user_id, day) {
        user_id -> Text,
        day -> Date,
        tasks -> BigInt,
        searches -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// People who asked for no daily digest.
    digest_opt_outs (user_id) {
        user_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::allow_tables_to_appear_in_same_query!(digests, users);
diesel::allow_tables_to_appear_in_same_query!(digest_opt_outs, users);
