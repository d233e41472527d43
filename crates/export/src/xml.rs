//! The one XML escaper both XML writers use.

use std::borrow::Cow;

/// Escapes text for an XML 1.0 attribute value or element content. Markup characters become
/// entities; tab, line feed and carriage return become character references so that
/// attribute-value normalisation keeps them; characters XML 1.0 cannot carry at all (other
/// C0 controls, U+FFFE, U+FFFF) become U+FFFD, so that any label still gives a well-formed
/// file.
pub fn escape(s: &str) -> Cow<'_, str> {
    let plain =
        |c: char| !matches!(c, '&' | '<' | '>' | '"' | '\'' | '\u{FFFE}' | '\u{FFFF}') && c >= ' ';
    if s.chars().all(plain) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_and_controls_are_escaped() {
        assert_eq!(
            escape("A & B <\"x\"> 'y'\n\u{1}"),
            "A &amp; B &lt;&quot;x&quot;&gt; &apos;y&apos;&#10;\u{FFFD}"
        );
        assert!(matches!(escape("Лінд — ok"), std::borrow::Cow::Borrowed(_)));
    }
}
