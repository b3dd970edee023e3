//! The routes of the participant's path after matching: the procedure's templates and
//! holidays, the art. 27 cases (pages and API), the pre-departure courses, the traineeship,
//! and how it ended with the follow-ups after it. Declared like every group in `routes.rs`,
//! one route a line, each with its `Access`.

use domain::Permission;

use super::{Access, Routes};
use crate::{api, pages};

/// Procedure templates (read-only pages, import) and the holidays deadlines count with.
#[rustfmt::skip]
pub(super) fn procedures(routes: Routes) -> Routes {
    use Access::Permission as P;
    use Permission::*;
    use pages::procedures as pr;
    routes
        .get("/procedures",                  P(ViewCases),        pr::list)
        .get("/procedures/import",           P(ManageProcedures), pr::import_form)
        .post("/procedures/import",          P(ManageProcedures), pr::import)
        .get("/procedures/holidays",         P(ViewCases),        pr::holidays)
        .post("/procedures/holidays",        P(ManageProcedures), pr::add_holiday)
        .post("/procedures/holidays/remove", P(ManageProcedures), pr::remove_holiday)
        .get("/procedures/{id}",             P(ViewCases),        pr::show)
}

/// The art. 27 cases: the list by urgency, the board, a case and the forms that work on
/// it (the trainee's own case is the same page, as their checklist).
#[rustfmt::skip]
pub(super) fn cases(routes: Routes) -> Routes {
    use Access::Permission as P;
    use Permission::*;
    use pages::cases::{board, list, people, show, work};
    use pages::documents::UPLOAD_BODY_LIMIT;
    routes
        .get("/cases",                             P(ViewCases), list::list)
        .get("/cases/board",                       P(ViewCases), board::board)
        .get("/cases/mine",                        P(ViewCases), list::list)
        .get("/cases/{id}",                        P(ViewCases), show::show)
        .post("/cases/{id}/advance",               P(WorkCases), work::advance)
        .post("/cases/{id}/facts",                 P(WorkCases), work::fact)
        .post_upload("/cases/{id}/documents",      P(WorkCases), UPLOAD_BODY_LIMIT, work::upload)
        .get("/cases/{id}/documents/{document}",   P(ViewCases), work::download)
        .post("/cases/{id}/tasks",                 P(WorkCases), work::add_task)
        .post("/cases/{id}/tasks/{task}/done",     P(WorkCases), work::finish_task)
        .post("/cases/{id}/identity",              P(ViewCases), work::identity)
        .get("/cases/{id}/people",                 P(ViewCases), people::show)
        .post("/cases/{id}/people",                P(AssignCasePeople), people::assign)
        .post("/cases/{id}/people/remove",         P(AssignCasePeople), people::unassign)
        .get("/cases/{id}/papers",                 P(ViewCases), pages::case_papers::show)
        .post("/cases/{id}/papers/{kind}",         P(WorkCases), pages::case_papers::generate)
        .get("/cases/{id}/papers/{paper}/pdf",     P(ViewCases), pages::case_papers::download)
}

/// The traineeship of a case: its page, reports, allowances, incidents, evaluations, the
/// moves of the case it offers, and its API.
#[rustfmt::skip]
pub(super) fn traineeships(routes: Routes) -> Routes {
    use Access::Permission as P;
    use Permission::*;
    use pages::traineeships as t;
    routes
        .get("/traineeships",                                 P(ViewCases),          t::list)
        .get("/traineeships/{id}",                            P(ViewCases),          t::show)
        .post("/traineeships/{id}",                           P(ApproveAllowances),  t::save)
        .get("/traineeships/{id}/reports/{month}",            P(FollowTraineeships), t::report_form)
        .post("/traineeships/{id}/reports/{month}",           P(FollowTraineeships), t::save_report)
        .post("/traineeships/{id}/allowances/{month}",        P(ApproveAllowances),  t::approve)
        .post("/traineeships/{id}/allowances/{month}/paid",   P(ApproveAllowances),  t::paid)
        .post("/traineeships/{id}/incidents",                 P(FollowTraineeships), t::open_incident)
        .post("/traineeships/{id}/incidents/{incident}",      P(FollowTraineeships), t::move_incident)
        .post("/traineeships/{id}/evaluations/{stage}",       P(FollowTraineeships), t::evaluate)
        .post("/traineeships/{id}/extend",                    P(WorkCases),          t::extend)
        .post("/traineeships/{id}/interrupt",                 P(WorkCases),          t::interrupt)
        .get("/api/v1/traineeships",                          P(ViewCases),          api::traineeships::list)
        .get("/api/v1/traineeships/{id}/reports",             P(FollowTraineeships), api::traineeships::reports)
        .get("/api/v1/traineeships/{id}/allowances",          P(ViewCases),          api::traineeships::allowances)
}

/// Cases and their deadlines in the API, and one's calendar feed of deadlines (the feed
/// itself is public: its address is the secret).
#[rustfmt::skip]
pub(super) fn case_api(routes: Routes) -> Routes {
    use Access::{Permission as P, Public};
    use Permission::*;
    routes
        .get("/calendar",                       P(ViewCases), pages::calendar::show)
        .post("/calendar",                      P(ViewCases), pages::calendar::create)
        .post("/calendar/revoke",               P(ViewCases), pages::calendar::revoke)
        .get("/calendar/feed/{file}",           Public,       pages::calendar::feed)
        .get("/api/v1/cases",                   P(ViewCases), api::cases::list)
        .get("/api/v1/cases/{id}",              P(ViewCases), api::cases::show)
        .post("/api/v1/cases/{id}/transitions", P(WorkCases), api::cases::transition)
        .get("/api/v1/deadlines",               P(ViewCases), api::cases::deadlines)
}

/// How traineeships ended and what came after (issue 14): the per-country figures, a
/// case's outcome and follow-ups, the participant's page, and the same in the API.
#[rustfmt::skip]
pub(super) fn outcomes(routes: Routes) -> Routes {
    use Access::Permission as P;
    use Permission::*;
    use pages::outcomes as o;
    routes
        .get("/outcomes",                  P(ViewOutcomes),   o::summary::summary)
        .get("/cases/{id}/outcome",        P(ViewOutcomes),   o::show)
        .post("/cases/{id}/outcome",       P(RecordOutcomes), o::record)
        .get("/cases/{id}/follow-ups/new", P(FollowUp),       o::follow_ups::new)
        .post("/cases/{id}/follow-ups",    P(FollowUp),       o::follow_ups::record)
        .get("/participants/{id}",         P(ViewCases),      pages::timeline::show)
        .get("/api/v1/outcomes",           P(ViewOutcomes),   api::outcomes::list)
        .get("/api/v1/follow-ups",         P(ViewOutcomes),   api::outcomes::follow_ups)
}

/// Pre-departure courses: the list, a course and its forms, the completion rule per
/// programme, the participant's own courses, the public check of a certificate's code
/// (throttled per address in the use case), and the API.
#[rustfmt::skip]
pub(super) fn courses(routes: Routes) -> Routes {
    use Access::{Permission as P, Public, SignedIn};
    use Permission::*;
    use pages::courses::{list, mine, rule, show, verify, work};
    routes
        .get("/courses",                                        P(ViewCourses),      list::list)
        .post("/courses",                                       P(RunCourses),       list::create)
        .get("/courses/rules/{programme}",                      P(ManageProgrammes), rule::form)
        .post("/courses/rules/{programme}",                     P(ManageProgrammes), rule::save)
        .get("/courses/{id}",                                   P(ViewCourses),      show::show)
        .post("/courses/{id}/sessions",                         P(RunCourses),       work::add_session)
        .post("/courses/{id}/sessions/{session}/attendance",    P(RunCourses),       work::attendance)
        .post("/courses/{id}/enrolments",                       P(RunCourses),       work::enrol)
        .post("/courses/{id}/tests",                            P(RunCourses),       work::record_test)
        .post("/courses/{id}/certificates",                     P(RunCourses),       work::issue)
        .get("/courses/{id}/certificates/{enrolment}",          P(ViewCourses),      work::certificate)
        .get("/my/courses",                                     SignedIn,            mine::mine)
        .get("/my/courses/{enrolment}/certificate",             SignedIn,            mine::certificate)
        .get("/verify",                                         Public,              verify::form)
        .get("/verify/{code}",                                  Public,              verify::show)
        .get("/api/v1/courses",                                 P(ViewCourses),      api::courses::list)
        .get("/api/v1/courses/{id}/attendance",                 P(ViewCourses),      api::courses::attendance)
}
