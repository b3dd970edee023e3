//! Opening a mentorship. The coordinator opens one for any participant of their
//! programmes (a candidate record with a case, or on a call for proposals' eligibility
//! list), choosing the mentor among the programme's NGO staff and mediators; a mentor
//! opens one for a participant whose case they hold the mentor's duty on, with themselves
//! as mentor. At most one open per mentee and programme.

use db::DbConn;
use domain::mentorship::form::TermsFields;
use domain::permission::Scope;
use domain::{Invalid, Permission};

use super::today;
use crate::{Acting, AppResult, Clock, Error};

/// A participant one may open a mentorship for.
#[derive(Debug, Clone)]
pub struct Mentee {
    pub candidate_id: String,
    pub family_name: String,
    pub given_names: String,
    pub reference: Option<String>,
    /// An open mentorship in the programme already.
    pub mentored: bool,
}

/// Someone who may mentor.
#[derive(Debug, Clone)]
pub struct Mentor {
    pub user_id: String,
    pub name: String,
    pub organisation: String,
}

/// What the form offers the person.
#[derive(Debug, Clone)]
pub struct Choices {
    pub mentees: Vec<Mentee>,
    /// Empty for a mentor, who mentors themselves.
    pub mentors: Vec<Mentor>,
}

/// The programmes the person opens mentorships in, and whether as coordinator.
fn programmes(conn: &mut DbConn, who: &Acting) -> AppResult<(Vec<String>, bool)> {
    let scope = who.scope(Permission::MentorParticipants)?;
    match scope {
        Scope::Assigned | Scope::OwnAccount => {
            let mut ps: Vec<String> =
                db::mentorships::mentored_candidates(conn, &who.actor.user_id)?
                    .into_iter()
                    .map(|(_, p)| p)
                    .collect();
            ps.sort();
            ps.dedup();
            Ok((ps, false))
        }
        Scope::All => Ok((
            db::programmes::list(conn, &Scope::All)?
                .into_iter()
                .map(|p| p.id)
                .collect(),
            true,
        )),
        other => {
            let ps = db::programmes::list(conn, &other)?
                .into_iter()
                .map(|p| p.id)
                .collect();
            Ok((ps, true))
        }
    }
}

/// The mentees and mentors the person may choose from.
pub async fn choices(db: &db::Database, who: &Acting) -> AppResult<Choices> {
    let who = who.clone();
    db.read_as(move |conn| -> AppResult<Choices> {
        let (ps, coordinator) = programmes(conn, &who)?;
        let own: Vec<String> = if coordinator {
            Vec::new()
        } else {
            db::mentorships::mentored_candidates(conn, &who.actor.user_id)?
                .into_iter()
                .map(|(c, _)| c)
                .collect()
        };
        let mut mentees = Vec::new();
        let mut mentors = Vec::new();
        for p in &ps {
            for x in db::mentorships::participants(conn, p)? {
                if !coordinator && !own.contains(&x.candidate_id) {
                    continue;
                }
                let mentored = db::mentorships::open_of(conn, p, &x.candidate_id)?.is_some();
                mentees.push(Mentee {
                    candidate_id: x.candidate_id,
                    family_name: x.family_name,
                    given_names: x.given_names,
                    reference: x.reference,
                    mentored,
                });
            }
            if coordinator {
                for (user_id, name, _, organisation) in db::mentorships::mentors(conn, p)? {
                    if !mentors.iter().any(|m: &Mentor| m.user_id == user_id) {
                        mentors.push(Mentor {
                            user_id,
                            name,
                            organisation,
                        });
                    }
                }
            }
        }
        Ok(Choices { mentees, mentors })
    })
    .await
}

/// Opens a mentorship for the participant `candidate_id` with `mentor_id` (ignored for a
/// mentor, who mentors themselves). Every mistake at once; an unknown or unreachable
/// participant or mentor is one mistake on its field.
pub async fn open(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    candidate_id: &str,
    mentor_id: &str,
    fields: &TermsFields,
) -> AppResult<String> {
    let parsed = fields.parse();
    let who = who.clone();
    let candidate_id = candidate_id.trim().to_owned();
    let mentor_id = mentor_id.trim().to_owned();
    let today = today(clock);
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let (ps, coordinator) = programmes(tx.conn, &who)?;
        let mut c = domain::Checks::default();
        let programme = db::mentorships::programme_of_candidate(tx.conn, &candidate_id)?
            .filter(|p| ps.contains(p));
        let reachable = match &programme {
            None => false,
            Some(p) if coordinator => db::mentorships::is_participant(tx.conn, p, &candidate_id)?,
            Some(_) => db::mentorships::mentored_candidates(tx.conn, &who.actor.user_id)?
                .iter()
                .any(|(cand, _)| *cand == candidate_id),
        };
        if !reachable {
            c.refuse(Invalid::new("candidate", "mentoring-error-mentee"));
        }
        // The mentor and their organisation in the mentee's programme.
        let mentor = match &programme {
            Some(p) if reachable => {
                let wanted = if coordinator {
                    mentor_id.clone()
                } else {
                    who.actor.user_id.clone()
                };
                db::mentorships::mentors(tx.conn, p)?
                    .into_iter()
                    .find(|m| m.0 == wanted)
            }
            _ => None,
        };
        if reachable && mentor.is_none() {
            c.refuse(Invalid::new("mentor", "mentoring-error-mentor"));
        }
        if let (Some(p), true) = (&programme, reachable)
            && db::mentorships::open_of(tx.conn, p, &candidate_id)?.is_some()
        {
            c.refuse(Invalid::new("candidate", "mentoring-error-open"));
        }
        let terms = match parsed {
            Ok(t) => Some(t),
            Err(e) => {
                for i in e.all() {
                    c.refuse(i.clone());
                }
                None
            }
        };
        c.done()?;
        let (Some(p), Some((mentor_id, _, organisation_id, _)), Some(terms)) =
            (programme, mentor, terms)
        else {
            return Err(Error::Invalid(Invalid::new(
                "candidate",
                "mentoring-error-mentee",
            )));
        };
        db::mentorships::create(
            tx,
            &db::mentorships::NewMentorship {
                programme_id: &p,
                candidate_id: &candidate_id,
                mentor_id: &mentor_id,
                organisation_id: &organisation_id,
                terms: &terms,
                opened_on: today,
                by: &who.actor.user_id,
            },
        )?
        .ok_or(Error::Invalid(Invalid::new(
            "candidate",
            "mentoring-error-open",
        )))
    })
    .await
}
