//! One article under analysis: its text, tokens and sentences, shared by every step.

use std::ops::Range;

use newsgraph_lexicon::{Cue, Lexicon, TitleMatch, WordStarts};
use newsgraph_model::Span;
use newsgraph_nlp::ner::NameKind;

use crate::sentences::Sentences;
use crate::text::{Offsets, Strs, TokKind, Token};

thread_local! {
    static CUE_PHRASE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

pub(crate) struct Sent {
    pub start: usize,
    pub end: usize,
    pub toks: Range<usize>,
    pub paragraph: usize,
}

pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub lex: &'a Lexicon,
    pub toks: Vec<Token>,
    /// Every token's text, cut out of `text` once: the steps ask for a token's word tens of
    /// times each, and each cut checks both ends for character boundaries again.
    words: Vec<&'a str>,
    pub sents: Vec<Sent>,
    /// For every token: does it stand inside a quotation of its sentence?
    quoted: Vec<bool>,
    /// The name tagger's spans (bytes) and kinds, in text order.
    pub ner: Vec<(usize, usize, NameKind)>,
    /// Every token's [`Doc::lower`] form, made once: the steps ask for it tens of times per
    /// token, and normalising each time was a tenth of extraction's own cost. One buffer and
    /// each token's end in it, not a string per token.
    lowers: Strs,
    /// Per token: the cue lists its word alone is in, and the lengths of the lexicon entries
    /// and of the cue phrases it starts ([`Lexicon::entry_lengths`]). Asked for at nearly
    /// every token by several steps, each look-up a hash of the word.
    starts: Vec<WordStarts>,
    offsets: Offsets,
}

impl<'a> Doc<'a> {
    pub fn new(
        text: &'a str,
        lex: &'a Lexicon,
        split: Sentences,
        ner: Vec<(usize, usize, NameKind)>,
    ) -> Self {
        let toks = split.toks;
        let sents: Vec<Sent> = (split.bounds.iter())
            .map(|b| Sent {
                start: b.start,
                end: b.end,
                toks: b.first_tok..b.end_tok,
                paragraph: b.paragraph,
            })
            .collect();
        let mut quoted = vec![false; toks.len()];
        for s in &sents {
            let mut inside = false;
            for i in s.toks.clone() {
                quoted[i] = inside;
                if matches!(
                    toks[i].text(text),
                    "\"" | "\u{201C}" | "\u{201D}" | "«" | "»"
                ) {
                    inside = !inside;
                }
            }
        }
        let words: Vec<&'a str> = toks.iter().map(|t| t.text(text)).collect();
        let mut lowers = Strs::with_capacity(toks.len(), text.len());
        for w in &words {
            lowers.push_with(|out| newsgraph_lexicon::key_into(w, out));
        }
        // In a pass of their own, after every key is made: the table is out of cache once
        // the parser has run, and look-ups with nothing in between overlap their misses.
        let starts = (0..toks.len())
            .map(|i| lex.word_starts(lowers.get(i).unwrap_or("")))
            .collect();
        Doc {
            text,
            lex,
            lowers,
            starts,
            toks,
            words,
            sents,
            quoted,
            ner,
            offsets: Offsets::new(text),
        }
    }

    /// The text of token `i`, or "" past the end.
    pub fn word(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// The lower-case text of token `i` with typographic apostrophes made plain.
    pub fn lower(&self, i: usize) -> &str {
        self.lowers.get(i).unwrap_or("")
    }

    /// True when token `i` stands inside a quotation of its sentence (false past the end).
    pub fn is_quoted(&self, i: usize) -> bool {
        self.quoted.get(i).copied().unwrap_or(false)
    }

    /// The token after a bracketed short form that opens at `i` ("the Andean Forum (AF),
    /// whose ..."), else `i`: a name's abbreviation stands between it and what the sentence
    /// goes on to say of it.
    pub fn past_short_form(&self, i: usize) -> usize {
        if self.word(i) == "(" && self.word(i + 2) == ")" {
            i + 3
        } else {
            i
        }
    }

    /// True when token `i` is the possessive "'s" ("’s" too: `lower` makes it plain).
    pub fn is_s_mark(&self, i: usize) -> bool {
        self.lower(i) == "'s"
    }

    /// True when token `i` alone is in this cue list (as `lex.is_cue(word, cue)`).
    pub fn is_cue(&self, i: usize, cue: Cue) -> bool {
        self.starts.get(i).is_some_and(|s| s.is_cue(cue))
    }

    /// [`Lexicon::entry_lengths`] of token `i`'s lower-case form.
    pub fn entry_lengths(&self, i: usize) -> u16 {
        self.starts.get(i).map_or(0, |s| s.entries)
    }

    /// [`Lexicon::title`] of token `i`'s lower-case form. Asked of most capitalised words
    /// by the name, role and event steps, and few are titles: the word's title lengths, read
    /// with the document, answer most without a look-up in the title list.
    pub fn title(&self, i: usize) -> Option<TitleMatch<'a>> {
        if self.title_lengths(i) & 0b10 == 0 && self.is_plain(i) {
            return None;
        }
        self.lex.title(self.lower(i))
    }

    /// True when token `i`'s lower-case form is one word the lexicon takes as its key as it
    /// stands: a phrase of such words is a title only if its length bit is among the first
    /// word's [`Doc::title_lengths`].
    pub fn is_plain(&self, i: usize) -> bool {
        // A key (as `key_into` makes every token's) in ASCII is lower-case, with no backquote
        // and no white space but single inner spaces: one without a space is plain.
        let w = self.lower(i);
        !w.is_empty() && w.bytes().all(|c| c != b' ' && c.is_ascii())
    }

    /// [`Lexicon::title_lengths`] of token `i`'s lower-case form.
    pub fn title_lengths(&self, i: usize) -> u16 {
        self.starts.get(i).map_or(0, |s| s.titles)
    }

    /// [`Lexicon::cue_lengths`] of token `i`'s lower-case form.
    pub fn cue_lengths(&self, i: usize) -> u16 {
        self.starts.get(i).map_or(0, |s| s.cue_phrases)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Word)
    }

    /// The first token that starts at or after byte `at` (the token count when none does):
    /// the token a mention's byte offset opens on, or the one after its end.
    pub fn tok_from(&self, at: usize) -> usize {
        self.toks.partition_point(|t| t.start < at)
    }

    /// Token `i` when it lies in sentence `s`.
    pub fn in_sent(&self, s: usize, i: usize) -> bool {
        self.sents.get(s).is_some_and(|x| x.toks.contains(&i))
    }

    /// The text covered by tokens `r`.
    pub fn slice(&self, r: &Range<usize>) -> &'a str {
        match (
            self.toks.get(r.start),
            r.end.checked_sub(1).and_then(|e| self.toks.get(e)),
        ) {
            (Some(a), Some(b)) if r.start < r.end => self.text.get(a.start..b.end).unwrap_or(""),
            _ => "",
        }
    }

    /// The code point span of tokens `r`.
    pub fn span(&self, r: &Range<usize>) -> Span {
        match (
            self.toks.get(r.start),
            r.end.checked_sub(1).and_then(|e| self.toks.get(e)),
        ) {
            (Some(a), Some(b)) if r.start < r.end => self.offsets.span(a.start, b.end),
            _ => self.offsets.span(0, 0),
        }
    }

    pub fn byte_span(&self, start: usize, end: usize) -> Span {
        self.offsets.span(start, end)
    }

    pub fn sent_span(&self, s: usize) -> Span {
        self.sents
            .get(s)
            .map(|x| self.offsets.span(x.start, x.end))
            .unwrap_or_else(|| self.offsets.span(0, 0))
    }

    /// The name tagger's span that starts at token `i`: its end token (exclusive, within
    /// `limit`) and kind.
    pub fn ner_at(&self, i: usize, limit: usize) -> Option<(usize, NameKind)> {
        let start = self.toks.get(i)?.start;
        let k = self.ner.partition_point(|x| x.0 < start);
        let &(a, b, kind) = self.ner.get(k).filter(|x| x.0 == start)?;
        let _ = a;
        let end = (i..limit).take_while(|&j| self.toks[j].end <= b).last()? + 1;
        Some((end, kind))
    }

    /// True when token `i` is (the start of) a cue phrase of this kind; returns its length.
    pub fn cue_at(&self, i: usize, cue: Cue, limit: usize) -> Option<usize> {
        if i >= limit || self.toks.get(i).is_none_or(|t| t.kind == TokKind::Punct) {
            return None;
        }
        let mut best = self.is_cue(i, cue).then_some(1);
        // Most words start no cue phrase of two or three words: no phrase to build.
        let lengths = self.cue_lengths(i);
        if lengths & 0b1100 == 0 {
            return best;
        }
        // A buffer the thread keeps, not a new string for each word that starts a phrase.
        CUE_PHRASE.with_borrow_mut(|phrase| {
            phrase.clear();
            phrase.push_str(self.lower(i));
            for n in 1..3 {
                let j = i + n;
                if j >= limit || self.toks.get(j).is_none_or(|t| t.kind == TokKind::Punct) {
                    break;
                }
                phrase.push(' ');
                phrase.push_str(self.lower(j));
                if lengths & (1 << (n + 1)) != 0 && self.lex.is_cue(phrase, cue) {
                    best = Some(n + 1);
                }
            }
        });
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The title lengths read with the document rule titles out without the look-up; they
    /// must never rule out one the lexicon has.
    #[test]
    fn doc_title_answers_as_the_lexicon_does() {
        let lex = Lexicon::embedded();
        let text = "Prime Minister Ilsa Varn met the foreign minister, Général Oskár Þór, \
                    and the Deputy Speaker in Zembla’s capital; the president’s spokesman said.";
        let split = crate::sentences::split_tokens(text, None, lex);
        let doc = Doc::new(text, lex, split, Vec::new());
        let mut titles = 0;
        for i in 0..doc.toks.len() + 1 {
            let want = lex.title(doc.lower(i));
            titles += usize::from(want.is_some());
            assert_eq!(doc.title(i), want, "{}", doc.lower(i));
        }
        assert!(titles >= 3, "{titles}");
    }
}
