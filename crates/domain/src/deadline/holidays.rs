//! Italy's public holidays of a year, as a proposal to store: the stored rows are what
//! counts (a holiday moved or added by law is a row changed, not a release), and places add
//! their patron saints (Milan 7 December, Turin 24 June) as rows of their own.

use chrono::{Duration, NaiveDate};

/// A holiday as proposed: its date and a stable name (a message key's suffix).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    pub date: NaiveDate,
    pub name: &'static str,
}

/// Easter Sunday of `year` (Gregorian calendar; the anonymous "Meeus/Jones/Butcher"
/// computus).
pub fn easter(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The national public holidays of `year` (L. 260/1949 and later laws; 4 October, Saint
/// Francis, is a national holiday again from 2026 under L. 151/2025).
pub fn italian(year: i32) -> Vec<Holiday> {
    let fixed: [(u32, u32, &'static str); 11] = [
        (1, 1, "new-year"),
        (1, 6, "epiphany"),
        (4, 25, "liberation"),
        (5, 1, "labour"),
        (6, 2, "republic"),
        (8, 15, "assumption"),
        (11, 1, "all-saints"),
        (12, 8, "immaculate-conception"),
        (12, 25, "christmas"),
        (12, 26, "saint-stephen"),
        (10, 4, "saint-francis"),
    ];
    let mut out: Vec<Holiday> = fixed
        .into_iter()
        .filter(|(m, _, name)| *m != 10 || *name != "saint-francis" || year >= 2026)
        .filter_map(|(m, d, name)| {
            Some(Holiday {
                date: NaiveDate::from_ymd_opt(year, m, d)?,
                name,
            })
        })
        .collect();
    if let Some(sunday) = easter(year) {
        out.push(Holiday {
            date: sunday,
            name: "easter",
        });
        out.push(Holiday {
            date: sunday + Duration::days(1),
            name: "easter-monday",
        });
    }
    out.sort_by_key(|h| h.date);
    out
}

/// A place's own holiday (its patron saint), as a proposal to store for `year`: Milan's
/// Saint Ambrose (7 December), Turin's Saint John (24 June). Places are named by their
/// ISTAT code (Milano 015146, Torino 001272); others have none proposed.
pub fn local(place: &str, year: i32) -> Vec<Holiday> {
    let (month, day, name) = match place {
        "015146" => (12, 7, "saint-ambrose"),
        "001272" => (6, 24, "saint-john"),
        _ => return Vec::new(),
    };
    NaiveDate::from_ymd_opt(year, month, day)
        .map(|date| Holiday { date, name })
        .into_iter()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn easter_moves_each_year() {
        for (year, sunday) in [
            (2021, d(2021, 4, 4)),
            (2024, d(2024, 3, 31)),
            (2025, d(2025, 4, 20)),
            (2026, d(2026, 4, 5)),
            (2027, d(2027, 3, 28)),
            (2038, d(2038, 4, 25)),
        ] {
            assert_eq!(easter(year), Some(sunday), "{year}");
        }
    }

    #[test]
    fn a_year_has_its_easter_monday_and_saint_francis_from_2026() {
        let names = |y| italian(y).into_iter().map(|h| h.name).collect::<Vec<_>>();
        assert!(names(2025).contains(&"easter-monday"));
        assert!(!names(2025).contains(&"saint-francis"));
        assert!(names(2026).contains(&"saint-francis"));
        assert!(
            italian(2026)
                .iter()
                .any(|h| h.date == d(2026, 4, 6) && h.name == "easter-monday")
        );
        assert_eq!(italian(2026).len(), 13);
    }

    #[test]
    fn milan_and_turin_have_their_patron_saints() {
        assert_eq!(local("015146", 2026)[0].date, d(2026, 12, 7));
        assert_eq!(local("001272", 2026)[0].date, d(2026, 6, 24));
        assert!(local("058091", 2026).is_empty());
    }
}
