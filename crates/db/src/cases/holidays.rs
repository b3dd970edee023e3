//! Public holidays as data, per place and day: national ones ('' place) and a
//! municipality's own (its ISTAT code). Seeded for each year from the calendar's rules and
//! kept by administrators.

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::schema::holidays;
use crate::{DbConn, DbResult, Tx};

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = holidays)]
pub struct Holiday {
    pub place: String,
    pub day: NaiveDate,
    pub name: String,
}

/// The holidays that count in `place` (its own and the national ones) between two days.
pub fn holidays_between(
    conn: &mut DbConn,
    place: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> DbResult<Vec<NaiveDate>> {
    Ok(holidays::table
        .filter(holidays::place.eq("").or(holidays::place.eq(place)))
        .filter(holidays::day.between(from, to))
        .select(holidays::day)
        .order(holidays::day.asc())
        .load(conn)?)
}

/// Every stored holiday of a year, national first.
pub fn holidays_of_year(conn: &mut DbConn, year: i32) -> DbResult<Vec<Holiday>> {
    let (Some(from), Some(to)) = (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) else {
        return Ok(Vec::new());
    };
    Ok(holidays::table
        .filter(holidays::day.between(from, to))
        .order((holidays::place.asc(), holidays::day.asc()))
        .select(Holiday::as_select())
        .load(conn)?)
}

/// Whether any holiday of `place` is stored in `year` (seeding skips a year it finds).
pub fn has_year(conn: &mut DbConn, place: &str, year: i32) -> DbResult<bool> {
    let (Some(from), Some(to)) = (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) else {
        return Ok(false);
    };
    let n: i64 = holidays::table
        .filter(holidays::place.eq(place))
        .filter(holidays::day.between(from, to))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// Adds holidays (a day stored already is kept). Audited `holiday.add` once.
pub fn add_holidays(tx: &mut Tx<'_>, days: &[Holiday]) -> DbResult<()> {
    for h in days {
        let exists: i64 = holidays::table
            .filter(holidays::place.eq(&h.place))
            .filter(holidays::day.eq(h.day))
            .count()
            .get_result(tx.conn)?;
        if exists == 0 {
            diesel::insert_into(holidays::table)
                .values(h.clone())
                .execute(tx.conn)?;
        }
    }
    tx.audit("holiday.add", "holiday", "")
}

/// Removes one holiday. Audited `holiday.remove`.
pub fn remove_holiday(tx: &mut Tx<'_>, place: &str, day: NaiveDate) -> DbResult<()> {
    let n = diesel::delete(
        holidays::table
            .filter(holidays::place.eq(place))
            .filter(holidays::day.eq(day)),
    )
    .execute(tx.conn)?;
    if n == 0 {
        return Err(crate::DbError::NotFound);
    }
    tx.audit("holiday.remove", "holiday", "")
}

/// Every stored holiday.
pub fn all_holidays(conn: &mut DbConn) -> DbResult<Vec<Holiday>> {
    Ok(holidays::table
        .order((holidays::place.asc(), holidays::day.asc()))
        .select(Holiday::as_select())
        .load(conn)?)
}
