//! What a generator reads before writing in bulk: a sample of the ESCO taxonomy for
//! profiles and positions (the first occupations and skills by URI, so the same database
//! gives the same sample) and the case references already taken.

use diesel::prelude::*;

use crate::schema::{esco_occupations as oc, esco_skills as sk};
use crate::{DbConn, DbResult};

/// Occupations as (URI, ISCO-08 code, label); skills as (URI, label).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sample {
    pub occupations: Vec<(String, String, String)>,
    pub skills: Vec<(String, String)>,
}

/// Up to `limit` occupations and `limit` skills, ordered by URI.
pub fn taxonomy_sample(conn: &mut DbConn, limit: i64) -> DbResult<Sample> {
    let occupations = oc::table
        .order(oc::uri)
        .select((oc::uri, oc::isco_code, oc::label))
        .limit(limit)
        .load(conn)?;
    let skills = sk::table
        .order(sk::uri)
        .select((sk::uri, sk::label))
        .limit(limit)
        .load(conn)?;
    Ok(Sample {
        occupations,
        skills,
    })
}

/// The references of the cases already stored (a generated case must not take one: they
/// are short, so a million cases would otherwise collide).
pub fn case_references(conn: &mut DbConn) -> DbResult<Vec<String>> {
    use crate::schema::cases;
    Ok(cases::table.select(cases::reference).load(conn)?)
}
