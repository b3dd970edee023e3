//! Content in several languages: the versions of what candidates and the public read.

diesel::table! {
    content_versions (kind, item_id, field, lang) {
        kind -> Text,
        item_id -> Text,
        field -> Text,
        lang -> Text,
        text -> Text,
        updated_at -> Timestamp,
    }
}
