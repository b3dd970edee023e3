//! ESCO occupations and skills on an application: chosen by staff and by the candidate in
//! the education step, shown, searched (the list's `skill` filter), in the API.

use axum::http::StatusCode;
use domain::candidate::Status;
use domain::permission::Scope;
use testkit::fixtures;

use crate::lists::{PYTHON, setup};
use crate::support::*;

#[tokio::test]
async fn esco_skills_are_chosen_shown_searched_and_in_the_api() {
    on_each_backend(|app| async move {
        let call = setup(&app);
        let d = app.db.db();
        let tn = fixtures::candidate(d, &call, "Trabelsi", "TN", Status::Submitted);
        fixtures::candidate(d, &call, "Alaoui", "MA", Status::Submitted);
        let mut c = app.signed_in(COORDINATOR).await;
        c.accept_language = Some("en".into());

        let before = app.audit_count();
        let res = c
            .post(
                &format!("/candidates/{tn}/esco"),
                &[
                    ("esco_occupations", "web developer"),
                    ("esco_skills", "Knitting"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("lists-error-esco-skill")));
        assert!(
            res.body.contains("value=\"Knitting\""),
            "typed values are kept"
        );
        assert_eq!(app.audit_count(), before, "nothing was written");

        let res = c
            .post(
                &format!("/candidates/{tn}/esco"),
                &[
                    ("esco_occupations", "Web Developer"),
                    (
                        "esco_skills",
                        "python (computer programming), work in teams",
                    ),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(app.last_audit(), ("candidate.esco".to_owned(), tn.clone()));
        let page = c.get(&format!("/candidates/{tn}")).await;
        assert!(
            page.body.contains(">Python (computer programming)</a>"),
            "{}",
            page.body
        );
        assert!(page.body.contains("esco/skill/python"));
        assert!(page.body.contains(">web developer</a>"));

        let list = c.get("/candidates?skill=PYTH").await;
        assert!(
            list.body.contains("Trabelsi") && !list.body.contains("Alaoui"),
            "{}",
            list.body
        );
        let list = c.get("/candidates?skill=work+in").await;
        assert!(list.body.contains("Trabelsi"));
        let list = c.get("/candidates?skill=knit").await;
        assert!(!list.body.contains("Trabelsi") && !list.body.contains("Alaoui"));
        // Language levels: fixtures hold Italian B1 and no French.
        // The filter is `language`, never `lang` (the interface's): filtering by Italian
        // leaves the pages in the reader's language, and keeps the filter selected.
        c.accept_language = Some("en".into());
        let list = c.get("/candidates?language=it&level=B1").await;
        assert!(list.body.contains("Trabelsi") && list.body.contains("Alaoui"));
        assert!(
            list.body.contains(r#"<html lang="en""#),
            "the interface stays English"
        );
        assert!(list.body.contains(r#"<option value="it" selected>"#));
        let list = c.get("/candidates?language=fr&level=A1").await;
        assert!(!list.body.contains("Trabelsi"));
        assert!(list.body.contains(r#"<html lang="en""#));
        let list = c.get("/candidates?nationality=MA").await;
        assert!(list.body.contains("Alaoui") && !list.body.contains("Trabelsi"));

        c.bearer = Some(app.token(COORDINATOR));
        let json = c.get(&format!("/api/v1/candidates/{tn}")).await.json();
        assert_eq!(json["esco"]["skills"][0]["uri"], PYTHON);
        assert_eq!(json["esco"]["occupations"][0]["label"], "web developer");
        let json = c.get("/api/v1/candidates?skill=python").await.json();
        assert_eq!(json["total"], 1);

        // Outside the reach or without the permission, nothing changes.
        let mut ma = app.signed_in(AGENCY_MA).await;
        let res = ma
            .post(
                &format!("/candidates/{tn}/esco"),
                &[("esco_skills", "work in teams")],
            )
            .await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        let mut ev = app.signed_in(EVALUATOR).await;
        let res = ev
            .post(
                &format!("/candidates/{tn}/esco"),
                &[("esco_skills", "work in teams")],
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        let mut conn = d.conn().unwrap();
        assert_eq!(
            db::candidates::esco_of(&mut conn, &tn)
                .map(|c| c.skills.len())
                .unwrap_or(0),
            2
        );
    })
    .await;
}

#[tokio::test]
async fn a_candidate_chooses_esco_skills_in_the_education_step() {
    on_each_backend(|app| async move {
        let call = setup(&app);
        let mut c = app.client();
        c.accept_language = Some("fr".into());
        let next =
            crate::sign_up::sign_up(&app, &mut c, &call, "Sara Alaoui", "sara@example.ma").await;
        let base = next.trim_end_matches("/identity").to_owned();
        let education = format!("{base}/education");
        let form = c.get(&education).await;
        assert!(form.body.contains("id=\"esco_skills\""), "{}", form.body);
        assert!(form.body.contains("hx-get=\"/taxonomy/skills/options\""));
        let fields = vec![
            ("isced_level", "6"),
            ("qualification_title", "Licence"),
            ("qualification_date", "2021-09-30"),
            ("it_understanding", "B1"),
            ("it_speaking", "B1"),
            ("it_writing", "B1"),
            ("fr_understanding", "C1"),
            ("fr_speaking", "C1"),
            ("fr_writing", "B2"),
            ("esco_skills", "work in teams, Knitting"),
        ];
        // A label outside ESCO is kept as the candidate's own words, not refused (issue 12).
        let res = c.post(&education, &fields).await;
        assert_eq!(res.location(), Some(format!("{base}/preferences").as_str()));
        let id = base.trim_start_matches("/applications/");
        let mut conn = app.db.db().conn().unwrap();
        let chosen = db::candidates::esco_of(&mut conn, id).unwrap_or_default();
        assert_eq!(chosen.skills.len(), 1);
        assert_eq!(chosen.skills[0].label, "work in teams");
        let free = db::candidates::free_of(&mut conn, id).unwrap_or_default();
        assert_eq!(free.len(), 1);
        assert_eq!(free[0].text, "Knitting");
        // The French level is kept for the list's filter (the weakest skill: B2).
        let f = db::candidates::ListFilter {
            min_french: Some(4),
            per_page: 10,
            ..Default::default()
        };
        let found = db::candidates::list(&mut conn, &Scope::All, "", &f)
            .map(|r| r.1)
            .unwrap_or(0);
        assert_eq!(found, 1);
        let f = db::candidates::ListFilter {
            min_french: Some(5),
            per_page: 10,
            ..Default::default()
        };
        let found = db::candidates::list(&mut conn, &Scope::All, "", &f)
            .map(|r| r.1)
            .unwrap_or(0);
        assert_eq!(found, 0);
    })
    .await;
}
