//! One participant's story (issue 14 item 4): everything that happened to them, from the
//! application through the placement and the case's steps to the outcome and the latest
//! follow-up, as one list of dated events.
//!
//! The events come from [`SOURCES`], one file each, each returning its own dated events
//! for the participant's case; a later area (the courses, the traineeship's reports) adds
//! a file and a line (the courses and the traineeship did). A source also says whom it is shown to: a host company sees the
//! placement and the case, not the application nor what came after the traineeship.
//!
//! Reach is the case's (`Permission::ViewCases`): a mediator or a mentor only the
//! participants assigned to them, agencies their countries', promoters their territory's,
//! coordinators their programmes', the participant themselves — and a company only its own
//! trainees while the traineeship runs (the case at `active` or `extended`). Out of reach
//! is answered like missing. Evaluators hold no case reach, so they see no one's story.

mod application;
mod case;
mod courses;
mod follow_ups;
mod grant_payments;
mod grants;
mod mentorships;
mod outcome;
mod placement;
mod traineeship;

use chrono::{NaiveDate, NaiveDateTime};
use db::cases::Case;
use db::outcomes::{FollowUpRow, OutcomeRow};
use db::{DbConn, DbResult};
use domain::Permission;
use domain::permission::Scope;
use domain::placement::PlacementStatus;

use crate::{Acting, AppResult, Error};

/// What happened.
#[derive(Debug, Clone)]
pub enum What {
    /// An event of the application (`candidate_events`): submitted, screened, decided.
    Application(db::candidates::Event),
    /// The placement proposed to a host company, for a position.
    Proposed { company: String, position: String },
    /// The host's answer (or a later change) to the placement.
    Placement(PlacementStatus),
    /// The case entered a step of its procedure.
    Step(String),
    /// How the traineeship ended (as now recorded; `corrected` if changed since).
    Outcome(OutcomeRow),
    /// A follow-up after it.
    FollowUp(FollowUpRow),
    /// Enrolled in a pre-departure course.
    Enrolled { course: String },
    /// A course's certificate issued, on completion.
    Certificate { course: String },
    /// The traineeship's dates and hours, on its first day.
    Traineeship {
        starts_on: NaiveDate,
        ends_on: NaiveDate,
        hours_per_week: i64,
    },
    /// A month's allowance, approved (and locked) by the promoter.
    Allowance(db::traineeships::Allowance),
    /// An incident recorded during the traineeship (staff only).
    Incident(db::traineeships::Incident),
    /// A skills evaluation recorded (staff only).
    Evaluation(domain::traineeship::evaluation::Stage),
    /// A mentoring session after the traineeship: its day and mode, never its notes.
    MentoringSession(domain::mentorship::SessionMode),
    /// A project presented to a call for proposals, and where it went (checked, scored,
    /// awarded, withdrawn).
    GrantApplication {
        call: String,
        reference: String,
        status: domain::grant::Status,
    },
    /// The grant agreement of a return project signed.
    GrantAgreed {
        reference: String,
        amount_cents: i64,
        currency: String,
    },
    /// A tranche of the grant paid (in the call's currency).
    GrantPaid { amount_cents: i64, currency: String },
    /// A milestone report of the grant accepted.
    GrantReport(domain::grant::payment::Milestone),
}

/// One dated event.
#[derive(Debug, Clone)]
pub struct Event {
    pub on: NaiveDate,
    /// The moment, when the source knows it.
    pub at: Option<NaiveDateTime>,
    pub what: What,
}

/// Who reads, as the sources need to know.
#[derive(Debug, Clone, Copy)]
pub struct Reader {
    /// A host company (their own trainee, during the traineeship).
    pub company: bool,
    /// The participant themselves (what staff recorded about them is left out).
    pub own: bool,
    /// The reader may see mentorships (`Permission::ViewMentorships`).
    pub mentoring: bool,
}

/// A source of events.
pub struct Source {
    pub id: &'static str,
    pub shown_to: fn(&Reader) -> bool,
    /// The events of the case's participant (the case found in reach).
    pub find: fn(&mut DbConn, &Case, &Reader) -> DbResult<Vec<Event>>,
}

/// Every source, in the order of the story. Add a line when an area adds one.
pub const SOURCES: &[Source] = &[
    application::SOURCE,
    placement::SOURCE,
    case::SOURCE,
    courses::SOURCE,
    traineeship::SOURCE,
    outcome::SOURCE,
    follow_ups::SOURCE,
    mentorships::SOURCE,
    grants::SOURCE,
    grant_payments::SOURCE,
];

/// A participant's page.
#[derive(Debug, Clone)]
pub struct Timeline {
    pub candidate_id: String,
    pub case: Case,
    pub family_name: String,
    pub given_names: String,
    pub company: String,
    /// Oldest first.
    pub events: Vec<Event>,
    pub reader: Reader,
    /// The reader is the participant (staff-only events of the application are left out).
    pub own: bool,
    /// The reader sees what staff wrote about the application (`sees_candidate_identity`).
    pub staff_notes: bool,
}

/// The steps at which a host company follows its trainee.
const DURING_TRAINEESHIP: [&str; 2] = ["active", "extended"];

/// The story of the participant `candidate_id`, as the person may see it.
pub async fn of_participant(
    db: &db::Database,
    who: &Acting,
    candidate_id: &str,
) -> AppResult<Timeline> {
    let scope = who.scope(Permission::ViewCases)?;
    let actor = who.actor.clone();
    let id = candidate_id.to_owned();
    db.read_as(move |conn| -> AppResult<Timeline> {
        let case = db::outcomes::case_of_participant(conn, &scope, &actor.user_id, &id)?
            .ok_or(Error::NotFound)?;
        let company = matches!(scope, Scope::Organisations(_));
        if company && !DURING_TRAINEESHIP.contains(&case.step.as_str()) {
            return Err(Error::NotFound);
        }
        let reader = Reader {
            company,
            own: matches!(scope, Scope::OwnAccount),
            mentoring: actor.can(Permission::ViewMentorships),
        };
        let (family_name, given_names, company_name) = db::cases::names(conn, &case)?;
        let mut events = Vec::new();
        for s in SOURCES.iter().filter(|s| (s.shown_to)(&reader)) {
            events.extend((s.find)(conn, &case, &reader)?);
        }
        // Stable: events of one day keep the sources' order (application before placement),
        // each source giving its own in order.
        events.sort_by_key(|e| e.on);
        Ok(Timeline {
            candidate_id: id,
            family_name,
            given_names,
            company: company_name,
            events,
            reader,
            own: matches!(scope, Scope::OwnAccount),
            staff_notes: actor.sees_candidate_identity(),
            case,
        })
    })
    .await
}
