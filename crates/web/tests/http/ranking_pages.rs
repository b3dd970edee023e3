//! A call's ranking a page at a time: ranks run on across pages, and a decision staged
//! from a page comes back to that page.

use axum::http::StatusCode;
use domain::candidate::Status;
use testkit::fixtures;

use crate::selection::setup;
use crate::support::{COORDINATOR, on_each_backend};

#[tokio::test]
async fn a_long_ranking_comes_a_page_at_a_time_and_a_decision_returns_to_its_page() {
    on_each_backend(|app| async move {
        let s = setup(&app).await;
        let d = app.db.db();
        // 120 scored applications: Trabelsi best (10s), the others below in any order.
        let mut ids = vec![s.tn.clone()];
        for i in 0..119 {
            ids.push(fixtures::candidate(
                d,
                &s.call,
                &format!("Fam{i:03}"),
                "MA",
                Status::Eligible,
            ));
        }
        let (assessor, criteria) = (app.seed.coordinator.clone(), s.criteria.clone());
        let (best, rest) = (ids[0].clone(), ids[1..].to_vec());
        d.write_blocking(&db::Origin::system(), move |tx| {
            for (id, score) in std::iter::once((&best, 5)).chain(rest.iter().map(|id| (id, 1))) {
                let inputs: Vec<db::selection::ScoreInput> = criteria
                    .iter()
                    .map(|k| db::selection::ScoreInput {
                        criterion_id: k.clone(),
                        score: Some(score),
                        note: None,
                    })
                    .collect();
                let scope = domain::permission::Scope::All;
                db::selection::save_scores(tx, &scope, &assessor, id, &inputs)?
                    .map_err(|_| db::DbError::NotFound)?;
            }
            Ok(())
        })
        .unwrap();

        let mut coordinator = app.signed_in(COORDINATOR).await;
        let ranking = format!("/calls/{}/ranking", s.call);
        let rows = |body: &str| body.matches("data-candidate=").count();
        let first = coordinator.get(&ranking).await;
        assert_eq!(first.status, StatusCode::OK);
        assert_eq!(rows(&first.body), 100);
        assert!(first.body.contains(&format!("data-candidate=\"{}\"", s.tn)));
        assert!(
            first
                .body
                .contains(&format!("href=\"{ranking}?page=2\" rel=\"next\""))
        );
        assert!(!first.body.contains("rel=\"prev\""));

        // Page 2 goes on from rank 101; a page past the end shows the last.
        let second = coordinator.get(&format!("{ranking}?page=2")).await;
        assert_eq!(rows(&second.body), 20);
        assert!(second.body.contains("<td class=\"num\">101</td>"));
        assert!(
            !second
                .body
                .contains(&format!("data-candidate=\"{}\"", s.tn))
        );
        assert!(
            second
                .body
                .contains(&format!("href=\"{ranking}\" rel=\"prev\""))
        );
        let past = coordinator.get(&format!("{ranking}?page=99")).await;
        assert_eq!(rows(&past.body), 20);

        // A decision staged from page 2 comes back to page 2, at its row.
        let back = format!("{ranking}?page=2");
        assert!(
            second
                .body
                .contains(&format!("name=\"back\" value=\"{back}\""))
        );
        let last = ids.last().cloned().unwrap_or_default();
        let res = coordinator
            .post(
                &format!("/candidates/{last}/decision"),
                &[("decision", "shortlisted"), ("back", &back)],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert_eq!(res.location(), Some(format!("{back}#c-{last}").as_str()));
        // Anything else as `back` goes to the application, never elsewhere.
        let bad = [
            format!("{ranking}?page=2&x=1"),
            format!("https://example.org{ranking}"),
        ];
        for (bad, id) in bad.iter().zip(&ids[100..]) {
            let res = coordinator
                .post(
                    &format!("/candidates/{id}/decision"),
                    &[("decision", "shortlisted"), ("back", bad)],
                )
                .await;
            assert_eq!(res.status, StatusCode::SEE_OTHER, "{bad}");
            let to = format!("/candidates/{id}#decision");
            assert_eq!(res.location(), Some(to.as_str()), "{bad}");
        }
    })
    .await;
}
