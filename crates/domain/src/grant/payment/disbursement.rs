//! A disbursement: a payment of (part of) a released tranche, in the call's currency, or
//! in the grantee's home currency with the rate used. A bank transfer to Tunisia or
//! Morocco is made in dinars or dirhams; what the fund spent is the EUR amount the
//! programme's books record, so both are kept exactly and must agree within a cent:
//! the local amount in thousandths (a dinar has 1000 millimes), the rate as local units
//! for one euro in millionths (`3.3712` TND → `3_371_200`).

use chrono::NaiveDate;

use crate::programme::parse_amount;
use crate::{Checks, Invalid, Invalids, bounds};

/// The currencies a disbursement is paid in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PayCurrency {
    Eur,
    Tnd,
    Mad,
}

impl PayCurrency {
    pub const ALL: [PayCurrency; 3] = [PayCurrency::Eur, PayCurrency::Tnd, PayCurrency::Mad];

    pub const fn as_str(self) -> &'static str {
        match self {
            PayCurrency::Eur => "EUR",
            PayCurrency::Tnd => "TND",
            PayCurrency::Mad => "MAD",
        }
    }

    pub fn parse(s: &str) -> Option<PayCurrency> {
        let s = s.trim().to_ascii_uppercase();
        PayCurrency::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// Decimals the currency is written with (ISO 4217).
    pub const fn decimals(self) -> usize {
        match self {
            PayCurrency::Tnd => 3,
            PayCurrency::Eur | PayCurrency::Mad => 2,
        }
    }
}

crate::stored::stored_as_str!(PayCurrency);

/// The highest rate accepted (local units for one euro): far above any dinar or dirham.
pub const MAX_RATE_MICRO: i64 = 1_000_000 * 1_000_000;

/// A disbursement as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DisbursementFields {
    pub paid_on: String,
    /// In the call's currency (EUR).
    pub amount: String,
    /// `EUR`, `TND` or `MAD`.
    pub currency: String,
    /// In `currency`, when not EUR.
    pub local_amount: String,
    /// Units of `currency` for one euro, when not EUR.
    pub rate: String,
}

/// A disbursement as parsed: the EUR amount, and for a local currency its amount and rate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disbursement {
    pub paid_on: NaiveDate,
    pub amount_cents: i64,
    pub currency: PayCurrency,
    /// Thousandths of the local currency.
    pub local_milli: Option<i64>,
    /// Local units for one euro, in millionths.
    pub rate_micro: Option<i64>,
}

impl DisbursementFields {
    /// Every mistake at once: the date (not after `today`), the EUR amount, and for a local
    /// currency its amount, the rate, and whether they make the EUR amount within a cent
    /// (`amount`, `grant-pay-error-rate-mismatch`).
    pub fn parse(&self, today: NaiveDate) -> Result<Disbursement, Invalids> {
        let mut c = Checks::default();
        let paid_on = c.check(bounds::date("paid_on", &self.paid_on).and_then(|d| {
            if d > today {
                Err(Invalid::new("paid_on", "error-date-in-future"))
            } else {
                Ok(d)
            }
        }));
        let amount = c.check(positive("amount", parse_amount("amount", &self.amount)));
        let currency = c.check(
            PayCurrency::parse(&self.currency)
                .ok_or(Invalid::new("currency", "grant-pay-error-currency")),
        );
        let (mut local_milli, mut rate_micro) = (None, None);
        if let Some(cur) = currency.filter(|c| *c != PayCurrency::Eur) {
            local_milli = c.check(positive(
                "local_amount",
                decimal("local_amount", &self.local_amount, cur.decimals(), 3),
            ));
            rate_micro = c.check(
                positive("rate", decimal("rate", &self.rate, 6, 6)).and_then(|r| {
                    if r > MAX_RATE_MICRO {
                        Err(Invalid::new("rate", "grant-pay-error-rate"))
                    } else {
                        Ok(r)
                    }
                }),
            );
            if let (Some(eur), Some(l), Some(r)) = (amount, local_milli, rate_micro)
                && (eur_cents(l, r) - eur).abs() > 1
            {
                c.refuse(Invalid::new("amount", "grant-pay-error-rate-mismatch"));
            }
        }
        c.done()?;
        match (paid_on, amount, currency) {
            (Some(paid_on), Some(amount_cents), Some(currency)) => Ok(Disbursement {
                paid_on,
                amount_cents,
                currency,
                local_milli,
                rate_micro,
            }),
            _ => Err(Invalid::new("amount", "error-invalid-amount").into()),
        }
    }
}

/// The EUR cents that `local_milli` thousandths of a currency are worth at `rate_micro`
/// millionths of it per euro, rounded to the nearest cent.
pub fn eur_cents(local_milli: i64, rate_micro: i64) -> i64 {
    if rate_micro <= 0 {
        return 0;
    }
    // cents = local / rate × 100 = (milli / 1000) / (micro / 1e6) × 100 = milli × 1e5 / micro
    let num = i128::from(local_milli) * 100_000;
    let den = i128::from(rate_micro);
    i64::try_from((num * 2 + den) / (den * 2)).unwrap_or(i64::MAX)
}

/// A decimal with at most `max_decimals` decimals (`,` or `.`), as an integer of
/// `scale` decimals: `decimal("r", "3,3712", 6, 6)` → `3_371_200`.
pub fn decimal(
    field: &'static str,
    s: &str,
    max_decimals: usize,
    scale: usize,
) -> Result<i64, Invalid> {
    let err = Invalid::new(field, "error-invalid-amount");
    let s = s.trim().replace(',', ".");
    let (whole, frac) = s.split_once('.').unwrap_or((&s, ""));
    if whole.is_empty()
        || whole.len() > 12
        || frac.len() > max_decimals
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(err);
    }
    let whole: i64 = whole.parse().map_err(|_| err.clone())?;
    let frac: i64 = if scale == 0 {
        0
    } else {
        format!("{frac:0<scale$}")
            .parse()
            .map_err(|_| err.clone())?
    };
    10_i64
        .checked_pow(u32::try_from(scale).map_err(|_| err.clone())?)
        .and_then(|p| whole.checked_mul(p))
        .and_then(|w| w.checked_add(frac))
        .ok_or(err)
}

/// A scaled integer back as a decimal string with `decimals` digits (`3_371_200`, 6 →
/// `3.371200`), trailing zeros kept to `min` decimals: how a rate or a local amount is shown.
pub fn show_decimal(n: i64, scale: u32, min: usize) -> String {
    let p = 10_i64.pow(scale);
    let frac = format!("{:0width$}", n.rem_euclid(p), width = scale as usize);
    let trimmed = frac.trim_end_matches('0');
    let frac = if trimmed.len() < min {
        &frac[..min.min(frac.len())]
    } else {
        trimmed
    };
    if frac.is_empty() {
        format!("{}", n.div_euclid(p))
    } else {
        format!("{}.{frac}", n.div_euclid(p))
    }
}

fn positive(field: &'static str, r: Result<i64, Invalid>) -> Result<i64, Invalid> {
    match r {
        Ok(n) if n > 0 => Ok(n),
        Ok(_) => Err(Invalid::new(field, "error-invalid-amount")),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 12, 31).unwrap()
    }

    fn fields(amount: &str, currency: &str, local: &str, rate: &str) -> DisbursementFields {
        DisbursementFields {
            paid_on: "2024-07-15".into(),
            amount: amount.into(),
            currency: currency.into(),
            local_amount: local.into(),
            rate: rate.into(),
        }
    }

    #[test]
    fn eur_equivalents_round_to_the_cent() {
        let cases = [
            (10_113_600, 3_371_200, 300_000), // 10,113.600 TND at 3.3712 = EUR 3,000.00
            (32_535_000, 10_845_000, 300_000), // 32,535.00 MAD at 10.8450 = EUR 3,000.00
            (1_000, 3_371_200, 30),           // 1 TND = EUR 0.2966… → 0.30
            (1_000, 1_000_000, 100),
            (5, 1_000_000, 1), // 0.005 at par → half a cent, rounded up
        ];
        for (milli, micro, cents) in cases {
            assert_eq!(eur_cents(milli, micro), cents, "{milli} at {micro}");
        }
        assert_eq!(eur_cents(1, 0), 0);
    }

    #[test]
    fn decimals_are_read_exactly() {
        assert_eq!(decimal("r", "3.3712", 6, 6), Ok(3_371_200));
        assert_eq!(decimal("r", "10,845", 6, 6), Ok(10_845_000));
        assert_eq!(decimal("r", "7", 6, 6), Ok(7_000_000));
        assert_eq!(decimal("a", "10113.6", 3, 3), Ok(10_113_600));
        assert!(decimal("a", "1.2345", 3, 3).is_err());
        assert!(decimal("a", "-1", 3, 3).is_err());
        assert!(decimal("a", "1e3", 3, 3).is_err());
        assert!(decimal("a", "", 3, 3).is_err());
        assert_eq!(show_decimal(3_371_200, 6, 4), "3.3712");
        assert_eq!(show_decimal(10_845_000, 6, 4), "10.8450");
        assert_eq!(show_decimal(10_113_600, 3, 3), "10113.600");
        assert_eq!(show_decimal(7_000_000, 6, 0), "7");
    }

    #[test]
    fn disbursements_are_checked_whole() {
        // (fields, Ok((cents, local thousandths, rate millionths)) or the fields refused)
        type Case = (
            DisbursementFields,
            Result<(i64, Option<i64>, Option<i64>), Vec<&'static str>>,
        );
        let cases: Vec<Case> = vec![
            (fields("3000", "EUR", "", ""), Ok((300_000, None, None))),
            (fields("3000", "eur", "99", "2"), Ok((300_000, None, None))),
            (
                fields("3000", "TND", "10113.600", "3.3712"),
                Ok((300_000, Some(10_113_600), Some(3_371_200))),
            ),
            (
                fields("3000.01", "TND", "10113,600", "3,3712"),
                Ok((300_001, Some(10_113_600), Some(3_371_200))),
            ),
            (
                fields("3000.02", "TND", "10113.600", "3.3712"),
                Err(vec!["amount"]),
            ),
            (
                fields("3000", "MAD", "32535", "10.8450"),
                Ok((300_000, Some(32_535_000), Some(10_845_000))),
            ),
            (
                fields("3000", "MAD", "32535.001", "10.8450"),
                Err(vec!["local_amount"]),
            ),
            (
                fields("3000", "TND", "", ""),
                Err(vec!["local_amount", "rate"]),
            ),
            (fields("0", "USD", "", ""), Err(vec!["amount", "currency"])),
        ];
        for (f, expected) in cases {
            let got = f
                .parse(today())
                .map(|d| (d.amount_cents, d.local_milli, d.rate_micro))
                .map_err(|e| e.all().iter().map(|i| i.field).collect::<Vec<_>>());
            assert_eq!(got, expected, "{f:?}");
        }
        let mut late = fields("3000", "EUR", "", "");
        late.paid_on = "2025-01-01".into();
        assert_eq!(
            late.parse(today()).unwrap_err().first().key,
            "error-date-in-future"
        );
    }
}
