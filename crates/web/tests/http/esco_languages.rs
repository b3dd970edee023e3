//! ESCO in the reader's language (issue 12): the pickers suggest and show labels in the
//! interface's language (accents and case aside), English otherwise; a choice made in
//! French is saved as its concept and shown back in the reader's language; what the
//! candidate wrote in their own words is kept, shown, and mapped to ESCO by staff within
//! reach, after a confirmation, audited, with a task in the inbox until it is done.

use axum::http::StatusCode;
use db::candidates::EscoKind;
use domain::Locale;
use domain::candidate::Status;
use domain::taxonomy::{Occupation, Package, Skill, Translation};
use testkit::fixtures;

use crate::lists::setup;
use crate::support::*;

const ELECTRICIAN: &str =
    "http://data.europa.eu/esco/occupation/4910419f-b4af-4f59-b544-9dbebc8a74f0";
/// "work in teams" in `lists::setup`.
const TEAMS: &str = "http://data.europa.eu/esco/skill/teams";

/// The electrician (English) and French labels for it and for "work in teams".
fn load_french(app: &TestApp) {
    let electrician = |label: &str, alt: &[&str]| Occupation {
        uri: ELECTRICIAN.into(),
        isco_code: "7411".into(),
        label: label.into(),
        alt_labels: alt.iter().map(|a| (*a).to_owned()).collect(),
        description: String::new(),
    };
    let package = Package {
        occupations: vec![electrician("electrician", &["electrical worker"])],
        translations: vec![Translation {
            lang: "fr".into(),
            occupations: vec![electrician(
                "électricien/électricienne",
                &["électricienne", "ouvrier électricien"],
            )],
            skills: vec![Skill {
                uri: TEAMS.into(),
                label: "travailler en équipe".into(),
                alt_labels: vec!["travail d'équipe".into()],
                skill_type: "skill/competence".into(),
                reuse_level: "transversal".into(),
                description: String::new(),
            }],
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

fn option(label: &str) -> String {
    format!("<option value=\"{label}\">")
}

#[tokio::test]
async fn suggestions_are_in_the_readers_language_with_english_as_fallback() {
    on_each_backend(|app| async move {
        setup(&app);
        load_french(&app);
        let mut c = app.signed_in(COORDINATOR).await;
        c.accept_language = Some("fr".into());
        for typed in [
            "%C3%A9lectricien",
            "electricien",
            "ELECTRICIEN",
            "ouvrier+elec",
        ] {
            let res = c
                .get(&format!("/taxonomy/occupations/options?q={typed}"))
                .await;
            assert_eq!(res.status, StatusCode::OK);
            assert!(
                res.body.contains(&option("électricien/électricienne")),
                "{typed}: {}",
                res.body
            );
        }
        // English still finds it, shown in French.
        let res = c.get("/taxonomy/occupations/options?q=electrician").await;
        assert!(res.body.contains(&option("électricien/électricienne")));
        let res = c
            .get("/taxonomy/skills/options?q=travail+en+%C3%A9quipe")
            .await;
        assert!(
            res.body.contains(&option("travailler en équipe")),
            "{}",
            res.body
        );
        // A list: the items before the one typed are repeated.
        let res = c
            .get("/taxonomy/skills/options?q=Python+(computer+programming)%2C+travail+d")
            .await;
        assert!(
            res.body.contains(&option(
                "Python (computer programming), travailler en équipe"
            )),
            "{}",
            res.body
        );

        // Italian has no labels here: English labels, and French words find nothing.
        c.accept_language = Some("it".into());
        let res = c.get("/taxonomy/occupations/options?q=electric").await;
        assert!(res.body.contains(&option("electrician")), "{}", res.body);
        let res = c.get("/taxonomy/occupations/options?q=electricien").await;
        assert!(!res.body.contains("lectrici"), "{}", res.body);
        let res = c.get("/taxonomy/skills/options?q=work+in").await;
        assert!(res.body.contains(&option("work in teams")));
    })
    .await;
}

/// Signs up a candidate reading French and returns (client, `/applications/{id}`).
async fn french_applicant(app: &TestApp, call: &str) -> (Client, String) {
    let mut c = app.client();
    c.accept_language = Some("fr".into());
    let next = crate::sign_up::sign_up(app, &mut c, call, "Sara Alaoui", "sara@example.ma").await;
    let base = next.trim_end_matches("/identity").to_owned();
    assert!(base.starts_with("/applications/"), "{base}");
    (c, base)
}

const EDUCATION: [(&str, &str); 6] = [
    ("isced_level", "6"),
    ("qualification_title", "Licence"),
    ("qualification_date", "2021-09-30"),
    ("fr_understanding", "C1"),
    ("fr_speaking", "C1"),
    ("fr_writing", "B2"),
];

#[tokio::test]
async fn a_french_pick_is_saved_as_its_concept_and_own_words_are_kept() {
    on_each_backend(|app| async move {
        let call = setup(&app);
        load_french(&app);
        let (mut c, base) = french_applicant(&app, &call).await;
        let id = base.trim_start_matches("/applications/").to_owned();
        let education = format!("{base}/education");
        let fr = translator(Locale::Fr);
        let form = c.get(&education).await;
        assert!(form.body.contains("id=\"skills-own-words-hint\""));

        let post = |occupations: String, skills: String| {
            let mut f: Vec<(&str, String)> = EDUCATION
                .iter()
                .map(|(k, v)| (*k, (*v).to_owned()))
                .collect();
            f.push(("esco_occupations", occupations));
            f.push(("esco_skills", skills));
            f
        };
        let fields = post(
            "électricien/électricienne".into(),
            "travailler en équipe, tricot traditionnel".into(),
        );
        let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let res = c.post(&education, &refs).await;
        assert_eq!(
            res.location(),
            Some(format!("{base}/preferences").as_str()),
            "kept, not refused: {}",
            res.body
        );
        let mut conn = app.db.db().conn().unwrap();
        let chosen = db::candidates::esco_of(&mut conn, &id).unwrap();
        assert_eq!(chosen.occupations.len(), 1);
        assert_eq!(chosen.occupations[0].uri, ELECTRICIAN, "saved as the concept");
        assert_eq!(chosen.skills.len(), 1);
        assert_eq!(chosen.skills[0].uri, TEAMS);
        let free = db::candidates::free_of(&mut conn, &id).unwrap();
        assert_eq!(free.len(), 1);
        assert_eq!(
            (free[0].text.as_str(), free[0].lang.as_str(), free[0].kind()),
            ("tricot traditionnel", "fr", EscoKind::Skill)
        );

        // Shown back in French, the own words marked as such.
        let form = c.get(&education).await;
        assert!(
            form.body
                .contains("value=\"électricien/électricienne\""),
            "{}",
            form.body
        );
        assert!(
            form.body
                .contains("value=\"travailler en équipe, tricot traditionnel\"")
        );
        assert!(form.shows(&fr.t("skills-own-words-title")));
        assert!(form.body.contains(&format!(
            "data-free-skill=\"{}\" data-kind=\"skill\"><span lang=\"fr\">tricot traditionnel</span>",
            free[0].id
        )));

        // Too long a description, or too many, is refused whole; nothing changes.
        let before = app.audit_count();
        let long = format!("travailler en équipe, {}", "x".repeat(201));
        let res = c.post(&education, &as_refs(&post(String::new(), long))).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&fr.t("skills-error-free-too-long")), "{}", res.body);
        let many: Vec<String> = (0..11).map(|i| format!("savoir-faire {i}")).collect();
        let res = c
            .post(&education, &as_refs(&post(String::new(), many.join(", "))))
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&fr.t("skills-error-free-too-many")));
        assert!(res.body.contains("savoir-faire 10"), "typed values are kept");
        assert_eq!(app.audit_count(), before, "nothing was written");
        assert_eq!(db::candidates::free_of(&mut conn, &id).unwrap().len(), 1);
    })
    .await;
}

fn as_refs<'a>(fields: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    fields.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

#[tokio::test]
async fn staff_map_own_words_to_esco_within_reach_after_confirming() {
    on_each_backend(|app| async move {
        let call = setup(&app);
        load_french(&app);
        let d = app.db.db();
        let tn = fixtures::candidate(d, &call, "Trabelsi", "TN", Status::Submitted);
        d.write_blocking(&db::Origin::system(), |tx| {
            db::candidates::set_own_free(
                tx,
                &tn,
                "fr",
                &[(EscoKind::Skill, "esprit d'équipe".into())],
            )
        })
        .unwrap();
        let free_id = db::candidates::free_of(&mut d.conn().unwrap(), &tn).unwrap()[0]
            .id
            .clone();
        let action = format!("/candidates/{tn}/free-skills/{free_id}/map");

        let mut c = app.signed_in(COORDINATOR).await;
        c.accept_language = Some("en".into());
        let home = c.get("/").await;
        assert!(
            home.body
                .contains(&format!("href=\"/candidates/{tn}#free-skills\"")),
            "{}",
            home.body
        );
        assert!(
            home.body
                .contains("data-task=\"map-free-skills\" data-count=\"1\"")
        );
        let page = c.get(&format!("/candidates/{tn}")).await;
        assert!(page.body.contains(&format!("action=\"{action}\"")));
        assert!(
            page.body.contains("<q lang=\"fr\">esprit d&#39;équipe</q>")
                || page
                    .body
                    .contains("<q lang=\"fr\">esprit d&#x27;équipe</q>"),
            "{}",
            page.body
        );

        // (Signing in is audited: the others sign in before counting.)
        let mut ma = app.signed_in(AGENCY_MA).await;
        let mut ev = app.signed_in(EVALUATOR).await;
        // A label that is no concept: the page again, the label kept, nothing written.
        let before = app.audit_count();
        let res = c.post(&action, &[("mapped_label", "Knitting")]).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("skills-error-no-concept")));
        assert!(res.body.contains("value=\"Knitting\""));
        // The concept found: first the confirmation, nothing written yet.
        let res = c.post(&action, &[("mapped_label", "work in teams")]).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains("data-confirm=\"map-free-skill\""));
        assert_eq!(app.audit_count(), before, "nothing was written");

        // Others: beyond reach, or without the permission to change the ESCO section.
        let res = ma
            .post(
                &action,
                &[("mapped_label", "work in teams"), ("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        let res = ev
            .post(
                &action,
                &[("mapped_label", "work in teams"), ("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        assert_eq!(app.audit_count(), before);

        // Confirmed (here in French: the French label is the same concept).
        c.accept_language = Some("fr".into());
        let res = c
            .post(
                &action,
                &[
                    ("mapped_label", "Travailler en équipe"),
                    ("confirmed", "yes"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(
            res.location(),
            Some(format!("/candidates/{tn}#free-skills").as_str())
        );
        assert_eq!(
            app.last_audit(),
            ("candidate.free_skill.map".to_owned(), tn.clone())
        );
        let chosen = db::candidates::esco_of(&mut d.conn().unwrap(), &tn).unwrap();
        assert_eq!(
            chosen
                .skills
                .iter()
                .map(|s| s.uri.as_str())
                .collect::<Vec<_>>(),
            [TEAMS],
            "the concept joined the application"
        );
        let page = c.get(&format!("/candidates/{tn}")).await;
        assert!(page.shows(&translator(Locale::Fr).t("flash-free-skill-mapped")));
        assert!(page.body.contains("data-mapped"));
        assert!(
            page.body.contains(">travailler en équipe</a>"),
            "shown in the reader's language: {}",
            page.body
        );
        assert!(!page.body.contains(&format!("action=\"{action}\"")));
        // Mapped once: again is a conflict, and the task is gone.
        let res = c
            .post(
                &action,
                &[("mapped_label", "work in teams"), ("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::CONFLICT);
        let home = c.get("/").await;
        assert!(!home.body.contains("data-task=\"map-free-skills\""));
        // A draft's words may still change: mapped only once the application is sent.
        let draft = fixtures::candidate(d, &call, "Jouini", "TN", Status::Draft);
        d.write_blocking(&db::Origin::system(), |tx| {
            db::candidates::set_own_free(tx, &draft, "fr", &[(EscoKind::Skill, "tricot".into())])
        })
        .unwrap();
        let draft_free = db::candidates::free_of(&mut d.conn().unwrap(), &draft).unwrap()[0]
            .id
            .clone();
        let draft_action = format!("/candidates/{draft}/free-skills/{draft_free}/map");
        let page = c.get(&format!("/candidates/{draft}")).await;
        assert!(page.body.contains("data-free-skill"));
        assert!(!page.body.contains(&format!("action=\"{draft_action}\"")));
        let before = app.audit_count();
        let res = c
            .post(&draft_action, &[("mapped_label", "work in teams")])
            .await;
        assert_eq!(
            res.status,
            StatusCode::CONFLICT,
            "not even the confirmation"
        );
        let res = c
            .post(
                &draft_action,
                &[("mapped_label", "work in teams"), ("confirmed", "yes")],
            )
            .await;
        assert_eq!(res.status, StatusCode::CONFLICT);
        assert!(res.shows(&translator(Locale::Fr).t("error-transition")));
        assert_eq!(app.audit_count(), before);
        // In Italian (no Italian labels): the English one.
        c.accept_language = Some("it".into());
        let page = c.get(&format!("/candidates/{tn}")).await;
        assert!(page.body.contains(">work in teams</a>"));
    })
    .await;
}
