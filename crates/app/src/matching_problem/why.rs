//! What the engine's explanations mean in a call: its groups are company caps, city and
//! country quotas; its locks are the coordinator's or, in a spread run, the first round's
//! one trainee per host. The engine knows none of that; the problem stored with the run
//! (built before any round) tells them apart.

use matching::{Binding, Explanation, Reason};

use super::StoredProblem;

/// Why a candidate is not at their best option, in the call's terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// The place went to another candidate (id), whose pair there scores `score`.
    HigherTotal { by: String, score: i64 },
    /// The country quota (country code) is full.
    CountryQuota(String),
    /// The city quota (city) is full.
    CityQuota(String),
    /// The company's cap (company id) is reached.
    CompanyCap(String),
    /// Every host got one trainee first (spread): the candidate's own pair was made in
    /// that round (`None`), or their best place went to another candidate (id) in it.
    OnePerHost(Option<String>),
    /// The coordinator locked this candidate elsewhere.
    Locked,
    /// The coordinator locked another candidate (id) to the place.
    HeldByLock(String),
    /// The coordinator forbade the pair.
    Forbidden,
    /// No position passed the hard rules (Italian, education, dates).
    NoOption,
    /// Nothing named binds (e.g. stated rankings in a stable run).
    Other,
}

impl Why {
    /// A stable name, for `data-reason` attributes and message keys.
    pub fn kind(&self) -> &'static str {
        match self {
            Why::HigherTotal { .. } => "higher-total",
            Why::CountryQuota(_) => "country-quota",
            Why::CityQuota(_) => "city-quota",
            Why::CompanyCap(_) => "company-cap",
            Why::OnePerHost(_) => "one-per-host",
            Why::Locked => "locked",
            Why::HeldByLock(_) => "held-by-lock",
            Why::Forbidden => "forbidden",
            Why::NoOption => "no-option",
            Why::Other => "other",
        }
    }
}

fn group(id: &str) -> Why {
    if let Some(c) = id.strip_prefix("country:") {
        Why::CountryQuota(c.to_owned())
    } else if let Some(c) = id.strip_prefix("city:") {
        Why::CityQuota(c.to_owned())
    } else if let Some(c) = id.strip_prefix("company:") {
        Why::CompanyCap(c.to_owned())
    } else {
        Why::Other
    }
}

/// The reason of `e`, a run's explanation, in the call's terms.
pub fn why(stored: &StoredProblem, e: &Explanation) -> Why {
    let own = |c: &str, p: Option<&str>| {
        stored
            .problem
            .locked
            .iter()
            .any(|(lc, lp)| lc == c && Some(lp.as_str()) == p)
    };
    match &e.reason {
        Reason::Taken { by, score } => Why::HigherTotal {
            by: by.clone(),
            score: *score,
        },
        Reason::HeldByLock { by } if own(by, e.best.as_deref()) => Why::HeldByLock(by.clone()),
        Reason::Locked if own(&e.candidate, e.position.as_deref()) => Why::Locked,
        Reason::HeldByLock { by } => Why::OnePerHost(Some(by.clone())),
        Reason::Locked => Why::OnePerHost(None),
        Reason::Forbidden => Why::Forbidden,
        Reason::Quota { group: g } => group(g),
        Reason::NoOption => Why::NoOption,
        Reason::Other => Why::Other,
    }
}

/// The constraints that bind a run, each once with how many candidates it keeps from their
/// best option or from any place, most first: what an empty or thin run names.
pub fn binding_groups(stored: &StoredProblem, explanations: &[Explanation]) -> Vec<(Why, usize)> {
    let mut out: Vec<(Why, usize)> = Vec::new();
    for e in explanations {
        let w = match why(stored, e) {
            // Per-pair reasons are not constraints of the run.
            Why::HigherTotal { .. } | Why::Other => continue,
            Why::HeldByLock(_) => Why::Locked,
            Why::OnePerHost(_) => Why::OnePerHost(None),
            w => w,
        };
        match out.iter_mut().find(|(x, _)| *x == w) {
            Some((_, n)) => *n += 1,
            None => out.push((w, 1)),
        }
    }
    out.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    out
}

/// Why no run was made: the engine's error and, when no assignment exists, the
/// constraints without which one would.
#[derive(Debug, Clone)]
pub struct Failure {
    pub error: matching::Error,
    pub binding: Vec<Why>,
}

impl Failure {
    pub(super) fn of(problem: &matching::Problem, error: matching::Error) -> Failure {
        let binding = match &error {
            matching::Error::Infeasible(_) => matching::binding_when_infeasible(problem)
                .into_iter()
                .map(|b| match b {
                    Binding::Minimum { group: g } => group(&g),
                    Binding::Lock { .. } => Why::Locked,
                })
                .fold(Vec::new(), |mut v, w| {
                    if !v.contains(&w) {
                        v.push(w);
                    }
                    v
                }),
            _ => Vec::new(),
        };
        Failure { error, binding }
    }
}
