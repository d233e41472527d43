//! The table behind [`crate::Lexicon::word_starts`]: what every token of an article asks,
//! so each question should touch one cache line. After the tagger and parser have run, the
//! table is out of cache; a hash map of `(u64, bits)` slots costs a line for its control
//! bytes and a second for the slot. Here a slot is one `u64` (a 32-bit fingerprint of the
//! word's hash and the two length masks), laid out by open addressing with linear probing
//! at most half full, so that a look-up reads one slot or a few neighbours in its line.
//!
//! Two words with the same fingerprint in one probe run share a slot and so their bits:
//! like two words sharing a hash before, that makes a matcher try a phrase more, never miss
//! one (every phrase it tries is then looked up exactly).

/// The lengths a word starts, as the lexicon builds them: entry lengths, cue phrase lengths,
/// and whether the word is a cue alone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Starts {
    pub entries: u16,
    pub cue_phrases: u16,
    pub cue_word: bool,
}

/// Bit 0 of the entry lengths is never a length (no entry has no words): it marks a cue word.
const CUE_WORD: u64 = 1 << 32;

#[derive(Debug, Clone, Default)]
pub(crate) struct StartsTable {
    slots: Vec<u64>,
    /// 64 minus the number of index bits: the slot index is the hash's top bits, the best
    /// mixed of an Fx hash.
    shift: u32,
}

fn fingerprint(hash: u64) -> u64 {
    // Never 0, which marks an empty slot.
    u64::from(hash as u32 | 1)
}

impl StartsTable {
    /// A table of `(word hash, lengths)` pairs; pairs of one hash are merged.
    pub fn new(pairs: impl ExactSizeIterator<Item = (u64, Starts)>) -> Self {
        let bits = (pairs.len() * 2)
            .next_power_of_two()
            .max(16)
            .trailing_zeros();
        let mut table = StartsTable {
            slots: vec![0; 1 << bits],
            shift: 64 - bits,
        };
        let mask = table.slots.len() - 1;
        for (hash, s) in pairs {
            let payload = (u64::from(s.entries) << 32)
                | (u64::from(s.cue_phrases) << 48)
                | if s.cue_word { CUE_WORD } else { 0 };
            let fp = fingerprint(hash);
            let mut i = (hash >> table.shift) as usize;
            loop {
                let slot = &mut table.slots[i];
                if *slot == 0 {
                    *slot = fp | payload;
                    break;
                }
                if *slot & 0xffff_ffff == fp {
                    *slot |= payload;
                    break;
                }
                i = (i + 1) & mask;
            }
        }
        table
    }

    /// The lengths stored for a word of this hash (all clear when none).
    pub fn get(&self, hash: u64) -> Starts {
        let mask = self.slots.len().wrapping_sub(1);
        let fp = fingerprint(hash);
        let mut i = hash.checked_shr(self.shift).unwrap_or(0) as usize;
        // At most half the slots are taken: a run ends at an empty one.
        while let Some(&slot) = self.slots.get(i) {
            if slot == 0 {
                break;
            }
            if slot & 0xffff_ffff == fp {
                return Starts {
                    entries: (slot >> 32) as u16 & !1,
                    cue_phrases: (slot >> 48) as u16,
                    cue_word: slot & CUE_WORD != 0,
                };
            }
            i = (i + 1) & mask;
        }
        Starts::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_gets_back_what_was_stored_and_others_nothing() {
        let s = |entries, cue_phrases, cue_word| Starts {
            entries,
            cue_phrases,
            cue_word,
        };
        // Hashes chosen to share their top bits, so that they fall in one probe run.
        let pairs = vec![
            (0x0100_0000_0000_0002u64, s(0b110, 0, false)),
            (0x0100_0000_0000_0004u64, s(0b10, 0b10, true)),
            (0x0100_0000_0000_0008u64, s(0b1000, 0, false)),
        ];
        let table = StartsTable::new(pairs.clone().into_iter());
        for (h, want) in pairs {
            assert_eq!(table.get(h), want, "{h:x}");
        }
        assert_eq!(table.get(0x0100_0000_0000_0010), Starts::default());
        assert_eq!(StartsTable::default().get(7), Starts::default());
    }
}
