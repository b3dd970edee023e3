//! Programmes, territories, partner organisations, companies, positions and outreach.

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
        lang -> Text,
        description -> Text,
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
