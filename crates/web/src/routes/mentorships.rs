//! The routes of mentoring after the traineeship (issue 15 item 1): the list, a new
//! mentorship, its page and forms, the participant's own, and the API. Declared like every
//! group in `routes.rs`, one route a line, each with its `Access`; who may do what to one
//! mentorship (its mentor, the mentee, a coordinator) is decided by the use case.

use domain::Permission;

use super::{Access, Routes};
use crate::{api, pages};

#[rustfmt::skip]
pub(super) fn mentorships(routes: Routes) -> Routes {
    use Access::Permission as P;
    use Permission::*;
    use pages::mentorships::{list, new, show, work};
    routes
        .get("/mentorships",                          P(ViewMentorships),    list::list)
        .get("/mentorships/new",                      P(MentorParticipants), new::form)
        .post("/mentorships",                         P(MentorParticipants), new::open)
        .get("/mentorships/{id}",                     P(ViewMentorships),    show::show)
        .post("/mentorships/{id}",                    P(MentorParticipants), work::update)
        .post("/mentorships/{id}/sessions",           P(MentorParticipants), work::session)
        .post("/mentorships/{id}/items",              P(MentorParticipants), work::item)
        .post("/mentorships/{id}/items/{item}/done",  P(ViewMentorships),    work::done)
        .post("/mentorships/{id}/concern",            P(MentorParticipants), work::concern)
        .post("/mentorships/{id}/concern/handled",    P(MentorParticipants), work::handled)
        .post("/mentorships/{id}/close",              P(ViewMentorships),    work::close)
        .get("/my/mentorship",                        P(ViewMentorships),    show::mine)
        .get("/api/v1/mentorships",                   P(ViewMentorships),    api::mentorships::list)
        .get("/api/v1/mentorships/{id}",              P(ViewMentorships),    api::mentorships::show)
        .post("/api/v1/mentorships/{id}/sessions",    P(MentorParticipants), api::mentorships::log_session)
}
