//! Grants after the award (issue 15 item 5): a grant's page for staff (`/grants/{id}`:
//! the agreement and its plan, the tranches, the reports to review, the payments, the
//! cancellation), its forms (`actions`, each confirmed on a page of its own), the
//! grantee's own page with the report form (`own`), and the balance of a call's fund
//! (`balance`). Everything goes through `app::grant_payments`, which checks reach and
//! rules; these pages ask, show and translate.

pub mod actions;
pub mod balance;
pub mod list;
pub mod own;
mod show;

pub use show::show;

use domain::grant::payment::Milestone;
use domain::grant::payment::disbursement::{PayCurrency, show_decimal};
use domain::grant::payment::plan::{AMOUNT, DUE_ON, LABEL, MAX_TRANCHES, MILESTONE, TrancheFields};
use domain::grant::{GrantState, ProjectOrigin, ProjectType};

/// A grant's state in words.
pub(crate) fn state_label(tr: &i18n::Tr, s: GrantState) -> String {
    tr.t(&format!("grant-pay-state-{}", s.as_str()))
}

/// What releases a tranche, in words.
pub(crate) fn milestone_label(tr: &i18n::Tr, m: Milestone) -> String {
    tr.t(&format!("grant-milestone-{}", m.as_str()))
}

pub(crate) fn type_label(tr: &i18n::Tr, t: ProjectType) -> String {
    tr.t(&format!("grant-pay-type-{}", t.as_str()))
}

pub(crate) fn origin_label(tr: &i18n::Tr, o: ProjectOrigin) -> String {
    tr.t(&format!("grant-pay-origin-{}", o.as_str()))
}

/// A disbursement's local side in words: `10,113.600 TND at 3.3712`.
pub(crate) fn local_side(
    tr: &i18n::Tr,
    currency: PayCurrency,
    local_milli: Option<i64>,
    rate_micro: Option<i64>,
) -> String {
    match (local_milli, rate_micro) {
        (Some(l), Some(r)) if currency != PayCurrency::Eur => tr.t_with(
            "grant-pay-local",
            &[
                (
                    "amount",
                    i18n::FluentArg::Str(format!(
                        "{} {}",
                        show_decimal(l, 3, currency.decimals()),
                        currency.as_str()
                    )),
                ),
                ("rate", i18n::FluentArg::Str(show_decimal(r, 6, 4))),
                (
                    "currency",
                    i18n::FluentArg::Str(currency.as_str().to_owned()),
                ),
            ],
        ),
        _ => String::new(),
    }
}

/// The tranche rows of a posted plan form (`label_0`, `amount_0`, …).
pub(crate) fn plan_rows(posted: &[(String, String)]) -> Vec<TrancheFields> {
    let get = |name: &str| {
        posted
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    (0..MAX_TRANCHES)
        .map(|i| TrancheFields {
            label: get(LABEL[i]),
            amount: get(AMOUNT[i]),
            due_on: get(DUE_ON[i]),
            milestone: get(MILESTONE[i]),
        })
        .collect()
}

/// The value of one posted field.
pub(crate) fn field(posted: &[(String, String)], name: &str) -> String {
    posted
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// The posted fields to send again from a confirmation page (not the token, the
/// confirmation itself, nor the reason the page asks for).
pub(crate) fn resend(posted: &[(String, String)]) -> Vec<(String, String)> {
    posted
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "csrf" | "confirmed" | "reason"))
        .cloned()
        .collect()
}

/// Cents as the forms take them back: `3000.50`.
pub(crate) fn plain_amount(cents: i64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}
