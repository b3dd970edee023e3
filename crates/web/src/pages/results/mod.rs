//! Results the donor can trust (issue 16). `outcomes`: the outcome table of DOMAIN.md §6
//! (`/results/{programme}/outcomes`, `.csv`, `.xlsx`); `iati`: the IATI activity file's
//! identifiers and download (`/results/{programme}/iati`, `iati.xml`). `{programme}` is
//! the programme's id or its slug.

pub mod iati;
pub mod outcomes;
