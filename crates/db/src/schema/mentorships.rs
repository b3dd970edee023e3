//! Mentoring after the traineeship: mentorships, their sessions, action plans and concerns
//! (issue 15 item 1).

diesel::table! {
    mentorships (id) {
        id -> Text,
        programme_id -> Text,
        candidate_id -> Text,
        mentor_id -> Text,
        organisation_id -> Text,
        whereabouts -> Text,
        goals -> Text,
        reminder_days -> BigInt,
        opened_on -> Date,
        opened_by -> Text,
        opened_at -> Timestamp,
        closed_on -> Nullable<Date>,
        closed_by -> Nullable<Text>,
        closed_at -> Nullable<Timestamp>,
        close_note -> Nullable<Text>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    mentorship_sessions (id) {
        id -> Text,
        mentorship_id -> Text,
        held_on -> Date,
        mode -> Text,
        topics -> Text,
        notes -> Text,
        logged_by -> Text,
        logged_at -> Timestamp,
    }
}

diesel::table! {
    mentorship_items (id) {
        id -> Text,
        mentorship_id -> Text,
        action -> Text,
        due_on -> Date,
        added_by -> Text,
        added_at -> Timestamp,
        done_by -> Nullable<Text>,
        done_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    mentorship_concerns (id) {
        id -> Text,
        mentorship_id -> Text,
        note -> Text,
        raised_by -> Text,
        raised_at -> Timestamp,
        handled_by -> Nullable<Text>,
        handled_at -> Nullable<Timestamp>,
        handled_note -> Nullable<Text>,
    }
}
