//! One module per subcommand.

pub mod audit;
pub mod cli_actor;
pub mod demo;
pub mod export;
pub mod generate;
pub mod matching;
pub mod migrate;
pub mod report;
pub mod serve;
pub mod taxonomy;
pub mod user;
