//! Mentor matching engine (pure: no I/O, no database types).
#![doc = "TODO"]

mod error;
pub mod flow;
mod laminar;
pub mod lap_dense;
pub mod lap_sparse;
pub mod orlib;

pub use error::Error;
pub use flow::{FlowProblem, FlowSolution, solve_flow};
pub use laminar::Group;
pub use lap_dense::{Assignment, solve_dense};
pub use lap_sparse::{Csr, solve_sparse};
pub use orlib::{OrlibInstance, OrlibSolution, parse_orlib, solve_orlib};
