//! The IATI activity settings of a programme (issue 16 item 4).

diesel::table! {
    iati_settings (programme_id) {
        programme_id -> Text,
        org_ref -> Text,
        org_name -> Text,
        org_type -> Text,
        activity_id -> Text,
        published_at -> Nullable<Timestamp>,
        updated_by -> Text,
        updated_at -> Timestamp,
    }
}
