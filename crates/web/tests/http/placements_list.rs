//! The placements list a page at a time: 50 newest first, a status filter, the count of
//! all that match, and the links between pages; the company reads only its own.

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use db::Origin;
use domain::candidate::Status;
use testkit::fixtures;

use crate::matching::{position, setup};
use crate::support::{COMPANY, COORDINATOR, on_each_backend};

/// Rows of the placements table on a page.
fn rows(body: &str) -> usize {
    body.matches("data-open=\"").count()
}

#[tokio::test]
async fn the_placements_list_comes_a_page_at_a_time_with_a_status_filter() {
    on_each_backend(|app| async move {
        let s = setup(&app);
        let d = app.db.db();
        let (a, b) = (app.seed.company_a.clone(), app.seed.company_b.clone());
        let p1 = app.seed.p1.clone();
        // 70 placements: 61 proposed to company A, 9 accepted by company B, a minute apart.
        let start = Utc::now().naive_utc() - Duration::hours(3);
        let people: Vec<String> = (0..70)
            .map(|i| {
                fixtures::candidate(
                    d,
                    &s.call,
                    &format!("Person {i:02}"),
                    "TN",
                    Status::Shortlisted,
                )
            })
            .collect();
        d.write_blocking(&Origin::system(), |tx| {
            let pa = db::positions::create(tx, &p1, &a, &position("Welder A", "1"))?;
            let pb = db::positions::create(tx, &p1, &b, &position("Welder B", "1"))?;
            let rows: Vec<_> = people
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let at = start + Duration::minutes(i as i64);
                    let (position, company, status) = if i < 61 {
                        (&pa, &a, "proposed")
                    } else {
                        (&pb, &b, "accepted")
                    };
                    db::bulk::NewPlacement {
                        id: db::id::new_id(),
                        run_id: None,
                        call_id: s.call.clone(),
                        candidate_id: c.clone(),
                        position_id: position.clone(),
                        company_id: company.clone(),
                        status: status.to_owned(),
                        score: 0,
                        note: String::new(),
                        created_at: at,
                        updated_at: at,
                        interview_slot_id: None,
                        reversed_at: None,
                        reversed_by: None,
                        reversal_reason: None,
                    }
                })
                .collect();
            db::bulk::placements(tx, &rows)
        })
        .unwrap();

        let mut c = app.signed_in(COORDINATOR).await;
        let first = c.get("/placements").await;
        assert_eq!(first.status, StatusCode::OK);
        assert!(first.body.contains("data-total=\"70\""), "{}", first.body);
        assert_eq!(rows(&first.body), 50);
        // Newest first: the last one made opens the list.
        assert!(first.body.contains("Person 69"));
        assert!(!first.body.contains("Person 00"));
        assert!(
            first
                .body
                .contains("href=\"/placements?page=2\" rel=\"next\"")
        );
        let second = c.get("/placements?page=2").await;
        assert_eq!(rows(&second.body), 20);
        assert!(second.body.contains("Person 00"));
        assert!(
            second
                .body
                .contains("href=\"/placements?page=1\" rel=\"prev\"")
        );
        assert!(!second.body.contains("rel=\"next\""));
        // A page past the end is empty, not an error.
        let past = c.get("/placements?page=9").await;
        assert_eq!(past.status, StatusCode::OK);
        assert_eq!(rows(&past.body), 0);

        let accepted = c.get("/placements?status=accepted").await;
        assert!(
            accepted.body.contains("data-total=\"9\""),
            "{}",
            accepted.body
        );
        assert_eq!(rows(&accepted.body), 9);
        assert!(
            accepted
                .body
                .contains("<option value=\"accepted\" selected>")
        );
        let bad = c.get("/placements?status=lost").await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);

        // Company A reads its own 61, never company B's.
        let mut company = app.signed_in(COMPANY).await;
        let own = company.get("/placements").await;
        assert!(own.body.contains("data-total=\"61\""), "{}", own.body);
        let own_accepted = company.get("/placements?status=accepted").await;
        assert!(own_accepted.body.contains("data-total=\"0\""));
    })
    .await;
}
