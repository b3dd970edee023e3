//! The versions of an item's texts in other languages (`domain::content`), as answers carry
//! them, read-only: `{"fr": {"title": "…", "description": "…"}, "ar": {…}}`. Written on the
//! translations pages only; loaded with one query for a whole list.

use std::collections::{BTreeMap, HashMap};

use domain::content::Kind;

/// By language tag, by field.
pub type Translations = BTreeMap<&'static str, BTreeMap<&'static str, String>>;

/// The versions of these items of `kind`, by item id.
pub fn of(
    conn: &mut db::DbConn,
    kind: Kind,
    ids: &[String],
) -> db::DbResult<HashMap<String, Translations>> {
    let mut out: HashMap<String, Translations> = HashMap::new();
    for v in db::content::all_of(conn, kind, ids)? {
        out.entry(v.item_id)
            .or_default()
            .entry(v.lang.tag())
            .or_default()
            .insert(v.field.as_str(), v.text);
    }
    Ok(out)
}
