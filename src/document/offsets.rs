//! Conversion between byte offsets (used inside byline) and code point offsets (used in the
//! `analyze` JSON and in W3C Web Annotation selectors).

/// Bytes per block. A conversion scans at most one block, so small blocks keep the tens of
/// thousands of conversions of a novel's `analyze` report cheap, for an index of one word per
/// 32 bytes of text.
const BLOCK: usize = 32;

/// An index over a text that converts byte offsets to code point offsets and back in
/// constant time per conversion (plus a scan of at most one 32-byte block).
///
/// ```
/// use byline::document::offsets::OffsetIndex;
/// let text = "né “quoted”";
/// let index = OffsetIndex::new(text);
/// let byte = text.find("quoted").unwrap();
/// assert_eq!(index.to_char(byte), 4);
/// assert_eq!(index.to_byte(4), byte);
/// ```
#[derive(Debug, Clone)]
pub struct OffsetIndex<'a> {
    text: &'a str,
    /// Number of code points that start before byte `k * BLOCK`.
    chars_before_block: Vec<usize>,
}

impl<'a> OffsetIndex<'a> {
    /// Builds the index in one pass over `text`.
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut chars_before_block = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count = 0;
        for block in bytes.chunks(BLOCK) {
            chars_before_block.push(count);
            count += char_starts(block);
        }
        chars_before_block.push(count);
        OffsetIndex {
            text,
            chars_before_block,
        }
    }

    /// The code point offset of byte offset `byte` (clamped to the text's length).
    pub fn to_char(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let block = byte / BLOCK;
        let start = block * BLOCK;
        self.chars_before_block[block] + char_starts(&self.text.as_bytes()[start..byte])
    }

    /// The byte offset of code point offset `char_offset` (clamped to the text's end).
    pub fn to_byte(&self, char_offset: usize) -> usize {
        let total = *self.chars_before_block.last().unwrap_or(&0);
        if char_offset >= total {
            return self.text.len();
        }
        let block = self
            .chars_before_block
            .partition_point(|&c| c <= char_offset)
            .saturating_sub(1);
        let mut remaining = char_offset - self.chars_before_block[block];
        let bytes = self.text.as_bytes();
        for (i, &b) in bytes.iter().enumerate().skip(block * BLOCK) {
            if is_char_start(b) {
                if remaining == 0 {
                    return i;
                }
                remaining -= 1;
            }
        }
        self.text.len()
    }

    /// The number of code points in the text.
    pub fn char_len(&self) -> usize {
        *self.chars_before_block.last().unwrap_or(&0)
    }
}

fn is_char_start(byte: u8) -> bool {
    byte & 0xC0 != 0x80
}

/// The number of code points starting in `bytes`, at most one block: counted in a byte,
/// which the compiler turns into a few vector operations.
fn char_starts(bytes: &[u8]) -> usize {
    const { assert!(BLOCK <= u8::MAX as usize) };
    debug_assert!(bytes.len() <= BLOCK);
    let count = bytes
        .iter()
        .fold(0u8, |n, &b| n + u8::from(is_char_start(b)));
    usize::from(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions_agree_with_a_naive_count_on_mixed_text() {
        let text = "Zürich “quoted” 東京 👩‍🔬 end. ".repeat(40);
        let index = OffsetIndex::new(&text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(index.to_char(byte), chars, "byte {byte}");
            assert_eq!(index.to_byte(chars), byte, "char {chars}");
        }
        assert_eq!(index.char_len(), text.chars().count());
        assert_eq!(index.to_char(text.len()), text.chars().count());
        assert_eq!(index.to_byte(index.char_len()), text.len());
    }

    #[test]
    fn out_of_range_offsets_are_clamped() {
        let index = OffsetIndex::new("abc");
        assert_eq!(index.to_char(99), 3);
        assert_eq!(index.to_byte(99), 3);
    }

    #[test]
    fn empty_text() {
        let index = OffsetIndex::new("");
        assert_eq!(index.to_char(0), 0);
        assert_eq!(index.to_byte(0), 0);
        assert_eq!(index.char_len(), 0);
    }
}
