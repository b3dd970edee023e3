//! Duplicates through the router: flags raised at submission, dismissed, or merged (after a
//! confirmation) with the documents following the kept record and the merged one leaving
//! the lists.

use axum::http::StatusCode;
use domain::permission::Scope;

use crate::documents::{PDF, apply, apply_from, documents_of, setup, signed_in, tr, upload};
use crate::support::*;

#[tokio::test]
async fn flags_raised_at_submission_are_dismissed_or_merged() {
    on_each_backend(|app| async move {
        let call = setup(&app);
        // Two sisters share the family phone; Amina applies twice with two e-mails.
        let (_, amina) = apply(
            &app,
            &call,
            "amina@example.tn",
            ("Ben Salah", "Amina", "بن صالح"),
            "1998-04-02",
            "+216 20 123 456",
            "X1234567",
        )
        .await;
        let (_, salma) = apply(
            &app,
            &call,
            "salma@example.tn",
            ("Ben Salah", "Salma", "بن صالح"),
            "2000-09-15",
            "00216 20 123 456",
            "X7654321",
        )
        .await;
        let (mut again, amina2) = apply(
            &app,
            &call,
            "amina.bs@example.com",
            ("BEN SALAH", "Amina", "بن صالح"),
            "1998-04-02",
            "+216 55 000 111",
            "x 123 4567",
        )
        .await;
        let res = upload(
            &mut again,
            &format!("/applications/{amina2}/documents"),
            &[("kind", "cv")],
            "cv.pdf",
            PDF,
        )
        .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);

        let mut coordinator = signed_in(&app, COORDINATOR).await;
        let list = coordinator.get("/duplicates").await;
        assert_eq!(list.status, StatusCode::OK);
        assert_eq!(list.body.matches("data-flag>").count(), 2, "{}", list.body);
        assert!(list.body.contains(&tr("duplicate-reason-phone")));
        assert!(list.body.contains(&tr("duplicate-reason-name-birth-date")));
        assert!(
            list.body.contains(&tr("duplicate-reason-passport")),
            "the same passport, by its blind index"
        );
        // Flagged, never blocked: all three are in the list to screen.
        assert!(
            coordinator
                .get("/candidates?q=ben")
                .await
                .body
                .contains("data-total=\"3\"")
        );
        let page = coordinator.get(&format!("/candidates/{amina}")).await;
        assert_eq!(page.body.matches("data-duplicate-flag").count(), 2);
        let mut morocco = signed_in(&app, AGENCY_MA).await;
        assert!(!morocco.get("/duplicates").await.body.contains("data-flag>"));

        let flags = {
            let mut conn = app.db.db().conn().unwrap();
            db::duplicates::open_in_scope(&mut conn, &Scope::All, "", 10).unwrap_or_default()
        };
        let flag_of = |x: &str, y: &str| {
            flags
                .iter()
                .find(|p| {
                    [&p.a.id, &p.b.id].contains(&&x.to_owned())
                        && [&p.a.id, &p.b.id].contains(&&y.to_owned())
                })
                .map(|p| p.flag.id.clone())
                .expect("no flag")
        };
        let sisters = flag_of(&amina, &salma);
        let twice = flag_of(&amina, &amina2);
        assert_eq!(
            morocco.get(&format!("/duplicates/{twice}")).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            signed_in(&app, EVALUATOR)
                .await
                .get("/duplicates")
                .await
                .status,
            StatusCode::FORBIDDEN
        );

        // The sisters are different people.
        let res = coordinator
            .post(&format!("/duplicates/{sisters}/dismiss"), &[])
            .await;
        assert_eq!(res.location(), Some("/duplicates"));
        assert_eq!(app.last_audit().0, "duplicate.dismiss");
        assert_eq!(
            coordinator
                .post(&format!("/duplicates/{sisters}/dismiss"), &[])
                .await
                .status,
            StatusCode::CONFLICT
        );

        // Amina's two applications: compare, keep the first, take the newer e-mail.
        let compare = coordinator.get(&format!("/duplicates/{twice}")).await;
        assert_eq!(compare.status, StatusCode::OK);
        assert!(compare.body.contains("data-differs=\"email\""));
        assert!(compare.body.contains("data-differs=\"phone\""));
        assert!(!compare.body.contains("data-differs=\"birth_date\""));
        // Only the record to keep is preselected: a field takes the other record's value
        // only when someone chooses it.
        assert_eq!(
            compare.body.matches(" checked>").count(),
            1,
            "{}",
            compare.body
        );
        let chosen = [
            ("keep", amina.as_str()),
            ("email", amina2.as_str()),
            ("phone", amina.as_str()),
        ];
        // A merge is final: it is confirmed first, and nothing is merged until then.
        let asked = coordinator
            .post(&format!("/duplicates/{twice}/merge"), &chosen)
            .await;
        assert_eq!(asked.status, StatusCode::OK);
        assert!(asked.body.contains(r#"data-confirm="merge-duplicates""#));
        assert!(
            asked
                .body
                .contains(&format!(r#"name="email" value="{amina2}""#))
        );
        assert_eq!(documents_of(&app, &amina).len(), 0, "nothing merged yet");
        let res = coordinator
            .post(
                &format!("/duplicates/{twice}/merge"),
                &[chosen.as_slice(), &[("confirmed", "yes")]].concat(),
            )
            .await;
        assert_eq!(
            res.location(),
            Some(format!("/candidates/{amina}").as_str()),
            "{}",
            res.body
        );
        let kept = coordinator.get(&format!("/candidates/{amina}")).await;
        assert!(
            kept.body.contains("amina.bs@example.com"),
            "the chosen e-mail is kept"
        );
        assert!(kept.body.contains("+21620123456"), "the kept phone stays");
        assert!(kept.body.contains(&tr("event-merged-from")));
        assert!(kept.body.contains("cv.pdf"), "the documents follow");
        assert!(
            !kept.body.contains("data-duplicate-flag"),
            "no open flag left"
        );
        assert_eq!(documents_of(&app, &amina).len(), 1);
        assert!(documents_of(&app, &amina2).is_empty());
        // The merged record stays for the audit trail, out of the lists.
        let gone = coordinator.get(&format!("/candidates/{amina2}")).await;
        assert!(gone.body.contains(&tr("status-merged")));
        assert!(
            coordinator
                .get("/candidates?q=ben")
                .await
                .body
                .contains("data-total=\"2\"")
        );
        let mut api = app.client();
        api.bearer = Some(app.token(COORDINATOR));
        let json = api.get("/api/v1/candidates?per_page=50").await.body;
        assert!(!json.contains(&amina2), "merged records leave the API list");
        assert!(
            !coordinator
                .get("/duplicates")
                .await
                .body
                .contains("data-flag>")
        );
        // Its owner can no longer add documents to it.
        let res = upload(
            &mut again,
            &format!("/applications/{amina2}/documents"),
            &[("kind", "cv")],
            "cv.pdf",
            PDF,
        )
        .await;
        assert_eq!(res.status, StatusCode::CONFLICT);
        let mut conn = app.db.db().conn().unwrap();
        let actions: Vec<String> = db::audit::recent(&mut conn, 5, None)
            .unwrap_or_default()
            .into_iter()
            .map(|r| r.action)
            .collect();
        assert!(
            actions.contains(&"duplicate.merge".to_owned())
                && actions.contains(&"candidate.merged".to_owned()),
            "{actions:?}"
        );

        // The same passport from Morocco: the coordinator sees the warning on Amina's
        // page; the Tunisian agency, who cannot reach the Moroccan record, does not.
        apply_from(
            &app,
            &call,
            "MA",
            "h.alaoui@example.ma",
            ("Alaoui", "Hajar", "العلوي"),
            "1997-01-09",
            "+212 661 000 111",
            "X1234567",
        )
        .await;
        let seen = coordinator.get(&format!("/candidates/{amina}")).await;
        assert_eq!(seen.body.matches("data-duplicate-flag").count(), 1);
        let mut tunisia = signed_in(&app, AGENCY_TN).await;
        let page = tunisia.get(&format!("/candidates/{amina}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains("data-duplicate-flag"), "{}", page.body);
    })
    .await;
}
