//! Pre-departure courses: courses, sessions, enrolments, attendance, tests, the completion
//! rule per programme, certificates.

diesel::table! {
    courses (id) {
        id -> Text,
        programme_id -> Text,
        organisation_id -> Text,
        subject -> Text,
        title -> Text,
        created_by -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    course_sessions (id) {
        id -> Text,
        course_id -> Text,
        held_on -> Date,
        starts_at -> Text,
        topic -> Text,
        place -> Text,
        online -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    course_enrolments (id) {
        id -> Text,
        course_id -> Text,
        case_id -> Text,
        enrolled_by -> Text,
        enrolled_at -> Timestamp,
    }
}

diesel::table! {
    course_attendance (session_id, enrolment_id) {
        session_id -> Text,
        enrolment_id -> Text,
        mark -> Text,
        recorded_by -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    course_tests (id) {
        id -> Text,
        enrolment_id -> Text,
        taken_on -> Date,
        level -> Text,
        recorded_by -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    course_rules (programme_id) {
        programme_id -> Text,
        min_attendance -> BigInt,
        min_level -> Nullable<Text>,
        late_weight -> BigInt,
        justified_weight -> BigInt,
        updated_by -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    course_certificates (code) {
        code -> Text,
        enrolment_id -> Text,
        issued_on -> Date,
        issued_by -> Text,
        issued_at -> Timestamp,
    }
}
