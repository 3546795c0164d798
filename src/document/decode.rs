//! Turning the bytes of a file into text: byte order marks, legacy encodings, binary files.

use encoding_rs::{Encoding, UTF_8};

/// Text decoded from bytes, with a note when it was not plain UTF-8.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The decoded text.
    pub text: String,
    /// The encoding used when it was not UTF-8 (for example "windows-1252").
    pub encoding: Option<&'static str>,
}

/// Why bytes could not be read as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes hold NUL bytes or mostly control bytes: an image, an archive, an executable.
    Binary,
}

/// Decodes `bytes` as article text.
///
/// UTF-8 (with or without a byte order mark) is taken as is. UTF-16 with a byte order mark is
/// decoded. Anything else that is not valid UTF-8 is decoded with the legacy encoding that
/// `chardetng` finds most likely (usually Windows-1252 for old Western web pages), instead of
/// being rejected. Bytes that look binary are refused.
///
/// ```
/// use byline::document::decode::decode;
/// let latin1 = b"caf\xe9 \x93quoted\x94";
/// let decoded = decode(latin1).unwrap();
/// assert_eq!(decoded.text, "café “quoted”");
/// assert_eq!(decoded.encoding, Some("windows-1252"));
/// ```
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if let Some((encoding, bom_length)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_length..];
        if encoding == UTF_8 {
            return decode_utf8_or_legacy(body);
        }
        // Only UTF-16 is left: NUL bytes are normal there, so no binary check.
        let (text, _) = encoding.decode_without_bom_handling(body);
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: Some(encoding.name()),
        });
    }
    decode_utf8_or_legacy(bytes)
}

fn decode_utf8_or_legacy(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if looks_binary(bytes) {
        return Err(DecodeError::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_owned(),
            encoding: None,
        });
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    let (text, _, _) = encoding.decode(bytes);
    Ok(Decoded {
        text: text.into_owned(),
        encoding: Some(encoding.name()),
    })
}

/// True for content that is not text: any NUL byte, or many control bytes near the start.
fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.contains(&0) {
        return true;
    }
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b))
        .count();
    controls * 10 > head.len().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_taken_as_is() {
        let d = decode("“Hi,” she said — 東京".as_bytes()).unwrap();
        assert_eq!(d.text, "“Hi,” she said — 東京");
        assert_eq!(d.encoding, None);
    }

    #[test]
    fn utf8_byte_order_mark_is_removed() {
        let d = decode(b"\xef\xbb\xbfHello").unwrap();
        assert_eq!(d.text, "Hello");
        assert_eq!(d.encoding, None);
    }

    #[test]
    fn utf16_with_byte_order_mark_is_decoded() {
        let mut bytes = vec![0xff, 0xfe];
        for unit in "Zürich".encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "Zürich");
        assert_eq!(d.encoding, Some("UTF-16LE"));
    }

    #[test]
    fn windows_1252_is_detected_and_decoded() {
        let bytes = b"The minister\x92s aide said \x93no comment\x94 \x96 twice, in Z\xfcrich.";
        let d = decode(bytes).unwrap();
        assert_eq!(
            d.text,
            "The minister’s aide said “no comment” – twice, in Zürich."
        );
        assert_eq!(d.encoding, Some("windows-1252"));
    }

    #[test]
    fn latin1_accents_are_decoded() {
        let d = decode(b"Jos\xe9 Ib\xe1\xf1ez said it was fine.").unwrap();
        assert_eq!(d.text, "José Ibáñez said it was fine.");
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(DecodeError::Binary)
        );
    }

    #[test]
    fn mostly_control_bytes_mean_binary() {
        let bytes: Vec<u8> = (0..200)
            .map(|i| if i % 3 == 0 { b'a' } else { 0x01 })
            .collect();
        assert_eq!(decode(&bytes), Err(DecodeError::Binary));
    }

    #[test]
    fn a_few_escape_characters_are_still_text() {
        let d = decode(b"plain \x1b[31mred\x1b[0m text that is long enough to read").unwrap();
        assert!(d.text.starts_with("plain"));
    }

    #[test]
    fn empty_input_is_empty_text() {
        assert_eq!(decode(b"").unwrap().text, "");
    }
}
