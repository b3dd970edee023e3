//! The participant's grant after the return (issue 15 item 5): the agreement signed, each
//! payment, each milestone report accepted — the project's progress as the follow-ups
//! show it. Not shown to host companies.

use db::cases::Case;
use db::grants::Reach;
use db::grants::payments::listing;
use db::{DbConn, DbResult};
use domain::grant::payment::ReportStatus;

use super::{Event, Reader, Source, What};

pub const SOURCE: Source = Source {
    id: "grant_payments",
    shown_to,
    find,
};

fn shown_to(r: &Reader) -> bool {
    !r.company
}

fn find(conn: &mut DbConn, case: &Case, _: &Reader) -> DbResult<Vec<Event>> {
    let mut events = Vec::new();
    for g in listing::list(conn, &Reach::Own(vec![case.candidate_id.clone()]), None)? {
        let v = crate::grant_payments::load(conn, g)?;
        let currency = v.grant.currency.clone();
        if let Some(on) = v.grant.award.agreed_on {
            events.push(Event {
                on,
                at: None,
                what: What::GrantAgreed {
                    reference: v.grant.reference.clone(),
                    amount_cents: v.grant.award.amount_cents,
                    currency: currency.clone(),
                },
            });
        }
        for r in v
            .reports
            .iter()
            .filter(|r| r.status == ReportStatus::Accepted)
        {
            events.push(Event {
                on: r.reviewed_at.unwrap_or(r.submitted_at).date(),
                at: None,
                what: What::GrantReport(r.milestone),
            });
        }
        for d in &v.disbursements {
            events.push(Event {
                on: d.paid_on,
                at: None,
                what: What::GrantPaid {
                    amount_cents: d.amount_cents,
                    currency: currency.clone(),
                },
            });
        }
    }
    Ok(events)
}
