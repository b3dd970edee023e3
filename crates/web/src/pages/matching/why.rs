//! The words for a run's explanations: why a candidate is not at their best option (with
//! what it would change), what binds a run, and what made one impossible.

use app::matching_problem::Why;
use i18n::{FluentArg, Tr};

use super::{CandidateNames, CompanyNames, PositionNames};

/// The names an explanation may show: the run page is for staff who see candidates'
/// names (ManageMatching), and shows nothing the page does not already show.
pub struct Names<'a> {
    pub candidates: &'a CandidateNames,
    pub positions: &'a PositionNames,
    pub companies: &'a CompanyNames,
}

impl Names<'_> {
    pub fn candidate(&self, id: &str) -> String {
        self.candidates
            .get(id)
            .map(|c| c.0.clone())
            .unwrap_or_default()
    }

    /// "title — company".
    pub fn position(&self, id: &str) -> String {
        self.positions
            .get(id)
            .map(|p| format!("{} — {}", p.0, p.1))
            .unwrap_or_default()
    }

    fn company(&self, id: &str) -> String {
        self.companies.get(id).cloned().unwrap_or_default()
    }
}

/// Why the candidate is not at `best` (a position id; "" for none), in a sentence.
pub fn reason_text(tr: &Tr, names: &Names<'_>, why: &Why, best: &str) -> String {
    let best = names.position(best);
    match why {
        Why::HigherTotal { by, score } => tr.t_with(
            "matching-why-higher-total",
            &[
                ("position", FluentArg::Str(best)),
                ("other", FluentArg::Str(names.candidate(by))),
                ("score", FluentArg::Str(tr.number(score))),
            ],
        ),
        Why::CountryQuota(c) => tr.t1("matching-why-country-quota", "country", c),
        Why::CityQuota(c) => tr.t1("matching-why-city-quota", "city", c),
        Why::CompanyCap(c) => tr.t1("matching-why-company-cap", "company", &names.company(c)),
        Why::OnePerHost(None) => tr.t1("matching-why-one-per-host-self", "position", &best),
        Why::OnePerHost(Some(by)) => tr.t_with(
            "matching-why-one-per-host-taken",
            &[
                ("position", FluentArg::Str(best)),
                ("other", FluentArg::Str(names.candidate(by))),
            ],
        ),
        Why::Locked => tr.t("matching-why-locked"),
        Why::HeldByLock(by) => tr.t_with(
            "matching-why-held-by-lock",
            &[
                ("position", FluentArg::Str(best)),
                ("other", FluentArg::Str(names.candidate(by))),
            ],
        ),
        Why::Forbidden => tr.t1("matching-why-forbidden", "position", &best),
        Why::NoOption => tr.t("matching-why-no-option"),
        Why::Other => tr.t("matching-why-other"),
    }
}

/// What taking the best option would change: the candidate's gain, the run's total.
pub fn counterfactual_text(tr: &Tr, gain: i64, total_change: Option<i64>) -> String {
    match total_change {
        Some(change) => tr.t_with(
            "matching-why-counterfactual",
            &[
                ("gain", FluentArg::Str(tr.number(&gain))),
                ("change", FluentArg::Str(signed(tr, change))),
            ],
        ),
        None => tr.t1("matching-why-no-counterfactual", "gain", &tr.number(&gain)),
    }
}

fn signed(tr: &Tr, n: i64) -> String {
    if n > 0 {
        format!("+{}", tr.number(&n))
    } else {
        tr.number(&n)
    }
}

/// A constraint that binds a run, with how many candidates it holds back.
pub fn binding_text(tr: &Tr, names: &Names<'_>, why: &Why, count: usize) -> String {
    let what = match why {
        Why::CountryQuota(c) => tr.t1("matching-binding-country", "country", c),
        Why::CityQuota(c) => tr.t1("matching-binding-city", "city", c),
        Why::CompanyCap(c) => tr.t1("matching-binding-company", "company", &names.company(c)),
        Why::OnePerHost(_) => tr.t("matching-binding-one-per-host"),
        Why::Locked | Why::HeldByLock(_) => tr.t("matching-binding-locks"),
        Why::Forbidden => tr.t("matching-binding-forbids"),
        Why::NoOption => tr.t("matching-binding-hard-rules"),
        Why::HigherTotal { .. } | Why::Other => tr.t("matching-why-other"),
    };
    tr.t_with(
        "matching-binding-item",
        &[
            ("constraint", FluentArg::Str(what)),
            ("count", FluentArg::Num(count as i64)),
        ],
    )
}

/// What made a run impossible: a minimum that cannot be met, or the locks.
pub fn failure_text(tr: &Tr, why: &Why) -> String {
    match why {
        Why::CountryQuota(c) => tr.t1("matching-failure-country-min", "country", c),
        Why::CityQuota(c) => tr.t1("matching-failure-city-min", "city", c),
        _ => tr.t("matching-failure-locks"),
    }
}
