//! The activity a programme publishes, as IATI 2.03 names its parts, built from the
//! programme's `Report`, its settings, partners and grant disbursements. Codes are the
//! official codelists' (checked against them in `tests/iati_codelists.rs` of `app`);
//! amounts are exact cents.
//!
//! What is decided here, once:
//! - participating organisations: the funders (the EU, and every donor organisation of
//!   the programme — ICMPD) role 1; the lead partner role 2 (accountable) and 3
//!   (extending); every other partner but host companies role 4 (implementing);
//! - recipient countries: the programme's countries of origin (not Italy), split in
//!   proportion to the traineeships each country had (`country_weights`), equally when
//!   there were none yet; percentages sum to exactly 100;
//! - sectors: [`SECTORS`], DAC 5-digit purpose codes;
//! - budgets: the programme's budget split over its calendar years in proportion to their
//!   days (each period at most a year, none overlapping), original (type 1), committed
//!   (status 2);
//! - transactions: the programme's budget as an incoming commitment (type 11) from the
//!   first funder on the first day, then each grant disbursement (type 3), with no grantee
//!   named.

use chrono::{DateTime, NaiveDate, Utc};

use super::Settings;
use super::shares::{days, percentages, split, years};
use crate::OrganisationKind;
use crate::results::{Indicator, Report, Unit, Value};

/// DAC 5-digit sectors of a circular-mobility scheme and their shares (basis points):
/// migration and mobility (15190) and employment creation (16020).
pub const SECTORS: [(&str, i64); 2] = [("15190", 7000), ("16020", 3000)];

/// The funder every MENTOR-type scheme has: the programme documents name the EU's AMIF.
pub const EU: &str = "European Union";

/// An organisation taking part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Org {
    pub name: String,
    pub reference: Option<String>,
    /// OrganisationType code.
    pub kind: Option<String>,
    /// OrganisationRole code.
    pub role: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Budget {
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub cents: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transaction {
    /// TransactionType code.
    pub kind: &'static str,
    pub on: NaiveDate,
    pub cents: i64,
    pub currency: String,
    pub description: String,
    pub provider: Option<String>,
}

/// One indicator period's values (plain decimals).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub target: Option<String>,
    pub actual: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorEntry {
    pub title: String,
    /// IndicatorMeasure code: 1 unit, 2 percentage.
    pub measure: &'static str,
    pub ascending: bool,
    pub baseline: Option<(i32, String)>,
    pub periods: Vec<Period>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultEntry {
    /// ResultType code: 1 output, 2 outcome, 3 impact.
    pub kind: &'static str,
    pub title: String,
    pub indicators: Vec<IndicatorEntry>,
}

/// The whole activity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Activity {
    pub identifier: String,
    pub lang: String,
    pub currency: String,
    pub last_updated: DateTime<Utc>,
    pub reporting: Org,
    pub title: String,
    pub description: String,
    pub participating: Vec<Org>,
    /// ActivityStatus code.
    pub status: &'static str,
    /// (ActivityDateType code, day).
    pub dates: Vec<(&'static str, NaiveDate)>,
    /// (ISO 3166-1 code, basis points).
    pub countries: Vec<(String, i64)>,
    /// (DAC 5-digit code, basis points).
    pub sectors: Vec<(String, i64)>,
    pub budgets: Vec<Budget>,
    pub transactions: Vec<Transaction>,
    pub results: Vec<ResultEntry>,
}

/// What the activity is built from besides the `Report`.
#[derive(Debug, Clone)]
pub struct Sources<'a> {
    pub settings: &'a Settings,
    /// The programme's partner organisations (name, kind).
    pub partners: &'a [(String, OrganisationKind)],
    /// (day paid, cents, currency) of each grant disbursement.
    pub disbursements: &'a [(NaiveDate, i64, String)],
    /// Traineeships per country of origin (`OutcomeTable`'s row), for the country split.
    pub country_weights: &'a [(String, i64)],
    /// The description, in `lang`.
    pub description: String,
    pub lang: String,
    pub now: DateTime<Utc>,
}

/// The OrganisationType code of a partner of this kind.
pub const fn organisation_type(kind: OrganisationKind) -> &'static str {
    use OrganisationKind as K;
    match kind {
        K::LeadPartner | K::Municipality => "11",
        K::OriginAgency | K::Promoter => "15",
        K::Ngo => "22",
        K::BusinessAssociation | K::HostCompany => "70",
        K::ResearchCentre => "80",
        K::Ministry => "10",
        K::Donor => "40",
    }
}

fn participating(settings: &Settings, partners: &[(String, OrganisationKind)]) -> Vec<Org> {
    let org = |name: &str, kind: OrganisationKind, role| Org {
        name: name.to_owned(),
        reference: None,
        kind: Some(organisation_type(kind).to_owned()),
        role,
    };
    let mut out = vec![Org {
        name: EU.into(),
        reference: None,
        kind: Some("40".to_owned()),
        role: "1",
    }];
    for (name, kind) in partners {
        if *kind == OrganisationKind::Donor {
            out.push(org(name, *kind, "1"));
        }
    }
    for (name, kind) in partners {
        if *kind == OrganisationKind::LeadPartner {
            for role in ["2", "3"] {
                let mut o = org(name, *kind, role);
                if *name == settings.org_name {
                    o.reference = Some(settings.org_ref.clone());
                }
                out.push(o);
            }
        }
    }
    for (name, kind) in partners {
        if !matches!(
            kind,
            OrganisationKind::Donor | OrganisationKind::LeadPartner | OrganisationKind::HostCompany
        ) {
            out.push(org(name, *kind, "4"));
        }
    }
    out
}

fn status_and_dates(
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    today: NaiveDate,
) -> (&'static str, Vec<(&'static str, NaiveDate)>) {
    let mut dates = vec![("1", starts_on)];
    if starts_on <= today {
        dates.push(("2", starts_on));
    }
    dates.push(("3", ends_on));
    if ends_on < today {
        dates.push(("4", ends_on));
    }
    let status = if today < starts_on {
        "1"
    } else if today <= ends_on {
        "2"
    } else {
        "3"
    };
    (status, dates)
}

fn countries(programme_countries: &[String], weights: &[(String, i64)]) -> Vec<(String, i64)> {
    let origin: Vec<&String> = programme_countries
        .iter()
        .filter(|c| c.as_str() != "IT")
        .collect();
    let w: Vec<i64> = origin
        .iter()
        .map(|c| weights.iter().find(|(x, _)| x == *c).map_or(0, |(_, n)| *n))
        .collect();
    origin.into_iter().cloned().zip(percentages(&w)).collect()
}

fn measure(unit: Unit) -> &'static str {
    match unit {
        Unit::Percent => "2",
        Unit::Count | Unit::Days | Unit::Euro => "1",
    }
}

fn indicator(i: &Indicator, starts_on: NaiveDate, ends_on: NaiveDate) -> IndicatorEntry {
    let dec = |v: &Value| v.decimal();
    let mut periods: Vec<Period> = i
        .periods
        .iter()
        .map(|p| Period {
            starts_on: p.starts_on,
            ends_on: p.ends_on,
            target: p.target.as_ref().map(dec),
            actual: p.actual.as_ref().map(|f| dec(&f.total)),
        })
        .collect();
    if let Some(target) = &i.target
        && periods.iter().all(|p| p.target.is_none())
    {
        periods.push(Period {
            starts_on,
            ends_on,
            target: Some(dec(&target.value)),
            actual: i.current.as_ref().map(|f| dec(&f.total)),
        });
    }
    IndicatorEntry {
        title: format!("{} {}", i.code, i.title).trim().to_owned(),
        measure: measure(i.unit),
        ascending: i.ascending,
        baseline: i.baseline.as_ref().map(|b| (b.year, dec(&b.value))),
        periods,
    }
}

fn results(report: &Report) -> Vec<ResultEntry> {
    let p = &report.programme;
    let entry = |kind, code: &str, title: &str, inds: &[Indicator]| ResultEntry {
        kind,
        title: format!("{code} {title}").trim().to_owned(),
        indicators: inds
            .iter()
            .map(|i| indicator(i, p.starts_on, p.ends_on))
            .collect(),
    };
    let mut out = Vec::new();
    for o in &report.objectives {
        let kind = if o.overall { "3" } else { "2" };
        if !o.indicators.is_empty() {
            out.push(entry(kind, &o.code, &o.title, &o.indicators));
        }
        for r in &o.results {
            if !r.indicators.is_empty() {
                out.push(entry("1", &r.code, &r.title, &r.indicators));
            }
        }
    }
    out
}

/// Builds the activity.
pub fn activity(report: &Report, src: &Sources<'_>) -> Activity {
    let p = &report.programme;
    let s = src.settings;
    let (status, dates) = status_and_dates(p.starts_on, p.ends_on, src.now.date_naive());
    let periods = years(p.starts_on, p.ends_on);
    let weights: Vec<i64> = periods.iter().map(|y| days(*y)).collect();
    let budgets = periods
        .iter()
        .zip(split(p.budget_cents, &weights))
        .map(|((starts_on, ends_on), cents)| Budget {
            starts_on: *starts_on,
            ends_on: *ends_on,
            cents,
        })
        .collect();
    let participating = participating(s, src.partners);
    let funder = participating
        .iter()
        .rev()
        .find(|o| o.role == "1")
        .map(|o| o.name.clone());
    let mut transactions = vec![Transaction {
        kind: "11",
        on: p.starts_on,
        cents: p.budget_cents,
        currency: p.currency.clone(),
        description: format!("{} budget", p.name),
        provider: funder,
    }];
    transactions.extend(
        src.disbursements
            .iter()
            .map(|(on, cents, currency)| Transaction {
                kind: "3",
                on: *on,
                cents: *cents,
                currency: currency.clone(),
                description: "Return-project grant disbursement".into(),
                provider: None,
            }),
    );
    Activity {
        identifier: s.activity_id.clone(),
        lang: src.lang.clone(),
        currency: p.currency.clone(),
        last_updated: src.now,
        reporting: Org {
            name: s.org_name.clone(),
            reference: Some(s.org_ref.clone()),
            kind: Some(s.org_type.clone()),
            role: "",
        },
        title: p.name.clone(),
        description: src.description.clone(),
        participating,
        status,
        dates,
        countries: countries(&p.countries, src.country_weights),
        sectors: SECTORS
            .iter()
            .map(|(code, bp)| ((*code).to_owned(), *bp))
            .collect(),
        budgets,
        transactions,
        results: results(report),
    }
}
