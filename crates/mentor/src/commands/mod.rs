//! One module per subcommand.

pub mod audit;
pub mod demo;
pub mod generate;
pub mod matching;
pub mod migrate;
pub mod serve;
pub mod taxonomy;
pub mod user;
pub mod cli_actor;
pub mod export;
pub mod report;
