//! Every mistake of a form at once. A form checked field by field stops at its first
//! mistake, so a person with three would send it three times (and, on a slow line, give
//! up); [`Checks`] goes on through the fields and [`Invalids`] carries all they found, in
//! the form's order.

use crate::Invalid;

/// The mistakes of one form, in the order of its fields; never empty.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{} invalid field(s), first {}", .0.len(), .0[0])]
pub struct Invalids(Vec<Invalid>);

impl Invalids {
    /// The first mistake (callers that show one message at a time).
    pub fn first(&self) -> Invalid {
        self.0[0].clone()
    }

    pub fn all(&self) -> &[Invalid] {
        &self.0
    }
}

impl From<Invalid> for Invalids {
    fn from(e: Invalid) -> Self {
        Invalids(vec![e])
    }
}

/// Gathers mistakes while a form's fields are read one after the other.
#[derive(Debug, Default)]
pub struct Checks(Vec<Invalid>);

impl Checks {
    /// The value of a field that fits; a mistake is kept and `None` returned.
    pub fn check<T>(&mut self, r: Result<T, Invalid>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.refuse(e);
                None
            }
        }
    }

    /// A mistake found apart from reading a field (one per field: the first stays).
    pub fn refuse(&mut self, e: Invalid) {
        if !self.0.iter().any(|x| x.field == e.field) {
            self.0.push(e);
        }
    }

    pub fn is_clean(&self) -> bool {
        self.0.is_empty()
    }

    /// What was found, as the form's refusal (`Invalids` is never empty: call it only when
    /// something was refused, or use [`Checks::done`]).
    pub fn invalids(self) -> Option<Invalids> {
        (!self.0.is_empty()).then_some(Invalids(self.0))
    }

    /// `Ok` when nothing was refused.
    pub fn done(self) -> Result<(), Invalids> {
        self.invalids().map_or(Ok(()), Err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mistake_is_kept_in_order_once_per_field() {
        let mut c = Checks::default();
        assert_eq!(c.check::<u8>(Err(Invalid::new("a", "k1"))), None);
        assert_eq!(c.check(Ok(3)), Some(3));
        c.refuse(Invalid::new("b", "k2"));
        c.refuse(Invalid::new("a", "k3"));
        let all = c.done().err().map(|e| e.all().to_vec()).unwrap_or_default();
        assert_eq!(all, vec![Invalid::new("a", "k1"), Invalid::new("b", "k2")]);
    }

    #[test]
    fn a_clean_form_is_ok() {
        let mut c = Checks::default();
        c.check(Ok(1));
        assert!(c.is_clean());
        assert_eq!(c.done(), Ok(()));
    }
}
