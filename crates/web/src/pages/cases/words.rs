//! The words of a case: a procedure's ids (steps, documents, fields, rules, roles) as
//! message keys, and a deadline's "why this date" in sentences. Templates are data, so
//! their ids become keys by a rule (`case-step-<id>`, underscores as hyphens); a test
//! holds every id of the shipped templates to a message in every language.

use chrono::NaiveDate;
use domain::deadline::{Due, PassportFlag, Standing, Unit};
use i18n::{FluentArg, Tr};

fn key(prefix: &str, id: &str) -> String {
    format!("{prefix}-{}", id.replace('_', "-"))
}

pub fn step_key(id: &str) -> String {
    key("case-step", id)
}

pub fn document_key(kind: &str) -> String {
    key("case-document", kind)
}

pub fn field_key(name: &str) -> String {
    key("case-field", name)
}

pub fn rule_key(id: &str) -> String {
    key("case-rule", id)
}

/// The message `key`, or `id` itself when no language has it: an imported template may
/// name steps, fields, documents or rules the catalogue has no words for.
fn named(tr: &Tr, key: &str, id: &str) -> String {
    let text = tr.t(key);
    if text == key { id.to_owned() } else { text }
}

/// A step's name.
pub fn step(tr: &Tr, id: &str) -> String {
    named(tr, &step_key(id), id)
}

/// A document kind's name: a case's own kinds, or an application's (`passport`, …).
pub fn document(tr: &Tr, kind: &str) -> String {
    match domain::document::Kind::parse(kind) {
        Ok(k) => tr.t(&k.message_key()),
        Err(_) => named(tr, &document_key(kind), kind),
    }
}

pub fn field(tr: &Tr, name: &str) -> String {
    named(tr, &field_key(name), name)
}

pub fn rule(tr: &Tr, id: &str) -> String {
    named(tr, &rule_key(id), id)
}

/// A role's name, as the rest of the application writes it.
pub fn role(tr: &Tr, role: &str) -> String {
    named(tr, &key("role", role), role)
}

/// The standing as the `data-standing` attribute writes it.
pub fn standing_attr(s: Standing) -> &'static str {
    match s {
        Standing::Overdue => "overdue",
        Standing::DueToday => "due_today",
        Standing::Upcoming => "upcoming",
        Standing::Later => "later",
    }
}

/// The standing's badge.
pub fn standing(tr: &Tr, s: Standing) -> String {
    tr.t(match s {
        Standing::Overdue => "case-standing-overdue",
        Standing::DueToday => "case-standing-due-today",
        Standing::Upcoming => "case-standing-upcoming",
        Standing::Later => "case-standing-later",
    })
}

pub fn passport_flag(tr: &Tr, f: PassportFlag) -> String {
    tr.t(match f {
        PassportFlag::ExpiresTooSoon => "case-passport-expires-too-soon",
        PassportFlag::IssuedTooLongAgo => "case-passport-issued-too-long-ago",
    })
}

fn dates(tr: &Tr, days: &[NaiveDate]) -> String {
    days.iter()
        .map(|d| tr.date(d))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Why a deadline falls on its date, one sentence a line: the count from the anchor, the
/// holidays it stepped over, the day off it was moved from, an assumed time.
pub fn why(tr: &Tr, due: &Due) -> Vec<String> {
    let w = &due.why;
    let anchor = step(tr, &w.anchor_event);
    let unit = match w.unit {
        Unit::CalendarDays => "case-why-calendar-days",
        Unit::WorkingDays => "case-why-working-days",
        Unit::Months => "case-why-months",
        Unit::Hours => "case-why-hours",
    };
    let mut lines = vec![tr.t_with(
        unit,
        &[
            ("count", FluentArg::Num(w.offset)),
            ("anchor", FluentArg::Str(anchor.clone())),
            ("date", FluentArg::Str(tr.date(&w.anchor_date))),
        ],
    )];
    if !w.holidays_skipped.is_empty() {
        lines.push(tr.t1("case-why-holidays", "days", &dates(tr, &w.holidays_skipped)));
    }
    if let Some(from) = w.rolled_from {
        lines.push(tr.t1("case-why-rolled", "date", &tr.date(&from)));
    }
    if w.time_assumed {
        lines.push(tr.t1("case-why-time-assumed", "anchor", &anchor));
    }
    lines
}

#[cfg(test)]
mod tests {
    use domain::Locale;
    use domain::procedure::{CASE_DOCUMENTS, SHIPPED, facts, parse};

    use super::*;

    /// Every id the shipped templates name has its words in every language: a step, a
    /// document, a field or a rule without them would show its raw key on a page.
    #[test]
    fn every_id_of_the_shipped_templates_has_its_words() {
        let mut keys: Vec<String> = CASE_DOCUMENTS.iter().map(|d| document_key(d)).collect();
        for f in facts::SEALED {
            keys.push(field_key(f));
        }
        for (_, src) in SHIPPED {
            let t = parse(src).unwrap_or_else(|e| panic!("{e:?}"));
            for s in &t.steps {
                keys.push(step_key(s.id.get_ref()));
                keys.extend(s.fields.iter().map(|f| field_key(f)));
                if let Some(a) = &s.actor {
                    keys.push(key("role", a.get_ref()));
                }
            }
            keys.extend(t.deadlines.iter().map(|d| rule_key(d.id.get_ref())));
        }
        for locale in Locale::ALL {
            let ids = i18n::message_ids(locale);
            let missing: Vec<_> = keys.iter().filter(|k| !ids.contains(k)).collect();
            assert!(missing.is_empty(), "{locale:?} lacks {missing:?}");
        }
    }

    #[test]
    fn a_name_without_words_is_its_id() {
        let tr = Tr::new(Locale::Fr);
        assert_eq!(step(&tr, "training_project"), "Projet de formation");
        assert_eq!(step(&tr, "biometrics_taken"), "biometrics_taken");
        assert_eq!(document(&tr, "passport"), tr.t("document-kind-passport"));
        assert_eq!(document(&tr, "visa"), "Visa");
    }
}
