//! The call's results as a spreadsheet: the ranking with points, spread, requested and
//! awarded amounts, status and reserve place, headed in the reader's language. Audited
//! `grant_call.export` (with how many rows), like the other exports.

use domain::grant::award::Outcome;
use domain::{Locale, Permission};
use i18n::Tr;

use super::award::AwardView;
use crate::{Acting, AppResult, Clock, Error};

/// Thousandths as a decimal with three places (`78.667`).
fn milli(v: i64) -> String {
    format!("{}.{:03}", v / 1000, v % 1000)
}

/// Cents as a decimal with two places (`4500.00`).
fn units(v: i64) -> String {
    format!("{}.{:02}", v / 100, v % 100)
}

/// The rows of the results (the header first), from the award page's view.
pub fn results_rows(v: &AwardView, tr: &Tr) -> (Vec<String>, Vec<Vec<String>>) {
    let currency = &v.board.call.row.currency;
    let header = [
        "award-col-rank",
        "award-col-reference",
        "award-col-name",
        "award-col-country",
        "award-col-type",
        "award-col-origin",
        "award-col-points",
        "award-col-spread",
        "award-col-scored",
        "award-col-requested",
        "award-col-awarded",
        "award-col-status",
        "award-col-reserve",
    ]
    .iter()
    .map(|k| tr.t1(k, "currency", currency))
    .collect();
    let accepted = v.acceptance.is_some();
    let rows = v
        .board
        .ranked
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let a = &r.listed.application;
            let c = r.consolidated;
            let line = v.proposal.line(&a.id);
            let awarded = if accepted {
                v.grants
                    .iter()
                    .find(|g| g.application_id == a.id)
                    .map_or(String::new(), |g| units(g.amount_cents))
            } else {
                line.filter(|l| l.outcome.funded())
                    .map_or(String::new(), |l| units(l.granted_cents))
            };
            let reserve = if accepted {
                v.reserve
                    .iter()
                    .position(|id| *id == a.id)
                    .map_or(String::new(), |p| (p + 1).to_string())
            } else {
                line.and_then(|l| l.reserve_rank)
                    .map_or(String::new(), |p| p.to_string())
            };
            let outcome = line.map_or(Outcome::BelowThreshold, |l| l.outcome);
            vec![
                (i + 1).to_string(),
                a.reference.clone(),
                r.name(),
                r.listed.country.as_str().to_owned(),
                tr.t(&format!("award-type-{}", a.project_type.as_str())),
                tr.t(&format!("award-origin-{}", a.origin.as_str())),
                c.map_or(String::new(), |c| milli(c.mean_milli)),
                c.map_or(String::new(), |c| milli(c.spread_milli())),
                c.map_or(String::new(), |c| c.scored.to_string()),
                units(a.requested_cents),
                awarded,
                if accepted {
                    tr.t(&format!("award-status-{}", a.status.as_str()))
                } else {
                    tr.t(&format!("award-outcome-{}", outcome.as_str()))
                },
                reserve,
            ]
        })
        .collect();
    (header, rows)
}

/// The results of the call `id` as XLSX, in `locale`; the export is audited.
pub async fn results_xlsx(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    id: &str,
    locale: Locale,
) -> AppResult<Vec<u8>> {
    who.scope(Permission::ManageGrantCalls)?;
    let v = super::award(db, clock, who, id).await?;
    let tr = Tr::new(locale);
    let (header, rows) = results_rows(&v, &tr);
    let bytes = crate::tabular::to_xlsx(&tr.t("award-sheet-name"), &header, &rows)
        .map_err(|_| Error::Invalid(domain::Invalid::new("export", "error-conflict")))?;
    let object = format!("{}:xlsx:{}", v.board.call.row.id, rows.len());
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        Ok::<_, Error>(tx.audit("grant_call.export", "grant_call", &object)?)
    })
    .await?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    #[test]
    fn figures_keep_their_decimals() {
        assert_eq!(super::milli(78_667), "78.667");
        assert_eq!(super::milli(60_000), "60.000");
        assert_eq!(super::units(450_000), "4500.00");
        assert_eq!(super::units(5), "0.05");
    }
}
