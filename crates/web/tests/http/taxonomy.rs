//! The ESCO pickers: sign-in required, matches by prefix and alternative label, and a
//! position whose occupation is an ESCO preferred label is linked to it.

use axum::http::StatusCode;
use domain::taxonomy::{Occupation, Package};

use crate::support::msg;
use crate::support::{COORDINATOR, NOBODY, TestApp, on_each_backend};

const WEB_DEVELOPER: &str =
    "http://data.europa.eu/esco/occupation/c40a2919-48a9-40ea-b506-1f34f693496d";

fn load(app: &TestApp) {
    let occupation = |uri: &str, isco: &str, label: &str, alt: &[&str]| Occupation {
        uri: uri.into(),
        isco_code: isco.into(),
        label: label.into(),
        alt_labels: alt.iter().map(|a| (*a).to_owned()).collect(),
        description: String::new(),
    };
    let package = Package {
        occupations: vec![
            occupation(WEB_DEVELOPER, "2513", "web developer", &["web engineer"]),
            occupation(
                "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1",
                "2512",
                "software developer",
                &["programmer"],
            ),
        ],
        skills: vec![domain::taxonomy::Skill {
            uri: "http://data.europa.eu/esco/skill/work-in-teams".into(),
            label: "work in teams".into(),
            alt_labels: vec!["teamwork".into()],
            skill_type: "skill/competence".into(),
            reuse_level: "transversal".into(),
            description: String::new(),
        }],
        ..Package::default()
    };
    app.db
        .db()
        .write_blocking(&db::Origin::cli(), |tx| {
            db::taxonomy::import(tx, &package, &mut |_, _, _| {})
        })
        .unwrap();
}

#[tokio::test]
async fn the_typeahead_needs_sign_in_and_finds_occupations() {
    on_each_backend(|app| async move {
        load(&app);
        let mut anonymous = app.client();
        let res = anonymous.get("/api/v1/taxonomy/occupations?q=web").await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED);
        let res = anonymous.get("/taxonomy/occupations/options?q=web").await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert!(!res.body.contains("web developer"));

        // Reference data: any signed-in person, even one without a role, may search it.
        let mut c = app.signed_in(NOBODY).await;
        let res = c.get("/api/v1/taxonomy/occupations?q=Web%20d").await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let found = res.json();
        assert_eq!(found[0]["label"], "web developer");
        assert_eq!(found[0]["uri"], WEB_DEVELOPER);
        assert_eq!(found[0]["isco_code"], "2513");
        let by_alt = c
            .get("/api/v1/taxonomy/occupations?q=programmer")
            .await
            .json();
        assert_eq!(by_alt[0]["label"], "software developer");
        let none = c
            .get("/api/v1/taxonomy/occupations?q=astronaut")
            .await
            .json();
        assert_eq!(none.as_array().map(Vec::len), Some(0));
        let skills = c.get("/api/v1/taxonomy/skills?q=team").await.json();
        assert_eq!(skills[0]["label"], "work in teams");
        assert!(skills[0]["isco_code"].is_null());
        // A comma-separated skills field: the last item is searched and completed.
        let res = c
            .get("/taxonomy/skills/options?required_skills=Java%2C%20teamw")
            .await;
        assert!(
            res.body.contains(r#"<option value="Java, work in teams">"#),
            "{}",
            res.body
        );

        // htmx sends the field's own name.
        let res = c.get("/taxonomy/occupations/options?occupation=dev").await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(
            res.body
                .contains(r#"<option value="software developer">ISCO 2512</option>"#),
            "{}",
            res.body
        );
        assert!(res.body.contains(r#"<option value="web developer">"#));
    })
    .await;
}

#[tokio::test]
async fn a_position_named_by_an_esco_label_is_linked_and_gets_its_isco_code() {
    on_each_backend(|app| async move {
        load(&app);
        let mut c = app.signed_in(COORDINATOR).await;
        c.accept_language = Some("en".into());
        let company = app.seed.company_a.clone();
        let form = c.get(&format!("/positions/new?company={company}")).await;
        assert!(
            form.body.contains(r#"list="occupation-options""#)
                && form
                    .body
                    .contains(r#"hx-get="/taxonomy/occupations/options""#),
            "the occupation field is a typeahead"
        );
        let fields = |occupation: &'static str, isco: &'static str| {
            vec![
                ("company_id", company.clone()),
                ("title", "Junior web developer".into()),
                ("occupation", occupation.into()),
                ("isco_code", isco.into()),
                ("min_italian", "A2".into()),
                ("education_level", "6".into()),
                ("city", "Milano".into()),
                ("starts_on", "2027-03-01".into()),
                ("duration_months", "6".into()),
                ("hours_per_week", "30".into()),
                ("allowance", "600".into()),
                ("tutor_name", "Luca Verdi".into()),
                ("places", "1".into()),
            ]
        };
        let f = fields("web developer", "");
        let pairs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let res = c.post("/positions", &pairs).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let at = res.location().unwrap_or_default().to_owned();
        let page = c.get(&at).await;
        assert!(page.body.contains("(ISCO 2513)"), "{}", page.body);
        assert!(page.body.contains(WEB_DEVELOPER));
        assert!(page.shows(&msg("taxonomy-esco-entry")));
        let id = at.trim_start_matches("/positions/");
        let api = c.get(&format!("/api/v1/positions/{id}")).await.json();
        assert_eq!(api["occupation_uri"], WEB_DEVELOPER);

        // Free text stays free text, with the ISCO code typed.
        let f = fields("web wizard", "2519");
        let pairs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let res = c.post(&at, &pairs).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let page = c.get(&at).await;
        assert!(page.body.contains("web wizard (ISCO 2519)"));
        assert!(!page.body.contains(WEB_DEVELOPER));
        let api = c.get(&format!("/api/v1/positions/{id}")).await.json();
        assert!(api["occupation_uri"].is_null());
    })
    .await;
}
