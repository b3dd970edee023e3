//! Calls for proposals after the return (issue 15): the calls and a call's page with its
//! terms and the table of DOMAIN.md §6 (`calls`), the coordinator's form of the terms
//! (`terms`), the eligibility list (`eligible`), the applicant's own pages (`mine`) and
//! the eligibility and cost check (`check`). The panel and the award are other pages
//! (`/grant-calls/{id}/panel`, `/grant-calls/{id}/award`).

pub mod calls;
pub mod check;
pub mod documents;
pub mod eligible;
pub mod mine;
pub mod terms;

use domain::grant::table::{Column, Table};
use domain::grant::{ProjectOrigin, ProjectType, Status};
use i18n::Tr;

pub(crate) use crate::pages::cases::{checked_id, today};

/// An application's status in the reader's language.
pub(crate) fn status_label(tr: &Tr, s: Status) -> String {
    tr.t(&format!("grant-status-{}", s.as_str().replace('_', "-")))
}

pub(crate) fn type_label(tr: &Tr, t: ProjectType) -> String {
    tr.t(&format!("grant-type-{}", t.as_str()))
}

pub(crate) fn origin_label(tr: &Tr, o: ProjectOrigin) -> String {
    tr.t(&format!("grant-origin-{}", o.as_str()))
}

/// One row of the table of DOMAIN.md §6: its label and a figure per column (countries,
/// then the total), formatted for the reader.
pub struct TableRow {
    pub key: &'static str,
    pub label: String,
    pub cells: Vec<String>,
}

/// The table's header (country names, then "total") and its rows.
pub(crate) fn table_rows(tr: &Tr, t: &Table) -> (Vec<String>, Vec<TableRow>) {
    let mut head: Vec<String> = t
        .countries
        .iter()
        .map(|(c, _)| tr.t(&c.message_key()))
        .collect();
    head.push(tr.t("grant-table-total"));
    let columns: Vec<&Column> = t
        .countries
        .iter()
        .map(|(_, c)| c)
        .chain([&t.total])
        .collect();
    let n = |v: i64| tr.number(&v);
    let split =
        |all: i64, italy: i64, home: i64| format!("{} ({} / {})", n(all), n(italy), n(home));
    let row = |key: &'static str, f: &dyn Fn(&Column) -> String| TableRow {
        key,
        label: tr.t(&format!("grant-table-{key}")),
        cells: columns.iter().map(|c| f(c)).collect(),
    };
    let out = vec![
        row("eligible", &|c| {
            format!("{} ({})", n(c.eligible), n(c.recovered))
        }),
        row("presented", &|c| n(c.presented)),
        row("did-not-apply", &|c| n(c.did_not_apply)),
        row("entrepreneurial", &|c| {
            split(
                c.entrepreneurial(),
                c.entrepreneurial_italy,
                c.entrepreneurial_home,
            )
        }),
        row("professional", &|c| {
            split(c.professional(), c.professional_italy, c.professional_home)
        }),
    ];
    (head, out)
}
