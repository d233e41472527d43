//! `newsgraph gen`: synthetic wire articles for benchmarks and load tests.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Result;
use clap::Args;
use newsgraph_gen::Generator;

#[derive(Debug, Args)]
pub struct GenArgs {
    /// How many articles.
    #[arg(long, value_name = "N")]
    pub articles: u64,
    /// The same seed gives the same articles, byte for byte.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// A new directory (one .txt file per article) or a .jsonl file.
    #[arg(short, long, value_name = "DIR|FILE.jsonl")]
    pub output: PathBuf,
}

pub fn run(args: GenArgs) -> Result<()> {
    let started = Instant::now();
    let mut generator = Generator::new(args.seed);
    generator.write(args.articles, &args.output)?;
    let (people, orgs) = generator.cast_size();
    eprintln!(
        "wrote {} synthetic articles (seed {}, {people} people, {orgs} organisations) to {} in {:.2} s",
        args.articles,
        args.seed,
        args.output.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
