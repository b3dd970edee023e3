//! Lists: importing applications from a spreadsheet (dry run, all or nothing, the agency's
//! own country only), exporting the filtered list (scoped, no names for evaluators, no
//! passport numbers, audited) and saved searches with their daily digest. (ESCO concepts on
//! an application, which share the set-up here, are in `skills.rs`.)

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use domain::Country;
use domain::candidate::Status;
use domain::permission::Scope;
use domain::taxonomy::{Occupation, Package, Skill};
use testkit::fixtures;

use crate::support::{
    AGENCY_MA, AGENCY_TN, COORDINATOR, EVALUATOR, OTHER_COORDINATOR, TestApp, on_each_backend,
};
use crate::support::{msg, msg_n, msg1};

pub(crate) const PYTHON: &str = "http://data.europa.eu/esco/skill/python";

/// A call in p1; ANETI (Tunisia), ANAPEC (Morocco), CeSPI with an evaluator; a few ESCO
/// concepts.
pub(crate) fn setup(app: &TestApp) -> String {
    app.agencies_and_evaluator(&[Country::TN, Country::MA]);
    let d = app.db.db();
    let skill = |uri: &str, label: &str| Skill {
        uri: uri.into(),
        label: label.into(),
        alt_labels: vec![],
        skill_type: "skill/competence".into(),
        reuse_level: "cross-sector".into(),
        description: String::new(),
    };
    let package = Package {
        occupations: vec![Occupation {
            uri: "http://data.europa.eu/esco/occupation/web-developer".into(),
            isco_code: "2513".into(),
            label: "web developer".into(),
            alt_labels: vec![],
            description: String::new(),
        }],
        skills: vec![
            skill(PYTHON, "Python (computer programming)"),
            skill("http://data.europa.eu/esco/skill/teams", "work in teams"),
        ],
        ..Package::default()
    };
    d.write_blocking(&db::Origin::cli(), |tx| {
        db::taxonomy::import(tx, &package, &mut |_, _, _| {})
    })
    .unwrap();
    fixtures::call(d, &app.seed.p1, "MENTOR II call")
}

fn all_candidates(app: &TestApp) -> Vec<db::candidates::Candidate> {
    let mut c = app.db.db().conn().unwrap();
    let f = db::candidates::ListFilter {
        per_page: 200,
        ..Default::default()
    };
    db::candidates::list(&mut c, &Scope::All, "", &f)
        .map(|r| r.0)
        .unwrap_or_default()
}

const HEADER: &str = "Cognome;Prénom;Data di nascita;Sesso;Nazionalità;Paese di residenza;E-mail;Telefono;Passaporto;ISCED;Titolo di studio;Data titolo;Italiano;Competenze";
const MAP: [(&str, &str); 14] = [
    ("map_family_name", "0"),
    ("map_given_names", "1"),
    ("map_birth_date", "2"),
    ("map_sex", "3"),
    ("map_nationality", "4"),
    ("map_residence_country", "5"),
    ("map_email", "6"),
    ("map_phone", "7"),
    ("map_passport_number", "8"),
    ("map_isced_level", "9"),
    ("map_qualification_title", "10"),
    ("map_qualification_date", "11"),
    ("map_italian", "12"),
    ("map_skills", "13"),
];

#[tokio::test]
async fn an_import_with_invalid_rows_changes_nothing_and_a_valid_one_reaches_the_right_agency() {
    on_each_backend(|app| async move {
        let call = setup(&app);
        let mut c = app.signed_in(AGENCY_TN).await;
        c.accept_language = Some("en".into());
        let csv = format!(
            "{HEADER}\n\
             Trabelsi;Amina;02/04/1998;F;TN;TN;amina.t@example.tn;+216 20 123 456;X1234567;6;Licence en informatique;30/06/2021;B1;Python (computer programming), work in teams\n\
             Jaziri;Omar;1997-01-05;M;TN;TN;omar@example.tn;20 123 456;;6;Licence;2021-06-30;A2;\n\
             Alaoui;Sara;1999-03-03;Femme;MA;MA;sara@example.ma;+212 661 234567;;6;Licence;2021-06-30;B1;\n\
             Gharbi;Rim;1998-08-08;F;TN;TN;rim@example.tn;+216 22 333 444;;7;Master;2022-06-30;B2;Knitting\n"
        );
        let res = c.upload("/candidates/import", "candidates.csv", csv.as_bytes()).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let at = res.location().unwrap_or_default().to_owned();
        let mapping = c.get(&at).await;
        assert_eq!(mapping.status, StatusCode::OK);
        assert!(mapping.shows(&msg_n("import-rows", "count", 4)), "{}", mapping.body);
        // Columns named in Italian and French were recognised.
        assert!(mapping.body.contains(r#"<option value="0" selected>Cognome</option>"#), "{}", mapping.body);
        assert!(mapping.body.contains(r#"<option value="1" selected>Prénom</option>"#));
        assert!(mapping.body.contains("MENTOR II call"));

        let before = app.audit_count();
        let mut fields = MAP.to_vec();
        fields.push(("call", call.as_str()));
        fields.push(("step", "import"));
        let res = c.post(&at, &fields).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg_n("import-invalid-rows", "count", 3)), "{}", res.body);
        assert!(res.part("data-row=\"3\"", "</tr>").contains(&msg("error-phone-country-code")), "{}", res.body);
        assert!(res.part("data-row=\"4\"", "</tr>").contains(&msg1("lists-error-import-country", "country", "Morocco")), "{}", res.body);
        assert!(res.shows(&msg1("lists-error-import-skill", "label", "Knitting")), "{}", res.body);
        assert!(all_candidates(&app).is_empty(), "nothing was imported");
        assert_eq!(app.audit_count(), before, "nothing was written");

        // A call outside the person's reach is refused.
        let mut fields = MAP.to_vec();
        fields.push(("call", "no-such-call"));
        fields.push(("step", "check"));
        let res = c.post(&at, &fields).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("lists-error-import-call")));

        let good = format!(
            "{HEADER}\n\
             Trabelsi;Amina;02/04/1998;F;TN;TN;amina.t@example.tn;+216 20 123 456;X1234567;6;Licence en informatique;30/06/2021;B1;Python (computer programming), work in teams\n\
             Ben Salah;Youssef;1996-11-20;M;TN;TN;youssef@example.tn;+216 98 765 432;;6;Licence;2021-06-30;A2;\n"
        );
        let res = c.upload("/candidates/import", "candidates.csv", good.as_bytes()).await;
        let at = res.location().unwrap_or_default().to_owned();
        let mut fields = MAP.to_vec();
        fields.push(("call", call.as_str()));
        fields.push(("step", "check"));
        let res = c.post(&at, &fields).await;
        assert!(res.shows(&msg_n("import-all-valid", "count", 2)), "{}", res.body);
        assert!(all_candidates(&app).is_empty(), "a dry run imports nothing");
        fields.pop();
        fields.push(("step", "import"));
        let res = c.post(&at, &fields).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let list = c.get(res.location().unwrap_or_default()).await;
        assert!(list.shows(&msg_n("lists-imported", "count", 2)), "{}", list.body);
        assert!(list.body.contains("Trabelsi") && list.body.contains("Ben Salah"));
        assert_eq!(c.get(&at).await.status, StatusCode::NOT_FOUND, "an imported batch is gone");

        let rows = all_candidates(&app);
        assert_eq!(rows.len(), 2);
        let amina = rows
            .iter()
            .find(|r| r.family_name == "Trabelsi")
            .expect("imported");
        assert_eq!(amina.status, Status::Submitted);
        assert_eq!(amina.call_id, call);
        assert!(amina.eligible, "eligibility was evaluated: {}", amina.eligibility);
        assert_eq!(amina.italian_rank, 3);
        let sealed = amina.passport_sealed.clone().unwrap_or_default();
        assert!(sealed.starts_with("k1:") && !sealed.contains("1234567"));
        let page = c.get(&format!("/candidates/{}", amina.id)).await;
        assert!(page.shows(&msg("lists-event-imported")), "{}", page.body);
        assert!(page.body.contains("Python (computer programming)"));

        // A later import of the same person (same phone, a spelling variant) is flagged
        // as a possible duplicate, not refused.
        assert!(!c.get("/duplicates").await.body.contains("Trabelsy"));
        let again = format!(
            "{HEADER}\n\
             Trabelsy;Amina;02/04/1998;F;TN;TN;amina.trabelsy@example.tn;+216 20 123 456;;6;Licence;2021-06-30;B1;\n"
        );
        let res = c.upload("/candidates/import", "again.csv", again.as_bytes()).await;
        let at = res.location().unwrap_or_default().to_owned();
        let res = c.post(&at, &fields).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(all_candidates(&app).len(), 3);
        let flags = c.get("/duplicates").await;
        assert!(
            flags.body.contains("Trabelsy") && flags.body.contains("Trabelsi"),
            "{}",
            flags.body
        );

        // Moroccan staff do not see Tunisian applications.
        let mut ma = app.signed_in(AGENCY_MA).await;
        let list = ma.get("/candidates").await;
        assert!(!list.body.contains("Trabelsi"));
        assert_eq!(ma.get(&format!("/candidates/{}", amina.id)).await.status, StatusCode::NOT_FOUND);
        // Evaluators may not import.
        let mut ev = app.signed_in(EVALUATOR).await;
        assert_eq!(ev.get("/candidates/import").await.status, StatusCode::FORBIDDEN);
    })
    .await;
}

#[tokio::test]
async fn exports_follow_the_list_its_reach_and_hide_names_from_evaluators() {
    on_each_backend(|app| async move {
        let call = setup(&app);
        let d = app.db.db();
        let tn = fixtures::candidate(d, &call, "Trabelsi", "TN", Status::Submitted);
        let ma = fixtures::candidate(d, &call, "Alaoui", "MA", Status::Eligible);

        let mut c = app.signed_in(COORDINATOR).await;
        c.accept_language = Some("en".into());
        let res = c.get("/candidates/export?format=csv").await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(res.header("content-type"), Some("text/csv; charset=utf-8"));
        assert!(
            res.header("content-disposition")
                .unwrap_or_default()
                .starts_with("attachment; filename=\"candidates-")
        );
        assert!(res.body.contains(&msg("field-family-name")));
        assert!(res.body.contains("Trabelsi") && res.body.contains("Alaoui"));
        assert!(res.body.contains("trabelsi@example.org"));
        assert!(
            !res.body.to_lowercase().contains("passport"),
            "never a passport column"
        );
        assert_eq!(
            app.last_audit(),
            ("candidate.export".to_owned(), "csv:2".to_owned())
        );

        // The same filters as the list.
        let res = c.get("/candidates/export?format=csv&country=TN").await;
        assert!(res.body.contains("Trabelsi") && !res.body.contains("Alaoui"));
        let res = c
            .get("/candidates/export?format=xlsx&status=eligible")
            .await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.starts_with("PK"));
        assert_eq!(app.last_audit().1, "xlsx:1");
        assert_eq!(
            c.get("/candidates/export?format=pdf").await.status,
            StatusCode::BAD_REQUEST
        );

        let mut agency = app.signed_in(AGENCY_MA).await;
        let res = agency.get("/candidates/export?format=csv").await;
        assert!(res.body.contains("Alaoui") && !res.body.contains("Trabelsi"));

        let mut ev = app.signed_in(EVALUATOR).await;
        ev.accept_language = Some("en".into());
        let res = ev.get("/candidates/export?format=csv").await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(
            res.body.contains(&tn) && res.body.contains(&ma),
            "references are there"
        );
        for hidden in [
            "Trabelsi",
            "Alaoui",
            "example.org",
            "+216",
            "Family name",
            "Test",
        ] {
            assert!(
                !res.body.contains(hidden),
                "an evaluator's export shows {hidden}"
            );
        }
        assert!(
            res.body.contains("\",\"TN\",\"TN\",\""),
            "nationality and residence stay: {}",
            res.body
        );
    })
    .await;
}

#[tokio::test]
async fn a_watched_search_sends_a_daily_digest_of_new_matches_without_names() {
    on_each_backend(|app| async move {
        let call = setup(&app);
        let d = app.db.db();
        let old = fixtures::candidate(d, &call, "Mansouri", "TN", Status::Submitted);
        let mut c = app.signed_in(COORDINATOR).await;
        c.accept_language = Some("en".into());

        let res = c
            .post(
                "/saved-searches",
                &[("name", " "), ("query", "country=TN"), ("watch", "on")],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("lists-error-search-name")));
        let res = c
            .post(
                "/saved-searches",
                &[
                    ("name", "Tunisia, Italian B1+"),
                    ("query", "country=TN&language=it&level=B1&bogus=1"),
                    ("watch", "on"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let page = c.get("/saved-searches").await;
        assert!(page.body.contains("Tunisia, Italian B1+"));
        assert!(page.body.contains("data-watched"));
        let mut conn = d.conn().unwrap();
        let saved =
            db::saved_searches::list_of(&mut conn, &app.seed.coordinator).unwrap_or_default();
        assert_eq!(saved.len(), 1);
        let id = saved[0].id.clone();
        assert_eq!(
            c.get(&format!("/saved-searches/{id}")).await.location(),
            Some("/candidates?country=TN&language=it&level=B1")
        );
        // Somebody else's search is not there for them.
        let mut other = app.signed_in(OTHER_COORDINATOR).await;
        assert_eq!(
            other.get(&format!("/saved-searches/{id}")).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            other
                .post(&format!("/saved-searches/{id}/delete"), &[])
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert!(
            !other
                .get("/saved-searches")
                .await
                .body
                .contains("Tunisia, Italian B1+")
        );

        std::thread::sleep(std::time::Duration::from_millis(20));
        let new = fixtures::candidate(d, &call, "Hammami", "TN", Status::Submitted);
        fixtures::candidate(d, &call, "Alaoui", "MA", Status::Submitted);

        let now = Utc::now().naive_utc();
        let base = "https://mentor.example.org";
        // The search's news comes in the person's one digest of the day, with their tasks.
        let digests = app::digest::due_digests(d, now, base).await.unwrap();
        let g = digests
            .iter()
            .find(|g| g.to == COORDINATOR)
            .expect("the coordinator's digest");
        assert_eq!(g.searches, [id.as_str()], "{}", g.body);
        assert!(
            g.body.contains(&format!("{base}/candidates/{new}")),
            "{}",
            g.body
        );
        assert!(g.body.contains(&new[..8]));
        assert!(
            !g.body.contains('\u{2068}') && !g.subject.contains('\u{2068}'),
            "plain text in a left-to-right language carries no isolation marks"
        );
        assert!(g.body.contains(&format!("{base}/saved-searches/{id}")));
        assert!(
            !g.body.contains(&old),
            "only what matched since watching: {}",
            g.body
        );
        for personal in ["Hammami", "Alaoui", "Mansouri", "@example.org", "+216"] {
            assert!(
                !g.body.contains(personal) && !g.subject.contains(personal),
                "{personal}"
            );
        }
        assert!(app::digest::queue(d, g).await.unwrap());
        assert_eq!(
            app.last_audit(),
            ("saved_search.notified".to_owned(), id.clone())
        );
        // The digest waits in the outbox for the mail worker, in the owner's language.
        let mut conn = d.conn().unwrap();
        let queued = db::outbox::due(&mut conn, now + Duration::minutes(5), 10).unwrap_or_default();
        let mail = queued
            .iter()
            .find(|m| m.kind == app::digest::KIND && m.recipient == COORDINATOR)
            .expect("queued digest");
        assert_eq!(mail.subject, g.subject);
        let again = app::digest::due_digests(d, now, base)
            .await
            .unwrap_or_default();
        assert!(
            again.iter().all(|g| g.to != COORDINATOR),
            "one digest a day"
        );
        assert!(!app::digest::queue(d, g).await.unwrap(), "not twice");
        let next_day = app::digest::due_digests(d, now + Duration::days(1), base)
            .await
            .unwrap_or_default();
        let g = next_day.iter().find(|g| g.to == COORDINATOR);
        assert!(
            g.is_some_and(|g| g.searches.is_empty()),
            "the next day: the tasks again, nothing new in the search"
        );

        // Stop watching; delete.
        let res = c
            .post(&format!("/saved-searches/{id}/watch"), &[("watch", "off")])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let page = c.get("/saved-searches").await;
        assert!(page.shows(&msg("lists-not-watched")) && !page.body.contains("data-watched"));
        c.post(&format!("/saved-searches/{id}/delete"), &[]).await;
        assert!(
            !c.get("/saved-searches")
                .await
                .body
                .contains("Tunisia, Italian B1+")
        );
    })
    .await;
}
