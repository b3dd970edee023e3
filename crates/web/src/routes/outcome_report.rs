//! The routes of the outcome table of DOMAIN.md §6 and the IATI activity file (issue 16
//! items 3 and 4): the table's page, CSV and XLSX, the IATI page, its identifiers' form and
//! the file, and the table on the API. One route a line, each with its `Access`.

use domain::Permission;

use super::{Access, Routes};
use crate::{api, pages};

#[rustfmt::skip]
pub(super) fn routes(routes: Routes) -> Routes {
    use Access::Permission as P;
    use Permission::*;
    use pages::results::{iati, outcomes};
    routes
        .get("/results/{id}/outcomes",                P(ViewResults),   outcomes::show)
        .get("/results/{id}/outcomes.csv",            P(ViewResults),   outcomes::csv)
        .get("/results/{id}/outcomes.xlsx",           P(ViewResults),   outcomes::xlsx)
        .get("/results/{id}/iati",                    P(ViewResults),   iati::show)
        .post("/results/{id}/iati",                   P(ManageResults), iati::save)
        .get("/results/{id}/iati.xml",                P(ViewResults),   iati::download)
        .post("/results/{id}/iati/publish",           P(ManageResults), iati::publish)
        .get("/api/v1/programmes/{id}/reports/outcomes",     P(ViewResults),   api::outcome_report::outcomes)
}
