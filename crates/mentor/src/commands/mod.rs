//! One module per subcommand.

pub mod audit;
pub mod demo;
pub mod matching;
pub mod migrate;
pub mod serve;
pub mod taxonomy;
pub mod user;
