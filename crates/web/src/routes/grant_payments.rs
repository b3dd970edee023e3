//! The routes of grants after the award (issue 15 item 5): a grant's page and forms for
//! staff who manage grants, the grantee's own page with the report form, the balance of
//! a call's fund, and the grants' API. One route a line, each with its `Access`.

use domain::Permission;

use super::{Access, Routes};
use crate::{api, pages};

#[rustfmt::skip]
pub(super) fn routes(routes: Routes) -> Routes {
    use Access::Permission as P;
    use Permission::*;
    use pages::documents::UPLOAD_BODY_LIMIT;
    use pages::grant_payments as g;
    routes
        .get("/grants",                                      P(ManageGrants),   g::list::staff)
        .get("/my/funding",                                   P(ApplyForGrants), g::list::own)
        .get("/grant-calls/{id}/grants",                     P(ManageGrants),   g::balance::balance)
        .get("/grants/{id}",                                 P(ManageGrants),   g::show)
        .post("/grants/{id}/agreement",                      P(ManageGrants),   g::actions::agree)
        .post("/grants/{id}/plan",                           P(ManageGrants),   g::actions::replan)
        .post("/grants/{id}/reports/{report}",               P(ManageGrants),   g::actions::review)
        .get("/grants/{id}/reports/{report}/document",       P(ManageGrants),   g::own::document)
        .post("/grants/{id}/disbursements",                  P(ManageGrants),   g::actions::disburse)
        .post("/grants/{id}/cancel",                         P(ManageGrants),   g::actions::cancel)
        .get("/my/funding/{id}",                              P(ApplyForGrants), g::own::show)
        .post_upload("/my/funding/{id}/reports",              P(ApplyForGrants), UPLOAD_BODY_LIMIT, g::own::file)
        .get("/my/funding/{id}/reports/{report}/document",    P(ApplyForGrants), g::own::document)
        .get("/api/v1/grants",                               P(ViewGrantCalls), api::grant_payments::list)
        .get("/api/v1/grants/{id}",                          P(ViewGrantCalls), api::grant_payments::show)
        .post("/api/v1/grants/{id}/disbursements",           P(ManageGrants),   api::grant_payments::disburse)
}
