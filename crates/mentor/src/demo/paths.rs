//! A demo case's path through the art. 27 procedure (DOMAIN.md §5), planned from its first
//! day with plausible durations, and written through the real storage: the case opened on
//! its placement, each step recorded on the day it happened (`db::cases::record_step`, in a
//! write stamped with that day), the facts each step asks for (`db::cases::set_fact`, the
//! trainee's codice fiscale sealed like `app::cases::facts` seals it), and the nearest
//! deadline recomputed at the end.
//!
//! Durations, from DOMAIN.md and MENTOR II's timeline: training project within a few weeks
//! of the convention, the Region's approval within two to six weeks, the consulate's
//! decision from three weeks up to the 90 days, arrival a few days after the ticket, the
//! permit asked for within 8 working days, the traineeship started within 15 days of that,
//! six months of traineeship, and for some an extension up to twelve months in all.

use anyhow::Result;
use chrono::{Datelike, Duration, Months, NaiveDate, NaiveDateTime};
use db::{Database, Origin};
use domain::Country;
use domain::deadline::{WorkCalendar, holidays};
use domain::fieldcrypt::{Keyring, Place};
use domain::procedure::{facts, place_of};

/// Whom a path is about, as its facts need it.
#[derive(Debug, Clone)]
pub struct Who {
    /// Draws the durations: the same index gives the same path.
    pub index: usize,
    pub family_name: String,
    pub given_names: String,
    pub female: bool,
    pub birth_date: NaiveDate,
    pub country: Country,
    pub city: String,
    /// How many trainees the host's convention covers.
    pub covered: usize,
}

/// How a path goes beyond its usual course.
#[derive(Debug, Clone, Copy, Default)]
pub struct Shape {
    /// The first visa request refused, and filed again.
    pub refused: bool,
    /// The traineeship extended beyond its six months.
    pub extended: bool,
}

/// One step of the path: the day (and time) it was entered and the facts recorded with it.
#[derive(Debug, Clone)]
pub struct Planned {
    pub step: &'static str,
    pub on: NaiveDate,
    pub at: Option<NaiveDateTime>,
    pub facts: Vec<(&'static str, String)>,
}

/// A number in `lo..=hi` drawn from the path's index and the step (the same each run).
fn draw(i: usize, step: u64, lo: i64, hi: i64) -> i64 {
    let mut z = (i as u64)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add(step.wrapping_mul(0xBF58_476D_1CE4_E5B9));
    z = (z ^ (z >> 31)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 29;
    lo + i64::try_from(z % u64::try_from(hi - lo + 1).unwrap_or(1)).unwrap_or(0)
}

fn days(n: i64) -> Duration {
    Duration::days(n)
}

/// The working calendar of a host city, from the holidays the procedure seeds.
pub fn calendar(city: &str, around: NaiveDate) -> WorkCalendar {
    let place = place_of(city);
    let mut all = Vec::new();
    for year in around.year() - 4..=around.year() + 2 {
        all.extend(holidays::italian(year).into_iter().map(|h| h.date));
        if !place.is_empty() {
            all.extend(holidays::local(place, year).into_iter().map(|h| h.date));
        }
    }
    WorkCalendar::new(all)
}

/// `n` working days before `d`.
pub fn working_days_before(cal: &WorkCalendar, d: NaiveDate, n: u32) -> NaiveDate {
    let mut day = d;
    let mut left = n;
    while left > 0 {
        day = day.pred_opt().unwrap_or(day);
        if cal.is_working_day(day) {
            left -= 1;
        }
    }
    day
}

/// A fictional codice fiscale of the right shape: three letters of the family name, three
/// of the given names, the birth date (day + 40 for women), the foreign state's code
/// (Z352 Tunisia, Z330 Morocco), a control letter.
pub fn codice_fiscale(w: &Who) -> String {
    let letters = |s: &str, n: usize| -> String {
        let up: Vec<char> = s
            .to_ascii_uppercase()
            .chars()
            .filter(char::is_ascii_alphabetic)
            .collect();
        let consonants = up.iter().filter(|c| !"AEIOU".contains(**c));
        let vowels = up.iter().filter(|c| "AEIOU".contains(**c));
        consonants
            .chain(vowels)
            .chain(['X', 'X', 'X'].iter())
            .take(n)
            .collect()
    };
    let months = b"ABCDEHLMPRST";
    let month = char::from(months[w.birth_date.month0() as usize % 12]);
    let d = w.birth_date.day() + if w.female { 40 } else { 0 };
    let state = if w.country == Country::TN {
        "Z352"
    } else {
        "Z330"
    };
    let control = char::from(b'A' + u8::try_from(w.index % 26).unwrap_or(0));
    format!(
        "{}{}{:02}{month}{d:02}{state}{control}",
        letters(&w.family_name, 3),
        letters(&w.given_names, 3),
        w.birth_date.year() % 100
    )
}

/// The whole path from the convention signed on `start` to the end of the traineeship.
pub fn plan(w: &Who, start: NaiveDate, shape: Shape) -> Vec<Planned> {
    let i = w.index;
    let cal = calendar(&w.city, start);
    let milan = place_of(&w.city) == "015146";
    let training = start + days(draw(i, 1, 7, 20));
    let review = training + days(draw(i, 2, 5, 14));
    let approved = review + days(draw(i, 3, 14, 40));
    let requested = approved + days(draw(i, 4, 5, 18));
    // Decisions from three weeks up to the 90 days the consulate has.
    let mut visa: Vec<(&'static str, NaiveDate)> = vec![("visa_requested", requested)];
    let issued = if shape.refused {
        let refused = requested + days(draw(i, 5, 40, 60));
        let again = refused + days(draw(i, 6, 10, 20));
        visa.push(("visa_refused", refused));
        visa.push(("visa_requested", again));
        again + days(draw(i, 7, 30, 50))
    } else {
        requested + days(draw(i, 8, 21, 90))
    };
    let ready = issued + days(draw(i, 9, 4, 14));
    let arrived_on = ready + days(draw(i, 10, 3, 12));
    let arrived_at = arrived_on
        .and_hms_opt(u32::try_from(draw(i, 11, 8, 20)).unwrap_or(14), 35, 0)
        .unwrap_or_default();
    // Within the 8 working days; the Questura's post office works on working days.
    let permit = cal.next_working_day(arrived_on + days(draw(i, 12, 1, 7)));
    let active = cal
        .next_working_day(permit + days(draw(i, 13, 3, 11)))
        .min(permit + days(15));
    let planned_end = active + Months::new(6) - days(1);
    let extended_to =
        (active + Months::new(u32::try_from(draw(i, 14, 9, 12)).unwrap_or(12))) - days(1);
    let end = if shape.extended {
        extended_to
    } else {
        planned_end
    };
    let passport_issued = start - days(draw(i, 15, 200, 2500));
    let passport_expires = passport_issued + Months::new(120) - days(1);

    let mut out = vec![
        Planned {
            step: "convention",
            on: start,
            at: None,
            facts: vec![("trainees_covered", w.covered.max(1).to_string())],
        },
        Planned {
            step: "training_project",
            on: training,
            at: None,
            facts: vec![
                (
                    "inail_policy",
                    format!("PAT {:08}-{:02}", 91_400_000 + i * 7_919, i % 97),
                ),
                (
                    "liability_policy",
                    format!("RCT/{}/{:06}", start.year(), 300_000 + i * 1_733),
                ),
                ("company_tutor", format!("Tutor aziendale {}", 1 + i % 36)),
                (
                    "promoter_tutor",
                    if milan {
                        "Elena Sala (AFOL)"
                    } else {
                        "Paolo Gili (APL)"
                    }
                    .to_owned(),
                ),
                ("hours_per_week", "30".to_owned()),
                ("allowance", if milan { "600" } else { "650" }.to_owned()),
                ("planned_start_on", active.to_string()),
                ("planned_end_on", planned_end.to_string()),
                (
                    "lodging",
                    if i.is_multiple_of(3) {
                        "Foresteria aziendale"
                    } else {
                        "Alloggio del Comune, progetto di accoglienza"
                    }
                    .to_owned(),
                ),
            ],
        },
        Planned {
            step: "regional_review",
            on: review,
            at: None,
            facts: vec![],
        },
        Planned {
            step: "regional_approved",
            on: approved,
            at: None,
            facts: vec![],
        },
    ];
    for (step, on) in visa {
        let facts = if step == "visa_requested" {
            vec![
                ("visa_requested_on", on.to_string()),
                ("passport_issued_on", passport_issued.to_string()),
                ("passport_expires_on", passport_expires.to_string()),
            ]
        } else {
            vec![]
        };
        out.push(Planned {
            step,
            on,
            at: None,
            facts,
        });
    }
    out.extend([
        Planned {
            step: "visa_issued",
            on: issued,
            at: None,
            facts: vec![("visa_ends_on", (end + days(30)).to_string())],
        },
        Planned {
            step: "ready_to_depart",
            on: ready,
            at: None,
            facts: vec![],
        },
        Planned {
            step: "arrived",
            on: arrived_on,
            at: Some(arrived_at),
            facts: vec![(
                "arrived_at",
                arrived_at.format("%Y-%m-%dT%H:%M").to_string(),
            )],
        },
        Planned {
            step: "permit_requested",
            on: permit,
            at: None,
            facts: vec![("codice_fiscale", codice_fiscale(w))],
        },
        Planned {
            step: "active",
            on: active,
            at: None,
            facts: vec![
                ("started_on", active.to_string()),
                (
                    "permit_issued_on",
                    (permit + days(draw(i, 16, 25, 55))).to_string(),
                ),
                ("permit_expires_on", (end + days(60)).to_string()),
            ],
        },
    ]);
    if shape.extended {
        out.push(Planned {
            step: "extended",
            on: planned_end - days(draw(i, 17, 10, 30)),
            at: None,
            facts: vec![("extended_to_on", extended_to.to_string())],
        });
    }
    out.push(Planned {
        step: "completed",
        on: end,
        at: None,
        facts: vec![],
    });
    out
}

/// The facts a step's own recording sets (its anchor); the others of the step in progress
/// are still to be given.
pub fn is_anchor(step: &str, field: &str) -> bool {
    facts::anchor_facts(step).iter().any(|f| f == field)
}

/// Writes `path` on the case of `placement_id`: opened on the first step's day, each step
/// recorded on its own, the facts of each, the nearest deadline recomputed. The case id;
/// nothing is written when the placement has its case already.
pub fn write(
    db: &Database,
    keys: &Keyring,
    placement_id: &str,
    by_user: &str,
    path: &[Planned],
) -> Result<Option<String>> {
    let Some(first) = path.first() else {
        return Ok(None);
    };
    let origin = Origin::user(by_user, "demo");
    let stamp = |on: NaiveDate| on.and_hms_opt(9, 30, 0).unwrap_or_default();
    let opened = db.write_blocking_at(&origin, stamp(first.on), |tx| -> app::AppResult<_> {
        let Some(id) = app::cases::open::for_placement(tx, placement_id)? else {
            return Ok(None);
        };
        // Accepted on the day the convention was signed, as it was.
        let p =
            db::matching::find_placement(tx.conn, &domain::permission::Scope::All, placement_id)?
                .placement;
        if p.status != domain::placement::PlacementStatus::Accepted {
            db::matching::set_placement_status(
                tx,
                &p,
                domain::placement::PlacementStatus::Accepted,
                "",
            )?;
        }
        facts_of(tx, keys, &id, by_user, first)?;
        Ok(Some(id))
    })?;
    let Some(case_id) = opened else {
        return Ok(None);
    };
    for (n, pair) in path.windows(2).enumerate() {
        let (from, to) = (&pair[0], &pair[1]);
        let last = n + 2 == path.len();
        db.write_blocking_at(&origin, stamp(to.on), |tx| -> app::AppResult<()> {
            db::cases::record_step(
                tx,
                &case_id,
                by_user,
                &db::cases::Move {
                    from: from.step,
                    to: to.step,
                    on: to.on,
                    at: to.at,
                    note: "",
                    closes: matches!(to.step, "completed" | "interrupted" | "withdrawn"),
                },
            )?;
            facts_of(tx, keys, &case_id, by_user, to)?;
            if last {
                app::cases::refresh_next_due(tx, &case_id)?;
            }
            Ok(())
        })?;
    }
    if path.len() == 1 {
        db.write_blocking_at(&origin, stamp(first.on), |tx| {
            app::cases::refresh_next_due(tx, &case_id)
        })?;
    }
    Ok(Some(case_id))
}

fn facts_of(
    tx: &mut db::Tx<'_>,
    keys: &Keyring,
    case_id: &str,
    by_user: &str,
    step: &Planned,
) -> app::AppResult<()> {
    for (field, raw) in &step.facts {
        // Stored exactly as the fact's form would store it (money in cents, …).
        let value = facts::parse_value(field, raw)?;
        let sealed = facts::is_sealed(field);
        let value = if sealed {
            let mut nonce = [0u8; 24];
            db::id::fill_random(&mut nonce);
            let column = format!("fact:{field}");
            keys.seal(
                &Place {
                    table: "case_facts",
                    column: &column,
                    row: case_id,
                },
                nonce,
                &value,
            )
        } else {
            value
        };
        db::cases::set_fact(
            tx,
            &db::cases::Fact {
                case_id: case_id.to_owned(),
                field: (*field).to_owned(),
                value,
                sealed,
                updated_by: by_user.to_owned(),
                updated_at: tx.now,
            },
        )?;
    }
    Ok(())
}
