//! ESCO occupations and skills on an application: the pickers' fields (a comma-separated
//! list each, suggestions from the taxonomy in the reader's language while typing), the
//! section of the application's page (concepts shown in the reader's language, English
//! otherwise; what the candidate described in their own words, each with its "map to
//! ESCO" form) and staff's changes to it. `app::candidates` resolves the labels to ESCO
//! concepts; `app::free_skills` maps a description to one, after a confirmation.

use app::candidates::EscoLabels;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use db::candidates::{Chosen, EscoKind, FreeSkill, Resolved};
use domain::Locale;
use domain::ids::CandidateId;
use i18n::Tr;
use serde::Deserialize;

use super::{form_refusal, show_page};
use crate::flash::{self, Flash};
use crate::pages::{confirm, see_other};
use crate::render::html_status;
use crate::{AppError, AppState, Ctx};

/// Most occupations or skills kept per application.
pub const MAX_ITEMS: usize = 30;

/// The items of a comma- or line-separated list, trimmed, without repeats.
pub fn labels(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in s.split([',', '\n', ';']) {
        // Never cut: a description too long is refused whole (`domain::free_skills`).
        let item: String = item.split_whitespace().collect::<Vec<_>>().join(" ");
        if !item.is_empty() && !out.iter().any(|o| o.eq_ignore_ascii_case(&item)) {
            out.push(item);
        }
    }
    out.truncate(MAX_ITEMS);
    out
}

/// What the form sends (the same names in the application step and on the staff page).
#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct EscoFields {
    pub esco_occupations: String,
    pub esco_skills: String,
}

impl EscoFields {
    /// The labels chosen, as the use cases take them, typed by a reader of `lang`.
    pub fn labels(&self, lang: Locale) -> EscoLabels {
        EscoLabels {
            occupations: labels(&self.esco_occupations),
            skills: labels(&self.esco_skills),
            lang,
        }
    }

    /// The fields as saved: the concepts (in the reader's language) and then the words not
    /// yet mapped, so that saving the form again keeps both.
    pub fn with_free(c: &Chosen, free: &[FreeSkill]) -> EscoFields {
        let mut f = EscoFields::of(c);
        for item in free.iter().filter(|i| i.mapped_at.is_none()) {
            let field = match item.kind() {
                EscoKind::Occupation => &mut f.esco_occupations,
                EscoKind::Skill => &mut f.esco_skills,
            };
            if !field.is_empty() {
                field.push_str(", ");
            }
            field.push_str(&item.text);
        }
        f
    }

    pub fn of(c: &Chosen) -> EscoFields {
        let join = |v: &[db::candidates::Concept]| {
            v.iter()
                .map(|c| c.label.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        EscoFields {
            esco_occupations: join(&c.occupations),
            esco_skills: join(&c.skills),
        }
    }
}

/// A concept as shown: its label, linked to its ESCO page.
pub struct Shown {
    pub uri: String,
    pub label: String,
}

/// What the application holds, read for a reader of `lang`: the concepts labelled in it,
/// the descriptions in the candidate's words, and the label of each mapped one's concept.
pub struct Saved {
    pub chosen: Chosen,
    pub free: Vec<FreeSkill>,
    pub mapped: Vec<(String, String)>,
}

/// Reads what an application already found through a scoped read holds.
pub fn load(conn: &mut db::DbConn, candidate_id: &str, lang: Locale) -> db::DbResult<Saved> {
    let mut chosen = db::candidates::esco_of(conn, candidate_id)?;
    db::candidates::localise(conn, lang.tag(), &mut chosen)?;
    let free = db::candidates::free_of(conn, candidate_id)?;
    let mut mapped = Vec::new();
    for kind in [EscoKind::Occupation, EscoKind::Skill] {
        let uris: Vec<String> = free
            .iter()
            .filter(|f| f.kind() == kind)
            .filter_map(|f| f.mapped_uri.clone())
            .collect();
        for c in db::taxonomy::concepts(conn, kind, lang.tag(), &uris)? {
            mapped.push((c.uri, c.label));
        }
    }
    Ok(Saved {
        chosen,
        free,
        mapped,
    })
}

/// A description in the candidate's words, as shown.
pub struct FreeShown {
    pub id: String,
    pub text: String,
    /// The language it was written in, for `lang` on the element.
    pub lang: String,
    /// `occupation` or `skill` (`data-kind`, and which picker maps it).
    pub kind: &'static str,
    pub kind_label: String,
    /// The concept it was mapped to, in the reader's language, once mapped.
    pub mapped: Option<String>,
    /// The label typed in its "map to ESCO" form, when the mapping was refused.
    pub typed: String,
    pub refused: bool,
}

impl FreeShown {
    pub fn all(tr: &Tr, saved: &Saved) -> Vec<FreeShown> {
        saved
            .free
            .iter()
            .map(|f| FreeShown {
                id: f.id.clone(),
                text: f.text.clone(),
                lang: f.lang.clone(),
                kind: f.kind().as_str(),
                kind_label: tr.t(&format!("skills-kind-{}", f.kind().as_str())),
                mapped: f.mapped_uri.as_ref().map(|u| {
                    saved
                        .mapped
                        .iter()
                        .find(|(uri, _)| uri == u)
                        .map_or_else(|| u.clone(), |(_, l)| l.clone())
                }),
                typed: String::new(),
                refused: false,
            })
            .collect()
    }

    /// The picker's suggestions for this description's kind.
    pub fn options_url(&self) -> &'static str {
        if self.kind == EscoKind::Occupation.as_str() {
            "/taxonomy/occupations/options"
        } else {
            "/taxonomy/skills/options"
        }
    }
}

/// The section of the application's page.
pub struct Section {
    pub occupations: Vec<Shown>,
    pub skills: Vec<Shown>,
    pub fields: EscoFields,
    pub can_edit: bool,
    pub free: Vec<FreeShown>,
    /// Staff may map the words to ESCO (once the application is sent).
    pub can_map: bool,
}

impl Section {
    pub fn new(tr: &Tr, saved: &Saved, can_edit: bool, sent: bool) -> Section {
        let c = &saved.chosen;
        let shown = |v: &[db::candidates::Concept]| {
            v.iter()
                .map(|c| Shown {
                    uri: c.uri.clone(),
                    label: c.label.clone(),
                })
                .collect()
        };
        Section {
            occupations: shown(&c.occupations),
            skills: shown(&c.skills),
            fields: EscoFields::of(c),
            can_edit,
            free: FreeShown::all(tr, saved),
            can_map: can_edit && sent,
        }
    }
}

/// `POST /candidates/{id}/esco`: staff set the occupations and skills of an application in
/// their reach. A label outside ESCO brings the page back (422) and changes nothing.
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<EscoFields>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let target = CandidateId::new(id.clone());
    let labels = f.labels(ctx.locale);
    let r = app::candidates::set_esco(&state.db, &*state.clock, &who, &target, labels).await;
    match form_refusal(r)? {
        Ok(()) => Ok(see_other(&format!("/candidates/{id}#esco"))),
        Err(e) => {
            let mut page = show_page(&state, &ctx, id, None, Some(&e)).await?;
            page.esco.fields = f;
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

/// The "map to ESCO" form of one description.
#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct MapForm {
    pub mapped_label: String,
    pub confirmed: Option<String>,
}

/// `POST /candidates/{id}/free-skills/{free}/map`: staff map a description in the
/// candidate's words to the ESCO concept they picked. First the confirmation (the words and
/// the concept), then, confirmed, the mapping, with a flash. A label that is no concept
/// brings the page back (422) with the typed label, and changes nothing.
pub async fn map_free(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, free_id)): Path<(String, String)>,
    Form(f): Form<MapForm>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let target = CandidateId::new(id.clone());
    if !confirm::confirmed(f.confirmed.as_deref()) {
        // What will happen, read within the same reach as the page (the write checks again).
        let scope = ctx
            .authed()?
            .scope_for(domain::Permission::ScreenCandidates)?;
        let actor_id = who.actor.user_id.clone();
        let (cid, fid, label, lang) = (
            id.clone(),
            free_id.clone(),
            f.mapped_label.clone(),
            ctx.locale,
        );
        let found = state
            .db
            .read(move |conn| {
                let c = db::candidates::find(conn, &scope, &actor_id, &cid)?;
                // As the use case: a draft's words are mapped once it is sent.
                if c.status == domain::candidate::Status::Draft {
                    return Err(db::DbError::Conflict(domain::Conflict::Transition));
                }
                let item = db::candidates::free_of(conn, &cid)?
                    .into_iter()
                    .find(|i| i.id == fid)
                    .ok_or(db::DbError::NotFound)?;
                let concept = match db::candidates::resolve_in(
                    conn,
                    item.kind(),
                    lang.tag(),
                    std::slice::from_ref(&label),
                )?
                .pop()
                {
                    Some(Resolved::Concept(c)) if !label.trim().is_empty() => {
                        db::taxonomy::concepts(conn, item.kind(), lang.tag(), &[c.uri])?.pop()
                    }
                    _ => None,
                };
                Ok((item, concept))
            })
            .await?;
        let (item, concept) = found;
        if item.mapped_at.is_some() {
            return Err(AppError::Conflict(domain::Conflict::FreeSkillMapped));
        }
        let Some(concept) = concept else {
            let e = domain::Invalid::new("mapped_label", "skills-error-no-concept");
            return map_refused(&state, &ctx, id, free_id, f.mapped_label, &e).await;
        };
        let tr = ctx.tr();
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t("skills-map-question"),
                lines: vec![
                    tr.t1("skills-map-words", "text", &item.text),
                    tr.t1("skills-map-concept", "concept", &concept.label),
                    tr.t("skills-map-hint"),
                ],
                warnings: Vec::new(),
                action: format!("/candidates/{id}/free-skills/{free_id}/map"),
                hidden: vec![("mapped_label".to_owned(), f.mapped_label)],
                reason: None,
                confirm: tr.t("skills-action-map"),
                cancel: format!("/candidates/{id}#free-skills"),
                danger: false,
                name: "map-free-skill",
            },
        );
    }
    let r = app::free_skills::map(
        &state.db,
        &*state.clock,
        &who,
        &target,
        &free_id,
        &f.mapped_label,
        ctx.locale,
    )
    .await;
    match form_refusal(r)? {
        Ok(()) => Ok(flash::redirect(
            &format!("/candidates/{id}#free-skills"),
            Flash::new("flash-free-skill-mapped"),
        )),
        Err(e) => map_refused(&state, &ctx, id, free_id, f.mapped_label, &e).await,
    }
}

async fn map_refused(
    state: &AppState,
    ctx: &Ctx,
    id: String,
    free_id: String,
    typed: String,
    e: &domain::Invalid,
) -> Result<Response, AppError> {
    let mut page = show_page(state, ctx, id, None, Some(e)).await?;
    if let Some(item) = page.esco.free.iter_mut().find(|i| i.id == free_id) {
        item.typed = typed;
        item.refused = true;
    }
    html_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

#[cfg(test)]
mod tests {
    #[test]
    fn lists_are_split_trimmed_and_kept_once() {
        assert_eq!(
            super::labels(
                " Python (computer programming) ,use spreadsheets software\nPYTHON (computer programming),, "
            ),
            vec!["Python (computer programming)", "use spreadsheets software"]
        );
        assert!(super::labels(" , ").is_empty());
    }
}
