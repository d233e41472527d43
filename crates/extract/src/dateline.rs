//! Wire datelines ("LIMA, April 4. /WIRE/." or "OSLO, May 3 (Wire Service) -"): where and when
//! a story was filed. The input crate finds them; here they are located in the text, because
//! a dateline is not a sentence and its place and agency become entities.

use newsgraph_model::Dateline;

/// A dateline located in the text; offsets are bytes of the article text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FoundDateline {
    /// Where the dateline stands: sentences skip it.
    pub start: usize,
    pub end: usize,
    /// The place as a name ("Lima") and where it is written.
    pub place: String,
    pub place_at: (usize, usize),
    pub date: Option<newsgraph_model::TimeValue>,
    pub agency: Option<(String, (usize, usize))>,
}

/// A dateline located in the text: its byte bounds and those of its place and agency.
pub(crate) fn locate(text: &str, d: &Dateline) -> Option<FoundDateline> {
    let to_byte = |cp: u32| {
        text.char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .nth(cp as usize)
    };
    let (start, end) = (to_byte(d.span.start())?, to_byte(d.span.end())?);
    let inside = text.get(start..end)?;
    let find_ci = |needle: &str| {
        let lower = inside.to_lowercase();
        (lower.len() == inside.len())
            .then(|| lower.find(&needle.to_lowercase()))
            .flatten()
            .map(|i| (start + i, start + i + needle.len()))
    };
    let place_at = find_ci(&d.place).unwrap_or((start, start));
    let agency = d
        .agency
        .as_ref()
        .and_then(|a| find_ci(a).map(|at| (a.clone(), at)));
    Some(FoundDateline {
        start,
        end,
        place: d.place.clone(),
        place_at,
        date: d.date.clone(),
        agency,
    })
}
