//! The grants a person may see: a call's (staff of its programme), their own (a
//! participant, `Reach::Own`), or one grant. Each comes with its application's reference,
//! title, type and origin, and the grantee's name and country (from the call's
//! eligibility list), which the balance's subtotals group by.

use diesel::prelude::*;
use domain::Country;
use domain::grant::{ProjectOrigin, ProjectType};

use super::super::awards::AwardRow;
use super::super::{MAX_LIST, Reach};
use crate::schema::{
    candidates as c, grant_applications as ga, grant_awards as aw, grant_calls as gc,
    grant_eligibles as ge,
};
use crate::{DbConn, DbError, DbResult};

/// A grant with what its pages and lists show.
#[derive(Debug, Clone)]
pub struct Grant {
    pub award: AwardRow,
    pub reference: String,
    pub title: String,
    pub project_type: ProjectType,
    pub origin: ProjectOrigin,
    pub lang: String,
    pub candidate_id: String,
    pub family_name: String,
    pub given_names: String,
    pub country: Country,
    pub call_title: String,
    pub currency: String,
    pub programme_id: String,
}

type RowTuple = (
    AwardRow,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
);

/// The grants within reach: of the call `call_id` when given, oldest award first.
pub fn list(conn: &mut DbConn, reach: &Reach, call_id: Option<&str>) -> DbResult<Vec<Grant>> {
    let mut q = aw::table
        .inner_join(ga::table.inner_join(c::table))
        .inner_join(gc::table)
        .inner_join(
            ge::table.on(ge::call_id
                .eq(aw::call_id)
                .and(ge::candidate_id.eq(ga::candidate_id))),
        )
        .order((aw::awarded_at, ga::reference))
        .limit(MAX_LIST)
        .select((
            AwardRow::as_select(),
            ga::reference,
            ga::title,
            ga::project_type,
            ga::origin,
            ga::lang,
            ga::candidate_id,
            c::family_name,
            c::given_names,
            ge::country,
            gc::title,
            gc::currency,
            gc::programme_id,
        ))
        .into_boxed();
    if let Some(id) = call_id {
        q = q.filter(aw::call_id.eq(id.to_owned()));
    }
    match reach {
        Reach::All => {}
        Reach::Programmes(ps) => q = q.filter(gc::programme_id.eq_any(ps.clone())),
        Reach::Own(candidates) => q = q.filter(ga::candidate_id.eq_any(candidates.clone())),
    }
    q.load::<RowTuple>(conn)?.into_iter().map(grant).collect()
}

/// One grant within reach; `NotFound` outside it or when the application has none.
pub fn find(conn: &mut DbConn, reach: &Reach, application_id: &str) -> DbResult<Grant> {
    let mut q = aw::table
        .inner_join(ga::table.inner_join(c::table))
        .inner_join(gc::table)
        .inner_join(
            ge::table.on(ge::call_id
                .eq(aw::call_id)
                .and(ge::candidate_id.eq(ga::candidate_id))),
        )
        .filter(aw::application_id.eq(application_id.to_owned()))
        .select((
            AwardRow::as_select(),
            ga::reference,
            ga::title,
            ga::project_type,
            ga::origin,
            ga::lang,
            ga::candidate_id,
            c::family_name,
            c::given_names,
            ge::country,
            gc::title,
            gc::currency,
            gc::programme_id,
        ))
        .into_boxed();
    match reach {
        Reach::All => {}
        Reach::Programmes(ps) => q = q.filter(gc::programme_id.eq_any(ps.clone())),
        Reach::Own(candidates) => q = q.filter(ga::candidate_id.eq_any(candidates.clone())),
    }
    match q.first::<RowTuple>(conn).optional()? {
        Some(r) => grant(r),
        None => Err(DbError::NotFound),
    }
}

fn grant(r: RowTuple) -> DbResult<Grant> {
    let (award, reference, title, ty, origin, lang, candidate_id, family_name, given_names) =
        (r.0, r.1, r.2, r.3, r.4, r.5, r.6, r.7, r.8);
    Ok(Grant {
        award,
        reference,
        title,
        project_type: crate::stored(ty)?,
        origin: crate::stored(origin)?,
        lang,
        candidate_id,
        family_name,
        given_names,
        country: crate::stored(r.9)?,
        call_title: r.10,
        currency: r.11,
        programme_id: r.12,
    })
}
