//! The art. 27 cases as pages: the list by urgency (`list`), a case with what it lacks,
//! its deadlines and why, and the forms to move and work on it (`show`, `work`), the
//! trainee's own checklist (`show`, when the reader is the trainee), and the coordinator's
//! board by step (`board`). Everything is read and written through `app::cases`, which
//! checks reach (a case out of reach is a 404) and the template's rules; these pages only
//! ask, show and translate (`words`, which other pages naming a template's steps, fields,
//! documents and rules should use too).

pub mod board;
pub mod list;
pub mod people;
pub mod show;
pub(crate) mod words;
pub mod work;

use std::collections::HashMap;

use chrono::NaiveDate;
use domain::procedure::Template;

use crate::{AppError, AppState};

/// The day it is in Italy: deadlines are Italian days.
pub(crate) fn today(state: &AppState) -> NaiveDate {
    domain::deadline::rome_today(state.clock.now().and_utc())
}

/// Stored templates parsed once per request, by id (a list names a few at most).
#[derive(Default)]
pub(crate) struct Templates(HashMap<String, Option<Template>>);

impl Templates {
    /// The template `id`; `None` if it no longer parses (the page then leaves out what
    /// only the template knows, rather than failing).
    pub(crate) fn get(
        &mut self,
        conn: &mut db::DbConn,
        id: &str,
    ) -> db::DbResult<Option<&Template>> {
        if !self.0.contains_key(id) {
            let stored = db::cases::template(conn, id)?;
            self.0
                .insert(id.to_owned(), domain::procedure::parse(&stored.source).ok());
        }
        Ok(self.0.get(id).and_then(Option::as_ref))
    }
}

/// The steps a case moves along when nothing goes wrong: the start and every step a
/// transition that needs a complete step leads to. Refusals, withdrawals and
/// interruptions are shown only once a case has been there.
pub(crate) fn main_line(t: &Template) -> Vec<String> {
    t.steps
        .iter()
        .map(|s| s.id.get_ref().clone())
        .filter(|id| {
            *id == t.start.get_ref().as_str()
                || t.transitions
                    .iter()
                    .any(|tr| tr.complete && tr.to.get_ref() == id)
        })
        .collect()
}

/// Every step the shipped templates name, in their order (for the list's filter).
pub(crate) fn shipped_steps() -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (_, src) in domain::procedure::SHIPPED {
        if let Ok(t) = domain::procedure::parse(src) {
            for s in &t.steps {
                if !out.contains(s.id.get_ref()) {
                    out.push(s.id.get_ref().clone());
                }
            }
        }
    }
    out
}

/// A case's id from the address: ours are UUIDs; anything else cannot be one.
pub(crate) fn checked_id(id: &str) -> Result<(), AppError> {
    if id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}
