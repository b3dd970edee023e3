//! Skills evaluations against the training project's objectives: a level for every
//! objective and a note, by the company's or the promoter's tutor (or an approver).

use domain::duty::Duty;
use domain::traineeship::evaluation::{self, Stage};
use domain::{Invalid, Permission};

use crate::{Acting, AppResult, Clock, Error};

/// Records the `stage` evaluation of the case `id`: `levels` in the objectives' order, one
/// per objective (the objectives are read again in the write, so a level is never stored
/// against another objective than the one shown).
pub async fn save_evaluation(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    stage: Stage,
    levels: &[String],
    note: &str,
) -> AppResult<()> {
    let scope = who.scope(Permission::FollowTraineeships)?;
    let approver = who.actor.can(Permission::ApproveAllowances);
    let actor_id = who.actor.user_id.clone();
    let note = domain::bounds::text("note", note, evaluation::NOTE_MAX)?;
    let parsed: Vec<i64> = levels
        .iter()
        .map(|l| evaluation::level(l))
        .collect::<Result<_, _>>()?;
    let id = id.to_owned();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let case = db::cases::find(tx.conn, &scope, &actor_id, &id)?;
        db::traineeships::find(tx.conn, &case.id)?.ok_or(Error::NotFound)?;
        let duties = db::cases::duties_of(tx.conn, &case.id, &actor_id)?;
        let tutor = duties
            .iter()
            .any(|d| matches!(d, Duty::CompanyTutor | Duty::PromoterTutor));
        if !tutor && !approver {
            return Err(Error::Forbidden);
        }
        let src = db::cases::paper_sources(tx.conn, &case)?;
        let objectives = evaluation::objectives(&src.required_skills, &src.desired_skills);
        if objectives.is_empty() || objectives.len() != parsed.len() {
            return Err(Error::Invalid(Invalid::new(
                "level",
                "traineeship-error-level",
            )));
        }
        let rows: Vec<(String, i64)> = objectives.into_iter().zip(parsed).collect();
        db::traineeships::save_evaluation(tx, &case.id, stage, &note, &actor_id, &rows)?;
        Ok(())
    })
    .await
}
