//! The readiness section of the case page: whether the participant has completed the
//! pre-departure courses the programme's rule asks for (which gates `ready_to_depart`).

use super::rate;
use crate::Ctx;

pub struct CourseLine {
    pub title: String,
    pub subject: String,
    pub of_planned: String,
    pub level: String,
    pub complete: bool,
}

/// What the case page shows.
pub struct ReadinessView {
    pub required: bool,
    pub ready: bool,
    pub rule: String,
    pub courses: Vec<CourseLine>,
}

impl ReadinessView {
    pub fn new(ctx: &Ctx, r: &app::courses::Readiness) -> Self {
        let tr = ctx.tr();
        let mut rule = tr.tn(
            "course-rule-attendance",
            "percent",
            i64::from(r.min_attendance),
        );
        if let Some(l) = r.min_level {
            rule = format!(
                "{rule} · {}",
                tr.t1("course-rule-level", "level", l.as_str())
            );
        }
        ReadinessView {
            required: r.required,
            ready: r.ready,
            rule,
            courses: r
                .courses
                .iter()
                .map(|c| CourseLine {
                    title: c.title.clone(),
                    subject: tr.t(&format!("course-subject-{}", c.subject.as_str())),
                    of_planned: rate(c.of_planned),
                    level: c.level.map(|l| l.as_str().to_owned()).unwrap_or_default(),
                    complete: c.complete,
                })
                .collect(),
        }
    }
}
