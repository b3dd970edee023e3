//! What a deadline is called in a person's language, for what leaves the pages (e-mails,
//! calendar feeds): the rule's name, and the role that must act. A template imported with
//! a rule the catalogue does not name shows the rule's id rather than nothing.

use domain::deadline::Unit;
use i18n::Tr;

/// The name of rule `rule` (`task` for a task a person added: its title is free text, so
/// never sent where a trainee's name must not go).
pub fn rule(tr: &Tr, rule: &str) -> String {
    let key = format!("deadlines-rule-{}", key_part(rule));
    let text = tr.t(&key);
    if text == key { rule.to_owned() } else { text }
}

/// The name of the role `who`.
pub fn role(tr: &Tr, who: &str) -> String {
    let key = format!("role-{}", key_part(who));
    let text = tr.t(&key);
    if text == key { who.to_owned() } else { text }
}

/// The name of step `step` (a trainee's own feed names their steps).
pub fn step(tr: &Tr, step: &str) -> String {
    let key = format!("deadlines-step-{}", key_part(step));
    let text = tr.t(&key);
    if text == key { step.to_owned() } else { text }
}

/// A rule's unit as templates and the API write it.
pub fn unit_id(unit: Unit) -> &'static str {
    match unit {
        Unit::CalendarDays => "calendar_days",
        Unit::WorkingDays => "working_days",
        Unit::Months => "months",
        Unit::Hours => "hours",
    }
}

/// A template's id as part of a message key (ids use `_`, keys `-`).
fn key_part(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::Locale;

    #[test]
    fn every_shipped_rule_and_role_is_named_in_every_language() {
        for (_, src) in domain::procedure::SHIPPED {
            let Ok(t) = domain::procedure::parse(src) else {
                panic!("a shipped template does not parse");
            };
            for locale in Locale::ALL {
                let tr = Tr::new(locale);
                for d in &t.deadlines {
                    assert_ne!(
                        &rule(&tr, d.id.get_ref()),
                        d.id.get_ref(),
                        "{}",
                        locale.tag()
                    );
                    assert_ne!(&role(&tr, d.who.get_ref()), d.who.get_ref());
                }
                assert_ne!(rule(&tr, "task"), "task");
                for s in &t.steps {
                    assert_ne!(
                        &step(&tr, s.id.get_ref()),
                        s.id.get_ref(),
                        "{}",
                        locale.tag()
                    );
                }
            }
        }
        assert_eq!(rule(&Tr::new(Locale::En), "made-up"), "made-up");
    }
}
