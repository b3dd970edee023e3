//! The balance of a call's fund (`/grant-calls/{id}/grants`): fund, committed, paid,
//! committed but unpaid, uncommitted, with subtotals per grantee's country and per
//! project type, and the grants with their next tranche due.

use db::grants::calls::CallRow;
use domain::Country;
use domain::Permission;
use domain::grant::ProjectType;
use domain::grant::payment::balance::{Balance, GrantMoney};

use super::{GrantView, load, reach};
use crate::{Acting, AppResult};

/// A call's grants and the figures of its fund.
#[derive(Debug, Clone)]
pub struct FundBalance {
    pub call: CallRow,
    pub total: Balance,
    pub by_country: Vec<(Country, Balance)>,
    pub by_type: Vec<(ProjectType, Balance)>,
    pub grants: Vec<GrantView>,
}

fn money(v: &GrantView) -> GrantMoney {
    GrantMoney {
        state: v.grant.award.state,
        amount_cents: v.grant.award.amount_cents,
        paid_cents: v.paid_cents,
    }
}

/// The balance of the call `call_id` for staff of its programme (`ManageGrants`).
pub async fn of_call(db: &db::Database, who: &Acting, call_id: &str) -> AppResult<FundBalance> {
    let (who, id) = (who.clone(), call_id.to_owned());
    db.read_as(move |conn| -> AppResult<FundBalance> {
        let reach = reach(conn, &who, Permission::ManageGrants)?;
        let call = db::grants::calls::find(conn, &reach, &id)?.row;
        let grants = db::grants::payments::listing::list(conn, &reach, Some(&call.id))?
            .into_iter()
            .map(|g| load(conn, g))
            .collect::<db::DbResult<Vec<_>>>()?;
        let all: Vec<GrantMoney> = grants.iter().map(money).collect();
        let mut countries: Vec<Country> = grants.iter().map(|g| g.grant.country).collect();
        countries.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        countries.dedup();
        let by_country = countries
            .into_iter()
            .map(|c| {
                let of: Vec<GrantMoney> = grants
                    .iter()
                    .filter(|g| g.grant.country == c)
                    .map(money)
                    .collect();
                (c, Balance::of(&of))
            })
            .collect();
        let by_type = ProjectType::ALL
            .into_iter()
            .filter_map(|t| {
                let of: Vec<GrantMoney> = grants
                    .iter()
                    .filter(|g| g.grant.project_type == t)
                    .map(money)
                    .collect();
                (!of.is_empty()).then(|| (t, Balance::of(&of)))
            })
            .collect();
        Ok(FundBalance {
            call,
            total: Balance::of(&all),
            by_country,
            by_type,
            grants,
        })
    })
    .await
}
