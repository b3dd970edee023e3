//! The grants' API through the router: listed within reach (staff their programmes', a
//! participant their own, an evaluator none), a payment recorded once per
//! `Idempotency-Key`, a rate that does not make the euros refused.

use axum::http::StatusCode;
use serde_json::json;

use super::{agree, setup, tranche_ids, view};
use crate::outcomes::today;
use crate::support::{COORDINATOR, EVALUATOR, PARTICIPANT, on_each_backend};

#[tokio::test]
async fn the_api_lists_grants_within_reach_and_records_a_payment_once() {
    on_each_backend(|app| async move {
        let g = setup(&app);
        agree(&app, &g.own, ("3000", "2000")).await;
        let mut api = app.client();
        api.bearer = Some(app.token(COORDINATOR));
        let res = api.get(&format!("/api/v1/grants?call={}", g.call)).await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(res.json().as_array().unwrap().len(), 2);
        let mut mine = app.client();
        mine.bearer = Some(app.token(PARTICIPANT));
        let res = mine.get("/api/v1/grants").await;
        let all = res.json();
        assert_eq!(all.as_array().unwrap().len(), 1);
        assert_eq!(all[0]["application_id"], g.own.as_str());
        assert_eq!(all[0]["tranches"][0]["released"], true);
        assert_eq!(
            mine.get(&format!("/api/v1/grants/{}", g.other))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        let mut evaluator = app.client();
        evaluator.bearer = Some(app.token(EVALUATOR));
        assert_eq!(
            evaluator.get("/api/v1/grants").await.status,
            StatusCode::FORBIDDEN
        );

        let tranche = tranche_ids(&app, &g.own)[0].clone();
        let body = json!({"tranche_id": tranche, "paid_on": today().to_string(), "amount": "3000",
            "currency": "MAD", "local_amount": "32535", "rate": "10.8450"});
        let post = |key: &'static str, body: serde_json::Value| {
            let token = app.token(COORDINATOR);
            let mut c = app.client();
            let path = format!("/api/v1/grants/{}/disbursements", g.own);
            async move {
                let req = axum::http::Request::builder()
                    .method("POST")
                    .uri(path)
                    .header("host", "localhost")
                    .header("content-type", "application/json")
                    .header("authorization", format!("Bearer {token}"))
                    .header("idempotency-key", key)
                    .body(axum::body::Body::from(body.to_string()))
                    .unwrap();
                c.send(req).await
            }
        };
        let res = post("pay-1", body.clone()).await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
        assert_eq!(res.json()["paid_cents"], 300_000);
        assert_eq!(res.json()["disbursements"][0]["rate"], "10.8450");
        assert_eq!(res.json()["disbursements"][0]["local_amount"], "32535.00");
        let again = post("pay-1", body.clone()).await;
        assert_eq!(again.status, StatusCode::CREATED);
        assert_eq!(view(&app, &g.own).1[0], (300_000, 300_000), "once");
        let mut wrong = body;
        wrong["rate"] = json!("11");
        let res = post("pay-2", wrong).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        let mut participant = app.client();
        participant.bearer = Some(app.token(PARTICIPANT));
        let res = participant
            .post_json(&format!("/api/v1/grants/{}/disbursements", g.own), "{}")
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
    })
    .await;
}
