//! How many statements the main pages cost, on the demo's thousand applications, for each
//! role that works on them (issue 17). A page that starts asking one question per row
//! (an N+1) or recomputing per request what it used to read in one go goes over its
//! budget here. The figures are printed so a change that lowers them can lower the
//! budgets too. The coordinator's home page reads every area's work (about 85 statements
//! on the demo, most of them per grant call or per call: bounded by the calls, not by the
//! applications); the lists read a page in a fixed handful.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use diesel::prelude::*;
use http_body_util::BodyExt;
use tower::ServiceExt;

/// A page, who reads it, and the most statements it may cost, the session's own two
/// included (the credential with its user; the memberships with their programmes). The
/// pool checks a PostgreSQL connection before use only after one was found lost, so both
/// backends count the same.
struct Budget {
    path: String,
    email: &'static str,
    most: u64,
}

fn first(db: &db::Database, sql: &str) -> String {
    #[derive(QueryableByName)]
    struct Id {
        #[diesel(sql_type = diesel::sql_types::Text)]
        id: String,
    }
    let mut conn = db.conn().unwrap();
    diesel::sql_query(sql)
        .load::<Id>(&mut *conn)
        .unwrap()
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no row for {sql}"))
        .id
}

fn session(db: &db::Database, email: &str) -> String {
    let user = first(db, &format!("SELECT id FROM users WHERE email = '{email}'"));
    db.write_blocking(&db::Origin::system(), |tx| db::sessions::create(tx, &user))
        .unwrap()
}

#[test]
fn the_main_pages_cost_a_bounded_number_of_statements() {
    testkit::on_each_backend(|db| {
        super::seed(db, "demo password", &testkit::field_keys()).unwrap();
        let call = first(
            db,
            "SELECT call_id AS id FROM candidates GROUP BY call_id ORDER BY COUNT(*) DESC LIMIT 1",
        );
        let candidate = first(
            db,
            "SELECT id FROM candidates WHERE status <> 'draft' ORDER BY id LIMIT 1",
        );
        let run = first(db, "SELECT id FROM matching_runs ORDER BY id LIMIT 1");
        let coordinator = "coordinator@demo.example";
        let pages = [
            ("/", coordinator, 86),
            ("/", "agency.tn@demo.example", 33),
            ("/", "company@demo.example", 34),
            ("/", "evaluator@demo.example", 10),
            ("/placements", coordinator, 6),
            ("/candidates", coordinator, 9),
            (
                "/candidates?q=ben&min_italian=3&sort=italian",
                coordinator,
                8,
            ),
            ("/candidates", "agency.tn@demo.example", 9),
            (&*format!("/candidates/{candidate}"), coordinator, 19),
            (&*format!("/calls/{call}/ranking"), coordinator, 9),
            ("/positions", coordinator, 5),
            (&*format!("/matching-runs/{run}"), coordinator, 8),
            ("/open-calls", "", 3),
        ]
        .map(|(path, email, most)| Budget {
            path: path.to_owned(),
            email,
            most,
        });
        let router = web::app(web::AppState::new(
            db.clone(),
            web::WebConfig::default(),
            testkit::field_keys(),
        ));
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let mut over = Vec::new();
        for page in &pages {
            let cookie = if page.email.is_empty() {
                String::new()
            } else {
                format!("mentor_session={}", session(db, page.email))
            };
            let before = db.queries_run();
            let request = Request::get(&page.path)
                .header(header::HOST, "localhost")
                .header(header::COOKIE, cookie)
                .body(Body::empty())
                .unwrap();
            let (status, bytes) = rt.block_on(async {
                let res = router.clone().oneshot(request).await.unwrap();
                let status = res.status();
                (status, res.into_body().collect().await.unwrap().to_bytes())
            });
            let cost = db.queries_run() - before;
            assert_eq!(status, StatusCode::OK, "{} as {}", page.path, page.email);
            assert!(bytes.len() > 500, "{} answered almost nothing", page.path);
            println!(
                "{:?} {} as {}: {cost} statements",
                db.backend(),
                page.path,
                page.email
            );
            if cost > page.most {
                over.push(format!(
                    "{} as {}: {cost} > {}",
                    page.path, page.email, page.most
                ));
            }
        }
        assert!(over.is_empty(), "over budget: {over:#?}");
    });
}
