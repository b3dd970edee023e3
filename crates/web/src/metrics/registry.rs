//! The request counters: one preallocated slot per route template of the route table (plus
//! one for requests no route matched) and per method, each a fixed set of atomics. A
//! request adds to its slot with a few relaxed atomic increments, so recording takes no lock
//! and allocates nothing; the only lookup is the route's index by its template.
//!
//! The label is the template as written in the route table (`/candidates/{id}`), never the
//! requested path: the series are bounded by the table, and no id or personal data can
//! reach a label.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, LazyLock};
use std::time::{Duration, Instant, SystemTime};

use axum::http::{Method, StatusCode};

/// The label of requests that matched no route (the 404 of an unknown path).
pub(crate) const UNMATCHED: &str = "unmatched";

/// Upper bounds of the latency buckets, in microseconds, and as the `le` label says them
/// (seconds): 1 ms to 10 s. Pages answer in milliseconds; a request timeout is 30 s by
/// default, so slower ones land in `+Inf`.
pub(crate) const BUCKETS: [(u64, &str); 13] = [
    (1_000, "0.001"),
    (2_500, "0.0025"),
    (5_000, "0.005"),
    (10_000, "0.01"),
    (25_000, "0.025"),
    (50_000, "0.05"),
    (100_000, "0.1"),
    (250_000, "0.25"),
    (500_000, "0.5"),
    (1_000_000, "1"),
    (2_500_000, "2.5"),
    (5_000_000, "5"),
    (10_000_000, "10"),
];

/// The methods counted apart; any other is `OTHER`.
pub(crate) const METHODS: [&str; 4] = ["GET", "HEAD", "POST", "OTHER"];

/// Status classes, `1xx` to `5xx`.
pub(crate) const CLASSES: [&str; 5] = ["1xx", "2xx", "3xx", "4xx", "5xx"];

/// The route templates of the table, each once, and their slot numbers.
struct RouteIndex {
    templates: Vec<&'static str>,
    slot: HashMap<&'static str, usize>,
}

/// Built once per process from the route table (which is the same for every router).
static ROUTES: LazyLock<RouteIndex> = LazyLock::new(|| {
    let mut templates: Vec<&'static str> = crate::routes::table().iter().map(|r| r.path).collect();
    templates.sort_unstable();
    templates.dedup();
    let slot = templates.iter().enumerate().map(|(i, t)| (*t, i)).collect();
    RouteIndex { templates, slot }
});

/// One route and method's counts.
#[derive(Default)]
pub(crate) struct Counts {
    /// Requests answered, by status class.
    pub by_class: [AtomicU64; CLASSES.len()],
    /// Requests by the first bucket their duration fits in (the last: none fits, `+Inf`);
    /// cumulated when written out.
    pub buckets: [AtomicU64; BUCKETS.len() + 1],
    /// Total time, in microseconds.
    pub sum_micros: AtomicU64,
}

impl Counts {
    fn observe(&self, class: usize, elapsed: Duration) {
        let micros = u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX);
        let bucket = BUCKETS
            .iter()
            .position(|(bound, _)| micros <= *bound)
            .unwrap_or(BUCKETS.len());
        self.by_class[class].fetch_add(1, Ordering::Relaxed);
        self.buckets[bucket].fetch_add(1, Ordering::Relaxed);
        self.sum_micros.fetch_add(micros, Ordering::Relaxed);
    }
}

/// Where a request is counted: its route's slot and its method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Slot {
    route: usize,
    method: usize,
}

/// The counters of one server (one [`crate::AppState`]).
pub(crate) struct Registry {
    /// Per route slot (the table's templates, then [`UNMATCHED`]), per method.
    counts: Box<[[Counts; METHODS.len()]]>,
    in_flight: AtomicI64,
    /// When this server started, as the wall clock said and as a monotonic instant.
    started: SystemTime,
    started_instant: Instant,
}

impl Default for Registry {
    fn default() -> Self {
        Registry {
            counts: (0..=ROUTES.templates.len())
                .map(|_| Default::default())
                .collect(),
            in_flight: AtomicI64::new(0),
            started: SystemTime::now(),
            started_instant: Instant::now(),
        }
    }
}

impl Registry {
    /// The slot of a request: `matched` is axum's matched path (`None`: no route matched).
    pub fn slot(matched: Option<&str>, method: &Method) -> Slot {
        let route = matched
            .and_then(|m| ROUTES.slot.get(m).copied())
            .unwrap_or(ROUTES.templates.len());
        let method = match *method {
            Method::GET => 0,
            Method::HEAD => 1,
            Method::POST => 2,
            _ => 3,
        };
        Slot { route, method }
    }

    /// Counts a request answered with `status` after `elapsed`.
    pub fn observe(&self, slot: Slot, status: StatusCode, elapsed: Duration) {
        let class = usize::from(status.as_u16() / 100)
            .clamp(1, CLASSES.len())
            .saturating_sub(1);
        if let Some(route) = self.counts.get(slot.route) {
            route[slot.method].observe(class, elapsed);
        }
    }

    /// A request begins; it is in flight until the guard is dropped.
    pub fn begin(registry: &Arc<Registry>) -> InFlight {
        registry.in_flight.fetch_add(1, Ordering::Relaxed);
        InFlight(registry.clone())
    }

    /// Requests being served now.
    pub fn in_flight(&self) -> i64 {
        self.in_flight.load(Ordering::Relaxed)
    }

    /// Every route template with its counts per method, [`UNMATCHED`] last.
    pub fn routes(&self) -> impl Iterator<Item = (&'static str, &[Counts; METHODS.len()])> {
        ROUTES
            .templates
            .iter()
            .copied()
            .chain([UNMATCHED])
            .zip(self.counts.iter())
    }

    pub fn started(&self) -> SystemTime {
        self.started
    }

    pub fn uptime(&self) -> Duration {
        self.started_instant.elapsed()
    }
}

/// A request being served, counted in flight while this lives (a request whose client
/// went away is dropped before it is answered, and leaves the count too).
pub(crate) struct InFlight(Arc<Registry>);

impl InFlight {
    pub fn registry(&self) -> &Registry {
        &self.0
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Counts {
        fn count(&self) -> u64 {
            self.buckets.iter().map(|b| b.load(Ordering::Relaxed)).sum()
        }
    }

    fn total(r: &Registry, template: &str) -> u64 {
        r.routes()
            .filter(|(t, _)| *t == template)
            .flat_map(|(_, m)| m.iter())
            .map(Counts::count)
            .sum()
    }

    #[test]
    fn a_request_is_counted_under_its_template_or_as_unmatched() {
        let r = Registry::default();
        let ms = Duration::from_millis(3);
        r.observe(
            Registry::slot(Some("/candidates/{id}"), &Method::GET),
            StatusCode::OK,
            ms,
        );
        r.observe(
            Registry::slot(None, &Method::GET),
            StatusCode::NOT_FOUND,
            ms,
        );
        // A path that is no template of the table (it cannot come from axum) is unmatched.
        r.observe(
            Registry::slot(Some("/candidates/1234"), &Method::GET),
            StatusCode::OK,
            ms,
        );
        assert_eq!(total(&r, "/candidates/{id}"), 1);
        assert_eq!(total(&r, UNMATCHED), 2);
        assert_eq!(r.routes().last().map(|(t, _)| t), Some(UNMATCHED));
    }

    #[test]
    fn methods_and_status_classes_are_counted_apart() {
        let r = Registry::default();
        let slot = |m| Registry::slot(Some("/login"), &m);
        let ms = Duration::from_millis(1);
        r.observe(slot(Method::GET), StatusCode::OK, ms);
        r.observe(slot(Method::POST), StatusCode::SEE_OTHER, ms);
        r.observe(slot(Method::POST), StatusCode::UNAUTHORIZED, ms);
        r.observe(slot(Method::DELETE), StatusCode::METHOD_NOT_ALLOWED, ms);
        let (_, methods) = r.routes().find(|(t, _)| *t == "/login").unwrap();
        let by_class = |m: usize| {
            methods[m]
                .by_class
                .each_ref()
                .map(|c| c.load(Ordering::Relaxed))
        };
        assert_eq!(by_class(0), [0, 1, 0, 0, 0]);
        assert_eq!(by_class(2), [0, 0, 1, 1, 0]);
        assert_eq!(by_class(3), [0, 0, 0, 1, 0]);
    }

    #[test]
    fn a_duration_falls_in_the_first_bucket_that_holds_it() {
        let r = Registry::default();
        let slot = Registry::slot(Some("/login"), &Method::GET);
        for ms in [0, 1, 2, 30, 20_000] {
            r.observe(slot, StatusCode::OK, Duration::from_millis(ms));
        }
        let (_, methods) = r.routes().find(|(t, _)| *t == "/login").unwrap();
        let buckets = methods[0]
            .buckets
            .each_ref()
            .map(|b| b.load(Ordering::Relaxed));
        // 0 and 1 ms: ≤ 1 ms; 2 ms: ≤ 2.5 ms; 30 ms: ≤ 50 ms; 20 s: beyond 10 s.
        assert_eq!(buckets, [2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
        assert_eq!(methods[0].count(), 5);
        assert_eq!(methods[0].sum_micros.load(Ordering::Relaxed), 20_033_000);
    }

    #[test]
    fn a_request_is_in_flight_until_its_guard_goes() {
        let r = Arc::new(Registry::default());
        let a = Registry::begin(&r);
        let b = Registry::begin(&r);
        assert_eq!(r.in_flight(), 2);
        drop(a);
        drop(b);
        assert_eq!(r.in_flight(), 0);
    }
}
