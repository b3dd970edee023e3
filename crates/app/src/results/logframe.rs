//! Shaping the logframe (`ManageResults`): objectives and expected results, indicators
//! with their source (a registry rule or manual entry), baseline and target.

use domain::results::editing::{IndicatorFields, NodeFields, NodeKind};
use domain::{Invalid, Permission};

use crate::{Acting, AppResult, Clock, Error};

/// Adds an objective, or an expected result under the specific objective `parent_id`;
/// returns its id.
pub async fn add_node(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    programme_id: &str,
    parent_id: Option<&str>,
    fields: NodeFields,
) -> AppResult<String> {
    let scope = who.scope(Permission::ManageResults)?;
    let node = fields.parse()?;
    let (p, parent) = (
        programme_id.to_owned(),
        parent_id
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned),
    );
    db.write_at(
        who.origin.clone(),
        clock.now(),
        move |tx| -> AppResult<String> {
            let programme = db::programmes::find(tx.conn, &scope, &p)?;
            let parent = match (node.kind, parent) {
                (NodeKind::Result, Some(id)) => {
                    let n = db::results::logframe::node(tx.conn, &programme.id, &id)
                        .map_err(|_| Error::Invalid(Invalid::new("parent_id", "error-required")))?;
                    if n.kind != NodeKind::Specific {
                        return Err(Error::Invalid(Invalid::new("parent_id", "error-required")));
                    }
                    Some(n.id)
                }
                (NodeKind::Result, None) => {
                    return Err(Error::Invalid(Invalid::new("parent_id", "error-required")));
                }
                _ => None,
            };
            Ok(db::results::logframe::add_node(
                tx,
                &programme.id,
                parent.as_deref(),
                &node,
            )?)
        },
    )
    .await
}

/// Adds an indicator to the node `node_id`; returns its id.
pub async fn add_indicator(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    programme_id: &str,
    node_id: &str,
    fields: IndicatorFields,
) -> AppResult<String> {
    let scope = who.scope(Permission::ManageResults)?;
    let new = fields.parse()?;
    let (p, n) = (programme_id.to_owned(), node_id.to_owned());
    db.write_at(
        who.origin.clone(),
        clock.now(),
        move |tx| -> AppResult<String> {
            let programme = db::programmes::find(tx.conn, &scope, &p)?;
            let node = db::results::logframe::node(tx.conn, &programme.id, &n)
                .map_err(|_| Error::Invalid(Invalid::new("node_id", "error-required")))?;
            Ok(db::results::logframe::add_indicator(
                tx,
                &programme.id,
                &node.id,
                &new,
            )?)
        },
    )
    .await
}

/// Changes an indicator's code, title, direction, baseline and target (its source and
/// unit stay as they were: frozen figures were computed with them).
pub async fn edit_indicator(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    programme_id: &str,
    indicator_id: &str,
    fields: IndicatorFields,
) -> AppResult<()> {
    let scope = who.scope(Permission::ManageResults)?;
    let (p, i) = (programme_id.to_owned(), indicator_id.to_owned());
    db.write_at(
        who.origin.clone(),
        clock.now(),
        move |tx| -> AppResult<()> {
            let programme = db::programmes::find(tx.conn, &scope, &p)?;
            let row = db::results::logframe::indicator(tx.conn, &programme.id, &i)?;
            // The source and unit are the stored ones, whatever the form says.
            let fields = IndicatorFields {
                source: row.rule.clone().unwrap_or_else(|| "manual".to_owned()),
                unit: row.unit.as_str().to_owned(),
                ..fields
            };
            let new = fields.parse()?;
            Ok(db::results::logframe::edit_indicator(
                tx,
                &programme.id,
                &row.id,
                &new,
            )?)
        },
    )
    .await
}
