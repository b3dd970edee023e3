//! The routes of a call's panel and award (issue 15): the panels' index, a call's panel
//! (appointments, the panellist's list, one application's declaration and score), the
//! ranking, the award page with its adjustments, close and acceptance, the results
//! spreadsheet, and their API. One route a line, each with its `Access`; a panellist's
//! appointment to the call is checked by the use case.

use domain::Permission;

use super::{Access, Routes};
use crate::{api, pages};

#[rustfmt::skip]
pub(super) fn routes(routes: Routes) -> Routes {
    use Access::Permission as P;
    use Permission::*;
    use pages::awards::{award, index, panel, ranking, review};
    routes
        .get("/grant-panels",                                        P(ScoreGrantApplications), index::index)
        .get("/grant-calls/{id}/panel",                              P(ScoreGrantApplications), panel::show)
        .post("/grant-calls/{id}/panel/appoint",                     P(ManageGrantCalls),       panel::appoint)
        .post("/grant-calls/{id}/panel/remove",                      P(ManageGrantCalls),       panel::remove)
        .get("/grant-calls/{id}/panel/{application}",                P(ScoreGrantApplications), review::show)
        .post("/grant-calls/{id}/panel/{application}/declare",       P(ScoreGrantApplications), review::declare)
        .post("/grant-calls/{id}/panel/{application}/score",         P(ScoreGrantApplications), review::score)
        .get("/grant-calls/{id}/ranking",                            P(ScoreGrantApplications), ranking::show)
        .get("/grant-calls/{id}/results.xlsx",                       P(ManageGrantCalls),       ranking::results)
        .get("/grant-calls/{id}/award",                              P(ManageGrantCalls),       award::show)
        .post("/grant-calls/{id}/award/adjust",                      P(ManageGrantCalls),       award::adjust)
        .post("/grant-calls/{id}/award/close",                       P(ManageGrantCalls),       award::close)
        .post("/grant-calls/{id}/award/accept",                      P(ManageGrantCalls),       award::accept)
        .get("/api/v1/grant-calls/{id}/award-proposal",              P(ManageGrantCalls),       api::awards::proposal)
        .get("/api/v1/grant-calls/{id}/scores",                      P(ScoreGrantApplications), api::awards::scores)
        .post("/api/v1/grant-applications/{id}/score",               P(ScoreGrantApplications), api::awards::score)
}
