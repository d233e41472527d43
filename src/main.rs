//! The `newsgraph` command: parses arguments, wires the crates together, maps outcomes to
//! exit codes. The work itself lives in the crates under `crates/`; each subcommand's wiring
//! lives in `cmd/`.

mod alloc;
mod cli;
mod cmd;
mod pipeline;

use std::io;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match cli.command.run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // A closed pipe (`newsgraph dump | head`) is the reader's choice, not an error.
            let broken_pipe = err.chain().any(|cause| {
                cause
                    .downcast_ref::<io::Error>()
                    .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            });
            if broken_pipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("newsgraph: error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
