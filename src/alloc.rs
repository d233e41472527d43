//! The process's allocator, and the one setting the bulk writers change.
//!
//! mimalloc, linked with its `override` feature, takes the place of malloc and free for the
//! whole process: Rust's allocations (through libc's names) and RocksDB's C++ ones alike, so a
//! buffer allocated on one side and freed on the other meets the same allocator. (Making it
//! Rust's global allocator alone crashed when Oxigraph freed a RocksDB error string.) glibc
//! malloc was about a fifth of bulk-ingest CPU.

use std::ffi::{c_int, c_long};

use mimalloc as _;

extern "C" {
    // mimalloc's own C API (`mimalloc.h`), compiled into the binary by libmimalloc-sys.
    fn mi_option_set(option: c_int, value: c_long);
}

/// `mi_option_purge_delay` in mimalloc v3's `mi_option_e` (`mimalloc.h`).
const MI_OPTION_PURGE_DELAY: c_int = 15;

/// Keeps freed memory in the process instead of handing it back to the system after a
/// second. A bulk load frees and reallocates chunk-sized buffers every few seconds (its own,
/// and Oxigraph's sorting tables); returned pages came back zeroed by the kernel on the next
/// touch: 126,000 page faults and about an eighth of the CPU of a 6,000-article ingest
/// (1,500 faults kept). The cost is that the process's resident size stays at its peak
/// until it exits, which suits a command that ends with the load, not a server.
pub fn keep_freed_memory() {
    // SAFETY: `mi_option_set` only stores an integer option, read by the allocator when it
    // next considers purging; it is safe to call at any time from any thread.
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, -1) }
}

#[cfg(test)]
mod tests {
    use super::*;

    extern "C" {
        fn mi_option_get(option: c_int) -> c_long;
    }

    /// Option numbers are positions in mimalloc's enum: a mimalloc with another order would
    /// make `keep_freed_memory` change some other setting. The purge delay is the option whose
    /// default is 1,000 ms in mimalloc v3 (unless the environment sets it).
    #[test]
    fn option_fifteen_is_the_purge_delay() {
        let expected = std::env::var("MIMALLOC_PURGE_DELAY")
            .ok()
            .and_then(|v| v.parse::<c_long>().ok())
            .unwrap_or(1000);
        // SAFETY: reads an integer option.
        let got = unsafe { mi_option_get(MI_OPTION_PURGE_DELAY) };
        assert_eq!(got, expected);
        keep_freed_memory();
        // SAFETY: as above.
        assert_eq!(unsafe { mi_option_get(MI_OPTION_PURGE_DELAY) }, -1);
    }
}
