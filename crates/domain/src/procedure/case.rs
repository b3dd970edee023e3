//! A case in its template: which transitions a person may make from where it stands, what
//! is missing before it may move on, and which deadlines run now.

use std::collections::{BTreeMap, BTreeSet};

use super::{DeadlineRule, Template};
use crate::Role;
use crate::deadline::{Anchor, Due, WorkCalendar};

/// Where a case stands: its step, the day (and time) it entered each step so far, and the
/// documents and fields it holds.
#[derive(Debug, Clone, Default)]
pub struct CaseState {
    pub step: String,
    pub entered: BTreeMap<String, Anchor>,
    pub documents: BTreeSet<String>,
    pub fields: BTreeSet<String>,
}

/// Why a transition was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The template has no such transition from the case's step.
    NotAllowed,
    /// None of the person's roles may make it.
    NotYourRole,
    /// The step's documents or fields are not all there.
    Incomplete {
        documents: Vec<String>,
        fields: Vec<String>,
    },
    /// The participant has not completed their pre-departure courses as the programme's
    /// rule asks (`course::Rule::ready`): only for `ready_to_depart`.
    CoursesIncomplete,
}

impl Refusal {
    /// The message key of the refusal.
    pub fn key(&self) -> &'static str {
        match self {
            Refusal::NotAllowed => "case-error-transition",
            Refusal::NotYourRole => "case-error-role",
            Refusal::Incomplete { .. } => "case-error-incomplete",
            Refusal::CoursesIncomplete => "case-error-courses",
        }
    }
}

/// What the case's current step still lacks: (documents, fields).
pub fn missing(t: &Template, case: &CaseState) -> (Vec<String>, Vec<String>) {
    let Some(step) = t.step(&case.step) else {
        return (Vec::new(), Vec::new());
    };
    (
        step.documents
            .iter()
            .map(|d| d.get_ref().clone())
            .filter(|d| !case.documents.contains(d))
            .collect(),
        step.fields
            .iter()
            .filter(|f| !case.fields.contains(*f))
            .cloned()
            .collect(),
    )
}

/// Whether a person with `roles` may move the case to `to` now.
pub fn check_transition(
    t: &Template,
    case: &CaseState,
    to: &str,
    roles: &[Role],
) -> Result<(), Refusal> {
    let tr = t
        .from(&case.step)
        .into_iter()
        .find(|tr| tr.to.get_ref() == to)
        .ok_or(Refusal::NotAllowed)?;
    let allowed = tr
        .roles
        .iter()
        .any(|r| roles.iter().any(|mine| mine.as_str() == r.get_ref()));
    if !allowed {
        return Err(Refusal::NotYourRole);
    }
    if tr.complete {
        let (documents, fields) = missing(t, case);
        if !documents.is_empty() || !fields.is_empty() {
            return Err(Refusal::Incomplete { documents, fields });
        }
    }
    Ok(())
}

/// The steps a person with `roles` may move the case to from where it stands.
pub fn next_steps<'a>(t: &'a Template, case: &CaseState, roles: &[Role]) -> Vec<&'a str> {
    t.from(&case.step)
        .into_iter()
        .filter(|tr| {
            tr.roles
                .iter()
                .any(|r| roles.iter().any(|mine| mine.as_str() == r.get_ref()))
        })
        .map(|tr| tr.to.get_ref().as_str())
        .collect()
}

/// The deadlines running while the case is in its step, with their dates: a rule whose
/// `during` holds the step and whose anchor step the case has entered.
pub fn running<'a>(
    t: &'a Template,
    case: &CaseState,
    cal: &WorkCalendar,
) -> Vec<(&'a DeadlineRule, Due)> {
    t.deadlines
        .iter()
        .filter(|d| d.during.iter().any(|s| s.get_ref() == &case.step))
        .filter(|d| {
            !d.met_by
                .iter()
                .any(|m| case.documents.contains(m) || case.fields.contains(m))
        })
        .filter_map(|d| {
            let anchor = case.entered.get(d.anchor.get_ref())?;
            Some((d, Template::rule(d).due(*anchor, cal)?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::procedure::{SHIPPED, parse};

    fn lombardy() -> Template {
        parse(SHIPPED[0].1).unwrap_or_else(|e| panic!("{e:?}"))
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    fn at(step: &str) -> CaseState {
        CaseState {
            step: step.into(),
            ..CaseState::default()
        }
    }

    #[test]
    fn transitions_follow_the_template_and_its_roles() {
        let t = lombardy();
        let mut case = at("convention");
        assert_eq!(
            check_transition(&t, &case, "visa_requested", &[Role::PromoterStaff]),
            Err(Refusal::NotAllowed)
        );
        assert_eq!(
            check_transition(&t, &case, "training_project", &[Role::Company]),
            Err(Refusal::NotYourRole)
        );
        assert_eq!(
            check_transition(&t, &case, "training_project", &[Role::PromoterStaff]),
            Err(Refusal::Incomplete {
                documents: vec!["convention_signed".into()],
                fields: vec!["trainees_covered".into()],
            })
        );
        // Withdrawing needs nothing complete.
        assert_eq!(
            check_transition(&t, &case, "withdrawn", &[Role::Coordinator]),
            Ok(())
        );
        case.documents.insert("convention_signed".into());
        case.fields.insert("trainees_covered".into());
        assert_eq!(
            check_transition(&t, &case, "training_project", &[Role::PromoterStaff]),
            Ok(())
        );
        assert_eq!(
            next_steps(&t, &case, &[Role::PromoterStaff]),
            vec!["training_project", "withdrawn"]
        );
        assert!(next_steps(&t, &case, &[Role::Participant]).is_empty());
    }

    #[test]
    fn deadlines_run_from_their_anchor_while_the_case_is_in_their_steps() {
        let t = lombardy();
        let mut case = at("arrived");
        case.entered
            .insert("arrived".into(), Anchor::on(d(2026, 4, 2)));
        let cal = WorkCalendar::new([d(2026, 4, 6)]);
        let due: Vec<(String, NaiveDate)> = running(&t, &case, &cal)
            .into_iter()
            .map(|(r, due)| (r.id.get_ref().clone(), due.date))
            .collect();
        assert_eq!(
            due,
            vec![
                ("hospitality-declaration".into(), d(2026, 4, 3)),
                ("permit-request".into(), d(2026, 4, 15)),
            ]
        );
        case.step = "permit_requested".into();
        case.entered
            .insert("permit_requested".into(), Anchor::on(d(2026, 4, 10)));
        let ids: Vec<String> = running(&t, &case, &cal)
            .into_iter()
            .map(|(r, _)| r.id.get_ref().clone())
            .collect();
        assert_eq!(ids, vec!["hospitality-declaration", "traineeship-start"]);
        // The declaration made, its deadline stops running though the case stays.
        case.documents.insert("hospitality_declaration".into());
        let ids: Vec<String> = running(&t, &case, &cal)
            .into_iter()
            .map(|(r, _)| r.id.get_ref().clone())
            .collect();
        assert_eq!(ids, vec!["traineeship-start"]);
    }
}
