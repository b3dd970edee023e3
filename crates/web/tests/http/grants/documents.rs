//! An application's documents through the router, on both databases: the applicant adds
//! them to a saved draft (only a PDF, JPEG or PNG, never once submitted) and reads them
//! back; a checker reads them once the application is submitted, each read audited; a
//! draft's documents are nobody else's.

use super::*;
use crate::documents::{PDF, upload};

fn documents_of(app: &TestApp, application: &str) -> Vec<db::grants::documents::DocumentRow> {
    let mut conn = app.db.db().conn().unwrap();
    db::grants::documents::list(&mut conn, application).unwrap()
}

fn reads(app: &TestApp) -> usize {
    let mut conn = app.db.db().conn().unwrap();
    db::audit::recent(&mut conn, 200, None)
        .unwrap()
        .iter()
        .filter(|r| r.action == "grant_document.read")
        .count()
}

#[tokio::test]
async fn an_applicant_adds_documents_to_a_draft_that_checkers_read_once_submitted() {
    on_each_backend(|app| async move {
        let w = world(&app).await;
        let mut p = english(&app, PARTICIPANT).await;
        let add = format!("/my/grants/{}/documents", w.call);
        let kind = [("kind", "business_plan")];

        let res = upload(&mut p, &add, &kind, "plan.pdf", PDF).await;
        assert_ne!(res.status, StatusCode::SEE_OTHER, "no draft saved yet");
        let ok = draft(&[("equipment", "Press", "2500")]);
        let res = post_owned(&mut p, &format!("/my/grants/{}", w.call), &ok).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let id = application(&app, &w.call, &w.own).unwrap().id;

        let res = upload(&mut p, &add, &kind, "plan.pdf", b"plain text, no document").await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        let res = upload(&mut p, &add, &[("kind", "")], "plan.pdf", PDF).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            documents_of(&app, &id).is_empty(),
            "a refused upload keeps nothing"
        );

        let res = upload(&mut p, &add, &kind, "plan.pdf", PDF).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let docs = documents_of(&app, &id);
        assert_eq!(docs.len(), 1);
        let doc = docs[0].id.clone();
        let res = p
            .get(&format!("/my/grants/{}/documents/{doc}", w.call))
            .await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(res.bytes, PDF);

        // A checker does not read a draft; another role has no way in at all.
        let checker_path = format!("/grant-applications/{id}/documents/{doc}");
        let mut checker = english(&app, CHECKER).await;
        assert_eq!(
            checker.get(&checker_path).await.status,
            StatusCode::NOT_FOUND
        );
        let mut company = english(&app, COMPANY).await;
        assert_eq!(
            company.get(&checker_path).await.status,
            StatusCode::FORBIDDEN
        );

        let res = p
            .post(
                &format!("/my/grants/{}/submit", w.call),
                &[("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let res = upload(&mut p, &add, &kind, "quote.pdf", PDF).await;
        assert_ne!(
            res.status,
            StatusCode::SEE_OTHER,
            "submitted: no more documents"
        );
        assert_eq!(documents_of(&app, &id).len(), 1);

        let before = reads(&app);
        let res = checker.get(&checker_path).await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(res.bytes, PDF);
        assert_eq!(reads(&app), before + 1, "each read audited");
    })
    .await;
}
