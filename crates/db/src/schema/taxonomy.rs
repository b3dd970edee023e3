//! The ESCO taxonomy (public reference data) and its labels in other languages.

diesel::table! {
    esco_labels (uri, lang) {
        uri -> Text,
        lang -> Text,
        label -> Text,
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
    esco_terms (lang, folded, uri) {
        lang -> Text,
        folded -> Text,
        uri -> Text,
        preferred -> Bool,
    }
}
