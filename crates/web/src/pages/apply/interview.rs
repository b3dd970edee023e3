//! The candidate's side of an interview, on their application page: the times a company
//! proposed, in the candidate's own time zone, to pick one; then the booked interview.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::placement::PlacementStatus;
use i18n::{FluentArg, Tr};
use serde::Deserialize;

use domain::content::{Field, Kind};

use crate::flash::{self, Flash};
use crate::{AppError, AppState, Ctx};

/// A time the candidate may pick.
pub struct Choice {
    pub slot_id: String,
    pub text: String,
}

/// One placement of the application, as its candidate sees it.
pub struct InterviewView {
    /// What the company proposes, and in which zone the times are shown.
    pub intro: String,
    pub choices: Vec<Choice>,
    /// The booked interview, once picked.
    pub booked: Option<String>,
}

/// The interviews of application `candidate` (already found with the person's own reach).
pub async fn views(
    state: &AppState,
    tr: &Tr,
    candidate: db::candidates::Candidate,
) -> Result<Vec<InterviewView>, AppError> {
    let lang = tr.locale;
    let rows = state
        .db
        .read(move |c| {
            let zone = app::zones::of_candidate(c, &candidate)?;
            let mut out = Vec::new();
            let mut originals = Vec::new();
            for p in db::interviews::placements_of_candidate(c, &candidate.id)? {
                if p.status != PlacementStatus::Interview {
                    continue;
                }
                let slots = db::interviews::slots_of(c, &p.id)?;
                // The candidate's own placement: its position is named to them.
                let l = db::positions::find(c, &domain::permission::Scope::All, &p.position_id)?;
                originals.push(l.position.clone());
                out.push((p, slots, (l.position.title, l.company_name)));
            }
            // The position's title in the candidate's language where it has a version (in
            // a sentence, so without the fallback note: the original stands as a name).
            let ids = originals.iter().map(|p| p.id.clone());
            let titles = crate::pages::localized::versions(c, Kind::Position, ids, lang)?;
            for (row, p) in out.iter_mut().zip(&originals) {
                let version = titles
                    .get(&(p.id.clone(), Field::Title))
                    .map(String::as_str);
                row.2.0 = domain::content::pick(&p.title, p.lang, version, lang).text;
            }
            Ok((zone, out))
        })
        .await?;
    let (zone, placements) = rows;
    Ok(placements
        .into_iter()
        .filter(|(_, slots, _)| !slots.is_empty())
        .map(|(p, slots, (position, company))| {
            let line = |key: &str, s: &db::interviews::Slot| {
                tr.t_with(
                    key,
                    &[
                        ("position", FluentArg::Str(position.clone())),
                        ("company", FluentArg::Str(company.clone())),
                        (
                            "when",
                            FluentArg::Str(app::zones::when(tr, zone, s.starts_at)),
                        ),
                        ("minutes", FluentArg::Num(i64::from(s.minutes))),
                        ("place", FluentArg::Str(s.place.clone())),
                    ],
                )
            };
            let booked = p
                .interview_slot_id
                .as_ref()
                .and_then(|id| slots.iter().find(|s| &s.id == id))
                .map(|s| line("interview-yours", s));
            InterviewView {
                intro: tr.t_with(
                    "interview-choose",
                    &[
                        ("company", FluentArg::Str(company.clone())),
                        ("position", FluentArg::Str(position.clone())),
                        ("zone", FluentArg::Str(zone.name().to_owned())),
                    ],
                ),
                choices: if booked.is_some() {
                    Vec::new()
                } else {
                    slots
                        .iter()
                        .map(|s| Choice {
                            slot_id: s.id.clone(),
                            text: line("interview-slot-line", s),
                        })
                        .collect()
                },
                booked,
            }
        })
        .collect())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PickForm {
    slot: String,
}

/// Picks a time: another candidate's slot is 404, a second pick or a declined placement 409.
pub async fn pick(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<PickForm>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let organizer = state.organizer();
    app::interviews::pick(&state.db, &*state.clock, &who, &id, &f.slot, &organizer).await?;
    Ok(flash::redirect(
        &format!("/applications/{id}"),
        Flash::new("flash-interview-picked"),
    ))
}
