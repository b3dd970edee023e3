//! The routes of the calls for proposals after the return (issue 15): the calls and their
//! terms, the eligibility list, the applicant's own pages, the eligibility and cost check,
//! and their API. Declared like every group in `routes.rs`, one route a line, each with
//! its `Access`; the use cases check the reach of each record.

use domain::Permission;

use super::{Access, Routes};
use crate::{api, pages};

#[rustfmt::skip]
pub(super) fn grants(routes: Routes) -> Routes {
    use Access::Permission as P;
    use Permission::*;
    use pages::documents::UPLOAD_BODY_LIMIT;
    use pages::grants::{calls, check, documents, eligible, mine, terms};
    routes
        .get("/grant-calls",                              P(ViewGrantCalls),         calls::list)
        .post("/grant-calls",                             P(ManageGrantCalls),       terms::create)
        .get("/grant-calls/new",                          P(ManageGrantCalls),       terms::new_form)
        .get("/grant-calls/{id}",                         P(ViewGrantCalls),         calls::show)
        .get("/grant-calls/{id}/edit",                    P(ManageGrantCalls),       terms::edit_form)
        .post("/grant-calls/{id}/edit",                   P(ManageGrantCalls),       terms::update)
        .post("/grant-calls/{id}/close",                  P(ManageGrantCalls),       calls::close)
        .get("/grant-calls/{id}/table",                   P(ViewGrantCalls),         calls::table)
        .get("/grant-calls/{id}/eligible",                P(ManageGrantCalls),       eligible::list)
        .post("/grant-calls/{id}/eligible/completed",     P(ManageGrantCalls),       eligible::add_completed)
        .post("/grant-calls/{id}/eligible/recovered",     P(ManageGrantCalls),       eligible::add_recovered)
        .post("/grant-calls/{id}/eligible/remove",        P(ManageGrantCalls),       eligible::remove)
        .get("/grant-calls/{id}/applications",            P(CheckGrantApplications), check::list)
        .get("/grant-applications/{id}",                  P(CheckGrantApplications), check::show)
        .post("/grant-applications/{id}/check",           P(CheckGrantApplications), check::check)
        .get("/grant-applications/{id}/documents/{doc}",  P(CheckGrantApplications), documents::checker)
        .get("/my/grants",                                P(ApplyForGrants),         mine::mine)
        .get("/my/grants/{id}",                           P(ApplyForGrants),         mine::show)
        .post("/my/grants/{id}",                          P(ApplyForGrants),         mine::save)
        .post("/my/grants/{id}/submit",                   P(ApplyForGrants),         mine::submit)
        .post("/my/grants/{id}/withdraw",                 P(ApplyForGrants),         mine::withdraw)
        .post_upload("/my/grants/{id}/documents",         P(ApplyForGrants),         UPLOAD_BODY_LIMIT, documents::upload)
        .get("/my/grants/{id}/documents/{doc}",           P(ApplyForGrants),         documents::own)
        .post("/my/grants/{id}/documents/{doc}/remove",   P(ApplyForGrants),         documents::remove)
        .get("/grant-calls/{id}/panel/{application}/documents/{doc}", P(ScoreGrantApplications), documents::panellist)
        .get("/api/v1/grant-calls",                       P(ViewGrantCalls),         api::grants::list)
        .post("/api/v1/grant-calls",                      P(ManageGrantCalls),       api::grants::create)
        .get("/api/v1/grant-calls/{id}",                  P(ViewGrantCalls),         api::grants::show)
        .get("/api/v1/grant-calls/{id}/applications",     P(ViewGrantCalls),         api::grants::applications)
        .post("/api/v1/grant-calls/{id}/applications",    P(ApplyForGrants),         api::grants::apply)
}
