//! The eligibility list through the router: everyone who completed, the recovered with a reason.

use super::*;

#[tokio::test]
async fn the_list_takes_those_who_completed_and_the_recovered_with_a_reason() {
    on_each_backend(|app| async move {
        let cases = crate::cases::setup(&app).await;
        crate::outcomes::move_case(&app, &cases.own, "completed", true);
        let call = publish(&app, "Return projects").await;
        let mut c = english(&app, COORDINATOR).await;
        let res = c
            .post(&format!("/grant-calls/{call}/eligible/completed"), &[])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let res = c.get(&format!("/grant-calls/{call}/eligible")).await;
        assert!(
            res.shows(&msg_n("flash-grant-eligible-added", "count", 1)),
            "{}",
            res.body
        );
        assert_eq!(
            res.body.matches("data-basis=\"completed\"").count(),
            1,
            "only the completed case"
        );
        let res = c
            .post(&format!("/grant-calls/{call}/eligible/completed"), &[])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert!(
            c.get(&format!("/grant-calls/{call}/eligible"))
                .await
                .shows(&msg_n("flash-grant-eligible-added", "count", 0))
        );

        // The other trainee, recovered: a reason is required, the name must be of p1.
        let path = format!("/grant-calls/{call}/eligible/recovered");
        let res = c
            .post(&path, &[("person", "Trabelsi Test"), ("reason", " ")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("grant-error-reason-required")));
        let res = c
            .post(&path, &[("person", "Nobody Here"), ("reason", "Back home")])
            .await;
        assert!(res.shows(&msg("grant-error-person-unknown")));
        let res = c
            .post(&path, &[("person", "Test Haddad"), ("reason", "Back home")])
            .await;
        assert!(
            res.shows(&msg("grant-error-person-listed")),
            "already on it"
        );
        let res = c
            .post(
                &path,
                &[
                    ("person", "Trabelsi Test"),
                    ("reason", "Interrupted for family reasons, back home"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let listed = {
            let mut conn = app.db.db().conn().unwrap();
            db::grants::eligibles::find(&mut conn, &call, &cases.other_candidate)
                .unwrap()
                .unwrap()
        };
        assert_eq!(listed.basis, Basis::Recovered);
        assert_eq!(listed.country, Country::MA);
        assert!(
            c.get(&format!("/grant-calls/{call}/eligible"))
                .await
                .body
                .contains("Interrupted for family reasons")
        );

        // Removing is confirmed; someone who applied stays.
        let remove = format!("/grant-calls/{call}/eligible/remove");
        let res = c
            .post(&remove, &[("candidate", cases.other_candidate.as_str())])
            .await;
        assert!(res.body.contains("data-confirm=\"remove-eligible\""));
        let res = c
            .post(
                &remove,
                &[
                    ("candidate", cases.other_candidate.as_str()),
                    ("confirmed", "yes"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let mut p = english(&app, PARTICIPANT).await;
        let res = post_owned(&mut p, &format!("/my/grants/{call}"), &draft(&[])).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let own = application(&app, &call, &{
            let mut conn = app.db.db().conn().unwrap();
            db::grants::eligibles::list(&mut conn, &call).unwrap()[0]
                .eligible
                .candidate_id
                .clone()
        });
        assert!(own.is_some());
        let owner = own.unwrap().candidate_id;
        let story = format!("/participants/{owner}");
        assert!(
            !c.get(&story).await.body.contains("data-event=\"grant\""),
            "a draft is nobody's news"
        );
        let ok = draft(&[("equipment", "Press", "2500")]);
        post_owned(&mut p, &format!("/my/grants/{call}/submit"), &ok).await;
        let res = p
            .post(
                &format!("/my/grants/{call}/submit"),
                &[("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let res = c.get(&story).await;
        assert_eq!(
            res.body.matches("data-event=\"grant\"").count(),
            1,
            "presented, on the participant's page"
        );
        let mut host = english(&app, COMPANY).await;
        assert!(
            !host.get(&story).await.body.contains("data-event=\"grant\""),
            "not the host's business"
        );
        let res = c
            .post(
                &remove,
                &[("candidate", owner.as_str()), ("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::CONFLICT);
        assert!(res.shows(&msg("grant-error-eligible-applied")));
        let mut other = english(&app, OTHER_COORDINATOR).await;
        assert_eq!(
            other
                .get(&format!("/grant-calls/{call}/eligible"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
    })
    .await;
}
