//! Walks the declared route table: every route that is not public refuses a person who is
//! not signed in, and every route that needs a permission refuses a person without it.

use axum::http::StatusCode;
use domain::{OrganisationKind, Role};
use testkit::fixtures;
use web::nav::ENTRIES;
use web::routes::{Access, table};

use crate::support::{NOBODY, on_each_backend};

fn concrete(path: &str) -> String {
    path.replace("{id}", "00000000-0000-4000-8000-000000000000")
        .replace("{membership}", "00000000-0000-4000-8000-000000000001")
        .replace("{name}", "missing.css")
        .replace("{token}", "no-such-invitation")
        .replace("{region}", "lombardia")
        .replace("{criterion}", "00000000-0000-4000-8000-000000000002")
        .replace("{interview}", "00000000-0000-4000-8000-000000000003")
        .replace("{document}", "00000000-0000-4000-8000-000000000004")
        .replace("{task}", "00000000-0000-4000-8000-000000000005")
}

#[tokio::test]
async fn every_route_declares_and_enforces_its_access() {
    on_each_backend(|app| async move {
        let routes = table();
        assert!(routes.len() > 30, "route table looks empty");
        let mut anonymous = app.client();
        let mut nobody = app.signed_in(NOBODY).await;
        for r in &routes {
            let path = concrete(r.path);
            let is_api = r.path.starts_with("/api/");
            let anon = match r.method {
                "GET" => anonymous.get(&path).await,
                _ => anonymous.post(&path, &[]).await,
            };
            match r.access {
                Access::Public => {
                    // A public route may still refuse bad input (a failed sign-in is a 401),
                    // but never sends the visitor away to sign in first or forbids them.
                    let to_login = anon
                        .location()
                        .is_some_and(|l| l.starts_with("/login?next="));
                    assert!(
                        !to_login && anon.status != StatusCode::FORBIDDEN,
                        "{} {}",
                        r.method,
                        r.path
                    );
                }
                // Only the metrics scraper's token opens it; anyone else finds nothing.
                Access::MetricsToken => assert_eq!(
                    anon.status,
                    StatusCode::NOT_FOUND,
                    "{} {}",
                    r.method,
                    r.path
                ),
                _ if is_api => assert_eq!(
                    anon.status,
                    StatusCode::UNAUTHORIZED,
                    "{} {} must need sign-in",
                    r.method,
                    r.path
                ),
                _ => {
                    assert_eq!(
                        anon.status,
                        StatusCode::SEE_OTHER,
                        "{} {} must need sign-in",
                        r.method,
                        r.path
                    );
                    assert!(
                        anon.location()
                            .is_some_and(|l| l.starts_with("/login?next=")),
                        "{} {}",
                        r.method,
                        r.path
                    );
                }
            }
            if let Access::Permission(p) = r.access {
                // A signed-in person without any membership holds no permission at all.
                let res = match r.method {
                    "GET" => nobody.get(&path).await,
                    _ => nobody.post(&path, &[]).await,
                };
                assert_eq!(
                    res.status,
                    StatusCode::FORBIDDEN,
                    "{} {} must need {p:?}",
                    r.method,
                    r.path
                );
                assert!(
                    !res.body.contains("Company A"),
                    "a refusal must carry no data"
                );
            }
        }
    })
    .await;
}

#[tokio::test]
async fn every_api_route_is_in_the_openapi_document() {
    on_each_backend(|app| async move {
        let doc = app.client().get("/api/openapi.json").await.json();
        for r in table().iter().filter(|r| r.path.starts_with("/api/v1/")) {
            let op = &doc["paths"][r.path][r.method.to_lowercase()];
            assert!(
                op.is_object(),
                "{} {} missing from OpenAPI",
                r.method,
                r.path
            );
            assert!(op["x-mentor-permission"].is_string());
        }
        assert_eq!(doc["openapi"], "3.1.0");
    })
    .await;
}

/// The organisation a person of `role` works in, for the menu test.
fn kind_of(role: Role) -> OrganisationKind {
    match role {
        Role::Admin | Role::Coordinator | Role::Participant => OrganisationKind::LeadPartner,
        Role::AgencyStaff => OrganisationKind::OriginAgency,
        Role::PromoterStaff => OrganisationKind::Promoter,
        Role::NgoStaff | Role::Mediator => OrganisationKind::Ngo,
        Role::BusinessStaff => OrganisationKind::BusinessAssociation,
        Role::Company => OrganisationKind::HostCompany,
        Role::Evaluator => OrganisationKind::ResearchCentre,
    }
}

/// The links of the main menu on a page.
fn menu(body: &str) -> Vec<String> {
    let Some(start) = body.find("<nav aria-label=") else {
        return Vec::new();
    };
    let nav = &body[start..];
    let nav = &nav[..nav.find("</nav>").unwrap_or(nav.len())];
    nav.split("href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(str::to_owned)
        .collect()
}

/// For a person holding each role alone, every menu entry shown opens (no refusal, no
/// "not found" by reach), and every entry of that role's work left out is one whose route
/// refuses them.
#[tokio::test]
async fn every_role_sees_only_menu_entries_it_may_open() {
    on_each_backend(|app| async move {
        let d = app.db.db();
        for role in Role::ALL {
            let org = fixtures::organisation(d, &app.seed.p1, role.as_str(), kind_of(role));
            let email = format!("{}@menu.example", role.as_str());
            fixtures::user(d, &email, &org, role);
            let mut c = app.signed_in(&email).await;
            let page = c.get("/account").await;
            assert_eq!(page.status, StatusCode::OK, "{role:?}");
            let shown = menu(&page.body);
            assert!(shown.iter().any(|h| h == "/account"), "{role:?}: {shown:?}");
            for href in &shown {
                let res = c.get(href).await;
                assert_eq!(
                    res.status,
                    StatusCode::OK,
                    "{role:?} is shown {href} but it answers {}",
                    res.status
                );
            }
            for e in ENTRIES {
                if shown.iter().any(|h| h == e.path) {
                    assert!(e.roles.contains(&role), "{role:?} shown {}", e.path);
                    continue;
                }
                if e.roles.contains(&role) {
                    let res = c.get(e.path).await;
                    assert_eq!(
                        res.status,
                        StatusCode::FORBIDDEN,
                        "{role:?} is not shown {}, which their work needs and which admits them",
                        e.path
                    );
                }
            }
        }
    })
    .await;
}
