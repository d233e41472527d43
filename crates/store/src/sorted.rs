//! Sorting more lines than fit in memory: runs of sorted lines spill to temporary files,
//! then merge. What keeps a dump of a large store within a fixed amount of memory while it
//! stays sorted, byte for byte like an in-memory sort.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, BufWriter, Seek, SeekFrom, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

/// Bytes of lines held in memory before a run is written out: 256 MiB.
pub(crate) const DEFAULT_BUDGET: usize = 256 << 20;

/// Lines to sort. A line must not contain `\n` (N-Triples and N-Quads lines never do: the
/// serializer escapes every control character).
pub(crate) struct ExternalSort {
    lines: Vec<String>,
    bytes: usize,
    budget: usize,
    runs: Vec<BufReader<File>>,
}

/// Makes temporary file names unique within the process.
static RUN_COUNTER: AtomicU64 = AtomicU64::new(0);

impl ExternalSort {
    pub(crate) fn new(budget: usize) -> Self {
        ExternalSort {
            lines: Vec::new(),
            bytes: 0,
            budget: budget.max(1),
            runs: Vec::new(),
        }
    }

    pub(crate) fn push(&mut self, line: String) -> io::Result<()> {
        // A String costs its bytes plus its header in the Vec.
        self.bytes += line.len() + 24;
        self.lines.push(line);
        if self.bytes >= self.budget {
            self.spill()?;
        }
        Ok(())
    }

    /// Writes the lines held as one sorted run to an unnamed temporary file (its name is
    /// removed as soon as it is open, so nothing is left behind whatever happens).
    fn spill(&mut self) -> io::Result<()> {
        self.lines.sort_unstable();
        self.lines.dedup();
        let path: PathBuf = std::env::temp_dir().join(format!(
            "newsgraph-sort-{}-{}",
            std::process::id(),
            RUN_COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        let mut file = fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&path)?;
        // Unix lets an open file lose its name; elsewhere the file stays until the OS
        // cleans its temporary folder.
        let _ = fs::remove_file(&path);
        {
            let mut w = BufWriter::new(&mut file);
            for line in self.lines.drain(..) {
                w.write_all(line.as_bytes())?;
                w.write_all(b"\n")?;
            }
            w.flush()?;
        }
        file.seek(SeekFrom::Start(0))?;
        self.runs.push(BufReader::new(file));
        self.bytes = 0;
        Ok(())
    }

    /// Every line pushed, sorted by bytes, each distinct line once.
    pub(crate) fn finish(mut self) -> io::Result<Sorted> {
        self.lines.sort_unstable();
        self.lines.dedup();
        let mut heap = BinaryHeap::new();
        let mut runs = Vec::new();
        for mut run in self.runs.drain(..) {
            if let Some(line) = read_line(&mut run)? {
                heap.push(Reverse((line, runs.len())));
            }
            runs.push(run);
        }
        let memory = std::mem::take(&mut self.lines).into_iter();
        Ok(Sorted {
            heap,
            runs,
            memory: memory.peekable(),
            last: None,
        })
    }
}

fn read_line(run: &mut BufReader<File>) -> io::Result<Option<String>> {
    let mut line = String::new();
    if run.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(Some(line))
}

/// The merge of the runs and the lines still in memory.
pub(crate) struct Sorted {
    heap: BinaryHeap<Reverse<(String, usize)>>,
    runs: Vec<BufReader<File>>,
    memory: std::iter::Peekable<std::vec::IntoIter<String>>,
    last: Option<String>,
}

impl Sorted {
    fn next_any(&mut self) -> io::Result<Option<String>> {
        let from_memory = match (self.memory.peek(), self.heap.peek()) {
            (None, None) => return Ok(None),
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (Some(m), Some(Reverse((h, _)))) => m <= h,
        };
        if from_memory {
            return Ok(self.memory.next());
        }
        let Some(Reverse((line, run))) = self.heap.pop() else {
            return Ok(None);
        };
        if let Some(next) = read_line(&mut self.runs[run])? {
            self.heap.push(Reverse((next, run)));
        }
        Ok(Some(line))
    }
}

impl Iterator for Sorted {
    type Item = io::Result<String>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            match self.next_any() {
                Err(e) => return Some(Err(e)),
                Ok(None) => return None,
                Ok(Some(line)) => {
                    if self.last.as_deref() == Some(line.as_str()) {
                        continue;
                    }
                    self.last = Some(line.clone());
                    return Some(Ok(line));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spilled_runs_merge_to_the_in_memory_order() {
        let lines: Vec<String> = (0..5000u32)
            .map(|i| format!("<s{}> <p> \"{}\" .", (i * 7919) % 1013, i % 97))
            .collect();
        let mut expected = lines.clone();
        expected.sort();
        expected.dedup();
        for budget in [2_000, 50_000, DEFAULT_BUDGET] {
            let mut sort = ExternalSort::new(budget);
            for l in &lines {
                sort.push(l.clone()).unwrap();
            }
            let got: Vec<String> = sort.finish().unwrap().map(Result::unwrap).collect();
            assert_eq!(got, expected, "budget {budget}");
        }
    }
}
