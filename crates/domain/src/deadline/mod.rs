//! Legal deadlines of the art. 27 procedure, computed and explained, never typed
//! (DOMAIN.md §5). A [`Rule`] is data: the event it counts from, an offset, a unit
//! (calendar days, working days, months, hours) and whether a date falling on a day off
//! rolls forward to the next working day. Days off are data too ([`WorkCalendar`], built
//! from the holidays stored per year and place; [`holidays`] only proposes a year's Italian
//! ones to store). Each computed date carries its [`Why`]: the rule, the anchor, and the
//! days the count stepped over. "Today" is the day in Europe/Rome ([`rome_today`]): a
//! deadline due today is not overdue.

mod calendar;
mod checks;
pub mod holidays;
mod rule;

pub use calendar::WorkCalendar;
pub use checks::{PassportFlag, conversion_window, duration_within, passport_flags};
pub use rule::{Anchor, Due, Rule, Standing, Unit, Why, rome_today};
