//! Every route with the access it requires, in one table.
//!
//! Routes can only be added through [`Routes`], whose methods demand an [`Access`]; the
//! access check wraps each handler. [`table`] lists what was declared, and the router test
//! walks it to prove each route refuses whoever lacks its access.

mod awards;
mod grant_payments;
mod grants;
mod mentorships;
mod outcome_report;
mod path;
mod results;

use std::sync::LazyLock;

use axum::Router;
use axum::extract::Request;
use axum::handler::Handler;
use axum::middleware::{Next, from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{MethodRouter, get, post};
use domain::Permission;
use domain::permission::Actor;

use crate::access::Granted;
use crate::metrics;
use crate::{AppError, AppState, Ctx, api, assets, context, csrf, health, limits, pages, security};

/// Who may reach a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not (sign-in page, health check, static files).
    Public,
    /// Any signed-in person, whatever their role (own account, sign-out).
    SignedIn,
    /// A signed-in person whose role grants this permission.
    Permission(Permission),
    /// No person: only a metrics scraper presenting the configured token (`/metrics`).
    /// Everyone else, signed in or not, is answered 404 as if the route did not exist; the
    /// route layer lets the request through and the handler's `metrics::Scraper` checks the
    /// token (the route layer knows no settings).
    MetricsToken,
}

#[derive(Debug, Clone)]
pub struct RouteInfo {
    pub method: &'static str,
    pub path: &'static str,
    pub access: Access,
}

pub struct Routes {
    router: Router<AppState>,
    table: Vec<RouteInfo>,
}

impl Routes {
    fn new() -> Self {
        Routes {
            router: Router::new(),
            table: Vec::new(),
        }
    }

    fn add(
        mut self,
        method: &'static str,
        path: &'static str,
        access: Access,
        mr: MethodRouter<AppState>,
    ) -> Self {
        let guarded = mr.route_layer(from_fn(move |req: Request, next: Next| {
            check(access, req, next)
        }));
        self.router = self.router.route(path, guarded);
        self.table.push(RouteInfo {
            method,
            path,
            access,
        });
        self
    }

    pub fn get<H, T>(self, path: &'static str, access: Access, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add("GET", path, access, get(handler))
    }

    pub fn post<H, T>(self, path: &'static str, access: Access, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add("POST", path, access, post(handler))
    }

    /// A POST taking a file upload of up to `max_bytes` (the default body limit is 2 MB).
    pub fn post_upload<H, T>(
        self,
        path: &'static str,
        access: Access,
        max_bytes: usize,
        handler: H,
    ) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        let mr = post(handler).layer(axum::extract::DefaultBodyLimit::max(max_bytes));
        self.add("POST", path, access, mr)
    }
}

impl Access {
    /// Whether this access lets `actor` (`None`: nobody signed in) through: the one decision
    /// behind both the route layer and the navigation ([`crate::nav`]).
    pub fn admits(self, actor: Option<&Actor>) -> Result<(), AppError> {
        match (self, actor) {
            (Access::Public, _) => Ok(()),
            // A scraper is no person; no person is shown or let in.
            (Access::MetricsToken, _) => Err(AppError::NotFound),
            (_, None) => Err(AppError::Unauthenticated),
            (Access::SignedIn, Some(_)) => Ok(()),
            (Access::Permission(p), Some(a)) if a.can(p) => Ok(()),
            (Access::Permission(_), Some(_)) => Err(AppError::Forbidden),
        }
    }
}

/// Admits or refuses a request by the route's access, and hands an admitted request for a
/// permission its [`Granted`] scope.
async fn check(access: Access, mut req: Request, next: Next) -> Response {
    if access == Access::MetricsToken {
        // No person to admit: the handler's `metrics::Scraper` checks the scraper's token.
        return next.run(req).await;
    }
    let Some(ctx) = req.extensions().get::<Ctx>() else {
        return AppError::Internal("context missing".into()).into_response();
    };
    let authed = ctx.user.as_ref();
    let verdict = access.admits(authed.map(|a| &a.actor)).and_then(|()| {
        let (Access::Permission(permission), Some(a)) = (access, authed) else {
            return Ok(None);
        };
        let scope = a.scope_for(permission)?;
        Ok(Some(Granted {
            permission,
            scope,
            authed: a.clone(),
        }))
    });
    match verdict {
        Ok(granted) => {
            if let Some(g) = granted {
                req.extensions_mut().insert(g);
            }
            next.run(req).await
        }
        // A person who is not signed in is sent to sign in, and back here afterwards.
        Err(AppError::Unauthenticated) if !ctx.is_api => {
            let next = pages::login::encode_next(&ctx.path);
            Redirect::to(&format!("/login?next={next}")).into_response()
        }
        Err(e) => e.into_response(),
    }
}

/// Every route of the application. Each feature area adds its routes in its own function
/// so the table stays readable.
fn declare() -> Routes {
    let routes = foundation(Routes::new());
    let routes = companies(routes);
    let routes = taxonomy(routes);
    let routes = candidates(routes);
    let routes = selection(routes);
    let routes = decisions(routes);
    let routes = documents(routes);
    let routes = lists(routes);
    let routes = path::procedures(routes);
    let routes = path::cases(routes);
    let routes = path::case_api(routes);
    let routes = path::traineeships(routes);
    let routes = path::outcomes(routes);
    let routes = path::courses(routes);
    let routes = mentorships::mentorships(routes);
    let routes = grants::grants(routes);
    let routes = awards::routes(routes);
    let routes = grant_payments::routes(routes);
    let routes = outcome_report::routes(routes);
    let routes = results::routes(routes);
    matching(routes)
}

/// Selection: a call's criteria and ranking, scores and interviews of an application, the
/// outbox list. Decisions are staged and published (`decisions`).
#[rustfmt::skip]
fn selection(routes: Routes) -> Routes {
    use Access::Permission as P;
    use Permission::*;
    use pages::selection as sel;
    routes
        .get("/calls/{id}/criteria",                     P(ManageCalls),      sel::criteria)
        .post("/calls/{id}/criteria",                    P(ManageCalls),      sel::add_criterion)
        .post("/calls/{id}/criteria/{criterion}",        P(ManageCalls),      sel::change_criterion)
        .get("/calls/{id}/ranking",                      P(AssessCandidates), sel::ranking)
        .post("/candidates/{id}/scores",                 P(AssessCandidates), sel::save_scores)
        .post("/candidates/{id}/interviews",             P(ScreenCandidates), sel::schedule_interview)
        .post("/candidates/{id}/interviews/{interview}", P(AssessCandidates), sel::record_interview)
        .get("/outbox",                                  P(ViewAudit),        sel::outbox)
}

/// Selection decisions: staged by those who screen, published for a call and reversed by
/// those who manage calls (the coordinator).
#[rustfmt::skip]
fn decisions(routes: Routes) -> Routes {
    use Access::Permission as P;
    use Permission::*;
    use pages::decisions as dec;
    routes
        .post("/candidates/{id}/decision",          P(ScreenCandidates), dec::stage)
        .post("/candidates/{id}/decision/withdraw", P(ScreenCandidates), dec::withdraw)
        .post("/candidates/{id}/reverse",           P(ManageCalls),      dec::reverse)
        .get("/calls/{id}/decisions",               P(ManageCalls),      dec::preview)
        .post("/calls/{id}/decisions/publish",      P(ManageCalls),      dec::publish)
}

/// Candidates' documents (upload, download, delete) and the duplicates merge tool.
#[rustfmt::skip]
fn documents(routes: Routes) -> Routes {
    use Access::{Permission as P, SignedIn};
    use Permission::*;
    use pages::documents::{self as docs, UPLOAD_BODY_LIMIT};
    use pages::duplicates as dups;
    routes
        .get("/applications/{id}/documents",         SignedIn,            docs::mine)
        .post_upload("/applications/{id}/documents", SignedIn,            UPLOAD_BODY_LIMIT, docs::own_upload)
        .post_upload("/candidates/{id}/documents",   P(ScreenCandidates), UPLOAD_BODY_LIMIT, docs::staff_upload)
        // Reach is checked in the handlers: a reader without it gets 404, as for a
        // document that does not exist.
        .get("/documents/{id}",                      SignedIn,            docs::download)
        .post("/documents/{id}/delete",              SignedIn,            docs::delete)
        .get("/duplicates",                          P(ScreenCandidates), dups::list)
        .get("/duplicates/{id}",                     P(ScreenCandidates), dups::compare)
        .post("/duplicates/{id}/merge",              P(ScreenCandidates), dups::merge)
        .post("/duplicates/{id}/dismiss",            P(ScreenCandidates), dups::dismiss)
}

/// The candidate list's saved searches, export and import, and ESCO on an application.
#[rustfmt::skip]
fn lists(routes: Routes) -> Routes {
    use Access::Permission as P;
    use Permission::*;
    use pages::lists;
    routes
        .get("/candidates/export",           P(ViewCandidates),   lists::export)
        .get("/candidates/import",           P(ScreenCandidates), lists::import_form)
        .post("/candidates/import",          P(ScreenCandidates), lists::import_upload)
        .get("/candidates/import/{id}",      P(ScreenCandidates), lists::import_mapping)
        .post("/candidates/import/{id}",     P(ScreenCandidates), lists::import_check)
        .post("/candidates/{id}/esco",       P(ScreenCandidates), pages::candidates::esco::save)
        .post("/candidates/{id}/free-skills/{free}/map", P(ScreenCandidates), pages::candidates::esco::map_free)
        .get("/saved-searches",              P(ViewCandidates),   lists::saved_list)
        .post("/saved-searches",             P(ViewCandidates),   lists::saved_create)
        .get("/saved-searches/{id}",         P(ViewCandidates),   lists::saved_open)
        .post("/saved-searches/{id}/delete", P(ViewCandidates),   lists::saved_delete)
        .post("/saved-searches/{id}/watch",  P(ViewCandidates),   lists::saved_watch)
}

/// Matching runs for a call, explanations, locks and forbids, approval, placements.
#[rustfmt::skip]
fn matching(routes: Routes) -> Routes {
    use Access::Permission as P;
    use Permission::*;
    routes
        .get("/calls/{id}/matching",              P(ManageMatching),   pages::matching::index)
        .post("/calls/{id}/matching/runs",        P(ManageMatching),   pages::matching::create_run)
        .post("/calls/{id}/matching/constraints", P(ManageMatching),   pages::matching::constrain)
        .get("/matching-runs/compare",            P(ManageMatching),   pages::matching::compare)
        .get("/matching-runs/{id}",               P(ManageMatching),   pages::matching::show)
        .post("/matching-runs/{id}/approve",      P(ManageMatching),   pages::matching::approve_run)
        .get("/positions/{id}/ranking",           P(EditPositions),    pages::rankings::company_form)
        .post("/positions/{id}/ranking",          P(EditPositions),    pages::rankings::company_save)
        .get("/applications/{id}/ranking",        Access::SignedIn,    pages::rankings::candidate_form)
        .post("/applications/{id}/ranking",       Access::SignedIn,    pages::rankings::candidate_save)
        .get("/placements",                       P(ViewPlacements),   pages::placements::list)
        .post("/placements/{id}/answer",          P(AnswerPlacements), pages::placements::answer)
        .get("/placements/{id}",                  P(ViewPlacements),   pages::proposals::show)
        .post("/placements/{id}/slots",           P(AnswerPlacements), pages::proposals::offer)
        .get("/placements/{id}/decline",          P(AnswerPlacements), pages::declines::confirm_decline)
        .post("/placements/{id}/decline",         P(AnswerPlacements), pages::declines::decline)
        .get("/placements/{id}/reverse",          P(ManageMatching),   pages::declines::confirm_reverse)
        .post("/placements/{id}/reverse",         P(ManageMatching),   pages::declines::reverse)
        .post("/api/v1/calls/{id}/matching-runs", P(ManageMatching),   api::matching::create_run)
        .get("/api/v1/matching-runs/{id}",        P(ManageMatching),   api::matching::show)
        .get("/api/v1/placements",                P(ViewPlacements),   api::matching::placements)
        .post("/api/v1/placements",               P(ManageMatching),   api::matching::propose)
}

/// The ESCO taxonomy: public reference data, searchable by anyone signed in.
#[rustfmt::skip]
fn taxonomy(routes: Routes) -> Routes {
    use Access::SignedIn;
    routes
        .get("/taxonomy/occupations/options", SignedIn, pages::taxonomy::occupation_options)
        .get("/taxonomy/skills/options",      SignedIn, pages::taxonomy::skill_options)
        .get("/api/v1/taxonomy/occupations",  SignedIn, api::taxonomy::occupations)
        .get("/api/v1/taxonomy/skills",       SignedIn, api::taxonomy::skills)
}

/// Host companies, their checklist and positions, outreach, regional rules, invitations.
#[rustfmt::skip]
fn companies(routes: Routes) -> Routes {
    use Access::{Permission as P, Public};
    use Permission::*;
    routes
        .get("/companies",                    P(ViewCompanies),   pages::companies::list)
        .get("/companies/board",              P(ManageOutreach),  pages::companies::board)
        .get("/companies/export",             P(ViewCompanies),   pages::exports::companies)
        .get("/companies/import",             P(ManageOutreach),  pages::imports::companies_form)
        .post("/companies/import",            P(ManageOutreach),  pages::imports::companies_upload)
        .get("/companies/import/{id}",        P(ManageOutreach),  pages::imports::companies_mapping)
        .post("/companies/import/{id}",       P(ManageOutreach),  pages::imports::companies_check)
        .get("/companies/new",                P(ManageOutreach),  pages::companies::new_form)
        .post("/companies",                   P(ManageOutreach),  pages::companies::create)
        .get("/companies/{id}",               P(ViewCompanies),   pages::companies::show)
        .get("/companies/{id}/edit",          P(ManageCompanies), pages::companies::edit_form)
        .post("/companies/{id}",              P(ManageCompanies), pages::companies::update)
        .get("/companies/{id}/checklist",     P(ManageCompanies), pages::companies::checklist_form)
        .post("/companies/{id}/checklist",    P(ManageCompanies), pages::companies::checklist_save)
        .post("/companies/{id}/stage",        P(ManageOutreach),  pages::companies::set_stage)
        .post("/companies/{id}/contacts",     P(ManageOutreach),  pages::companies::add_contact)
        .post("/companies/{id}/invitations",  P(ViewCompanies),   pages::companies::invite)
        .get("/invitations/{token}",          Public,             pages::invitations::form)
        .post("/invitations/{token}",         Public,             pages::invitations::accept)
        .get("/positions",                    P(ViewPositions),   pages::positions::list)
        .get("/positions/new",                P(EditPositions),   pages::positions::new_form)
        .get("/positions/export",             P(ViewPositions),   pages::exports::positions)
        .get("/positions/import",             P(EditPositions),   pages::imports::positions_form)
        .post("/positions/import",            P(EditPositions),   pages::imports::positions_upload)
        .get("/positions/import/{id}",        P(EditPositions),   pages::imports::positions_mapping)
        .post("/positions/import/{id}",       P(EditPositions),   pages::imports::positions_check)
        .post("/positions",                   P(EditPositions),   pages::positions::create)
        .get("/positions/{id}",               P(ViewPositions),   pages::positions::show)
        .get("/positions/{id}/edit",          P(EditPositions),   pages::positions::edit_form)
        .post("/positions/{id}",              P(EditPositions),   pages::positions::update)
        .post("/positions/{id}/transition",   P(ViewPositions),   pages::positions::transition)
        .get("/positions/{id}/translations",  P(EditPositions),   pages::translations::position_form)
        .post("/positions/{id}/translations", P(EditPositions),   pages::translations::position_save)
        .get("/outreach",                     P(ManageOutreach),  pages::outreach::index)
        .get("/outreach/campaigns/new",       P(ManageOutreach),  pages::outreach::new_campaign)
        .post("/outreach/campaigns",          P(ManageOutreach),  pages::outreach::create_campaign)
        .get("/outreach/campaigns/{id}",      P(ManageOutreach),  pages::outreach::campaign)
        .post("/outreach/contacts/{id}/done", P(ManageOutreach),  pages::outreach::follow_up_done)
        .get("/rules",                        P(ManageRules),     pages::rules::list)
        .post("/rules/{region}",              P(ManageRules),     pages::rules::update)
        .get("/api/v1/companies",             P(ViewCompanies),   api::companies::list)
        .post("/api/v1/companies",            P(ManageOutreach),  api::companies::create)
        .get("/api/v1/companies/{id}",        P(ViewCompanies),   api::companies::show)
        .get("/api/v1/positions",             P(ViewPositions),   api::positions::list)
        .post("/api/v1/positions",            P(EditPositions),   api::positions::create)
        .get("/api/v1/positions/{id}",        P(ViewPositions),   api::positions::show)
}

/// Sign-in, languages, account, dashboard, programmes, organisations, users, audit, API.
#[rustfmt::skip]
fn foundation(routes: Routes) -> Routes {
    use Access::{Permission as P, Public, SignedIn};
    use Permission::*;
    routes
        // infrastructure
        .get("/healthz",                                     Public,                 health::healthz)
        .get("/readyz",                                      Public,                 health::readyz)
        .get("/livez",                                       Public,                 health::livez)
        .get("/metrics",                                     Access::MetricsToken,   metrics::scrape)
        .get("/static/{name}",                               Public,                 assets::serve)
        // signing in and out, language
        .get("/login",                                       Public,                 pages::login::form)
        .post("/login",                                      Public,                 pages::login::submit)
        .post("/logout",                                     SignedIn,               pages::logout::submit)
        .get("/password/forgot",                             Public,                 pages::password::forgot_form)
        .post("/password/forgot",                            Public,                 pages::password::forgot)
        .get("/password/reset",                              Public,                 pages::password::reset_form)
        .post("/password/reset",                             Public,                 pages::password::reset)
        .get("/sign-up/confirm",                             Public,                 pages::apply::sign_up::confirm_form)
        .post("/sign-up/confirm",                            Public,                 pages::apply::sign_up::confirm)
        .post("/language",                                   Public,                 pages::language::submit)
        // own account
        .get("/account",                                     SignedIn,               pages::account::show)
        .post("/account",                                    SignedIn,               pages::account::update)
        .post("/account/password",                           SignedIn,               pages::account::change_password)
        .post("/account/digest",                             SignedIn,               pages::account::set_digest)
        .post("/account/time-zone",                          SignedIn,               pages::account::set_time_zone)
        .get("/account/tokens",                              SignedIn,               pages::tokens::list)
        .post("/account/tokens",                             SignedIn,               pages::tokens::create)
        .get("/account/tokens/{id}/revoke",                  SignedIn,               pages::tokens::confirm_revoke)
        .post("/account/tokens/{id}/revoke",                 SignedIn,               pages::tokens::revoke)
        // dashboard
        .get("/",                                            Public,                 pages::dashboard::show)
        // programmes and territories
        .get("/programmes",                                  P(ViewProgrammes),      pages::programmes::list)
        .get("/programmes/new",                              P(ManageProgrammes),    pages::programmes::new_form)
        .post("/programmes",                                 P(ManageProgrammes),    pages::programmes::create)
        .get("/programmes/{id}",                             P(ViewProgrammes),      pages::programmes::show)
        .get("/programmes/{id}/edit",                        P(ManageProgrammes),    pages::programmes::edit_form)
        .post("/programmes/{id}",                            P(ManageProgrammes),    pages::programmes::update)
        .post("/programmes/{id}/territories",                P(ManageProgrammes),    pages::programmes::add_territory)
        // organisations
        .get("/organisations",                               P(ViewOrganisations),   pages::organisations::list)
        .get("/organisations/new",                           P(ManageOrganisations), pages::organisations::new_form)
        .post("/organisations",                              P(ManageOrganisations), pages::organisations::create)
        .get("/organisations/{id}",                          P(ViewOrganisations),   pages::organisations::show)
        .get("/organisations/{id}/edit",                     P(ManageOrganisations), pages::organisations::edit_form)
        .post("/organisations/{id}",                         P(ManageOrganisations), pages::organisations::update)
        // users and memberships
        .get("/users",                                       P(ManageUsers),         pages::users::list)
        .get("/users/new",                                   P(ManageUsers),         pages::users::new_form)
        .post("/users",                                      P(ManageUsers),         pages::users::create)
        .get("/users/{id}",                                  P(ManageUsers),         pages::users::show)
        .post("/users/{id}/memberships",                     P(ManageUsers),         pages::users::add_membership)
        .post("/users/{id}/memberships/{membership}/delete", P(ManageUsers),         pages::users::remove_membership)
        .post("/users/{id}/disable",                         P(ManageUsers),         pages::users::disable)
        .post("/users/{id}/enable",                          P(ManageUsers),         pages::users::enable)
        // audit
        .get("/audit",                                       P(ViewAudit),           pages::audit::show)
        .post("/audit/anchor",                               P(ViewAudit),           pages::audit::anchor)
        // JSON API
        .get("/api/openapi.json",                            Public,                 api::openapi::document)
        .get("/api/v1/users/me",                             SignedIn,               api::users::me)
        .get("/api/v1/programmes",                           P(ViewProgrammes),      api::programmes::list)
        .get("/api/v1/programmes/{id}",                      P(ViewProgrammes),      api::programmes::show)
        .get("/api/v1/organisations",                        P(ViewOrganisations),   api::organisations::list)
        .get("/api/v1/organisations/{id}",                   P(ViewOrganisations),   api::organisations::show)
}

/// Open calls, applying in steps, the candidate's own status, screening, and their API.
#[rustfmt::skip]
fn candidates(routes: Routes) -> Routes {
    use Access::{Permission as P, Public, SignedIn};
    use Permission::*;
    use pages::apply::{self, steps};
    use pages::candidates as screening;
    routes
        // public: the calls and the way in
        .get("/open-calls",                     Public,              pages::calls::open_list)
        .get("/open-calls/{id}",                Public,              pages::calls::public)
        .get("/open-calls/{id}/apply",          Public,              apply::sign_up::signup_form)
        .post("/open-calls/{id}/apply",         Public,              apply::sign_up::signup)
        // the candidate's own applications, in steps that save as they go
        .get("/applications",                   SignedIn,            apply::mine)
        .get("/applications/{id}",              SignedIn,            apply::status)
        .post("/applications/{id}/interview",   SignedIn,            apply::interview::pick)
        .get("/applications/{id}/identity",     SignedIn,            apply::identity::form)
        .post("/applications/{id}/identity",    SignedIn,            apply::identity::save)
        .get("/applications/{id}/education",    SignedIn,            steps::education_form)
        .post("/applications/{id}/education",   SignedIn,            steps::education_save)
        .get("/applications/{id}/preferences",  SignedIn,            steps::preferences_form)
        .post("/applications/{id}/preferences", SignedIn,            steps::preferences_save)
        .get("/applications/{id}/consent",      SignedIn,            steps::consent_form)
        .post("/applications/{id}/consent",     SignedIn,            steps::submit)
        // staff: calls
        .get("/calls",                          P(ViewProgrammes),   pages::calls::list)
        .get("/calls/new",                      P(ManageCalls),      pages::calls::new_form)
        .post("/calls",                         P(ManageCalls),      pages::calls::create)
        .get("/calls/{id}/translations",        P(ManageCalls),      pages::translations::call_form)
        .post("/calls/{id}/translations",       P(ManageCalls),      pages::translations::call_save)
        // staff: screening
        .get("/candidates",                     P(ViewCandidates),   screening::list)
        .get("/candidates/{id}",                P(ViewCandidates),   screening::show)
        .post("/candidates/{id}/status",        P(ScreenCandidates), screening::change_status)
        .post("/candidates/{id}/override",      P(ScreenCandidates), screening::override_eligibility)
        .post("/candidates/{id}/passport",      P(ReadPassport),     screening::reveal_passport)
        // JSON API
        .get("/api/v1/calls",                   P(ViewProgrammes),   api::calls::list)
        .post("/api/v1/calls",                  P(ManageCalls),      api::calls::create)
        .get("/api/v1/calls/{id}",              P(ViewProgrammes),   api::calls::show)
        .get("/api/v1/candidates",              P(ViewCandidates),   api::candidates::list)
        .post("/api/v1/candidates",             P(ScreenCandidates), api::candidates::create)
        .get("/api/v1/candidates/{id}",         P(ViewCandidates),   api::candidates::show)
}

/// What each route requires, as declared.
pub fn table() -> Vec<RouteInfo> {
    declare().table
}

/// The access declared for `GET path` (a path as written in the table), if there is such a
/// route. The table is built once, on first use.
pub fn get_access(path: &str) -> Option<Access> {
    static TABLE: LazyLock<Vec<RouteInfo>> = LazyLock::new(table);
    TABLE
        .iter()
        .find(|r| r.method == "GET" && r.path == path)
        .map(|r| r.access)
}

/// Pages and the API travel compressed (brotli at 4, tower-http's default for it, or gzip
/// at 6, as the browser asks); documents and spreadsheets are compressed already, and the
/// bundled assets once, at the best quality (`assets`).
fn compression()
-> tower_http::compression::CompressionLayer<impl tower_http::compression::Predicate> {
    use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
    tower_http::compression::CompressionLayer::new()
        .no_deflate()
        .no_zstd()
        .compress_when(
            DefaultPredicate::new()
                .and(NotForContentType::const_new("application/pdf"))
                .and(NotForContentType::const_new(
                    "application/vnd.openxmlformats",
                ))
                .and(NotForContentType::const_new("application/zip")),
        )
}

pub fn router(state: AppState) -> Router {
    let routes = declare();
    let limits = state.config.limits.clone();
    // Inside the context layer, so that a refusal or a timeout is answered in the request's
    // language; the body's deadline outermost, so that it counts from the request's arrival.
    let time_limit = tower::ServiceBuilder::new()
        .layer(axum::error_handling::HandleErrorLayer::new(
            limits::timed_out,
        ))
        .timeout(limits.request_timeout);
    routes
        .router
        .fallback(|| async { AppError::NotFound })
        .layer(from_fn_with_state(
            state.clone(),
            api::idempotency::middleware,
        ))
        .layer(from_fn(csrf::middleware))
        // Inside the time limit: a read that waits too long for its turn is answered 503.
        .layer(from_fn_with_state(
            state.reads.clone(),
            crate::reads::middleware,
        ))
        .layer(time_limit)
        .layer(from_fn_with_state(limits.clone(), limits::middleware))
        .layer(from_fn_with_state(state.clone(), context::middleware))
        .layer(from_fn_with_state(state.clone(), security::middleware))
        .layer(tower_http::timeout::RequestBodyDeadlineLayer::new(
            limits.body_timeout,
        ))
        .layer(compression())
        // Kept pages as they went out, compressed.
        .layer(from_fn_with_state(
            state.clone(),
            crate::public_pages::middleware,
        ))
        // Outermost, so that every answer is counted and timed, whatever made it.
        .layer(metrics::RecordLayer::new(state.metrics.clone()))
        .with_state(state)
}
