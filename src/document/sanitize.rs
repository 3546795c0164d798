//! Removal of characters from untrusted text that must never reach a terminal.
//!
//! Articles come from the internet. Escape sequences (CSI, OSC, DCS...), C0 and C1 control
//! characters and bidirectional override characters could recolour, retitle or scramble the
//! reader's terminal, or make text display in a misleading order. They are removed when an
//! article is loaded, so every later offset refers to clean text. Printable text, including
//! emoji joiners and non-breaking spaces, is kept intact.

/// Returns `text` with escape sequences, control characters and bidi controls removed.
///
/// Tabs and line breaks (`\n`, `\r`, U+2028, U+2029) are kept as whitespace so that callers
/// can still find paragraph boundaries; every other control character is dropped.
///
/// ```
/// use byline::document::sanitize::strip_unsafe;
/// assert_eq!(strip_unsafe("red \u{1b}[31mtext\u{1b}[0m"), "red text");
/// assert_eq!(strip_unsafe("title\u{1b}]0;pwned\u{7}!"), "title!");
/// assert_eq!(strip_unsafe("a\u{202e}cba"), "acba");
/// ```
pub fn strip_unsafe(text: &str) -> String {
    if is_safe(text) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape_sequence(&mut chars),
            // C1 introducers: CSI, OSC, DCS, SOS, PM, APC take a body like their ESC forms.
            '\u{9b}' => skip_csi_body(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => skip_string_body(&mut chars),
            '\t' | '\n' | '\r' | '\u{2028}' | '\u{2029}' => out.push(c),
            c if is_dropped(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// The index of the first byte from `from` on that `table` marks (`bytes.len()` when none).
pub(crate) fn next_marked(bytes: &[u8], from: usize, table: &[bool; 256]) -> usize {
    let rest = bytes.get(from..).unwrap_or_default();
    from + rest
        .iter()
        .position(|&b| table[usize::from(b)])
        .unwrap_or(rest.len())
}

/// True when [`strip_unsafe`] would return `text` unchanged: no character of it is removed
/// or starts a sequence that is.
///
/// ASCII, most of any text, is checked a byte at a time; only other characters are decoded.
pub fn is_safe(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    loop {
        // Safe ASCII is skipped in a tight loop; only what it stops at is looked at.
        i = next_marked(bytes, i, &UNSAFE_OR_NON_ASCII);
        let Some(&byte) = bytes.get(i) else {
            return true;
        };
        if byte.is_ascii() {
            return false;
        }
        let Some(c) = text[i..].chars().next() else {
            return true;
        };
        if needs_attention(c) {
            return false;
        }
        i += c.len_utf8();
    }
}

/// For each byte value, whether it is an unsafe ASCII character ([`is_unsafe_ascii`]) or
/// part of a non-ASCII one.
const UNSAFE_OR_NON_ASCII: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = byte >= 0x80 || is_unsafe_ascii(byte as u8);
        byte += 1;
    }
    table
};

/// [`needs_attention`] for an ASCII byte: ESC and the other C0 controls except tab and line
/// breaks, and DEL.
const fn is_unsafe_ascii(byte: u8) -> bool {
    (byte < 0x20 && !matches!(byte, b'\t' | b'\n' | b'\r')) || byte == 0x7f
}

/// True for characters that [`strip_unsafe`] removes or that start a sequence it removes.
pub(crate) fn needs_attention(c: char) -> bool {
    c == '\u{1b}' || is_dropped(c)
}

/// Control, bidi-control and byte-order-mark characters, which are removed outright.
fn is_dropped(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'
        | '\u{80}'..='\u{9f}'
        // Bidi embeddings, overrides, isolates and marks.
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}'
        // Byte order mark / zero-width no-break space, and interlinear annotation controls.
        | '\u{feff}' | '\u{fff9}'..='\u{fffb}')
}

/// Skips the rest of an escape sequence whose ESC has just been read.
fn skip_escape_sequence(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.peek().copied() {
        Some('[') => {
            chars.next();
            skip_csi_body(chars);
        }
        Some(']' | 'P' | 'X' | '^' | '_') => {
            chars.next();
            skip_string_body(chars);
        }
        // Two-character sequences (ESC c, ESC 7, ESC ( B...): drop the intermediates and final.
        Some(c) if (' '..='/').contains(&c) => {
            while chars.next_if(|c| (' '..='/').contains(c)).is_some() {}
            chars.next_if(|c| ('0'..='~').contains(c));
        }
        Some(c) if ('0'..='~').contains(&c) => {
            chars.next();
        }
        _ => {}
    }
}

/// Skips CSI parameter and intermediate bytes and the final byte.
fn skip_csi_body(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    while chars.next_if(|c| ('0'..='?').contains(c)).is_some() {}
    while chars.next_if(|c| (' '..='/').contains(c)).is_some() {}
    chars.next_if(|c| ('@'..='~').contains(c));
}

/// Skips an OSC/DCS/SOS/PM/APC string up to its terminator (BEL, ST or ESC \).
fn skip_string_body(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    // A line break ends a runaway string (and is kept) so one stray ESC cannot eat the article.
    while let Some(c) = chars.next_if(|c| *c != '\n') {
        match c {
            '\u{7}' | '\u{9c}' => return,
            '\u{1b}' => {
                chars.next_if_eq(&'\\');
                return;
            }
            _ => {}
        }
    }
}

/// Makes a string safe for a one-line message: control characters become `\u{..}` escapes.
///
/// Used for file names and URLs, which the user typed but which may still hold escapes.
///
/// ```
/// use byline::document::sanitize::escape_for_message;
/// assert_eq!(escape_for_message("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
/// ```
pub fn escape_for_message(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() || is_dropped(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_unchanged() {
        let text = "Ana Ruiz said: “We don’t move.” 東京 👩‍🔬 12\u{a0}000";
        assert_eq!(strip_unsafe(text), text);
    }

    #[test]
    fn csi_sequences_are_removed_whole() {
        assert_eq!(strip_unsafe("a\u{1b}[1;31mb\u{1b}[0mc"), "abc");
        assert_eq!(strip_unsafe("clear\u{1b}[2J\u{1b}[Hscreen"), "clearscreen");
    }

    #[test]
    fn osc_sequences_are_removed_with_either_terminator() {
        assert_eq!(strip_unsafe("x\u{1b}]0;title\u{7}y"), "xy");
        assert_eq!(
            strip_unsafe("x\u{1b}]8;;http://evil\u{1b}\\link\u{1b}]8;;\u{1b}\\y"),
            "xlinky"
        );
    }

    #[test]
    fn c1_controls_and_their_bodies_are_removed() {
        assert_eq!(strip_unsafe("a\u{9b}31mb"), "ab");
        assert_eq!(strip_unsafe("a\u{9d}0;t\u{9c}b"), "ab");
        assert_eq!(strip_unsafe("a\u{85}b"), "ab");
    }

    #[test]
    fn bell_backspace_and_nul_are_removed() {
        assert_eq!(strip_unsafe("a\u{7}b\u{8}c\u{0}d"), "abcd");
    }

    #[test]
    fn bidi_overrides_are_removed() {
        assert_eq!(strip_unsafe("pay \u{202e}gnp.exe"), "pay gnp.exe");
        assert_eq!(strip_unsafe("\u{2067}x\u{2069}"), "x");
    }

    #[test]
    fn whitespace_controls_are_kept_for_paragraph_splitting() {
        assert_eq!(strip_unsafe("a\tb\r\nc"), "a\tb\r\nc");
    }

    #[test]
    fn a_stray_escape_does_not_swallow_following_lines() {
        assert_eq!(
            strip_unsafe("a\u{1b}]never ends\nnext line"),
            "a\nnext line"
        );
    }

    #[test]
    fn is_safe_agrees_with_strip_unsafe_on_every_ascii_and_special_character() {
        let specials = [
            '\u{85}', '\u{9b}', '\u{a0}', '\u{200e}', '\u{202e}', '\u{2066}', '\u{61c}',
            '\u{feff}', '\u{fffa}', '“', 'é',
        ];
        for c in (0u8..128).map(char::from).chain(specials) {
            let text = format!("a{c}b");
            assert_eq!(is_safe(&text), strip_unsafe(&text) == text, "{c:?}");
        }
    }

    #[test]
    fn messages_escape_controls() {
        assert_eq!(escape_for_message("f\u{7}.txt"), "f\\u{7}.txt");
        assert_eq!(escape_for_message("plain.txt"), "plain.txt");
    }
}
