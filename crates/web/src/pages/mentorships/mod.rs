//! Mentorships after the traineeship (issue 15 item 1): the list (`list`), a new one
//! (`new`), a mentorship's page with its goals, plan, sessions and concern — also the
//! participant's own at `/my/mentorship` (`show`) — and the forms that work on it, the
//! concern, its handling and the closing confirmed on their own page (`work`).

pub mod list;
pub mod new;
pub mod show;
pub mod work;

use crate::Ctx;

/// Where the mentee is, in the reader's language.
pub(crate) fn whereabouts(ctx: &Ctx, w: domain::mentorship::Whereabouts) -> String {
    ctx.tr().t(&format!("mentoring-where-{}", w.as_str()))
}

/// The mentee as a list or a heading names them: given and family names.
pub(crate) fn mentee_name(l: &db::mentorships::Listed) -> String {
    format!("{} {}", l.given_names, l.family_name)
}
