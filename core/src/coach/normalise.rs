//! Text normalisation and the character classes the coaches rely on.
//!
//! Candidates type on phones and Japanese keyboards, so the same word arrives
//! in several shapes: `ＳＱＬ` and `SQL`, `ｺｰﾄﾞ` and `コード`, `I'm` and `I’m`.
//! Patterns and texts both go through [`normalise`] before any matching, so a
//! lexicon author writes each pattern once.

/// Lower-cases Latin letters, turns full-width ASCII into ASCII, half-width
/// katakana into full-width, curly apostrophes and quotes into straight ones,
/// wave dashes into `~`, and hyphens, dashes, underscores and tabs into spaces.
/// Line breaks are kept (they end sentences).
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' | '\t' | '\r' => ' ',
            '\u{FF61}'..='\u{FF9F}' => {
                half_width_kana(c, &mut out);
                continue;
            }
            '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            '\u{301C}' => '~',
            '-' | '_' | '\u{2010}'..='\u{2015}' => ' ',
            c => c,
        };
        // The full-width range above can produce these too.
        let c = match c {
            '-' | '_' => ' ',
            c => c,
        };
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Appends the full-width form of a half-width katakana character, joining the
/// voiced marks ﾞ and ﾟ with the kana before them (ｶﾞ → ガ, ﾊﾟ → パ).
fn half_width_kana(c: char, out: &mut String) {
    const TABLE: &str = "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";
    let i = c as u32 - 0xFF61;
    if let Some(full) = TABLE.chars().nth(i as usize) {
        out.push(full);
        return;
    }
    let semi = c == '\u{FF9F}';
    let joined = out.chars().last().and_then(|prev| voiced(prev, semi));
    match joined {
        Some(v) => {
            out.pop();
            out.push(v);
        }
        None => out.push(if semi { '゜' } else { '゛' }),
    }
}

/// The voiced (or, with `semi`, semi-voiced) form of a full-width katakana.
fn voiced(prev: char, semi: bool) -> Option<char> {
    let p = prev as u32;
    let step = match prev {
        'ハ' | 'ヒ' | 'フ' | 'ヘ' | 'ホ' => {
            if semi {
                2
            } else {
                1
            }
        }
        _ if semi => return None,
        'ウ' => return Some('ヴ'),
        'カ' | 'キ' | 'ク' | 'ケ' | 'コ' | 'サ' | 'シ' | 'ス' | 'セ' | 'ソ' | 'タ' | 'チ' | 'ツ' | 'テ' | 'ト' => {
            1
        }
        _ => return None,
    };
    char::from_u32(p + step)
}

/// Hiragana, katakana, CJK ideographs and Japanese punctuation: what is
/// counted as Japanese, both to detect the language and to time speech.
pub fn is_japanese(c: char) -> bool {
    matches!(c as u32,
        0x3001..=0x303F     // 、。「」〜 and friends
        | 0x3040..=0x309F   // hiragana
        | 0x30A0..=0x30FF   // katakana
        | 0x3400..=0x4DBF   // CJK extension A
        | 0x4E00..=0x9FFF   // CJK ideographs
        | 0xF900..=0xFAFF) // CJK compatibility ideographs
}

/// Characters that make up a word written in Latin script (and digits).
/// Japanese characters are not word characters: they separate words.
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '\'' || (c.is_alphanumeric() && !c.is_ascii() && !is_japanese(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_letters_and_digits_become_ascii_and_lower_case() {
        assert_eq!(normalise("ＳＱＬで３０％改善？"), "sqlで30%改善?");
    }

    #[test]
    fn half_width_katakana_becomes_full_width_with_voiced_marks_joined() {
        assert_eq!(normalise("ｺｰﾄﾞﾚﾋﾞｭｰ"), "コードレビュー");
        assert_eq!(normalise("ﾊﾟｲﾌﾟﾗｲﾝ｡"), "パイプライン。");
    }

    #[test]
    fn curly_apostrophes_and_hyphens_are_straightened() {
        assert_eq!(normalise("I’m on‑call for lay-offs"), "i'm on call for lay offs");
    }

    #[test]
    fn line_breaks_are_kept() {
        assert_eq!(normalise("One\r\nTwo"), "one \ntwo");
    }
}
