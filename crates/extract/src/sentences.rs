//! Paragraphs and sentences. A sentence ends at `.`, `!` or `?` before a capitalised word,
//! a digit or an opening quote, but not after a title abbreviation ("Mr.", "Gen.", "Jan."),
//! an initial ("V.") or a dotted abbreviation ("U.S.") unless a sentence opener follows
//! ("U.S. The"), and not inside a quotation. Each line of a headline block and each
//! paragraph ends a sentence. The dateline is left out.

use newsgraph_lexicon::{Cue, Lexicon};

use crate::text::{is_capitalised, tokenize, TokKind, Token};

/// Words written with a full stop that do not end a sentence.
const ABBREVIATIONS: [&str; 40] = [
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt", "Adm",
    "Gov", "Sen", "Rep", "Rev", "St", "Jr", "Sr", "Inc", "Ltd", "Corp", "Co", "No", "vs", "Jan",
    "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Pres", "Mt",
];

/// A quotation longer than this many tokens is taken as an unclosed quote mark and no longer
/// stops sentence ends.
const LONGEST_QUOTE: usize = 120;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SentenceBounds {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    /// The sentence's tokens in [`Sentences::toks`], half-open.
    pub first_tok: usize,
    pub end_tok: usize,
}

/// The sentences of a text and their tokens: splitting tokenizes the text already, and the
/// document keeps those tokens instead of tokenizing every sentence again.
pub(crate) struct Sentences {
    pub bounds: Vec<SentenceBounds>,
    /// Every sentence's tokens, in text order.
    pub toks: Vec<Token>,
}

/// Sentences of `text` as byte ranges, skipping `skip` (the dateline).
#[cfg(test)]
pub(crate) fn split(
    text: &str,
    skip: Option<(usize, usize)>,
    lex: &Lexicon,
) -> Vec<SentenceBounds> {
    split_tokens(text, skip, lex).bounds
}

/// [`split`] with the tokens of each sentence.
pub(crate) fn split_tokens(text: &str, skip: Option<(usize, usize)>, lex: &Lexicon) -> Sentences {
    let mut out = Sentences {
        bounds: Vec::new(),
        toks: Vec::new(),
    };
    let mut paragraph = 0;
    let mut seg_start: Option<usize> = None;
    let mut offset = 0;
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut blank_before = false;
    for (n, line) in lines.iter().enumerate() {
        let body = line.trim_end();
        let start = offset;
        offset += line.len();
        if body.trim().is_empty() {
            if let Some(s) = seg_start.take() {
                segment(text, s, start, skip, paragraph, lex, &mut out);
            }
            blank_before = true;
            continue;
        }
        if blank_before && !out.bounds.is_empty() {
            paragraph += 1;
        }
        blank_before = false;
        let s = *seg_start.get_or_insert(start);
        let next = lines.get(n + 1).map(|l| l.trim()).unwrap_or("");
        let ends_clause = body.ends_with([
            '.', '!', '?', ':', ';', '"', '\u{201D}', '\u{2019}', '»', ')', ']',
        ]);
        let next_opens = next
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || "\"\u{201C}«".contains(c));
        if next.is_empty() || ends_clause || (next_opens && body.chars().count() < 90) {
            segment(text, s, start + body.len(), skip, paragraph, lex, &mut out);
            seg_start = None;
        }
    }
    if let Some(s) = seg_start {
        segment(text, s, text.len(), skip, paragraph, lex, &mut out);
    }
    out
}

fn segment(
    text: &str,
    mut start: usize,
    mut end: usize,
    skip: Option<(usize, usize)>,
    paragraph: usize,
    lex: &Lexicon,
    out: &mut Sentences,
) {
    if let Some((a, b)) = skip {
        if a < end && b > start {
            if a > start && text.get(start..a).is_some_and(|t| !t.trim().is_empty()) {
                segment(text, start, a, None, paragraph, lex, out);
            }
            start = b.max(start);
            end = end.max(start);
        }
    }
    let toks = tokenize(text, start, end);
    let word = |i: usize| toks.get(i).map(|t: &Token| t.text(text)).unwrap_or("");
    let mut first = 0;
    let mut open_quote: Option<usize> = None;
    let mut i = 0;
    while i < toks.len() {
        let w = word(i);
        match w {
            "\"" => open_quote = if open_quote.is_some() { None } else { Some(i) },
            "\u{201C}" | "«" => open_quote = Some(i),
            "\u{201D}" | "»" => open_quote = None,
            _ => {}
        }
        if open_quote.is_some_and(|q| i - q > LONGEST_QUOTE) {
            open_quote = None;
        }
        let stop = matches!(w, "." | "!" | "?" | "\u{2026}")
            || (w.len() > 2 && w.ends_with('.') && toks[i].kind == TokKind::Word);
        if stop && open_quote.is_none() {
            // Closing quotes and brackets belong to the sentence they close.
            let mut j = i + 1;
            while j < toks.len()
                && matches!(word(j), "\"" | "\u{201D}" | "\u{2019}" | "»" | ")" | "]")
            {
                if word(j) == "\"" && is_opening_quote(text, &toks, j) {
                    break;
                }
                j += 1;
            }
            if ends_here(text, &toks, i, j, lex) {
                push(text, &toks, first, j, paragraph, out);
                first = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    push(text, &toks, first, toks.len(), paragraph, out);
}

/// A straight quote that opens: followed by a word without a space in between.
fn is_opening_quote(text: &str, toks: &[Token], j: usize) -> bool {
    let next_touches = toks.get(j + 1).is_some_and(|n| n.start == toks[j].end);
    let prev_spaced = j == 0 || toks[j - 1].end < toks[j].start;
    next_touches && prev_spaced && text.get(toks[j].end..).is_some()
}

fn ends_here(text: &str, toks: &[Token], stop: usize, next: usize, lex: &Lexicon) -> bool {
    let Some(n) = toks.get(next) else {
        return false;
    };
    let next_word = n.text(text);
    let opens = is_capitalised(next_word)
        || n.kind == TokKind::Number
        || matches!(next_word, "\"" | "\u{201C}" | "«" | "(" | "\u{2018}");
    if !opens {
        return false;
    }
    let stop_word = toks[stop].text(text);
    if stop_word.len() > 1 && stop_word.ends_with('.') {
        // "U.S." carries its own full stop: it ends a sentence only before an opener.
        return lex.is_cue(next_word, Cue::NotName);
    }
    if stop_word == "." && stop > 0 && toks[stop - 1].end == toks[stop].start {
        let before = toks[stop - 1].text(text);
        if before.chars().count() == 1 && before.chars().all(char::is_uppercase) {
            return false;
        }
        if ABBREVIATIONS.contains(&before) {
            return lex.is_cue(next_word, Cue::NotName);
        }
    }
    true
}

fn push(text: &str, toks: &[Token], a: usize, b: usize, paragraph: usize, out: &mut Sentences) {
    let slice = toks.get(a..b).unwrap_or(&[]);
    if !slice.iter().any(|t| t.kind != TokKind::Punct) {
        return;
    }
    if let (Some(f), Some(l)) = (slice.first(), slice.last()) {
        if text.get(f.start..l.end).is_some() {
            let first_tok = out.toks.len();
            out.toks.extend_from_slice(slice);
            out.bounds.push(SentenceBounds {
                start: f.start,
                end: l.end,
                paragraph,
                first_tok,
                end_tok: out.toks.len(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str, skip: Option<(usize, usize)>) -> Vec<&str> {
        split(text, skip, Lexicon::embedded())
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn abbreviations_initials_and_quotes_do_not_end_sentences() {
        let text = "Mr. Lind met Gen. V. Karlsson on Jan. 5 in the U.S. capital. \"We agree. Fully,\" he said. It rained.";
        assert_eq!(
            sentences(text, None),
            vec![
                "Mr. Lind met Gen. V. Karlsson on Jan. 5 in the U.S. capital.",
                "\"We agree. Fully,\" he said.",
                "It rained.",
            ]
        );
    }

    #[test]
    fn a_dotted_abbreviation_ends_a_sentence_before_an_opener() {
        assert_eq!(
            sentences("She flew to the U.S. The talks began.", None),
            vec!["She flew to the U.S.", "The talks began."]
        );
    }

    #[test]
    fn headline_lines_and_paragraphs_are_separate() {
        let text = "Talks stall in Zenda\n\nThe envoys left. Nobody spoke.\n\nA new day.";
        let s = split(text, None, Lexicon::embedded());
        let paras: Vec<usize> = s.iter().map(|b| b.paragraph).collect();
        assert_eq!(
            sentences(text, None),
            vec![
                "Talks stall in Zenda",
                "The envoys left.",
                "Nobody spoke.",
                "A new day."
            ]
        );
        assert_eq!(paras, vec![0, 1, 1, 2]);
    }

    #[test]
    fn the_dateline_is_not_a_sentence() {
        let text = "STRELSAU, April 4. /RNA/. The king spoke. He left.";
        let end = text.find(" The").unwrap();
        assert_eq!(
            sentences(text, Some((0, end))),
            vec!["The king spoke.", "He left."]
        );
    }

    #[test]
    fn wrapped_lines_join_and_punctuation_only_text_has_no_sentence() {
        assert_eq!(
            sentences("The envoy said that the talks\nwould resume soon.", None),
            vec!["The envoy said that the talks\nwould resume soon."]
        );
        assert!(sentences("?!... --- ;;", None).is_empty());
        assert!(sentences("", None).is_empty());
    }
}
