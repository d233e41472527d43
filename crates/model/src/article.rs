use serde::{Deserialize, Serialize};

use crate::{Span, TimeValue};

/// One news article as read from a file or a JSON Lines record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Stable identifier: from the record, or the file name without extension.
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The publisher or agency ("BelTA", "Reuters").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Publication date; relative dates in the text are resolved against it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<TimeValue>,
    /// The wire dateline, when the body opens with one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<Dateline>,
    /// The body. All offsets in the graph count code points of this string.
    pub text: String,
}

/// A wire dateline such as `MINSK, May 9. /BELTA/.`: where and when the story was filed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// The place as a name ("Moscow"), not as the capitals of the dateline.
    pub place: String,
    /// The filing date, with the year taken from the publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<TimeValue>,
    /// The agency credit inside the dateline ("BELTA"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    /// Where the dateline stands in the text.
    pub span: Span,
}
