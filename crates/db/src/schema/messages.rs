//! The mail outbox and the daily digests.

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
