//! A call's panel and award (issue 15, items 3 and 4): who sits on the panel
//! (`panellists`), what each panellist declared and scored (`reviews`), and the committee's
//! adjustments and the accepted award with its reserve list (`award`). The call is found
//! in the person's reach by the caller (`grants::calls::find`); these functions take its id.
//! Writes are audited against the call or the application, never the person.

pub mod award;
pub mod panellists;
pub mod reviews;
