//! The ESCO pickers' suggestions as `<option>`s for a `<datalist>`, fetched by htmx while
//! a person types (`GET /taxonomy/occupations/options?q=`), searched and labelled in the
//! reader's language (accents and case aside), English filling the rest
//! (`db::taxonomy::search_in`). Without JavaScript the field
//! is plain free text; the position keeps whatever was typed. Skills fields hold a
//! comma-separated list: the last item is searched and each suggestion repeats the items
//! before it, so choosing one completes the list.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use db::candidates::EscoKind;
use db::taxonomy::Concept;
use serde::Deserialize;

use crate::render::html;
use crate::{AppError, AppState, Ctx};

/// Suggestions shown at once.
const LIMIT: i64 = 12;

/// What was typed: `q`, or the value htmx sends under the field's own name.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Typed {
    #[serde(
        alias = "occupation",
        alias = "required_skills",
        alias = "desired_skills",
        alias = "esco_skills",
        alias = "skill",
        alias = "mapped_label"
    )]
    q: String,
    /// An application's occupations: a list, like skills.
    esco_occupations: String,
}

pub struct Suggestion {
    pub value: String,
    pub note: String,
}

#[derive(Template)]
#[template(path = "taxonomy/options.html")]
struct Options {
    items: Vec<Suggestion>,
}

/// The items already chosen (with their separator) and the one being typed.
fn split_last(q: &str) -> (String, &str) {
    match q.rsplit_once(',') {
        Some((head, tail)) => (format!("{}, ", head.trim_end()), tail.trim()),
        None => (String::new(), q.trim()),
    }
}

fn suggestions(head: &str, items: Vec<Concept>) -> Vec<Suggestion> {
    items
        .into_iter()
        .map(|c| Suggestion {
            value: format!("{head}{}", c.label),
            note: c.isco_code.map(|i| format!("ISCO {i}")).unwrap_or_default(),
        })
        .collect()
}

pub async fn occupation_options(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(t): Query<Typed>,
) -> Result<Response, AppError> {
    ctx.authed()?;
    let (head, tail) = if t.esco_occupations.is_empty() {
        (String::new(), t.q.clone())
    } else {
        let (head, tail) = split_last(&t.esco_occupations);
        (head, tail.to_owned())
    };
    let lang = ctx.locale.tag();
    let items = state
        .db
        .read(move |c| db::taxonomy::search_in(c, EscoKind::Occupation, lang, &tail, LIMIT))
        .await?;
    html(&Options {
        items: suggestions(&head, items),
    })
}

pub async fn skill_options(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(t): Query<Typed>,
) -> Result<Response, AppError> {
    ctx.authed()?;
    let (head, tail) = split_last(&t.q);
    let tail = tail.to_owned();
    let lang = ctx.locale.tag();
    let items = state
        .db
        .read(move |c| db::taxonomy::search_in(c, EscoKind::Skill, lang, &tail, LIMIT))
        .await?;
    html(&Options {
        items: suggestions(&head, items),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_last_item_of_a_list_is_the_one_searched() {
        let check = |q: &str, head: &str, tail: &str| {
            assert_eq!(super::split_last(q), (head.to_owned(), tail), "{q:?}");
        };
        check("work in", "", "work in");
        check("work in teams,spea", "work in teams, ", "spea");
        check("a , b,  c ", "a , b, ", "c");
    }
}
