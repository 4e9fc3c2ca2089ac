//! The `kalm` binary: the server, the demo installation and the operator's
//! command line.
//!
//! Commands print results on stdout (tables, or JSON with `--json`) and
//! errors on stderr with a non-zero exit code. Everything a command changes
//! goes through the same use cases as the web, so it is validated and
//! audited the same way; the audit log names the actor `system`.

#![forbid(unsafe_code)]

mod cli;
mod config;
mod demo;
mod serve;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("error: cannot start the async runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(cli::run(args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}
