//! Interviews of proposed placements: the company offers one to five slots, the candidate
//! picks one, and both get the appointment by e-mail with an iCalendar invitation, each in
//! their own language and time zone.
//!
//! Each use case checks reach, the rule and writes, messages included, in one
//! `Database::write_at` transaction: a slot is never offered without the candidate being
//! told, nor picked without both invitations queued. A company reaches only the placements
//! proposed to it (another company's answers 404); a candidate only their own application's
//! (another's slot answers 404).

use db::interviews::Slot;
use db::outbox::NewMail;
use domain::Locale;
use domain::ids::PlacementId;
use domain::interview::{SlotFields, parse_slots};
use domain::permission::Scope;
use domain::placement::PlacementStatus;
use domain::zone::Zone;
use domain::{Conflict, Permission};
use i18n::{FluentArg, Tr};

use crate::calendar::{Invitation, Party};
use crate::notify::{candidate_locale, plain};
use crate::{Acting, AppResult, Clock, Error, zones};

/// Offers interview slots for a placement proposed to the acting company (or recorded by
/// the coordinator for it), typed in the acting person's time zone. The placement moves to
/// `interview`; slots offered before and not picked are replaced; the candidate is told.
/// Returns how many slots were offered.
pub async fn offer(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &PlacementId,
    rows: Vec<SlotFields>,
) -> AppResult<usize> {
    if !who
        .actor
        .roles()
        .into_iter()
        .any(PlacementStatus::answered_by)
    {
        return Err(Error::Forbidden);
    }
    let s = who.scope(Permission::AnswerPlacements)?;
    let id = id.clone();
    let user_id = who.actor.user_id.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let v = db::matching::find_placement(tx.conn, &s, id.as_str())?;
        let p = &v.placement;
        match p.status {
            PlacementStatus::Declined => return Err(Error::Conflict(Conflict::PlacementDeclined)),
            PlacementStatus::Accepted => return Err(Error::Conflict(Conflict::PlacementAnswered)),
            _ if p.interview_slot_id.is_some() => {
                return Err(Error::Conflict(Conflict::InterviewPicked));
            }
            _ => {}
        }
        let zone = zones::of_user(tx.conn, &user_id)?;
        let slots = parse_slots(&rows, zone, tx.now)?;
        db::interviews::offer(tx, p, &slots, zone.name(), &user_id)?;
        // The candidate is told there are times to choose from (in their language).
        let c = db::candidates::find(tx.conn, &Scope::All, &user_id, &p.candidate_id)?;
        if !c.email.trim().is_empty() {
            let locale = candidate_locale(db::selection::candidate_locale(tx.conn, &c)?.as_deref());
            let (subject, body) =
                slots_mail(locale, &v.position_title, &v.company_name, slots.len());
            db::outbox::enqueue(
                tx,
                NewMail {
                    recipient: c.email.clone(),
                    subject,
                    body,
                    locale: locale.tag().to_owned(),
                    kind: "interview.slots".to_owned(),
                },
            )?;
        }
        Ok(slots.len())
    })
    .await
}

/// The candidate (the account owning application `candidate_id`) picks slot `slot_id` of
/// one of their placements. Both sides get the appointment with an invitation whose
/// organizer is `organizer` (the platform's sender); each names its recipient only.
pub async fn pick(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    candidate_id: &str,
    slot_id: &str,
    organizer: &Party,
) -> AppResult<()> {
    let (user_id, candidate_id, slot_id) = (
        who.actor.user_id.clone(),
        candidate_id.to_owned(),
        slot_id.to_owned(),
    );
    let organizer = organizer.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let c = db::candidates::find(tx.conn, &Scope::OwnAccount, &user_id, &candidate_id)?;
        let slot = db::interviews::find_slot(tx.conn, &slot_id)?;
        let v = db::matching::find_placement(tx.conn, &Scope::All, &slot.placement_id)?;
        // Another candidate's slot is answered as if it did not exist.
        if v.placement.candidate_id != c.id {
            return Err(Error::NotFound);
        }
        match v.placement.status {
            PlacementStatus::Declined => return Err(Error::Conflict(Conflict::PlacementDeclined)),
            _ if v.placement.interview_slot_id.is_some() => {
                return Err(Error::Conflict(Conflict::InterviewPicked));
            }
            PlacementStatus::Interview => {}
            _ => return Err(Error::Conflict(Conflict::PlacementAnswered)),
        }
        db::interviews::pick(tx, &v.placement, &slot.id)?;

        let uid = format!("interview-{}@mentor", v.placement.id);
        let candidate_name = format!("{} {}", c.given_names, c.family_name);
        // The candidate's copy.
        if !c.email.trim().is_empty() {
            let locale = candidate_locale(db::selection::candidate_locale(tx.conn, &c)?.as_deref());
            let zone = zones::of_candidate(tx.conn, &c)?;
            let a = Appointment {
                locale,
                zone,
                slot: &slot,
                position: &v.position_title,
                company: &v.company_name,
                other_side: &v.company_name,
            };
            let (subject, body, ics) = a.mail(
                "mail-interview-candidate-body",
                &uid,
                tx.now,
                &organizer,
                Party {
                    name: candidate_name.trim().to_owned(),
                    email: c.email.trim().to_owned(),
                },
            );
            db::outbox::enqueue_with_calendar(
                tx,
                NewMail {
                    recipient: c.email.clone(),
                    subject,
                    body,
                    locale: locale.tag().to_owned(),
                    kind: "interview.invitation".to_owned(),
                },
                ics,
            )?;
        }
        // The company's copy, to the person who offered the slots. Once booked, the
        // interviewer is told whom they meet (`domain::placement::company_sees_name`),
        // never how to reach them.
        let host = db::interviews::recipient(tx.conn, &slot.proposed_by)?;
        let locale = host
            .locale
            .as_deref()
            .and_then(Locale::parse)
            .unwrap_or(Locale::It);
        let zone = zones::of_user(tx.conn, &slot.proposed_by)?;
        let a = Appointment {
            locale,
            zone,
            slot: &slot,
            position: &v.position_title,
            company: &v.company_name,
            other_side: candidate_name.trim(),
        };
        let (subject, body, ics) = a.mail(
            "mail-interview-company-body",
            &uid,
            tx.now,
            &organizer,
            Party {
                name: host.display_name.clone(),
                email: host.email.clone(),
            },
        );
        db::outbox::enqueue_with_calendar(
            tx,
            NewMail {
                recipient: host.email.clone(),
                subject,
                body,
                locale: locale.tag().to_owned(),
                kind: "interview.invitation".to_owned(),
            },
            ics,
        )?;
        Ok(())
    })
    .await
}

/// The message telling a candidate that interview times wait for their choice.
pub fn slots_mail(locale: Locale, position: &str, company: &str, count: usize) -> (String, String) {
    let tr = Tr::new(locale);
    let subject = tr.t1("mail-interview-slots-subject", "position", position);
    let body = [
        tr.t("mail-greeting-anonymous"),
        String::new(),
        tr.t_with(
            "mail-interview-slots-body",
            &[
                ("company", FluentArg::Str(company.to_owned())),
                ("position", FluentArg::Str(position.to_owned())),
                ("count", FluentArg::Num(i64::try_from(count).unwrap_or(0))),
            ],
        ),
        String::new(),
        tr.t("mail-signature"),
    ]
    .join("\n");
    (plain(locale, subject), plain(locale, body))
}

/// A booked interview as one recipient reads it.
struct Appointment<'a> {
    locale: Locale,
    zone: Zone,
    slot: &'a Slot,
    position: &'a str,
    company: &'a str,
    /// Whom the recipient meets: the company for the candidate, the candidate's name for
    /// the company.
    other_side: &'a str,
}

impl Appointment<'_> {
    /// Subject, body and invitation, in the recipient's language and time zone.
    fn mail(
        &self,
        body_key: &str,
        uid: &str,
        now: chrono::NaiveDateTime,
        organizer: &Party,
        recipient: Party,
    ) -> (String, String, String) {
        let tr = Tr::new(self.locale);
        let when = zones::when(&tr, self.zone, self.slot.starts_at);
        let subject = tr.t_with(
            "mail-interview-subject",
            &[
                ("position", FluentArg::Str(self.position.to_owned())),
                ("when", FluentArg::Str(when.clone())),
            ],
        );
        let details = tr.t_with(
            body_key,
            &[
                ("position", FluentArg::Str(self.position.to_owned())),
                ("company", FluentArg::Str(self.company.to_owned())),
                ("other", FluentArg::Str(self.other_side.to_owned())),
                ("when", FluentArg::Str(when)),
                ("minutes", FluentArg::Num(i64::from(self.slot.minutes))),
                ("place", FluentArg::Str(self.slot.place.clone())),
            ],
        );
        let body = [
            if recipient.name.trim().is_empty() {
                tr.t("mail-greeting-anonymous")
            } else {
                tr.t1("mail-greeting", "name", recipient.name.trim())
            },
            String::new(),
            details.clone(),
            String::new(),
            tr.t("mail-interview-calendar-note"),
            String::new(),
            tr.t("mail-signature"),
        ]
        .join("\n");
        let ics = Invitation {
            uid: uid.to_owned(),
            sequence: 0,
            stamp: now,
            starts_at: self.slot.starts_at,
            ends_at: self.slot.ends_at(),
            summary: plain(
                self.locale,
                tr.t1("interview-calendar-summary", "position", self.position),
            ),
            location: self.slot.place.clone(),
            description: plain(self.locale, details),
            organizer: organizer.clone(),
            attendee: recipient,
        }
        .to_ics();
        (plain(self.locale, subject), plain(self.locale, body), ics)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn slot() -> Slot {
        Slot {
            id: "s1".into(),
            placement_id: "p1".into(),
            // 2 March 2026 09:00 UTC: 10:00 in Rome, 09:00 in Casablanca (Ramadan).
            starts_at: NaiveDate::from_ymd_opt(2026, 3, 2)
                .unwrap()
                .and_hms_opt(9, 0, 0)
                .unwrap(),
            minutes: 45,
            place: "https://meet.example.org/abc".into(),
            time_zone: "Europe/Rome".into(),
            proposed_by: "u1".into(),
            created_at: NaiveDate::from_ymd_opt(2026, 2, 1)
                .unwrap()
                .and_hms_opt(9, 0, 0)
                .unwrap(),
        }
    }

    #[test]
    fn each_side_reads_the_appointment_in_its_own_zone_and_language() {
        let s = slot();
        let organizer = Party {
            name: "Mentor".into(),
            email: "mentor@example.org".into(),
        };
        let mail = |locale, zone, key| {
            Appointment {
                locale,
                zone,
                slot: &s,
                position: "Web developer",
                company: "Trattoria Srl",
                other_side: "Trattoria Srl",
            }
            .mail(
                key,
                "interview-p1@mentor",
                s.created_at,
                &organizer,
                Party {
                    name: "Amina".into(),
                    email: "amina@example.org".into(),
                },
            )
        };
        let (subject, body, ics) = mail(
            Locale::Fr,
            Zone::CASABLANCA,
            "mail-interview-candidate-body",
        );
        assert!(
            subject.contains("09:00") && body.contains("Africa/Casablanca"),
            "{body}"
        );
        assert!(body.contains("https://meet.example.org/abc") && body.contains("45"));
        assert!(
            !body.contains("mail-") && !body.contains("interview-"),
            "{body}"
        );
        assert!(ics.contains("DTSTART:20260302T090000Z\r\n"));
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("mailto:amina@example.org"), "{unfolded}");
        assert_eq!(
            unfolded.matches("mailto:").count(),
            2,
            "organizer and recipient only"
        );
        let (_, body, _) = mail(Locale::It, Zone::ROME, "mail-interview-company-body");
        assert!(
            body.contains("10:00") && body.contains("Europe/Rome"),
            "{body}"
        );
        for locale in Locale::ALL {
            let (subject, body, _) = mail(locale, Zone::TUNIS, "mail-interview-candidate-body");
            assert!(subject.contains("Web developer"), "{subject}");
            assert!(!body.contains("mail-"), "a key was not translated: {body}");
        }
    }

    #[test]
    fn the_candidate_is_told_times_wait_for_a_choice() {
        for locale in Locale::ALL {
            let (subject, body) = slots_mail(locale, "Web developer", "Trattoria Srl", 3);
            assert!(subject.contains("Web developer"));
            assert!(
                body.contains("Trattoria Srl") && !body.contains("mail-"),
                "{body}"
            );
        }
    }
}
