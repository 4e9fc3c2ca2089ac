//! `kalm secrets`: work on the values sealed with the installation's
//! secret key, such as sealing them again after a key rotation.

use crate::cli::output::say;
use clap::Subcommand;

use super::{CliError, open};
use crate::config::Config;

#[derive(Debug, Subcommand)]
pub enum SecretsCommand {
    /// After a key rotation: seal every sealed value again with the current
    /// key (the old one must still be in previous_secret_keys). Safe to
    /// repeat and to run while the server runs.
    Reseal,
}

/// Runs one `kalm secrets` subcommand.
pub async fn run(config: &Config, command: SecretsCommand) -> Result<(), CliError> {
    match command {
        SecretsCommand::Reseal => {
            let kalm = open(config).await?;
            let resealed = kalm_app::secrets::reseal(&kalm).await?;
            say!("resealed {resealed} value(s) with the current key");
            Ok(())
        }
    }
}
