//! The logframe's nodes (objectives and expected results) and indicators, in order.

use diesel::prelude::*;
use domain::results::Unit;
use domain::results::editing::{NewIndicator, NewNode, NodeKind, SourceKind};

use crate::schema::{results_indicators as ri, results_nodes as rn};
use crate::{DbConn, DbError, DbResult, Tx};

/// An objective or expected result as stored.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = rn)]
pub struct NodeRow {
    pub id: String,
    pub programme_id: String,
    /// A result's specific objective.
    pub parent_id: Option<String>,
    #[diesel(deserialize_as = String)]
    pub kind: NodeKind,
    pub code: String,
    pub title: String,
    pub position: i64,
}

/// An indicator as stored.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = ri)]
pub struct IndicatorRow {
    pub id: String,
    pub programme_id: String,
    pub node_id: String,
    pub code: String,
    pub title: String,
    #[diesel(deserialize_as = String)]
    pub unit: Unit,
    pub ascending: bool,
    #[diesel(deserialize_as = String)]
    pub source: SourceKind,
    pub rule: Option<String>,
    pub baseline_year: Option<i64>,
    pub baseline_raw: Option<i64>,
    pub target_year: Option<i64>,
    pub target_raw: Option<i64>,
    pub position: i64,
}

/// The programmes that have a logframe, the most recently started first.
pub fn programmes_with_logframe(conn: &mut DbConn) -> DbResult<Vec<String>> {
    use crate::schema::programmes as p;
    Ok(p::table
        .filter(p::id.eq_any(rn::table.select(rn::programme_id)))
        .order((p::starts_on.desc(), p::id))
        .select(p::id)
        .load(conn)?)
}

/// The programme's nodes, in order.
pub fn nodes(conn: &mut DbConn, programme_id: &str) -> DbResult<Vec<NodeRow>> {
    Ok(rn::table
        .filter(rn::programme_id.eq(programme_id))
        .order((rn::position, rn::id))
        .select(NodeRow::as_select())
        .load(conn)?)
}

/// One node of the programme; `NotFound` when it is another's.
pub fn node(conn: &mut DbConn, programme_id: &str, id: &str) -> DbResult<NodeRow> {
    rn::table
        .filter(rn::programme_id.eq(programme_id))
        .filter(rn::id.eq(id))
        .select(NodeRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(DbError::NotFound)
}

/// The programme's indicators, in order.
pub fn indicators(conn: &mut DbConn, programme_id: &str) -> DbResult<Vec<IndicatorRow>> {
    Ok(ri::table
        .filter(ri::programme_id.eq(programme_id))
        .order((ri::position, ri::id))
        .select(IndicatorRow::as_select())
        .load(conn)?)
}

/// One indicator of the programme; `NotFound` when it is another's.
pub fn indicator(conn: &mut DbConn, programme_id: &str, id: &str) -> DbResult<IndicatorRow> {
    ri::table
        .filter(ri::programme_id.eq(programme_id))
        .filter(ri::id.eq(id))
        .select(IndicatorRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(DbError::NotFound)
}

/// Adds a node at the end of the programme's logframe (a result under `parent_id`).
/// Audited `results.node.add` against the programme.
pub fn add_node(
    tx: &mut Tx<'_>,
    programme_id: &str,
    parent_id: Option<&str>,
    node: &NewNode,
) -> DbResult<String> {
    let last: Option<i64> = rn::table
        .filter(rn::programme_id.eq(programme_id))
        .select(diesel::dsl::max(rn::position))
        .first(tx.conn)?;
    let id = crate::id::new_id();
    diesel::insert_into(rn::table)
        .values((
            rn::id.eq(&id),
            rn::programme_id.eq(programme_id),
            rn::parent_id.eq(parent_id),
            rn::kind.eq(node.kind.as_str()),
            rn::code.eq(&node.code),
            rn::title.eq(&node.title),
            rn::position.eq(last.unwrap_or(0) + 1),
        ))
        .execute(tx.conn)?;
    tx.audit("results.node.add", "programme", programme_id)?;
    Ok(id)
}

/// Adds an indicator at the end of its node's. Audited `results.indicator.add`.
pub fn add_indicator(
    tx: &mut Tx<'_>,
    programme_id: &str,
    node_id: &str,
    i: &NewIndicator,
) -> DbResult<String> {
    let last: Option<i64> = ri::table
        .filter(ri::programme_id.eq(programme_id))
        .select(diesel::dsl::max(ri::position))
        .first(tx.conn)?;
    let id = crate::id::new_id();
    let source = if i.rule.is_some() {
        SourceKind::Computed
    } else {
        SourceKind::Manual
    };
    diesel::insert_into(ri::table)
        .values((
            ri::id.eq(&id),
            ri::programme_id.eq(programme_id),
            ri::node_id.eq(node_id),
            ri::code.eq(&i.code),
            ri::title.eq(&i.title),
            ri::unit.eq(i.unit.as_str()),
            ri::ascending.eq(i.ascending),
            ri::source.eq(source.as_str()),
            ri::rule.eq(i.rule.as_deref()),
            ri::baseline_year.eq(i.baseline.map(|(y, _)| i64::from(y))),
            ri::baseline_raw.eq(i.baseline.map(|(_, v)| v)),
            ri::target_year.eq(i.target.map(|(y, _)| i64::from(y))),
            ri::target_raw.eq(i.target.map(|(_, v)| v)),
            ri::position.eq(last.unwrap_or(0) + 1),
        ))
        .execute(tx.conn)?;
    tx.audit("results.indicator.add", "results_indicator", &id)?;
    Ok(id)
}

/// Changes an indicator's code, title, direction, baseline and target (its source and
/// unit stay: frozen figures were computed with them). Audited `results.indicator.edit`.
pub fn edit_indicator(
    tx: &mut Tx<'_>,
    programme_id: &str,
    id: &str,
    i: &NewIndicator,
) -> DbResult<()> {
    let n = diesel::update(
        ri::table
            .filter(ri::programme_id.eq(programme_id))
            .filter(ri::id.eq(id)),
    )
    .set((
        ri::code.eq(&i.code),
        ri::title.eq(&i.title),
        ri::ascending.eq(i.ascending),
        ri::baseline_year.eq(i.baseline.map(|(y, _)| i64::from(y))),
        ri::baseline_raw.eq(i.baseline.map(|(_, v)| v)),
        ri::target_year.eq(i.target.map(|(y, _)| i64::from(y))),
        ri::target_raw.eq(i.target.map(|(_, v)| v)),
    ))
    .execute(tx.conn)?;
    if n == 0 {
        return Err(DbError::NotFound);
    }
    tx.audit("results.indicator.edit", "results_indicator", id)
}
