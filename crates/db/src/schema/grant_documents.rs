//! The documents of a grant application (issue 15 item 2); the bytes live sealed in the
//! document store under the row's id.

diesel::table! {
    grant_documents (id) {
        id -> Text,
        application_id -> Text,
        kind -> Text,
        content_type -> Text,
        size_bytes -> BigInt,
        sha256 -> Text,
        uploaded_by -> Text,
        uploaded_at -> Timestamp,
    }
}
