//! The dashboard: what the signed-in person's organisations and programmes add up to.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::Permission;

use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};

pub struct Card {
    pub label: String,
    pub value: String,
    pub href: Option<&'static str>,
}

/// How many partner organisations of one kind the person's programmes have.
struct KindCount {
    /// The translated kind.
    kind: String,
    /// The formatted count.
    count: String,
}

#[derive(Template)]
#[template(path = "dashboard.html")]
struct DashboardPage {
    page: Page,
    welcome: String,
    roles: Vec<String>,
    cards: Vec<Card>,
    kinds: Vec<KindCount>,
    programmes: Vec<db::programmes::Programme>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
) -> Result<Response, AppError> {
    let a = &granted.authed;
    let tr = ctx.tr();
    let scope = granted.scope;
    let org_scope = granted.authed.scope_for(Permission::ViewOrganisations)?;
    let user_scope = a.actor.scope(Permission::ManageUsers);
    let company_scope = a.actor.scope(Permission::ViewCompanies);
    let position_scope = a.actor.scope(Permission::ViewPositions);
    let actor_id = a.user.id.clone();
    let (programmes, counts, users, hosting, open_places) = state
        .db
        .read(move |c| {
            let programmes = db::programmes::list(c, &scope)?;
            let counts = db::dashboard::counts(c, &org_scope, &actor_id)?;
            let users = match &user_scope {
                Some(s) => Some(db::users::count(c, s, &actor_id)?),
                None => None,
            };
            let hosting = match &company_scope {
                Some(s) => Some(
                    db::companies::stage_counts(c, s)?
                        .into_iter()
                        .filter(|(stage, _)| stage.is_host())
                        .map(|(_, n)| n)
                        .sum::<i64>(),
                ),
                None => None,
            };
            let open_places = match &position_scope {
                Some(s) => Some(db::positions::open_places(c, s)?),
                None => None,
            };
            Ok((programmes, counts, users, hosting, open_places))
        })
        .await?;

    let mut cards = vec![
        Card {
            label: tr.t("dashboard-programmes"),
            value: tr.number(&(programmes.len() as i64)),
            href: Some("/programmes"),
        },
        Card {
            label: tr.t("dashboard-organisations"),
            value: tr.number(&counts.organisations),
            href: Some("/organisations"),
        },
        Card {
            label: tr.t("dashboard-host-companies"),
            value: tr.number(&counts.host_companies),
            // People who work with companies get the registry; others the plain list.
            href: Some(if a.actor.can(Permission::ViewCompanies) {
                "/companies"
            } else {
                "/organisations?kind=host_company"
            }),
        },
        Card {
            label: tr.t("dashboard-territories"),
            value: tr.number(&counts.territories),
            href: None,
        },
    ];
    if let Some(n) = hosting {
        cards.push(Card {
            label: tr.t("dashboard-hosting"),
            value: tr.number(&n),
            href: Some("/companies?stage=hosting"),
        });
    }
    if let Some(n) = open_places {
        cards.push(Card {
            label: tr.t("dashboard-open-places"),
            value: tr.number(&n),
            href: Some("/positions?status=open"),
        });
    }
    if let Some(n) = users {
        cards.push(Card {
            label: tr.t("dashboard-users"),
            value: tr.number(&n),
            href: Some("/users"),
        });
    }
    let kinds = counts
        .by_kind
        .iter()
        .map(|(k, n)| KindCount {
            kind: tr.t(&format!("kind-{}", k.as_str().replace('_', "-"))),
            count: tr.number(n),
        })
        .collect();
    let roles = a
        .actor
        .roles()
        .into_iter()
        .map(|r| tr.t(&format!("role-{}", r.as_str().replace('_', "-"))))
        .collect();
    let page = DashboardPage {
        welcome: tr.t1("dashboard-welcome", "name", &a.user.display_name),
        page: Page::new(&ctx, "dashboard-title"),
        roles,
        cards,
        kinds,
        programmes,
    };
    html(&page)
}
