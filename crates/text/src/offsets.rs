//! Byte offset to char offset conversion.

/// Converts byte offsets of one text into Unicode scalar (char) offsets.
///
/// Built once per text in O(n); each lookup is O(log n) (binary search over the byte offsets of
/// the text's non-ASCII chars).
#[derive(Debug, Clone, Default)]
pub struct CharOffsets {
    /// Byte offset of every char whose UTF-8 encoding has more than one byte, with the number of
    /// extra bytes (beyond one per char) found before and including that char.
    wide: Vec<(usize, usize)>,
    len: usize,
}

impl CharOffsets {
    /// Prepares lookups for `text`.
    pub fn new(text: &str) -> Self {
        let mut wide = Vec::new();
        let mut extra = 0usize;
        if !text.is_ascii() {
            for (i, c) in text.char_indices() {
                let l = c.len_utf8();
                if l > 1 {
                    extra += l - 1;
                    wide.push((i, extra));
                }
            }
        }
        CharOffsets {
            wide,
            len: text.len(),
        }
    }

    /// The char offset of byte offset `byte` (a char boundary of the text, or its length).
    ///
    /// A byte inside a multi-byte char maps to that char's offset. Offsets past the end are
    /// clamped to the text's length in chars.
    pub fn char_of(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        // Number of wide chars that start strictly before `byte`.
        let k = self.wide.partition_point(|&(b, _)| b < byte);
        if k == 0 {
            return byte;
        }
        let (b, extra) = self.wide[k - 1];
        // The last wide char before `byte` ends at b + width; if `byte` falls inside it, map to
        // its start.
        let width = extra - if k >= 2 { self.wide[k - 2].1 } else { 0 } + 1;
        if byte < b + width {
            return b - (extra - (width - 1));
        }
        byte - extra
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_char_indices() {
        let text = "Guaidó — “Nicolás” 𝔸b";
        let offs = CharOffsets::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(offs.char_of(bi), ci, "byte {bi}");
        }
        assert_eq!(offs.char_of(text.len()), text.chars().count());
        // Inside "ó" (bytes 5..7) maps to its char.
        assert_eq!(offs.char_of(6), 5);
    }
}
