//! Placements as the lists show them: each with its candidate's name, country, studies and
//! Italian level, the position's title and the company's name, read in ONE joined query
//! however many rows (a page of the placements list, the API, a company's task), and the
//! count of those a filter selects. The scope is a subquery, not a list of ids read first.

use diesel::prelude::*;
use domain::Country;
use domain::permission::Scope;
use domain::placement::PlacementStatus;
use serde::Serialize;

use crate::matching::Placement;
use crate::schema::{
    candidate_profiles as cp, candidates, organisations, placements as pl, positions,
    programme_organisations as po,
};
use crate::{DbConn, DbError, DbResult};

/// A placement with what a company needs to interview: no identity documents.
#[derive(Debug, Clone, Serialize)]
pub struct PlacementView {
    #[serde(flatten)]
    pub placement: Placement,
    pub candidate_name: String,
    pub candidate_country: Country,
    pub qualification: String,
    pub experience: String,
    pub italian_rank: i64,
    pub position_title: String,
    pub company_name: String,
}

#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub call_id: Option<String>,
    pub status: Option<PlacementStatus>,
    /// One page: (how many, from which row). None reads them all.
    pub page: Option<(i64, i64)>,
}

type Backend = <DbConn as diesel::Connection>::Backend;

/// The placements `scope` reaches that `f` selects, as a boxed statement on `pl` alone.
fn selected(scope: &Scope, f: &Filter) -> pl::BoxedQuery<'static, Backend> {
    let mut q = pl::table.into_boxed();
    q = match scope {
        Scope::All => q,
        Scope::Programmes(ps) => q.filter(
            pl::company_id.eq_any(
                po::table
                    .filter(po::programme_id.eq_any(ps.clone()))
                    .select(po::organisation_id),
            ),
        ),
        Scope::Organisations(os) | Scope::Residence(os) => {
            q.filter(pl::company_id.eq_any(os.clone()))
        }
        Scope::Territories(ts) => q.filter(
            pl::company_id.eq_any(
                organisations::table
                    .filter(organisations::territory_id.eq_any(ts.clone()))
                    .select(organisations::id),
            ),
        ),
        Scope::OwnAccount | Scope::Assigned => q.filter(pl::id.is_null()),
    };
    if let Some(c) = &f.call_id {
        q = q.filter(pl::call_id.eq(c.clone()));
    }
    if let Some(s) = f.status {
        q = q.filter(pl::status.eq(s.as_str()));
    }
    q
}

/// How many placements `scope` reaches that `f` selects (its page aside).
pub fn count(conn: &mut DbConn, scope: &Scope, f: &Filter) -> DbResult<i64> {
    Ok(selected(scope, f).count().get_result(conn)?)
}

/// The placements `scope` reaches that `f` selects, newest first.
pub fn placements(conn: &mut DbConn, scope: &Scope, f: &Filter) -> DbResult<Vec<PlacementView>> {
    let mut ids = selected(scope, f)
        .select(pl::id)
        .order((pl::created_at.desc(), pl::id.desc()));
    if let Some((limit, offset)) = f.page {
        ids = ids.limit(limit).offset(offset);
    }
    views(conn, ids)
}

/// One placement `scope` reaches.
pub fn find_placement(conn: &mut DbConn, scope: &Scope, id: &str) -> DbResult<PlacementView> {
    let ids = selected(scope, &Filter::default())
        .filter(pl::id.eq(id.to_owned()))
        .select(pl::id);
    views(conn, ids)?.pop().ok_or(DbError::NotFound)
}

type Row = (
    Placement,
    (String, String, String, i64),
    Option<(String, String)>,
    String,
    String,
);

/// The views of the placements `ids` names, in its order (one statement).
fn views(
    conn: &mut DbConn,
    ids: pl::BoxedQuery<'static, Backend, diesel::sql_types::Text>,
) -> DbResult<Vec<PlacementView>> {
    let ordered: Vec<String> = ids.load(conn)?;
    let mut rows: Vec<Row> = Vec::with_capacity(ordered.len());
    // Placements are read by their ids (a page, at most a call's worth), in chunks within
    // every backend's limit of bound values.
    for chunk in ordered.chunks(500) {
        rows.extend(
            pl::table
                .inner_join(candidates::table.on(candidates::id.eq(pl::candidate_id)))
                .left_join(cp::table.on(cp::candidate_id.eq(pl::candidate_id)))
                .inner_join(positions::table.on(positions::id.eq(pl::position_id)))
                .inner_join(organisations::table.on(organisations::id.eq(pl::company_id)))
                .filter(pl::id.eq_any(chunk))
                .select((
                    Placement::as_select(),
                    (
                        candidates::given_names,
                        candidates::family_name,
                        candidates::residence_country,
                        candidates::italian_rank,
                    ),
                    (cp::qualification_title, cp::experience).nullable(),
                    positions::title,
                    organisations::name,
                ))
                .load::<Row>(conn)?,
        );
    }
    let at: std::collections::HashMap<&str, usize> = ordered
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    rows.sort_by_key(|(p, ..)| at.get(p.id.as_str()).copied().unwrap_or(usize::MAX));
    rows.into_iter()
        .map(
            |(p, (given, family, country, rank), profile, title, company)| {
                let (qualification, experience) = profile.unwrap_or_default();
                Ok(PlacementView {
                    candidate_name: format!("{given} {family}"),
                    candidate_country: crate::stored(country)?,
                    qualification,
                    experience,
                    italian_rank: rank,
                    position_title: title,
                    company_name: company,
                    placement: p,
                })
            },
        )
        .collect()
}
