//! Tokens with byte offsets, and the byte → code point conversion spans need.

use newsgraph_model::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    Word,
    Number,
    Punct,
}

/// A token: a word (letters, inner hyphens and apostrophes, dotted abbreviations), a number,
/// the possessive `'s`, or one punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// Letters, digits and anything outside ASCII that is not punctuation or a symbol we know
/// (combining marks and other scripts stay inside words).
#[inline]
fn is_word_char(c: char) -> bool {
    // Most text is ASCII, where only letters and digits qualify.
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if c.is_alphanumeric() {
        return true;
    }
    !c.is_ascii()
        && !c.is_whitespace()
        && !matches!(c as u32, 0x2000..=0x206F | 0x00A0..=0x00BF | 0x3000..=0x303F | 0xFE30..=0xFE4F | 0xFF00..=0xFF0F)
        && !matches!(c, '«' | '»' | '×' | '÷')
}

/// Splits `text[start..end]` into tokens (offsets are into `text`).
pub(crate) fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    thread_local! {
        /// The characters of the span being split, kept from one call to the next: a new
        /// buffer of 16 bytes per byte of text for every paragraph cost more than the split.
        static CHARS: std::cell::Cell<Vec<(usize, char)>> = const { std::cell::Cell::new(Vec::new()) };
    }
    let s = text.get(start..end).unwrap_or("");
    let mut chars = CHARS.take();
    chars.clear();
    chars.extend(s.char_indices().map(|(i, c)| (i + start, c)));
    let out = split_chars(&chars, end);
    // Kept up to 65,536 characters (1 MB, far above a paragraph of wire copy): a buffer sized
    // for one huge input is not worth holding on every worker thread afterwards.
    if chars.capacity() <= 1 << 16 {
        CHARS.set(chars);
    }
    out
}

/// The tokens of `chars` (each with its byte offset), whose text ends at byte `end`.
fn split_chars(chars: &[(usize, char)], end: usize) -> Vec<Token> {
    let byte_end = |k: usize| chars.get(k).map(|&(b, _)| b).unwrap_or(end);
    // Sized once: growing a vector of a whole paragraph's tokens step by step made the
    // allocator tidy its free lists again at each step.
    let mut out = Vec::with_capacity(chars.len() / 2 + 1);
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        // The possessive 's is its own token so that "Lind's" names Lind.
        if is_apostrophe(c)
            && chars.get(i + 1).is_some_and(|&(_, n)| n == 's' || n == 'S')
            && chars.get(i + 2).is_none_or(|&(_, n)| !is_word_char(n))
            && i > 0
            && is_word_char(chars[i - 1].1)
        {
            out.push(Token {
                start: b,
                end: byte_end(i + 2),
                kind: TokKind::Word,
            });
            i += 2;
            continue;
        }
        if c.is_ascii_digit() {
            let mut j = i + 1;
            while j < chars.len() {
                let d = chars[j].1;
                let inner = matches!(d, ',' | '.')
                    && chars.get(j + 1).is_some_and(|&(_, n)| n.is_ascii_digit());
                if d.is_ascii_digit() || inner || d.is_alphabetic() {
                    j += 1;
                } else {
                    break;
                }
            }
            out.push(Token {
                start: b,
                end: byte_end(j),
                kind: TokKind::Number,
            });
            i = j;
            continue;
        }
        if is_word_char(c) {
            let mut j = i + 1;
            while j < chars.len() {
                let d = chars[j].1;
                if is_word_char(d) {
                    j += 1;
                    continue;
                }
                let next_is_word = chars.get(j + 1).is_some_and(|&(_, n)| is_word_char(n));
                let hyphen = matches!(d, '-' | '\u{2011}' | '\u{2010}') && next_is_word;
                // An inner apostrophe ("O'Brien"), but not the possessive 's.
                let apostrophe = is_apostrophe(d)
                    && next_is_word
                    && !(chars.get(j + 1).is_some_and(|&(_, n)| n == 's' || n == 'S')
                        && chars.get(j + 2).is_none_or(|&(_, n)| !is_word_char(n)));
                if hyphen || apostrophe {
                    j += 1;
                } else if d == '.'
                    && chars[j - 1].1.is_alphabetic()
                    && (j < 2 || !chars[j - 2].1.is_alphabetic())
                    && chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphabetic())
                    && chars.get(j + 2).is_some_and(|&(_, n)| n == '.')
                {
                    // Dotted abbreviations ("U.S.", "U.N."): keep every letter and its dot.
                    j += 2;
                    if chars.get(j).is_some_and(|&(_, n)| n == '.') {
                        j += 1;
                    }
                } else {
                    break;
                }
            }
            out.push(Token {
                start: b,
                end: byte_end(j),
                kind: TokKind::Word,
            });
            i = j;
            continue;
        }
        out.push(Token {
            start: b,
            end: byte_end(i + 1),
            kind: TokKind::Punct,
        });
        i += 1;
    }
    out
}

/// Many short strings in one buffer, indexed like a `Vec<String>`: the lower-case forms of
/// every token, made once, without a heap allocation (and a free) for each.
#[derive(Debug, Default)]
pub(crate) struct Strs {
    buf: String,
    /// Each string's start and end in `buf`: both in one place, as the steps ask for a
    /// token's form tens of times each, and reading the end before was a second look-up.
    spans: Vec<(usize, usize)>,
}

impl Strs {
    pub fn with_capacity(strings: usize, bytes: usize) -> Self {
        Strs {
            buf: String::with_capacity(bytes),
            spans: Vec::with_capacity(strings),
        }
    }

    /// Adds one string, written by `write` at the end of the buffer.
    pub fn push_with(&mut self, write: impl FnOnce(&mut String)) {
        let start = self.buf.len();
        write(&mut self.buf);
        self.spans.push((start, self.buf.len()));
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<&str> {
        let &(start, end) = self.spans.get(i)?;
        self.buf.get(start..end)
    }
}

impl std::ops::Index<usize> for Strs {
    type Output = str;

    /// Panics past the end, as a `Vec` does.
    fn index(&self, i: usize) -> &str {
        match self.get(i) {
            Some(s) => s,
            None => panic!("string {i} of {}", self.spans.len()),
        }
    }
}

/// `s.to_lowercase()` appended to `out`.
pub(crate) fn lowercase_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        let from = out.len();
        out.push_str(s);
        out[from..].make_ascii_lowercase();
    } else {
        out.push_str(&s.to_lowercase());
    }
}

/// `a` in lower case is `b`, without making the lower-case string for ASCII words: asked of
/// every word of every label a description is compared with.
pub(crate) fn lower_is(a: &str, b: &str) -> bool {
    if a.is_ascii() {
        a.len() == b.len() && (a.bytes().zip(b.bytes())).all(|(x, y)| x.to_ascii_lowercase() == y)
    } else {
        a.to_lowercase() == b
    }
}

/// `words.contains(&a.to_lowercase().as_str())` without a string for each word asked: the
/// steps ask it of every word of many entity labels.
pub(crate) fn lower_in(a: &str, words: &[&str]) -> bool {
    if a.is_ascii() {
        words.iter().any(|w| lower_is(a, w))
    } else {
        words.contains(&a.to_lowercase().as_str())
    }
}

/// Byte offset → code point offset for one text, in O(log n) per look-up.
pub(crate) struct Offsets {
    /// Byte offset of every char, plus the text length at the end; empty for an ASCII text,
    /// whose chars are its bytes (most wire copy: no table to fill for every article).
    starts: Vec<usize>,
    /// The text's length in bytes.
    len: usize,
}

impl Offsets {
    pub fn new(text: &str) -> Self {
        let len = text.len();
        if text.is_ascii() {
            return Offsets {
                starts: Vec::new(),
                len,
            };
        }
        let mut starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        starts.push(len);
        Offsets { starts, len }
    }

    fn point(&self, byte: usize) -> u32 {
        // How many of the char starts (and the end) lie before `byte`: for ASCII, the
        // starts are 0..=len.
        let i = if self.starts.is_empty() {
            byte.min(self.len + 1)
        } else {
            self.starts.partition_point(|&b| b < byte)
        };
        u32::try_from(i).unwrap_or(u32::MAX)
    }

    /// The code point span of a byte range on char boundaries (as every token bound is).
    pub fn span(&self, start: usize, end: usize) -> Span {
        let (s, e) = (self.point(start), self.point(end.max(start)));
        match Span::new(s, e.max(s)) {
            Ok(span) => span,
            Err(_) => unreachable!("the end is never before the start"),
        }
    }
}

pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

pub(crate) fn is_all_caps(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s, 0, s.len()).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn names_possessives_abbreviations_and_numbers() {
        assert_eq!(
            words("Lind\u{2019}s aide, U.S. envoy in Guinea-Bissau: 30,000 (1991-1994)."),
            vec![
                "Lind",
                "\u{2019}s",
                "aide",
                ",",
                "U.S.",
                "envoy",
                "in",
                "Guinea-Bissau",
                ":",
                "30,000",
                "(",
                "1991",
                "-",
                "1994",
                ")",
                "."
            ]
        );
        assert_eq!(words("O'Brien didn't"), vec!["O'Brien", "didn't"]);
    }

    #[test]
    fn combining_marks_and_other_scripts_stay_in_words() {
        assert_eq!(
            words("Cafe\u{301} «Мир» 👍"),
            vec!["Cafe\u{301}", "«", "Мир", "»", "👍"]
        );
    }

    #[test]
    fn strs_index_like_a_vec_and_lower_like_to_lowercase() {
        let words = ["Lind", "", "ΟΔΟΣ", "U.S."];
        let mut strs = Strs::with_capacity(words.len(), 0);
        for w in words {
            strs.push_with(|out| lowercase_into(w, out));
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(&strs[i], w.to_lowercase(), "{w}");
        }
        assert_eq!(strs.get(words.len()), None);
    }

    #[test]
    fn ascii_offsets_are_bytes_as_for_any_text() {
        let t = "Lind said. ";
        let o = Offsets::new(t);
        // The same text with one char outside ASCII after it takes the table's path.
        let wide = format!("{t}\u{e9}");
        let w = Offsets::new(&wide);
        for a in 0..=t.len() + 2 {
            for b in a..=t.len() + 2 {
                assert_eq!(o.span(a, b), w.span(a, b), "{a}..{b}");
            }
        }
    }

    #[test]
    fn offsets_count_code_points() {
        let t = "«Мир» ok";
        let o = Offsets::new(t);
        let start = t.find("ok").unwrap();
        assert_eq!(o.span(start, start + 2), Span::new(6, 8).unwrap());
        assert_eq!(
            o.span(start, start + 2),
            Span::from_bytes(t, start, start + 2).unwrap()
        );
    }
}
