//! What a follow-up asks (DOMAIN.md §3 step 10, §6's open questions): where the person is,
//! whether they work, in which sector and occupation, and the ties kept with the other
//! country — remittances, business links, further mobility: the "non-physical return".

use chrono::NaiveDate;

use super::{MAX_NOTE, not_after_today};
use crate::{Checks, Country, Invalid, Invalids, bounds};

/// The follow-up form as typed (check boxes: present or not).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FollowUpFields {
    pub done_on: String,
    pub country: String,
    pub working: bool,
    pub sector: String,
    pub occupation: String,
    pub remittances: bool,
    pub business_links: bool,
    pub further_mobility: bool,
    pub note: String,
}

/// A follow-up that fits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUp {
    pub done_on: NaiveDate,
    pub country: Country,
    pub working: bool,
    pub sector: String,
    pub occupation: String,
    pub remittances: bool,
    pub business_links: bool,
    pub further_mobility: bool,
    pub note: String,
}

impl FollowUp {
    /// The answers back as the form's fields: a new follow-up opens with the previous one's.
    pub fn fields(&self) -> FollowUpFields {
        FollowUpFields {
            done_on: self.done_on.to_string(),
            country: self.country.to_string(),
            working: self.working,
            sector: self.sector.clone(),
            occupation: self.occupation.clone(),
            remittances: self.remittances,
            business_links: self.business_links,
            further_mobility: self.further_mobility,
            note: self.note.clone(),
        }
    }
}

impl FollowUpFields {
    /// Every mistake at once. A sector or occupation is asked only of someone working: one
    /// given for someone not working is kept as typed (what they did before, say).
    pub fn parse(&self, today: NaiveDate) -> Result<FollowUp, Invalids> {
        let mut c = Checks::default();
        let done_on = c.check(not_after_today("done_on", &self.done_on, today));
        let country = c.check(
            Country::parse(&self.country)
                .map_err(|_| Invalid::new("country", "error-invalid-country")),
        );
        let sector = c.check(bounds::text("sector", &self.sector, bounds::MAX_NAME));
        let occupation = c.check(bounds::text(
            "occupation",
            &self.occupation,
            bounds::MAX_NAME,
        ));
        let note = c.check(bounds::text("note", &self.note, MAX_NOTE));
        if self.working && occupation.as_deref().is_some_and(str::is_empty) {
            c.refuse(Invalid::new("occupation", "follow-up-error-occupation"));
        }
        match (done_on, country, sector, occupation, note) {
            (Some(done_on), Some(country), Some(sector), Some(occupation), Some(note))
                if c.is_clean() =>
            {
                Ok(FollowUp {
                    done_on,
                    country,
                    working: self.working,
                    sector,
                    occupation,
                    remittances: self.remittances,
                    business_links: self.business_links,
                    further_mobility: self.further_mobility,
                    note,
                })
            }
            _ => Err(c
                .invalids()
                .unwrap_or_else(|| Invalids::from(Invalid::new("done_on", "error-invalid-date")))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
    }

    fn typed() -> FollowUpFields {
        FollowUpFields {
            done_on: "2026-12-01".into(),
            country: "tn".into(),
            working: true,
            sector: "ICT".into(),
            occupation: " software developer ".into(),
            remittances: true,
            ..Default::default()
        }
    }

    #[test]
    fn a_follow_up_parses_and_round_trips_to_its_fields() {
        let f = typed().parse(today()).unwrap();
        assert_eq!(f.country, Country::TN);
        assert_eq!(f.occupation, "software developer");
        assert!(f.remittances && !f.business_links);
        assert_eq!(f.fields().parse(today()), Ok(f));
    }

    #[test]
    fn someone_working_names_an_occupation_and_dates_are_facts() {
        let e = FollowUpFields {
            occupation: String::new(),
            done_on: "2027-01-01".into(),
            ..typed()
        }
        .parse(today())
        .unwrap_err();
        let keys: Vec<_> = e.all().iter().map(|i| (i.field, i.key)).collect();
        assert_eq!(
            keys,
            [
                ("done_on", "error-date-in-future"),
                ("occupation", "follow-up-error-occupation")
            ]
        );
        let idle = FollowUpFields {
            working: false,
            occupation: String::new(),
            ..typed()
        };
        assert!(idle.parse(today()).is_ok());
    }
}
