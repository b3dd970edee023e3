//! The routes of Results (issue 16): the logframe and its indicators, the records behind a
//! figure, reporting periods, manual values with evidence, the logframe's editing, the
//! indicators as CSV/XLSX, and the API's report. Reading needs `ViewResults`; changing,
//! `ManageResults`. One route a line, each with its `Access`.

use domain::Permission;

use super::{Access, Routes};
use crate::{api, pages};

#[rustfmt::skip]
pub(super) fn routes(routes: Routes) -> Routes {
    use Access::Permission as P;
    use Permission::*;
    use pages::documents::UPLOAD_BODY_LIMIT;
    use pages::results as r;
    routes
        .get("/results",                                                 P(ViewResults),   r::list)
        .get("/results/{id}",                                            P(ViewResults),   r::show::show)
        .get("/results/{id}/indicators.csv",                             P(ViewResults),   r::download::csv)
        .get("/results/{id}/indicators.xlsx",                            P(ViewResults),   r::download::xlsx)
        .get("/results/{id}/report.pdf",                                 P(ViewResults),   r::report_pdf::pdf)
        .get("/results/{id}/indicators/{indicator}",                     P(ViewResults),   r::indicator::show_indicator)
        .get("/results/{id}/indicators/{indicator}/records",             P(ViewResults),   r::records::records)
        .post("/results/{id}/indicators/{indicator}/values",             P(ManageResults), r::manual::value)
        .post_upload("/results/{id}/indicators/{indicator}/evidence",    P(ManageResults), UPLOAD_BODY_LIMIT, r::manual::evidence)
        .get("/results/{id}/indicators/{indicator}/evidence/{evidence}", P(ViewResults),   r::manual::download)
        .get("/results/{id}/periods",                                    P(ViewResults),   r::periods::list)
        .post("/results/{id}/periods",                                   P(ManageResults), r::periods::create)
        .post("/results/{id}/periods/{period}/narrative",                P(ManageResults), r::periods::narrative)
        .post("/results/{id}/periods/{period}/submit",                   P(ManageResults), r::periods::submit)
        .get("/results/{id}/edit",                                       P(ManageResults), r::edit::page)
        .post("/results/{id}/nodes",                                     P(ManageResults), r::edit::add_node)
        .post("/results/{id}/indicators",                                P(ManageResults), r::edit::add_indicator)
        .post("/results/{id}/indicators/{indicator}",                    P(ManageResults), r::edit::edit_indicator)
        .get("/api/v1/programmes/{id}/results",                          P(ViewResults),   api::results::report)
}
