//! Content in the reader's language (issue 12, item 1): staff edit the versions of a call
//! (with its criteria) and of a position side by side, with the permission and reach of
//! editing the item; readers get their version, or the original with a visible fallback.

use axum::http::StatusCode;
use domain::Locale;

use crate::support::{
    COMPANY, COORDINATOR, Client, OTHER_COORDINATOR, PARTICIPANT, TestApp, msg, msg_nums,
    on_each_backend, translator,
};

/// An open call of p1 written in English, with one selection criterion.
fn call(app: &TestApp) -> (String, String) {
    let d = app.db.db();
    let call = testkit::fixtures::call(d, &app.seed.p1, "Call for trainees");
    let draft = domain::selection::CriterionFields {
        name: "Motivation".into(),
        weight: "10".into(),
        max_score: "10".into(),
    }
    .parse()
    .unwrap();
    let criterion = d
        .write_blocking(&db::Origin::cli(), |tx| {
            db::selection::add_criterion(tx, &domain::permission::Scope::All, &call, &draft)
        })
        .unwrap();
    (call, criterion)
}

/// A draft position of `company`, written in Italian, with a description.
fn position(app: &TestApp, company: &str) -> String {
    let today = chrono::Utc::now().date_naive();
    let draft = domain::position::PositionFields {
        title: "Sviluppatore web junior".into(),
        description: "Sviluppo di siti per i clienti".into(),
        occupation: "web developer".into(),
        min_italian: "A2".into(),
        education_level: "4".into(),
        city: "Milano".into(),
        starts_on: (today + chrono::Duration::days(90)).to_string(),
        duration_months: "6".into(),
        hours_per_week: "30".into(),
        allowance: "600".into(),
        tutor_name: "Luca Verdi".into(),
        places: "1".into(),
        ..Default::default()
    }
    .parse(today)
    .unwrap();
    let p1 = app.seed.p1.clone();
    app.db
        .db()
        .write_blocking(&db::Origin::cli(), |tx| {
            let id = db::positions::create(tx, &p1, company, &draft)?;
            db::positions::set_lang(tx, &id, Locale::It)?;
            Ok(id)
        })
        .unwrap()
}

fn missing(n: i64) -> String {
    msg_nums("content-missing-count", &[("missing", n), ("total", 4)])
}

async fn reader(app: &TestApp, lang: &str) -> Client {
    let mut c = app.client();
    c.accept_language = Some(lang.into());
    c
}

#[tokio::test]
async fn staff_translate_a_call_side_by_side_and_readers_get_their_version() {
    on_each_backend(|app| async move {
        let (call, criterion) = call(&app);
        let mut c = app.signed_in(COORDINATOR).await;
        c.accept_language = Some("en".into());

        let list = c.get("/calls").await;
        assert!(
            list.body.contains("data-missing-languages=\"3\""),
            "{}",
            list.body
        );
        assert!(list.shows(&missing(3)));

        let path = format!("/calls/{call}/translations");
        let page = c.get(&path).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body.contains("data-missing=\"it fr ar\""),
            "{}",
            page.body
        );
        let title_ar = format!("name=\"v:call:{call}:title:ar\"");
        assert!(page.body.contains(&title_ar));
        let ar_input = page.part(&format!("id=\"v-call-{call}-title-ar\""), ">");
        assert!(ar_input.contains("lang=\"ar\"") && ar_input.contains("dir=\"rtl\""));
        assert!(ar_input.contains("maxlength=\"200\""), "{ar_input}");
        assert!(page.body.contains("maxlength=\"5000\""));
        assert!(page.body.contains("data-missing-version=\"fr\""));
        assert!(
            page.body
                .contains(&format!("name=\"v:criterion:{criterion}:name:fr\""))
        );

        let before = app.audit_count();
        let title_fr = format!("v:call:{call}:title:fr");
        let description_fr = format!("v:call:{call}:description:fr");
        let res = c
            .post(
                &path,
                &[
                    ("lang", "en"),
                    (title_fr.as_str(), "Appel aux stagiaires"),
                    (description_fr.as_str(), "Stages à Milan et Turin"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(res.location(), Some(path.as_str()));
        assert_eq!(app.audit_count(), before + 1, "one entry for the save");
        assert_eq!(app.last_audit(), ("content.translate".into(), call.clone()));
        let page = c.get(&path).await;
        assert!(page.shows(&msg("flash-translations-saved")));
        assert!(page.body.contains("value=\"Appel aux stagiaires\""));
        // French still lacks the criterion; Italian and Arabic lack everything.
        assert!(page.body.contains("data-missing=\"it fr ar\""));
        let criterion_fr = format!("v:criterion:{criterion}:name:fr");
        let res = c
            .post(
                &path,
                &[
                    ("lang", "en"),
                    (title_fr.as_str(), "Appel aux stagiaires"),
                    (description_fr.as_str(), "Stages à Milan et Turin"),
                    (criterion_fr.as_str(), "Motivation du candidat"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let list = c.get("/calls").await;
        assert!(list.body.contains("data-missing-languages=\"2\""));
        assert!(list.shows(&missing(2)));

        // A French reader: the French title, description and criterion, no fallback.
        let mut fr = reader(&app, "fr").await;
        let public = fr.get(&format!("/open-calls/{call}")).await;
        assert_eq!(public.status, StatusCode::OK);
        let h1 = public.part("<h1", "</h1>");
        assert!(
            h1.contains("Appel aux stagiaires") && h1.contains("lang=\"fr\""),
            "{h1}"
        );
        assert!(!public.body.contains("data-fallback"), "{}", public.body);
        assert!(public.body.contains("Stages à Milan et Turin"));
        assert!(public.body.contains("Motivation du candidat"));
        let home = fr.get("/").await;
        assert!(home.body.contains("Appel aux stagiaires"));
        let open = fr.get("/open-calls").await;
        assert!(open.body.contains("Appel aux stagiaires"));

        // An Arabic reader: the English original, marked, with the note in Arabic.
        let mut ar = reader(&app, "ar").await;
        let public = ar.get(&format!("/open-calls/{call}")).await;
        let h1 = public.part("<h1", "</h1>");
        assert!(h1.contains("Call for trainees"), "{h1}");
        assert!(h1.contains("data-fallback=\"en\"") && h1.contains("lang=\"en\""));
        assert!(h1.contains("dir=\"ltr\""));
        let note = translator(Locale::Ar).t_with(
            "content-fallback",
            &[
                ("wanted", i18n::FluentArg::Str("العربية".into())),
                ("shown", i18n::FluentArg::Str("English".into())),
            ],
        );
        let note = note.replace(['\u{2068}', '\u{2069}'], "");
        assert!(public.body.contains(&note), "{}", public.body);
        let home = ar.get("/").await;
        assert!(home.body.contains("data-fallback=\"en\""));
        // The API carries the versions, read-only.
        let mut api = app.client();
        api.bearer = Some(app.token(COORDINATOR));
        let json = api.get(&format!("/api/v1/calls/{call}")).await.json();
        assert_eq!(json["lang"], "en");
        assert_eq!(json["translations"]["fr"]["title"], "Appel aux stagiaires");
        assert!(json["translations"].get("ar").is_none());
        // The English reader reads the original, with nothing to mark.
        let mut en = reader(&app, "en").await;
        let public = en.get(&format!("/open-calls/{call}")).await;
        assert!(!public.body.contains("data-fallback"));
    })
    .await;
}

#[tokio::test]
async fn a_new_call_is_written_in_its_authors_language_unless_they_say_otherwise() {
    on_each_backend(|app| async move {
        let mut c = app.signed_in(COORDINATOR).await;
        c.accept_language = Some("it".into());
        let form = c.get("/calls/new").await;
        let select = form.part("<select id=\"lang\"", "</select>");
        assert!(
            select.contains("<option value=\"it\" selected>"),
            "{select}"
        );
        let res = c
            .post(
                "/calls",
                &[
                    ("programme_id", app.seed.p1.as_str()),
                    ("title", "Bando tirocini"),
                    ("opens_on", "2027-01-10"),
                    ("closes_on", "2027-03-31"),
                    ("places", "10"),
                    ("lang", "it"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let id = res
            .location()
            .unwrap()
            .trim_start_matches("/open-calls/")
            .to_owned();
        // A French reader is told the call is shown in Italian.
        let mut fr = reader(&app, "fr").await;
        let public = fr.get(&format!("/open-calls/{id}")).await;
        assert!(public.part("<h1", "</h1>").contains("data-fallback=\"it\""));

        let mut api = app.client();
        api.bearer = Some(app.token(COORDINATOR));
        let body = serde_json::json!({
            "programme_id": app.seed.p1, "title": "Appel", "opens_on": "2027-01-10",
            "closes_on": "2027-03-31", "places": 10, "lang": "fr"});
        let res = api.post_json("/api/v1/calls", &body.to_string()).await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
        assert_eq!(res.json()["lang"], "fr");
        assert_eq!(res.json()["translations"], serde_json::json!({}));
    })
    .await;
}

#[tokio::test]
async fn a_candidate_reads_the_call_of_their_application_in_their_language() {
    on_each_backend(|app| async move {
        let (call, _) = call(&app);
        let title_fr = format!("v:call:{call}:title:fr");
        let mut staff = app.signed_in(COORDINATOR).await;
        let saved = staff
            .post(
                &format!("/calls/{call}/translations"),
                &[("lang", "en"), (title_fr.as_str(), "Appel aux stagiaires")],
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER);

        let user = participant_id(&app);
        let id = testkit::fixtures::candidate_of(
            app.db.db(),
            &call,
            "Trabelsi",
            "TN",
            domain::candidate::Status::Submitted,
            Some(&user),
        );
        let mut c = app.signed_in(PARTICIPANT).await;
        c.accept_language = Some("fr".into());
        let mine = c.get("/applications").await;
        assert_eq!(mine.status, StatusCode::OK);
        assert!(mine.body.contains("Appel aux stagiaires"), "{}", mine.body);
        assert!(!mine.body.contains("Call for trainees"));
        let status = c.get(&format!("/applications/{id}")).await;
        assert!(
            status
                .part("data-call-title", "</p>")
                .contains("Appel aux stagiaires")
        );

        // In Arabic, where there is no version: the original, marked.
        c.accept_language = Some("ar".into());
        let status = c.get(&format!("/applications/{id}")).await;
        let line = status.part("data-call-title", "</p>");
        assert!(
            line.contains("Call for trainees") && line.contains("data-fallback=\"en\""),
            "{line}"
        );
    })
    .await;
}

/// The id of the participant's account.
fn participant_id(app: &TestApp) -> String {
    let mut conn = app.db.db().conn().unwrap();
    let email = domain::Email::parse(PARTICIPANT).unwrap();
    db::users::find_by_email_unscoped(&mut conn, &email)
        .unwrap()
        .unwrap()
        .id
}

#[tokio::test]
async fn versions_are_refused_beyond_the_items_reach_and_when_too_long() {
    on_each_backend(|app| async move {
        let (call, _) = call(&app);
        let path = format!("/calls/{call}/translations");
        let title_fr = format!("v:call:{call}:title:fr");
        let fields = [("lang", "en"), (title_fr.as_str(), "Appel")];

        let mut company = app.signed_in(COMPANY).await;
        assert_eq!(company.get(&path).await.status, StatusCode::FORBIDDEN);
        assert_eq!(
            company.post(&path, &fields).await.status,
            StatusCode::FORBIDDEN
        );
        let mut other = app.signed_in(OTHER_COORDINATOR).await;
        assert_eq!(other.get(&path).await.status, StatusCode::NOT_FOUND);
        assert_eq!(
            other.post(&path, &fields).await.status,
            StatusCode::NOT_FOUND
        );

        let mut c = app.signed_in(COORDINATOR).await;
        c.accept_language = Some("en".into());
        let before = app.audit_count();
        let long = "x".repeat(201);
        let description_ar = format!("v:call:{call}:description:ar");
        let res = c
            .post(
                &path,
                &[
                    ("lang", "en"),
                    (title_fr.as_str(), long.as_str()),
                    (description_ar.as_str(), "تدريبات في ميلانو"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.shows(&msg("error-version-too-long")));
        let input = res.part(&format!("id=\"v-call-{call}-title-fr\""), ">");
        assert!(input.contains("aria-invalid=\"true\""), "{input}");
        assert!(
            res.body.contains("تدريبات في ميلانو"),
            "typed values are kept"
        );
        assert_eq!(app.audit_count(), before, "nothing written");
        let res = c.post(&path, &[("lang", "xx")]).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(app.audit_count(), before);
        let mut fr = reader(&app, "fr").await;
        let public = fr.get(&format!("/open-calls/{call}")).await;
        assert!(public.part("<h1", "</h1>").contains("data-fallback=\"en\""));
    })
    .await;
}

#[tokio::test]
async fn a_company_translates_its_own_positions_only() {
    on_each_backend(|app| async move {
        let mine = position(&app, &app.seed.company_a);
        let theirs = position(&app, &app.seed.company_b);
        let mut c = app.signed_in(COMPANY).await;
        c.accept_language = Some("en".into());

        let page = c.get(&format!("/positions/{mine}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Sviluppo di siti per i clienti"));
        assert!(page.body.contains("data-translations-link"));
        assert!(page.shows(&missing(3)));
        let csv = c.get("/positions/export?format=csv").await;
        assert!(
            csv.body.contains("Sviluppo di siti per i clienti"),
            "exported too"
        );
        let form = c.get(&format!("/positions/{mine}/edit")).await;
        let textarea = form.part("<textarea id=\"description\"", ">");
        assert!(textarea.contains("maxlength=\"5000\""), "{textarea}");

        let path = format!("/positions/{mine}/translations");
        let page = c.get(&path).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body.contains("data-missing=\"fr en ar\""),
            "{}",
            page.body
        );
        let title_fr = format!("v:position:{mine}:title:fr");
        let description_fr = format!("v:position:{mine}:description:fr");
        let res = c
            .post(
                &path,
                &[
                    ("lang", "it"),
                    (title_fr.as_str(), "Développeur web junior"),
                    (
                        description_fr.as_str(),
                        "Développement de sites pour les clients",
                    ),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(app.last_audit(), ("content.translate".into(), mine.clone()));
        let page = c.get(&format!("/positions/{mine}")).await;
        assert!(page.shows(&missing(2)));
        let mut api = app.client();
        api.bearer = Some(app.token(COMPANY));
        let json = api.get(&format!("/api/v1/positions/{mine}")).await.json();
        assert_eq!(json["lang"], "it");
        assert_eq!(json["description"], "Sviluppo di siti per i clienti");
        assert_eq!(
            json["translations"]["fr"]["description"],
            "Développement de sites pour les clients"
        );

        let other = format!("/positions/{theirs}/translations");
        assert_eq!(c.get(&other).await.status, StatusCode::NOT_FOUND);
        let title = format!("v:position:{theirs}:title:fr");
        let res = c
            .post(&other, &[("lang", "it"), (title.as_str(), "X")])
            .await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        let mut participant = app.signed_in(PARTICIPANT).await;
        assert_eq!(participant.get(&path).await.status, StatusCode::FORBIDDEN);
    })
    .await;
}

#[tokio::test]
async fn a_shortlisted_candidate_ranks_positions_read_in_their_language() {
    on_each_backend(|app| async move {
        let d = app.db.db();
        let call = testkit::fixtures::call(d, &app.seed.p1, "Call for trainees");
        let (a, b) = (app.seed.company_a.clone(), app.seed.company_b.clone());
        let p1 = app.seed.p1.clone();
        let (translated, untranslated) = d
            .write_blocking(&db::Origin::cli(), |tx| {
                let open = domain::position::PositionStatus::Open;
                let pa = db::positions::create(
                    tx,
                    &p1,
                    &a,
                    &crate::matching::position("Sviluppatore", "1"),
                )?;
                db::positions::set_status(tx, &pa, open, "")?;
                db::positions::set_lang(tx, &pa, Locale::It)?;
                let pb = db::positions::create(
                    tx,
                    &p1,
                    &b,
                    &crate::matching::position("Magazziniere", "1"),
                )?;
                db::positions::set_status(tx, &pb, open, "")?;
                db::positions::set_lang(tx, &pb, Locale::It)?;
                Ok((pa, pb))
            })
            .unwrap();
        let subject = app_content_fr(&app, &translated).await;
        assert_eq!(subject, StatusCode::SEE_OTHER);

        let user = participant_id(&app);
        let me = testkit::fixtures::candidate_of(
            d,
            &call,
            "Trabelsi",
            "TN",
            domain::candidate::Status::Shortlisted,
            Some(&user),
        );
        let mut c = app.signed_in(PARTICIPANT).await;
        c.accept_language = Some("fr".into());
        let page = c.get(&format!("/applications/{me}/ranking")).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        let row = page.part(&format!("id=\"label_{translated}\""), "</td>");
        assert!(
            row.contains("Développeur") && row.contains("lang=\"fr\""),
            "{row}"
        );
        assert!(row.contains("Développement de sites"), "{row}");
        let row = page.part(&format!("id=\"label_{untranslated}\""), "</td>");
        assert!(
            row.contains("Magazziniere") && row.contains("data-fallback=\"it\""),
            "{row}"
        );
    })
    .await;
}

/// The coordinator gives `position` a French title and description; the answer's status.
async fn app_content_fr(app: &TestApp, position: &str) -> StatusCode {
    let mut c = app.signed_in(COORDINATOR).await;
    let title = format!("v:position:{position}:title:fr");
    let description = format!("v:position:{position}:description:fr");
    c.post(
        &format!("/positions/{position}/translations"),
        &[
            ("lang", "it"),
            (title.as_str(), "Développeur"),
            (description.as_str(), "Développement de sites"),
        ],
    )
    .await
    .status
}
