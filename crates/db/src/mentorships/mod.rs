//! Mentorships after the traineeship (issue 15 item 1): the mentorship itself (this file),
//! its sessions (`sessions`), its action plan (`items`) and the concerns raised to the
//! coordinator (`concerns`). A query reaches mentorships through a [`Reach`]: the
//! coordinator those of their programmes, a mentor those they are the mentor of, a
//! participant their own. Writes are audited against the mentorship, never the person.

pub mod concerns;
pub mod items;
pub mod sessions;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::mentorship::Whereabouts;
use domain::permission::Scope;

use crate::schema::{
    candidates, cases, mentorship_concerns as mc, mentorship_sessions as ms, mentorships as m,
    organisations, users,
};
use crate::{DbConn, DbError, DbResult, Tx};

type Backend = <DbConn as diesel::Connection>::Backend;

pub use concerns::ConcernRow;
pub use items::ItemRow;
pub use sessions::SessionRow;

/// The most records a list answers (a programme mentors tens of people, not thousands).
pub const MAX_LIST: i64 = 2000;

/// Which mentorships a query may reach.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    All,
    /// The mentorships of these programmes (the coordinator).
    Programmes(Vec<String>),
    /// Those this user is the mentor of (`Scope::Assigned`).
    Mentor(String),
    /// A participant's own: the mentorships of these candidate records of theirs.
    Own(Vec<String>),
}

impl Reach {
    /// The reach of `user_id` acting under `scope` (from `Actor::scope(ViewMentorships)`).
    pub fn of(conn: &mut DbConn, scope: &Scope, user_id: &str) -> DbResult<Reach> {
        Ok(match scope {
            Scope::All => Reach::All,
            Scope::Assigned => Reach::Mentor(user_id.to_owned()),
            Scope::OwnAccount => Reach::Own(
                candidates::table
                    .filter(candidates::user_id.eq(user_id))
                    .select(candidates::id)
                    .load(conn)?,
            ),
            other => match crate::scope::programme_ids(conn, other)? {
                None => Reach::All,
                Some(ps) => Reach::Programmes(ps),
            },
        })
    }

    /// Whether this reach is a coordinator's (or an admin's): all of a programme's.
    pub fn programme_wide(&self) -> bool {
        matches!(self, Reach::All | Reach::Programmes(_))
    }
}

/// A mentorship as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = m)]
pub struct MentorshipRow {
    pub id: String,
    pub programme_id: String,
    pub candidate_id: String,
    pub mentor_id: String,
    pub organisation_id: String,
    #[diesel(deserialize_as = String)]
    pub whereabouts: Whereabouts,
    pub goals: String,
    pub reminder_days: i64,
    pub opened_on: NaiveDate,
    pub opened_by: String,
    pub opened_at: NaiveDateTime,
    pub closed_on: Option<NaiveDate>,
    pub closed_by: Option<String>,
    pub closed_at: Option<NaiveDateTime>,
    pub close_note: Option<String>,
    pub updated_at: NaiveDateTime,
}

impl MentorshipRow {
    pub fn is_open(&self) -> bool {
        self.closed_at.is_none()
    }
}

/// A mentorship with the names a page shows beside it.
#[derive(Debug, Clone)]
pub struct Listed {
    pub row: MentorshipRow,
    pub family_name: String,
    pub given_names: String,
    /// The `MC-` reference of the mentee's case, when they had one.
    pub reference: Option<String>,
    pub mentor: String,
    pub organisation: String,
    /// The day of the latest session logged.
    pub last_session: Option<NaiveDate>,
    /// A concern raised and not yet handled.
    pub concern: bool,
}

/// Which mentorships a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Show {
    #[default]
    Open,
    Closed,
    /// Open ones with a concern not yet handled.
    Concern,
    All,
}

impl Show {
    pub const ALL: [Show; 4] = [Show::Open, Show::Closed, Show::Concern, Show::All];

    pub const fn as_str(self) -> &'static str {
        match self {
            Show::Open => "open",
            Show::Closed => "closed",
            Show::Concern => "concern",
            Show::All => "all",
        }
    }

    pub fn parse(s: &str) -> Option<Show> {
        Show::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

fn reached<'a>(q: m::BoxedQuery<'a, Backend>, reach: &Reach) -> m::BoxedQuery<'a, Backend> {
    match reach {
        Reach::All => q,
        Reach::Programmes(ps) => q.filter(m::programme_id.eq_any(ps.clone())),
        Reach::Mentor(u) => q.filter(m::mentor_id.eq(u.clone())),
        Reach::Own(cs) => q.filter(m::candidate_id.eq_any(cs.clone())),
    }
}

/// The mentorships in reach, by mentee's name.
pub fn list(conn: &mut DbConn, reach: &Reach, show: Show) -> DbResult<Vec<Listed>> {
    let mut q = reached(m::table.into_boxed(), reach);
    q = match show {
        Show::Open => q.filter(m::closed_at.is_null()),
        Show::Closed => q.filter(m::closed_at.is_not_null()),
        Show::Concern => q.filter(m::closed_at.is_null()).filter(
            m::id.eq_any(
                mc::table
                    .filter(mc::handled_at.is_null())
                    .select(mc::mentorship_id),
            ),
        ),
        Show::All => q,
    };
    let rows: Vec<MentorshipRow> = q
        .select(MentorshipRow::as_select())
        .limit(MAX_LIST)
        .load(conn)?;
    let mut out = listed(conn, rows)?;
    out.sort_by(|a, b| {
        (&a.family_name, &a.given_names, &a.row.opened_on).cmp(&(
            &b.family_name,
            &b.given_names,
            &b.row.opened_on,
        ))
    });
    Ok(out)
}

/// One mentorship in reach, with its names; `NotFound` outside reach.
pub fn find(conn: &mut DbConn, reach: &Reach, id: &str) -> DbResult<Listed> {
    let row: MentorshipRow = reached(m::table.into_boxed(), reach)
        .filter(m::id.eq(id.to_owned()))
        .select(MentorshipRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(DbError::NotFound)?;
    listed(conn, vec![row])?
        .into_iter()
        .next()
        .ok_or(DbError::NotFound)
}

/// The names, references, last sessions and open concerns of `rows`, in a few queries.
fn listed(conn: &mut DbConn, rows: Vec<MentorshipRow>) -> DbResult<Vec<Listed>> {
    let ids: Vec<&String> = rows.iter().map(|r| &r.id).collect();
    let candidate_ids: Vec<&String> = rows.iter().map(|r| &r.candidate_id).collect();
    let mentor_ids: Vec<&String> = rows.iter().map(|r| &r.mentor_id).collect();
    let org_ids: Vec<&String> = rows.iter().map(|r| &r.organisation_id).collect();
    let names: Vec<(String, String, String)> = candidates::table
        .filter(candidates::id.eq_any(&candidate_ids))
        .select((
            candidates::id,
            candidates::family_name,
            candidates::given_names,
        ))
        .load(conn)?;
    // The newest case of each mentee names it by its reference.
    let refs: Vec<(String, String)> = cases::table
        .filter(cases::candidate_id.eq_any(&candidate_ids))
        .order(cases::created_at.asc())
        .select((cases::candidate_id, cases::reference))
        .load(conn)?;
    let mentors: Vec<(String, String)> = users::table
        .filter(users::id.eq_any(&mentor_ids))
        .select((users::id, users::display_name))
        .load(conn)?;
    let orgs: Vec<(String, String)> = organisations::table
        .filter(organisations::id.eq_any(&org_ids))
        .select((organisations::id, organisations::name))
        .load(conn)?;
    let last = sessions::last_held(conn, &ids)?;
    let concerned: Vec<String> = mc::table
        .filter(mc::mentorship_id.eq_any(&ids))
        .filter(mc::handled_at.is_null())
        .select(mc::mentorship_id)
        .load(conn)?;
    let find = |v: &[(String, String)], k: &str| {
        v.iter()
            .rev()
            .find(|(id, _)| id == k)
            .map(|(_, s)| s.clone())
    };
    Ok(rows
        .into_iter()
        .map(|row| {
            let (family_name, given_names) = names
                .iter()
                .find(|n| n.0 == row.candidate_id)
                .map(|n| (n.1.clone(), n.2.clone()))
                .unwrap_or_default();
            Listed {
                family_name,
                given_names,
                reference: find(&refs, &row.candidate_id),
                mentor: find(&mentors, &row.mentor_id).unwrap_or_default(),
                organisation: find(&orgs, &row.organisation_id).unwrap_or_default(),
                last_session: last
                    .iter()
                    .find(|(id, _)| *id == row.id)
                    .and_then(|(_, d)| *d),
                concern: concerned.contains(&row.id),
                row,
            }
        })
        .collect())
}

/// What a new mentorship holds.
#[derive(Debug, Clone)]
pub struct NewMentorship<'a> {
    pub programme_id: &'a str,
    pub candidate_id: &'a str,
    pub mentor_id: &'a str,
    pub organisation_id: &'a str,
    pub terms: &'a domain::mentorship::form::Terms,
    pub opened_on: NaiveDate,
    pub by: &'a str,
}

/// Opens a mentorship. `None` when the mentee already has an open one in the programme
/// (nothing written). Audited `mentorship.open`.
pub fn create(tx: &mut Tx<'_>, n: &NewMentorship<'_>) -> DbResult<Option<String>> {
    let id = crate::id::new_id();
    let inserted = diesel::insert_into(m::table)
        .values((
            m::id.eq(&id),
            m::programme_id.eq(n.programme_id),
            m::candidate_id.eq(n.candidate_id),
            m::mentor_id.eq(n.mentor_id),
            m::organisation_id.eq(n.organisation_id),
            m::whereabouts.eq(n.terms.whereabouts.as_str()),
            m::goals.eq(&n.terms.goals),
            m::reminder_days.eq(n.terms.reminder_days),
            m::opened_on.eq(n.opened_on),
            m::opened_by.eq(n.by),
            m::opened_at.eq(tx.now),
            m::updated_at.eq(tx.now),
        ))
        .execute(tx.conn);
    if matches!(
        inserted,
        Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _
        ))
    ) {
        return Ok(None);
    }
    inserted?;
    tx.audit("mentorship.open", "mentorship", &id)?;
    Ok(Some(id))
}

/// Changes an open mentorship's terms (where the mentee is, goals, the reminder). `false`
/// when it was closed meanwhile. Audited `mentorship.update`.
pub fn update(
    tx: &mut Tx<'_>,
    id: &str,
    terms: &domain::mentorship::form::Terms,
) -> DbResult<bool> {
    let n = diesel::update(m::table.filter(m::id.eq(id)).filter(m::closed_at.is_null()))
        .set((
            m::whereabouts.eq(terms.whereabouts.as_str()),
            m::goals.eq(&terms.goals),
            m::reminder_days.eq(terms.reminder_days),
            m::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    if n == 0 {
        return Ok(false);
    }
    tx.audit("mentorship.update", "mentorship", id)?;
    Ok(true)
}

/// Closes an open mentorship with a note. `false` when it was closed meanwhile (nothing
/// written). Audited `mentorship.close`.
pub fn close(tx: &mut Tx<'_>, id: &str, on: NaiveDate, note: &str, by: &str) -> DbResult<bool> {
    let n = diesel::update(m::table.filter(m::id.eq(id)).filter(m::closed_at.is_null()))
        .set((
            m::closed_on.eq(Some(on)),
            m::closed_by.eq(Some(by)),
            m::closed_at.eq(Some(tx.now)),
            m::close_note.eq(Some(note)),
            m::updated_at.eq(tx.now),
        ))
        .execute(tx.conn)?;
    if n == 0 {
        return Ok(false);
    }
    tx.audit("mentorship.close", "mentorship", id)?;
    Ok(true)
}

/// A mentee's open mentorship in `programme_id`, whatever the reach (the use case checks
/// the mentee first): one may not open a second.
pub fn open_of(
    conn: &mut DbConn,
    programme_id: &str,
    candidate_id: &str,
) -> DbResult<Option<String>> {
    Ok(m::table
        .filter(m::programme_id.eq(programme_id))
        .filter(m::candidate_id.eq(candidate_id))
        .filter(m::closed_at.is_null())
        .select(m::id)
        .first(conn)
        .optional()?)
}

/// What a mentor's reminder is computed from, for one open mentorship.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    pub mentorship_id: String,
    pub opened_on: NaiveDate,
    pub reminder_days: i64,
    pub last_session: Option<NaiveDate>,
}

/// What the mentor's reminder is computed from: each open mentorship of `mentor_id` with
/// its opening, its reminder and the day of its latest session.
pub fn reminders_of(conn: &mut DbConn, mentor_id: &str) -> DbResult<Vec<Reminder>> {
    let rows: Vec<(String, NaiveDate, i64)> = m::table
        .filter(m::mentor_id.eq(mentor_id))
        .filter(m::closed_at.is_null())
        .select((m::id, m::opened_on, m::reminder_days))
        .load(conn)?;
    let ids: Vec<&String> = rows.iter().map(|r| &r.0).collect();
    let last = sessions::last_held(conn, &ids)?;
    Ok(rows
        .into_iter()
        .map(|(id, opened_on, reminder_days)| Reminder {
            last_session: last.iter().find(|(i, _)| *i == id).and_then(|(_, d)| *d),
            mentorship_id: id,
            opened_on,
            reminder_days,
        })
        .collect())
}

/// The reference of the mentee's case in a task's label, or else nothing identifying.
pub fn label_of(conn: &mut DbConn, mentorship_id: &str) -> DbResult<Option<String>> {
    let candidate: Option<String> = m::table
        .filter(m::id.eq(mentorship_id))
        .select(m::candidate_id)
        .first(conn)
        .optional()?;
    let Some(c) = candidate else { return Ok(None) };
    Ok(cases::table
        .filter(cases::candidate_id.eq(c))
        .order(cases::created_at.desc())
        .select(cases::reference)
        .first(conn)
        .optional()?)
}

/// A participant a mentorship may be opened for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    pub candidate_id: String,
    pub family_name: String,
    pub given_names: String,
    /// Their case's `MC-` reference, if they had a case.
    pub reference: Option<String>,
}

/// The participants of `programme_id` a mentorship may be opened for: candidate records
/// with a case, or standing on one of its calls for proposals' eligibility lists (the
/// recovered people have no case), by name, each with their case's reference if any.
pub fn participants(conn: &mut DbConn, programme_id: &str) -> DbResult<Vec<Participant>> {
    use crate::schema::{grant_calls, grant_eligibles};
    let with_case = cases::table
        .filter(cases::programme_id.eq(programme_id))
        .select(cases::candidate_id);
    let eligible = grant_eligibles::table
        .inner_join(grant_calls::table)
        .filter(grant_calls::programme_id.eq(programme_id))
        .select(grant_eligibles::candidate_id);
    let mut ids: Vec<String> = with_case.load(conn)?;
    ids.extend(eligible.load::<String>(conn)?);
    ids.sort();
    ids.dedup();
    let rows: Vec<(String, String, String)> = candidates::table
        .filter(candidates::id.eq_any(&ids))
        .order((candidates::family_name, candidates::given_names))
        .select((
            candidates::id,
            candidates::family_name,
            candidates::given_names,
        ))
        .load(conn)?;
    let refs: Vec<(String, String)> = cases::table
        .filter(cases::candidate_id.eq_any(&ids))
        .order(cases::created_at.asc())
        .select((cases::candidate_id, cases::reference))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, family_name, given_names)| Participant {
            reference: refs
                .iter()
                .rev()
                .find(|(c, _)| *c == id)
                .map(|(_, r)| r.clone()),
            candidate_id: id,
            family_name,
            given_names,
        })
        .collect())
}

/// Whether a candidate is a participant of `programme_id` in the sense of [`participants`].
pub fn is_participant(conn: &mut DbConn, programme_id: &str, candidate_id: &str) -> DbResult<bool> {
    Ok(participants(conn, programme_id)?
        .iter()
        .any(|p| p.candidate_id == candidate_id))
}

/// The programme of a candidate record.
pub fn programme_of_candidate(conn: &mut DbConn, candidate_id: &str) -> DbResult<Option<String>> {
    Ok(candidates::table
        .filter(candidates::id.eq(candidate_id))
        .select(candidates::programme_id)
        .first(conn)
        .optional()?)
}

/// How many sessions the mentorships in reach logged, for a page's summary line.
pub fn session_count(conn: &mut DbConn, mentorship_id: &str) -> DbResult<i64> {
    Ok(ms::table
        .filter(ms::mentorship_id.eq(mentorship_id))
        .count()
        .get_result(conn)?)
}

/// Who may mentor in `programme_id`: the NGO staff and mediators of its organisations, by
/// name, each as (user, name, organisation, organisation's name).
pub fn mentors(
    conn: &mut DbConn,
    programme_id: &str,
) -> DbResult<Vec<(String, String, String, String)>> {
    use crate::schema::{memberships, programme_organisations as po};
    use domain::Role;
    let orgs = po::table
        .filter(po::programme_id.eq(programme_id))
        .select(po::organisation_id);
    Ok(memberships::table
        .inner_join(users::table)
        .inner_join(organisations::table)
        .filter(memberships::organisation_id.eq_any(orgs))
        .filter(memberships::role.eq_any([Role::NgoStaff.as_str(), Role::Mediator.as_str()]))
        .filter(users::disabled.eq(false))
        .order((users::display_name, organisations::name))
        .select((
            users::id,
            users::display_name,
            organisations::id,
            organisations::name,
        ))
        .load(conn)?)
}

/// The mentees `user_id` may open a mentorship for: the participants of the cases where
/// they hold the mentor's duty, as (candidate, programme).
pub fn mentored_candidates(conn: &mut DbConn, user_id: &str) -> DbResult<Vec<(String, String)>> {
    use crate::schema::case_people;
    use domain::duty::Duty;
    Ok(case_people::table
        .inner_join(cases::table)
        .filter(case_people::user_id.eq(user_id))
        .filter(case_people::duty.eq(Duty::Mentor.as_str()))
        .select((cases::candidate_id, cases::programme_id))
        .distinct()
        .load(conn)?)
}
