//! Small named shapes that several pages' templates show, so a template reads
//! `item.label` rather than a tuple position.

/// One option of a `<select>` (or a radio/checkbox group): the submitted value, the
/// translated text shown, and whether it is the current choice.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

impl Choice {
    /// The programmes a form offers (those in the person's reach), `selected` chosen.
    pub fn programmes(programmes: Vec<db::programmes::Programme>, selected: &str) -> Vec<Choice> {
        programmes
            .into_iter()
            .map(|p| Choice {
                selected: p.id == selected,
                label: p.name,
                value: p.id,
            })
            .collect()
    }
}

/// A button that posts `value` (a fixed workflow word) under a translated `label`.
pub struct Action {
    pub value: &'static str,
    pub label: String,
}

/// A link to a record's page: its id (the path segment) and the name shown.
pub struct Link {
    pub id: String,
    pub name: String,
}

/// A person's membership as their account page and the user page list it.
pub struct MembershipLine {
    pub id: String,
    pub organisation: String,
    /// The translated role.
    pub role: String,
}

/// The territory a new record's form starts with: a person who works in a single territory
/// (a business association, a promoter) has it chosen for them; anyone else chooses.
/// Only a default of the form: the use case still requires and checks what is sent.
pub fn only_territory(scope: &domain::permission::Scope) -> String {
    match scope {
        domain::permission::Scope::Territories(ts) if ts.len() == 1 => ts[0].clone(),
        _ => String::new(),
    }
}
