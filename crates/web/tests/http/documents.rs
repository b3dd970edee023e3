//! Documents through the router: uploads checked by their bytes and size, files sealed on
//! disk, downloads as attachments only for those within reach (not companies, not another
//! country's agency, not evaluators for identity documents), every download audited.
//! (Duplicates, which reuse the helpers here, are in `duplicates.rs`.)

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use domain::candidate::Status;
use domain::permission::Scope;
use domain::{Country, Locale};
use testkit::fixtures;

use crate::support::msg_n;
use crate::support::translator;
use crate::support::{
    AGENCY_MA, AGENCY_TN, COMPANY, COORDINATOR, Client, EVALUATOR, PARTICIPANT, Resp, TestApp,
    on_each_backend,
};

pub(crate) const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";

pub(crate) fn tr(key: &str) -> String {
    translator(Locale::En).t(key)
}

/// A call in p1; ANETI (Tunisia) and ANAPEC (Morocco) with an officer each; an evaluator.
pub(crate) fn setup(app: &TestApp) -> String {
    app.agencies_and_evaluator(&[Country::TN, Country::MA]);
    let d = app.db.db();
    fixtures::call(d, &app.seed.p1, "MENTOR II call")
}

/// Sends a document as a browser does: the form's fields and one file, multipart, the CSRF
/// token in the action's query string.
pub(crate) async fn upload(
    c: &mut Client,
    path: &str,
    fields: &[(&str, &str)],
    filename: &str,
    bytes: &[u8],
) -> Resp {
    if !c.cookies.contains_key("mentor_csrf") {
        c.get("/login").await;
    }
    let token = c.csrf();
    let boundary = "----mentor-documents-boundary";
    let mut body = Vec::new();
    for (k, v) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\nContent-Type: application/pdf\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let cookie = c
        .cookies
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ");
    let req = Request::builder()
        .method("POST")
        .uri(format!("{path}?csrf={token}"))
        .header("host", "localhost")
        .header(
            header::ACCEPT_LANGUAGE,
            c.accept_language.clone().unwrap_or_else(|| "it".into()),
        )
        .header(header::COOKIE, cookie)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(Body::from(body))
        .unwrap();
    c.send(req).await
}

/// Signed in, reading English (the pages default to Italian).
pub(crate) async fn signed_in(app: &TestApp, email: &str) -> Client {
    let mut c = app.signed_in(email).await;
    c.accept_language = Some("en".into());
    c
}

fn stored_files(app: &TestApp) -> Vec<Vec<u8>> {
    std::fs::read_dir(&app.documents)
        .map(|d| {
            d.filter_map(Result::ok)
                .filter_map(|e| std::fs::read(e.path()).ok())
                .collect()
        })
        .unwrap_or_default()
}

pub(crate) fn documents_of(app: &TestApp, candidate: &str) -> Vec<db::documents::Document> {
    let mut conn = app.db.db().conn().unwrap();
    let c = db::candidates::find(&mut conn, &Scope::All, "", candidate).unwrap();
    db::documents::of_candidate(&mut conn, &c).unwrap_or_default()
}

/// A person signs up to `call` and sends a complete application; returns its id.
pub(crate) async fn apply(
    app: &TestApp,
    call: &str,
    email: &str,
    names: (&str, &str, &str),
    birth: &str,
    phone: &str,
    passport: &str,
) -> (Client, String) {
    apply_from(app, call, "TN", email, names, birth, phone, passport).await
}

/// [`apply`] from a given country of residence (and nationality).
#[expect(clippy::too_many_arguments, reason = "one applicant's answers")]
pub(crate) async fn apply_from(
    app: &TestApp,
    call: &str,
    country: &str,
    email: &str,
    names: (&str, &str, &str),
    birth: &str,
    phone: &str,
    passport: &str,
) -> (Client, String) {
    let mut c = app.client();
    c.accept_language = Some("en".into());
    let next = crate::sign_up::sign_up(app, &mut c, call, names.1, email).await;
    let base = next.trim_end_matches("/identity").to_owned();
    let res = c
        .post(
            &next,
            &[
                ("family_name", names.0),
                ("given_names", names.1),
                ("family_name_ar", names.2),
                ("birth_date", birth),
                ("sex", "f"),
                ("nationality", country),
                ("residence_country", country),
                ("email", email),
                ("phone", phone),
                ("passport_number", passport),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    c.post(
        &format!("{base}/education"),
        &[
            ("isced_level", "6"),
            ("qualification_title", "Licence"),
            ("field_of_study", "Informatique"),
            ("qualification_date", "2021-09-30"),
            ("it_understanding", "A2"),
            ("it_speaking", "A2"),
            ("it_writing", "A2"),
        ],
    )
    .await;
    c.post(
        &format!("{base}/preferences"),
        &[("experience", "Web developer"), ("cities", "Milano")],
    )
    .await;
    let res = c
        .post(&format!("{base}/consent"), &[("consent", "yes")])
        .await;
    assert_eq!(res.location(), Some(base.as_str()), "{}", res.body);
    (c, base.trim_start_matches("/applications/").to_owned())
}

#[tokio::test]
async fn a_candidate_uploads_documents_checked_by_their_bytes_and_size() {
    on_each_backend(|app| async move {
        let call = setup(&app);
        let (mut amina, id) = apply(
            &app,
            &call,
            "amina@example.tn",
            ("Trabelsi", "Amina", "الطرابلسي"),
            "1998-04-02",
            "+216 20 123 456",
            "X 1234567",
        )
        .await;
        let page = format!("/applications/{id}/documents");
        let mine = amina.get(&page).await;
        assert_eq!(mine.status, StatusCode::OK);
        assert!(mine.body.contains(&tr("documents-none")));
        assert!(mine.body.contains("enctype=\"multipart/form-data\""));
        assert!(
            amina
                .get(&format!("/applications/{id}"))
                .await
                .body
                .contains(&page)
        );

        // Refusals change nothing: a program named .pdf, a file over 10 MB, dates the wrong
        // way round, no file.
        let before = app.audit_count();
        let fields = [
            ("kind", "passport"),
            ("issued_on", "2020-01-10"),
            ("expires_on", "2030-01-09"),
        ];
        let res = upload(
            &mut amina,
            &page,
            &fields,
            "passport.pdf",
            b"MZ\x90\0 not a pdf",
        )
        .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            res.body.contains(&tr("error-document-type")),
            "{}",
            res.body
        );
        assert!(res.body.contains("aria-invalid=\"true\""));
        let mut big = PDF.to_vec();
        big.resize(domain::document::MAX_DOCUMENT_BYTES + 1, b' ');
        let res = upload(&mut amina, &page, &fields, "big.pdf", &big).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains(&tr("error-document-too-large")));
        big.resize(domain::document::MAX_DOCUMENT_BYTES + 2_000_000, b' ');
        let res = upload(&mut amina, &page, &fields, "bigger.pdf", &big).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains(&tr("error-document-too-large")));
        let backwards = [
            ("kind", "passport"),
            ("issued_on", "2020-01-10"),
            ("expires_on", "2019-01-09"),
        ];
        let res = upload(&mut amina, &page, &backwards, "passport.pdf", PDF).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains(&tr("error-document-expiry-before-issue")));
        let res = upload(&mut amina, &page, &fields, "", b"").await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains(&tr("error-document-no-file")));
        assert_eq!(app.audit_count(), before, "nothing written");
        assert!(stored_files(&app).is_empty(), "no file kept");

        // Without the right CSRF token in the action, refused.
        let res = amina
            .upload_with_token(&page, "passport.pdf", PDF, &"0".repeat(64))
            .await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST);

        // Accepted: a PDF scan, named the way phones name things.
        let res = upload(&mut amina, &page, &fields, "../Passeport Amina.PDF", PDF).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(app.last_audit().0, "document.upload");
        let mine = amina.get(&page).await;
        assert!(mine.body.contains(&tr("document-kind-passport")));
        assert!(mine.body.contains("Passeport_Amina.pdf"));
        let docs = documents_of(&app, &id);
        assert_eq!(docs.len(), 1);
        let doc = &docs[0];
        assert_eq!(doc.content_type, "application/pdf");
        assert_eq!(doc.size_bytes, i64::try_from(PDF.len()).unwrap_or(0));
        assert_eq!(doc.original_name, "Passeport_Amina.pdf");
        assert_ne!(doc.stored_name, doc.original_name, "generated name on disk");
        // On disk: one file, sealed, under the generated name.
        let files = stored_files(&app);
        assert_eq!(files.len(), 1);
        assert!(files[0].starts_with(b"k1:"));
        assert!(
            !files[0].windows(5).any(|w| w == b"%PDF-"),
            "encrypted at rest"
        );
        assert!(
            app.documents
                .join(format!("{}.sealed", doc.stored_name))
                .exists()
        );

        // The candidate downloads it back, as an attachment; the read is audited.
        let res = amina.get(&format!("/documents/{}", doc.id)).await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(res.body.as_bytes(), PDF);
        assert_eq!(res.header("content-type"), Some("application/pdf"));
        assert_eq!(
            res.header("content-disposition"),
            Some("attachment; filename=\"Passeport_Amina.pdf\"")
        );
        assert_eq!(res.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(app.last_audit().0, "document.download");

        // An expired certificate is flagged in the list.
        let old = [
            ("kind", "residence_certificate"),
            ("issued_on", "2020-01-10"),
            ("expires_on", "2021-01-09"),
        ];
        let res = upload(&mut amina, &page, &old, "residence.png", PNG).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let mine = amina.get(&page).await;
        assert!(mine.body.contains("data-expired"));
        assert!(mine.body.contains(&tr("document-expired")));

        // The uploader deletes it: row, file and audit.
        let png = documents_of(&app, &id)
            .into_iter()
            .find(|d| d.kind == domain::document::Kind::ResidenceCertificate)
            .expect("png");
        let res = amina
            .post(&format!("/documents/{}/delete", png.id), &[])
            .await;
        assert_eq!(res.location(), Some(page.as_str()));
        assert_eq!(app.last_audit().0, "document.delete");
        assert_eq!(stored_files(&app).len(), 1);
        assert_eq!(
            amina.get(&format!("/documents/{}", png.id)).await.status,
            StatusCode::NOT_FOUND
        );
    })
    .await;
}

#[tokio::test]
async fn documents_reach_only_those_allowed_and_evaluators_no_passport() {
    on_each_backend(|app| async move {
        let call = setup(&app);
        let d = app.db.db();
        let tn = fixtures::candidate(d, &call, "Trabelsi", "TN", Status::Eligible);

        // Staff who may screen the candidate upload from the candidate page.
        let mut agency = signed_in(&app, AGENCY_TN).await;
        let action = format!("/candidates/{tn}/documents");
        let page = agency.get(&format!("/candidates/{tn}")).await;
        assert!(
            page.body.contains(&format!("{action}?csrf=")),
            "the upload form is there"
        );
        let res = upload(
            &mut agency,
            &action,
            &[("kind", "passport")],
            "scan.png",
            PNG,
        )
        .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let res = upload(
            &mut agency,
            &action,
            &[("kind", "cv")],
            "CV_Trabelsi.pdf",
            PDF,
        )
        .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let res = upload(&mut agency, &action, &[("kind", "cv")], "cv.pdf", b"GIF89a").await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            res.body.contains(&tr("error-document-type")),
            "{}",
            res.body
        );
        let docs = documents_of(&app, &tn);
        let passport = docs
            .iter()
            .find(|d| d.kind == domain::document::Kind::Passport)
            .map(|d| d.id.clone())
            .unwrap_or_default();
        let cv = docs
            .iter()
            .find(|d| d.kind == domain::document::Kind::Cv)
            .map(|d| d.id.clone())
            .unwrap_or_default();
        let get = |id: &str| format!("/documents/{id}");

        let res = agency.get(&get(&passport)).await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(res.header("content-type"), Some("image/png"));
        let mut coordinator = signed_in(&app, COORDINATOR).await;
        assert_eq!(
            coordinator.get(&get(&passport)).await.status,
            StatusCode::OK
        );

        // Another country's agency, a company, another participant: as if it did not exist.
        let mut morocco = signed_in(&app, AGENCY_MA).await;
        let mut evaluator = signed_in(&app, EVALUATOR).await;
        assert_eq!(
            morocco.get(&get(&passport)).await.status,
            StatusCode::NOT_FOUND
        );
        let mut company = signed_in(&app, COMPANY).await;
        let mut participant = signed_in(&app, PARTICIPANT).await;
        let before = app.audit_count();
        assert_eq!(
            company.get(&get(&passport)).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(company.get(&get(&cv)).await.status, StatusCode::NOT_FOUND);
        assert_eq!(
            participant.get(&get(&cv)).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            upload(&mut company, &action, &[("kind", "cv")], "cv.pdf", PDF)
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            upload(&mut morocco, &action, &[("kind", "cv")], "cv.pdf", PDF)
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            morocco
                .post(&format!("/documents/{passport}/delete"), &[])
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.client().get(&get(&cv)).await.status,
            StatusCode::SEE_OTHER,
            "strangers are sent to sign in"
        );

        // The evaluator reads the CV, never the passport, and is not shown it.
        assert_eq!(
            evaluator.get(&get(&passport)).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.audit_count(),
            before,
            "refused reads leave no download entry"
        );
        let cv_res = evaluator.get(&get(&cv)).await;
        assert_eq!(cv_res.status, StatusCode::OK);
        // File names often carry the person's name: evaluators get the kind instead.
        assert_eq!(
            cv_res.header("content-disposition"),
            Some("attachment; filename=\"cv.pdf\"")
        );
        assert_eq!(app.last_audit().0, "document.download");
        let page = evaluator.get(&format!("/candidates/{tn}")).await;
        assert!(!page.body.contains("CV_Trabelsi"), "{}", page.body);
        assert!(
            agency
                .get(&format!("/candidates/{tn}"))
                .await
                .body
                .contains("CV_Trabelsi.pdf"),
            "staff who see names see the file's name"
        );
        assert!(page.body.contains(&get(&cv)));
        assert!(!page.body.contains(&get(&passport)));
        assert!(page.shows(&msg_n("documents-hidden", "count", 1)));
        assert!(
            !page.body.contains(&format!("{action}?csrf=")),
            "evaluators do not upload"
        );

        // Staff delete a document they did not upload; the file goes.
        let res = coordinator
            .post(&format!("/documents/{passport}/delete"), &[])
            .await;
        assert_eq!(
            res.location(),
            Some(format!("/candidates/{tn}#documents").as_str())
        );
        assert_eq!(app.last_audit().0, "document.delete");
        assert_eq!(stored_files(&app).len(), 1);
        assert_eq!(
            agency.get(&get(&passport)).await.status,
            StatusCode::NOT_FOUND
        );
        let page = agency.get(&format!("/candidates/{tn}")).await;
        assert!(page.body.contains(&tr("event-document-deleted")));
    })
    .await;
}
