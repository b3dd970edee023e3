//! A test application over a fresh database, a cookie-keeping client, and seed data.

use std::collections::HashMap;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use domain::{Country, OrganisationKind, Role};
use http_body_util::BodyExt;
use testkit::{TestDb, fixtures};
use tower::ServiceExt;

pub use crate::messages::{escape_html, msg, msg_n, msg_nums, msg1, translator, without_isolation};
pub use testkit::fixtures::PASSWORD;

pub struct TestApp {
    pub db: TestDb,
    pub router: Router,
    pub seed: Seed,
    /// The folder of sealed documents of this app (removed with it).
    pub documents: std::path::PathBuf,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.documents);
    }
}

/// Two programmes. In p1: a lead partner, two host companies, an origin agency; an
/// administrator, a coordinator, a company user of company A, a participant; and a user
/// without any membership. In p2: another lead partner and coordinator.
pub struct Seed {
    pub p1: String,
    pub p2: String,
    pub lead: String,
    pub company_a: String,
    pub company_b: String,
    pub other_lead: String,
    pub coordinator: String,
    pub company_user: String,
}

pub const ADMIN: &str = "admin@test.example";
pub const COORDINATOR: &str = "coordinator@test.example";
pub const COMPANY: &str = "hr@company-a.example";
pub const PARTICIPANT: &str = "participant@test.example";
pub const NOBODY: &str = "nobody@test.example";
pub const OTHER_COORDINATOR: &str = "coordinator@p2.example";
/// The officer of ANETI (Tunisia), the officer of ANAPEC (Morocco) and the evaluator of CeSPI
/// that [`TestApp::agencies_and_evaluator`] adds.
pub const AGENCY_TN: &str = "officer@aneti.example";
pub const AGENCY_MA: &str = "officer@anapec.example";
pub const EVALUATOR: &str = "evaluator@cespi.example";

impl TestApp {
    pub fn new(db: TestDb) -> TestApp {
        Self::with_config(db, web::WebConfig::default())
    }

    pub fn with_config(db: TestDb, config: web::WebConfig) -> TestApp {
        let d = db.db();
        let p1 = fixtures::programme(d, "p-one");
        let p2 = fixtures::programme(d, "p-two");
        let lead =
            fixtures::organisation(d, &p1, "Lead Municipality", OrganisationKind::LeadPartner);
        let company_a =
            fixtures::organisation(d, &p1, "Company A Srl", OrganisationKind::HostCompany);
        let company_b =
            fixtures::organisation(d, &p1, "Company B Srl", OrganisationKind::HostCompany);
        fixtures::organisation(d, &p1, "Agency TN", OrganisationKind::OriginAgency);
        let other_lead =
            fixtures::organisation(d, &p2, "Other Lead", OrganisationKind::LeadPartner);
        fixtures::user(d, ADMIN, &lead, Role::Admin);
        let coordinator = fixtures::user(d, COORDINATOR, &lead, Role::Coordinator);
        let company_user = fixtures::user(d, COMPANY, &company_a, Role::Company);
        fixtures::user(d, PARTICIPANT, &lead, Role::Participant);
        fixtures::user(d, OTHER_COORDINATOR, &other_lead, Role::Coordinator);
        let email = domain::Email::parse(NOBODY).unwrap();
        let hash = domain::password::NewPassword::parse(PASSWORD)
            .ok()
            .and_then(|p| p.hash([2; 16]).ok())
            .unwrap_or_default();
        d.write_blocking(&db::Origin::system(), |tx| {
            db::users::create(tx, &email, "Nobody", &hash, None)
        })
        .unwrap();
        let documents =
            std::env::temp_dir().join(format!("mentor-test-documents-{}", db::id::new_id()));
        let store = app::files::DocumentStore::open(&documents).unwrap();
        let router = web::app(
            web::AppState::new(d.clone(), config, testkit::field_keys()).with_documents(store),
        );
        TestApp {
            db,
            router,
            documents,
            seed: Seed {
                p1,
                p2,
                lead,
                company_a,
                company_b,
                other_lead,
                coordinator,
                company_user,
            },
        }
    }

    /// A second router over a second handle on the same database, as a second server
    /// process would serve it.
    pub fn second_server(&self) -> Router {
        web::app(web::AppState::new(
            self.db.second_handle(),
            web::WebConfig::default(),
            testkit::field_keys(),
        ))
    }

    pub fn client(&self) -> Client {
        Client {
            router: self.router.clone(),
            cookies: HashMap::new(),
            bearer: None,
            accept_language: None,
        }
    }

    /// A client signed in as `email`.
    pub async fn signed_in(&self, email: &str) -> Client {
        let mut c = self.client();
        let res = c.login(email, PASSWORD).await;
        assert_eq!(
            res.status,
            StatusCode::SEE_OTHER,
            "sign-in of {email} failed: {}",
            res.body
        );
        c
    }

    pub fn token(&self, email: &str) -> String {
        let d = self.db.db();
        let mut conn = d.conn().unwrap();
        let email = domain::Email::parse(email).unwrap();
        let user = db::users::find_by_email_unscoped(&mut conn, &email)
            .ok()
            .flatten()
            .expect("user");
        d.write_blocking(&db::Origin::cli(), |tx| {
            let expires = tx.now + chrono::Duration::days(90);
            db::api_tokens::create(tx, &user.id, "test", expires)
        })
        .unwrap()
        .secret
    }

    /// Adds, in p1, the origin agency of each of `countries` (ANETI for Tunisia, ANAPEC for
    /// Morocco) with its officer, then CeSPI with an evaluator: the people who see some
    /// applications, or no names, in the candidate tests.
    pub fn agencies_and_evaluator(&self, countries: &[Country]) {
        let d = self.db.db();
        for &country in countries {
            let (name, email) = match country {
                Country::TN => ("ANETI", AGENCY_TN),
                Country::MA => ("ANAPEC", AGENCY_MA),
                other => panic!("no test agency in {other:?}"),
            };
            let org = fixtures::organisation_in(
                d,
                &self.seed.p1,
                name,
                OrganisationKind::OriginAgency,
                country,
            );
            fixtures::user(d, email, &org, Role::AgencyStaff);
        }
        let cespi =
            fixtures::organisation(d, &self.seed.p1, "CeSPI", OrganisationKind::ResearchCentre);
        fixtures::user(d, EVALUATOR, &cespi, Role::Evaluator);
    }

    /// The action and object of the latest audit entry.
    pub fn last_audit(&self) -> (String, String) {
        let mut conn = self.db.db().conn().unwrap();
        db::audit::recent(&mut conn, 1, None)
            .unwrap_or_default()
            .into_iter()
            .next()
            .map(|r| (r.action, r.object_id))
            .unwrap_or_default()
    }

    pub fn audit_count(&self) -> i64 {
        let mut conn = self.db.db().conn().unwrap();
        db::audit::count(&mut conn).unwrap_or(-1)
    }
}

/// Runs `test` on a fresh app per backend.
pub async fn on_each_backend<F, Fut>(test: F)
where
    F: Fn(TestApp) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    for db in testkit::backends() {
        eprintln!("-- on {}", db.backend().name());
        test(TestApp::new(db)).await;
    }
}

pub struct Client {
    router: Router,
    pub cookies: HashMap<String, String>,
    pub bearer: Option<String>,
    pub accept_language: Option<String>,
}

#[derive(Debug)]
pub struct Resp {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
    /// The body as sent (a PDF, a calendar).
    pub bytes: Vec<u8>,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn location(&self) -> Option<&str> {
        self.header("location")
    }

    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(str::to_owned)
            .collect()
    }

    /// Whether the page shows `text` (a message from [`msg`], a name): the text is escaped
    /// as the templates escape it before it is looked for.
    pub fn shows(&self, text: &str) -> bool {
        self.body.contains(&escape_html(text))
    }

    /// The part of the body from `start` to the next `end` (both included), e.g. one table
    /// row from its `data-*` attribute to `</tr>`; empty when `start` is not there.
    pub fn part(&self, start: &str, end: &str) -> &str {
        let Some(from) = self.body.find(start) else {
            return "";
        };
        let rest = &self.body[from..];
        rest.find(end).map_or(rest, |to| &rest[..to + end.len()])
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

fn form_encode(fields: &[(&str, &str)]) -> String {
    let enc = |s: &str| {
        let mut out = String::new();
        for b in s.bytes() {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                out.push(b as char);
            } else if b == b' ' {
                out.push('+');
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        out
    };
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

impl Client {
    /// The same person (cookies, token, language) talking to another server.
    pub fn via(&self, router: &Router) -> Client {
        Client {
            router: router.clone(),
            cookies: self.cookies.clone(),
            bearer: self.bearer.clone(),
            accept_language: self.accept_language.clone(),
        }
    }

    pub fn csrf(&self) -> String {
        self.cookies.get("mentor_csrf").cloned().unwrap_or_default()
    }

    pub async fn send(&mut self, req: Request<Body>) -> Resp {
        let path = req.uri().to_string();
        let res = self
            .router
            .clone()
            .oneshot(req)
            .await
            .unwrap_or_else(|e| match e {});
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res
            .into_body()
            .collect()
            .await
            .map(|b| b.to_bytes())
            .unwrap_or_default();
        // Latin names read right inside Arabic text thanks to the isolation marks; tests
        // compare what a reader sees.
        let body = without_isolation(String::from_utf8_lossy(&bytes).into_owned());
        let resp = Resp {
            status,
            headers,
            body,
            bytes: bytes.to_vec(),
        };
        if resp
            .header("content-type")
            .is_some_and(|t| t.starts_with("text/html"))
        {
            assert_well_formed(&path, &resp.body);
        }
        for c in resp.set_cookies() {
            if let Some((kv, _)) = c.split_once(';').or(Some((&c, "")))
                && let Some((k, v)) = kv.split_once('=')
            {
                if v.is_empty() || c.contains("Max-Age=0") {
                    self.cookies.remove(k);
                } else {
                    self.cookies.insert(k.to_owned(), v.to_owned());
                }
            }
        }
        resp
    }

    fn request(&self, method: &str, path: &str) -> axum::http::request::Builder {
        let mut b = Request::builder()
            .method(method)
            .uri(path)
            .header("host", "localhost");
        if !self.cookies.is_empty() {
            let cookie = self
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("; ");
            b = b.header(header::COOKIE, cookie);
        }
        if let Some(t) = &self.bearer {
            b = b.header(header::AUTHORIZATION, format!("Bearer {t}"));
        }
        if let Some(l) = &self.accept_language {
            b = b.header(header::ACCEPT_LANGUAGE, l.clone());
        }
        b
    }

    pub async fn get(&mut self, path: &str) -> Resp {
        let req = self.request("GET", path).body(Body::empty()).unwrap();
        self.send(req).await
    }

    /// Posts a form; adds the CSRF token from the cookie (fetching one first if needed).
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Resp {
        if !self.cookies.contains_key("mentor_csrf") && self.bearer.is_none() {
            self.get("/login").await;
        }
        let csrf = self.csrf();
        let mut all: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// Posts a form exactly as given (no CSRF token added).
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Resp {
        let req = self
            .request("POST", path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(form_encode(fields)))
            .unwrap();
        self.send(req).await
    }

    pub async fn post_json(&mut self, path: &str, json: &str) -> Resp {
        let req = self
            .request("POST", path)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(json.to_owned()))
            .unwrap();
        self.send(req).await
    }

    /// Uploads a file as a browser does, the CSRF token in the form's action.
    pub async fn upload(&mut self, path: &str, filename: &str, bytes: &[u8]) -> Resp {
        if !self.cookies.contains_key("mentor_csrf") {
            self.get("/login").await;
        }
        let token = self.csrf();
        self.upload_with_token(path, filename, bytes, &token).await
    }

    pub async fn upload_with_token(
        &mut self,
        path: &str,
        filename: &str,
        bytes: &[u8],
        token: &str,
    ) -> Resp {
        self.send_multipart(path, &[], filename, bytes, token).await
    }

    /// Uploads a file with other form fields beside it, the CSRF token in the action.
    pub async fn upload_fields(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        filename: &str,
        bytes: &[u8],
    ) -> Resp {
        if !self.cookies.contains_key("mentor_csrf") {
            self.get("/login").await;
        }
        let token = self.csrf();
        self.send_multipart(path, fields, filename, bytes, &token)
            .await
    }

    /// Posts `fields` then the file as `multipart/form-data`, as a browser's form does.
    async fn send_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        filename: &str,
        bytes: &[u8],
        token: &str,
    ) -> Resp {
        let boundary = "----mentor-test-boundary";
        let mut body = Vec::new();
        for (k, v) in fields {
            let part = format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
            );
            body.extend_from_slice(part.as_bytes());
        }
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let req = self
            .request("POST", &format!("{path}?csrf={token}"))
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(Body::from(body))
            .unwrap();
        self.send(req).await
    }

    pub async fn login(&mut self, email: &str, password: &str) -> Resp {
        self.post(
            "/login",
            &[("email", email), ("password", password), ("next", "/")],
        )
        .await
    }
}

/// Panics with the parser's error list when `html` (the response to `path`) is not
/// well-formed HTML, so a broken template fails the test that renders it.
pub fn assert_well_formed(path: &str, html: &str) {
    let errors = html_errors(html);
    assert!(
        errors.is_empty(),
        "{path} is not well-formed HTML:\n  {}\n--- the response ---\n{html}",
        errors.join("\n  ")
    );
}

/// The parse errors of `html`, as html5ever reports them: a whole document when it starts
/// with a doctype or `<html>`, else a fragment (an htmx partial) parsed inside a `<body>`.
fn html_errors(html: &str) -> Vec<String> {
    use html5ever::tendril::TendrilSink;
    use html5ever::{QualName, local_name, ns};

    let opts = html5ever::ParseOpts {
        tokenizer: html5ever::tokenizer::TokenizerOpts {
            exact_errors: true,
            ..Default::default()
        },
        tree_builder: html5ever::tree_builder::TreeBuilderOpts {
            exact_errors: true,
            ..Default::default()
        },
    };
    let dom = markup5ever_rcdom::RcDom::default();
    let start = html.trim_start();
    let starts = |tag: &str| {
        start
            .get(..tag.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(tag))
    };
    let document = starts("<!doctype") || starts("<html");
    let dom = if document {
        html5ever::parse_document(dom, opts).one(html)
    } else {
        let context = QualName::new(None, ns!(html), local_name!("body"));
        html5ever::parse_fragment(dom, opts, context, Vec::new(), false).one(html)
    };
    dom.errors.take().into_iter().map(String::from).collect()
}

#[cfg(test)]
mod tests {
    use super::html_errors;

    #[test]
    fn a_well_formed_page_and_fragment_pass() {
        let page = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head>\
                    <body><main><p>One<p>Two</main></body></html>";
        assert_eq!(html_errors(page), Vec::<String>::new());
        assert_eq!(
            html_errors("<option value=\"a\">A</option>\n<option value=\"b\">B</option>"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_broken_template_is_reported() {
        let stray_end = "<!DOCTYPE html><html><head><title>t</title></head>\
                         <body><div><span>x</div></span></body></html>";
        assert!(!html_errors(stray_end).is_empty());
        let duplicate_attribute = "<!DOCTYPE html><title>t</title><p id=\"a\" id=\"b\">x</p>";
        assert!(!html_errors(duplicate_attribute).is_empty());
        assert!(!html_errors("<html><body>no doctype</body></html>").is_empty());
        assert!(!html_errors("<td>1</td></table>").is_empty());
    }
}
