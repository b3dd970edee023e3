//! A session's person kept between requests (`web::known_sessions`, issue 17 item 1): the
//! next request of the same session does not ask the database who is asking, until any
//! write runs — a disabled account is refused on its very next request — and a change the
//! server did not make itself is seen within a second.

use axum::http::StatusCode;
use db::Origin;
use diesel::prelude::*;

use crate::support::{COORDINATOR, TestApp, on_each_backend};

fn queries(app: &TestApp) -> u64 {
    app.db.db().queries_run()
}

fn user_id(app: &TestApp, email: &str) -> String {
    let mut conn = app.db.db().conn().unwrap();
    db::schema::users::table
        .filter(db::schema::users::email.eq(email))
        .select(db::schema::users::id)
        .first(&mut *conn)
        .unwrap()
}

#[tokio::test]
async fn a_session_is_read_once_until_a_write_and_a_disabled_account_is_refused_at_once() {
    on_each_backend(|app| async move {
        let mut c = app.signed_in(COORDINATOR).await;
        assert_eq!(c.get("/account").await.status, StatusCode::OK);
        let before = queries(&app);
        assert_eq!(c.get("/account").await.status, StatusCode::OK);
        let kept = queries(&app) - before;

        // Any write: the next request reads the session again (its two statements).
        app.db
            .db()
            .write_blocking(&Origin::system(), |_| Ok(()))
            .unwrap();
        let before = queries(&app);
        assert_eq!(c.get("/account").await.status, StatusCode::OK);
        assert_eq!(queries(&app) - before, kept + 2, "read again after a write");
        let before = queries(&app);
        assert_eq!(c.get("/account").await.status, StatusCode::OK);
        assert_eq!(queries(&app) - before, kept, "then kept again");

        // Disabled through the server's storage: refused on the next request.
        let me = user_id(&app, COORDINATOR);
        app.db
            .db()
            .write_blocking(&Origin::system(), |tx| {
                db::users::set_disabled(tx, &me, true)
            })
            .unwrap();
        let res = c.get("/account").await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert_eq!(res.location(), Some("/login?next=/account"));
    })
    .await;
}

#[tokio::test]
async fn a_change_made_by_another_process_is_seen_within_a_second() {
    on_each_backend(|app| async move {
        let mut c = app.signed_in(COORDINATOR).await;
        assert_eq!(c.get("/account").await.status, StatusCode::OK);
        // As the command line would, on a connection of its own: this server counts no write.
        let me = user_id(&app, COORDINATOR);
        let mut conn = app.db.db().conn().unwrap();
        diesel::update(db::schema::users::table.filter(db::schema::users::id.eq(&me)))
            .set(db::schema::users::disabled.eq(true))
            .execute(&mut *conn)
            .unwrap();
        drop(conn);
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
        assert_eq!(c.get("/account").await.status, StatusCode::SEE_OTHER);
    })
    .await;
}
