//! A company's decline through the router: it asks first, needs a reason, cannot be undone
//! by the company, and only the coordinator reverses it, with a recorded reason.

use axum::http::StatusCode;
use domain::placement::PlacementStatus;

use crate::interviews::*;
use crate::support::{COMPANY, COORDINATOR, TestApp, msg, on_each_backend};

#[tokio::test]
async fn a_decline_asks_first_needs_a_reason_and_only_the_coordinator_reverses_it() {
    on_each_backend(|app| async move {
        let s = setup(&app);
        let mut company = english(&app, COMPANY).await;
        let path = format!("/placements/{}/decline", s.mine);
        let before = app.audit_count();

        // Asked first, with and without JavaScript: a page of its own.
        for res in [company.get(&path).await, company.post(&path, &[]).await] {
            assert_eq!(res.status, StatusCode::OK);
            assert!(res.body.contains(r#"data-confirm="decline-placement""#));
            assert!(res.shows(&msg("decline-warning")));
        }
        assert_eq!(
            app.audit_count(),
            before,
            "nothing written before confirming"
        );

        // A reason is required.
        let res = company
            .post(&path, &[("confirmed", "yes"), ("reason", "  ")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("error-reason-required")));
        // The old answer form cannot decline without one either.
        let res = company
            .post(
                &format!("/placements/{}/answer", s.mine),
                &[("status", "declined")],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(placement(&app, &s.mine).status, PlacementStatus::Proposed);

        let res = company
            .post(
                &path,
                &[("confirmed", "yes"), ("reason", "Needs a driving licence")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let page = company.get(&format!("/placements/{}", s.mine)).await;
        assert!(
            page.body
                .contains(r#"data-flash="flash-placement-declined""#)
        );
        assert!(page.body.contains("Needs a driving licence"));
        assert!(!page.body.contains(r#"data-action="decline""#));
        assert!(!page.body.contains(r#"data-action="reverse""#));

        // The company cannot undo it, in any way.
        let again = company
            .post(&path, &[("confirmed", "yes"), ("reason", "again")])
            .await;
        assert_eq!(again.status, StatusCode::CONFLICT);
        let accept = company
            .post(
                &format!("/placements/{}/answer", s.mine),
                &[("status", "accepted")],
            )
            .await;
        assert_eq!(accept.status, StatusCode::CONFLICT);
        let f = slots(&[(&day(10), "10:00", "45")]);
        let offer = company
            .post(&format!("/placements/{}/slots", s.mine), &fields(&f))
            .await;
        assert_eq!(offer.status, StatusCode::CONFLICT);
        let reverse = company
            .post(
                &format!("/placements/{}/reverse", s.mine),
                &[("confirmed", "yes"), ("reason", "changed my mind")],
            )
            .await;
        assert_eq!(reverse.status, StatusCode::FORBIDDEN);
        assert_eq!(placement(&app, &s.mine).status, PlacementStatus::Declined);
        let forbidden = |app: &TestApp| {
            let mut conn = app.db.db().conn().unwrap();
            let p = placement(app, &s.mine);
            db::matching::constraints(&mut conn, &p.call_id)
                .unwrap()
                .contains(&(p.candidate_id, p.position_id, "forbid".to_owned()))
        };
        assert!(forbidden(&app));

        // The coordinator reverses it, with a reason recorded and shown.
        let mut coordinator = english(&app, COORDINATOR).await;
        let rpath = format!("/placements/{}/reverse", s.mine);
        let page = coordinator.get(&format!("/placements/{}", s.mine)).await;
        assert!(page.body.contains(r#"data-action="reverse""#));
        let ask = coordinator.get(&rpath).await;
        assert!(ask.body.contains(r#"data-confirm="reverse-decline""#));
        let res = coordinator.post(&rpath, &[("confirmed", "yes")]).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("error-reason-required")));
        let res = coordinator
            .post(
                &rpath,
                &[
                    ("confirmed", "yes"),
                    ("reason", "The licence is not required"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let p = placement(&app, &s.mine);
        assert_eq!(p.status, PlacementStatus::Proposed);
        assert_eq!(
            p.reversal_reason.as_deref(),
            Some("The licence is not required")
        );
        assert_eq!(
            app.last_audit(),
            ("placement.reverse_decline".to_owned(), s.mine.clone())
        );
        assert!(!forbidden(&app), "the pair may be matched again");
        let page = company.get(&format!("/placements/{}", s.mine)).await;
        assert!(
            page.body.contains("data-reversed")
                && page.body.contains("The licence is not required")
        );
        // A placement that is not declined has nothing to reverse.
        let res = coordinator
            .post(&rpath, &[("confirmed", "yes"), ("reason", "twice")])
            .await;
        assert_eq!(res.status, StatusCode::CONFLICT);
        assert!(res.shows(&msg("error-placement-not-declined")));
    })
    .await;
}
