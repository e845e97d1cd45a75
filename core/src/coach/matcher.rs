//! Pattern matching over normalised text: the small engine behind both coaches.
//!
//! A pattern is one of two shapes, chosen by its characters:
//!
//! * **Words** (only Latin letters, digits, spaces and `'`): matched against the
//!   words of the text, whole words only. `review*` matches any word starting
//!   with `review`; `when .. hear` allows up to [`WORD_GAP`] words in between.
//! * **Characters** (anything with Japanese in it): matched as a substring,
//!   since Japanese has no spaces between words. `年収..いくら` allows up to
//!   [`CHAR_GAP`] characters in between.
//!
//! Gaps never cross a sentence. When two matches overlap, the longer one wins
//! (so `not my fault` hides the `my fault` inside it, and `私たち` hides `私`).
//!
//! No regular expressions: a text is tokenised once, its words are indexed in a
//! sorted map and its characters in a sorted list, and every pattern is looked
//! up there, so the cost grows with the number of patterns, not with their
//! product with the text.

use super::normalise::{is_japanese, is_word_char, normalise};
use std::collections::BTreeMap;

/// Most words a `..` gap may skip in a word pattern.
pub const WORD_GAP: usize = 4;
/// Most characters a `..` gap may skip in a character pattern.
pub const CHAR_GAP: usize = 12;
/// Most `..` gaps in one pattern.
pub const MAX_GAPS: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum WordTok {
    Exact(String),
    Prefix(String),
    Gap,
}

/// A parsed pattern.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Pattern {
    /// Whole words, with optional prefixes and gaps.
    Words(Vec<WordTok>),
    /// Substrings separated by gaps.
    Chars(Vec<String>),
}

impl Pattern {
    /// Parses a pattern as written in a lexicon; the error says what to change.
    pub fn parse(raw: &str) -> Result<Pattern, String> {
        let n = normalise(raw);
        let n = n.trim();
        if n.is_empty() {
            return Err("is empty. Write a word or phrase, or delete it.".into());
        }
        let segments: Vec<&str> = n.split("..").map(str::trim).collect();
        if segments.iter().any(|s| s.is_empty()) {
            return Err(
                "has `..` at its start or end, or twice in a row. `..` goes between two words, as in `when .. hear`."
                    .into(),
            );
        }
        if segments.len() > MAX_GAPS + 1 {
            return Err(format!("has more than {MAX_GAPS} `..` gaps. Split it into shorter patterns."));
        }
        if !n.is_ascii() {
            if n.contains('*') {
                return Err("uses `*` in a Japanese pattern. Japanese patterns already match inside longer text: remove the `*`.".into());
            }
            return Ok(Pattern::Chars(segments.iter().map(|s| s.to_string()).collect()));
        }
        let mut toks = Vec::new();
        for (i, seg) in segments.iter().enumerate() {
            if i > 0 {
                toks.push(WordTok::Gap);
            }
            let before = toks.len();
            for word in seg.split(|c: char| !(is_word_char(c) || c == '*')).filter(|w| !w.is_empty()) {
                let (body, prefix) = match word.strip_suffix('*') {
                    Some(b) => (b, true),
                    None => (word, false),
                };
                let body = body.trim_matches('\'');
                if body.contains('*') || (prefix && body.is_empty()) {
                    return Err(
                        "uses `*` inside a word or on its own. `*` goes at the end of a word, as in `review*`.".into(),
                    );
                }
                if body.is_empty() {
                    continue;
                }
                toks.push(if prefix { WordTok::Prefix(body.into()) } else { WordTok::Exact(body.into()) });
            }
            if toks.len() == before {
                return Err("has no letters or digits to match. Write at least one word.".into());
            }
        }
        Ok(Pattern::Words(toks))
    }
}

/// One match of a pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// The cue or kind the pattern belongs to (an index chosen by the caller).
    pub cue: u16,
    /// Byte range in the normalised text, gaps included.
    pub start: u32,
    /// End of the range.
    pub end: u32,
    /// End of the first segment (equals `end` without gaps).
    first_end: u32,
    /// Start of the last segment (equals `end` without gaps).
    last_start: u32,
    /// Index of the sentence it is in.
    pub sentence: u32,
}

impl Hit {
    /// A match found by code rather than by a pattern (a year, a number).
    pub fn found(cue: u16, start: usize, end: usize, sentence: usize) -> Hit {
        let (start, end) = (start as u32, end as u32);
        Hit { cue, start, end, first_end: end, last_start: end, sentence: sentence as u32 }
    }

    /// Matched bytes, gaps left out.
    pub fn len(&self) -> u32 {
        (self.first_end - self.start) + (self.end - self.last_start)
    }
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: u32,
    end: u32,
    sentence: u32,
}

/// A normalised text, cut into sentences and indexed for matching.
pub(crate) struct Scan {
    /// The normalised text.
    pub text: String,
    /// Byte ranges of the sentences (only those with something in them).
    pub sentences: Vec<(usize, usize)>,
    toks: Vec<Tok>,
    /// Token ids by token text.
    index: BTreeMap<String, Vec<u32>>,
    /// Every non-space character with its byte offset, sorted (Japanese texts only).
    chars: Vec<(char, u32)>,
    /// Characters counted as Japanese.
    pub ja_chars: usize,
}

const ABBREVIATIONS: &[&str] = &["mr", "mrs", "ms", "dr", "etc", "vs", "approx", "e.g", "i.e"];

impl Scan {
    /// Normalises and indexes `raw`.
    pub fn new(raw: &str) -> Scan {
        let text = normalise(raw);
        let sentences = sentences(&text);
        let mut toks = Vec::new();
        for (si, &(s, e)) in sentences.iter().enumerate() {
            let mut start = None;
            for (i, c) in text[s..e].char_indices().chain(std::iter::once((e - s, ' '))) {
                match (is_word_char(c), start) {
                    (true, None) => start = Some(i),
                    (false, Some(b)) => {
                        let word = &text[s + b..s + i];
                        let lead = word.len() - word.trim_start_matches('\'').len();
                        let trimmed = word.trim_matches('\'');
                        if !trimmed.is_empty() {
                            let ts = s + b + lead;
                            toks.push(Tok { start: ts as u32, end: (ts + trimmed.len()) as u32, sentence: si as u32 });
                        }
                        start = None;
                    }
                    _ => {}
                }
            }
        }
        let mut index: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        for (i, t) in toks.iter().enumerate() {
            let w = &text[t.start as usize..t.end as usize];
            match index.get_mut(w) {
                Some(v) => v.push(i as u32),
                None => {
                    index.insert(w.to_owned(), vec![i as u32]);
                }
            }
        }
        let ja_chars = text.chars().filter(|c| is_japanese(*c)).count();
        let mut chars = Vec::new();
        if ja_chars > 0 {
            chars = text.char_indices().filter(|(_, c)| !c.is_whitespace()).map(|(i, c)| (c, i as u32)).collect();
            chars.sort_unstable();
        }
        Scan { text, sentences, toks, index, chars, ja_chars }
    }

    /// Number of words written in Latin script or digits.
    pub fn words(&self) -> usize {
        self.toks.len()
    }

    /// Whether the text has Latin letters (so English patterns apply).
    pub fn has_latin(&self) -> bool {
        self.toks.iter().any(|t| self.tok(t).bytes().any(|b| b.is_ascii_alphabetic()))
    }

    /// The words with their sentence and byte offset, in order.
    pub fn tokens(&self) -> impl Iterator<Item = (&str, usize, usize)> + '_ {
        self.toks.iter().map(|t| (self.tok(t), t.sentence as usize, t.start as usize))
    }

    fn tok(&self, t: &Tok) -> &str {
        &self.text[t.start as usize..t.end as usize]
    }

    /// The sentence a byte offset is in.
    pub fn sentence_of(&self, offset: usize) -> usize {
        self.sentences.partition_point(|&(_, e)| e <= offset).min(self.sentences.len().saturating_sub(1))
    }

    /// The matched text of a hit.
    pub fn evidence(&self, hit: &Hit) -> &str {
        self.text[hit.start as usize..hit.end as usize].trim()
    }

    fn tok_is(&self, t: &WordTok, id: usize) -> bool {
        let w = self.tok(&self.toks[id]);
        match t {
            WordTok::Exact(x) => w == x,
            WordTok::Prefix(p) => w.starts_with(p.as_str()),
            WordTok::Gap => false,
        }
    }

    /// Extends a word match from token `last` with `toks[k..]`; returns the last
    /// token id and the start of the last segment.
    fn extend(&self, toks: &[WordTok], k: usize, last: usize, seg_start: usize) -> Option<(usize, usize)> {
        let Some(t) = toks.get(k) else { return Some((last, seg_start)) };
        let sentence = self.toks[last].sentence;
        let same = |id: usize| id < self.toks.len() && self.toks[id].sentence == sentence;
        if *t == WordTok::Gap {
            for next in last + 1..=last + 1 + WORD_GAP {
                if !same(next) {
                    break;
                }
                if self.tok_is(&toks[k + 1], next) {
                    if let Some(found) = self.extend(toks, k + 2, next, next) {
                        return Some(found);
                    }
                }
            }
            None
        } else if same(last + 1) && self.tok_is(t, last + 1) {
            self.extend(toks, k + 1, last + 1, seg_start)
        } else {
            None
        }
    }

    fn match_words(&self, cue: u16, toks: &[WordTok], out: &mut Vec<Hit>) {
        let first_len = toks.iter().position(|t| *t == WordTok::Gap).unwrap_or(toks.len());
        let mut try_at = |id: u32| {
            let id = id as usize;
            if let Some((last, last_seg)) = self.extend(toks, 1, id, id) {
                let first = self.toks[id];
                let end = self.toks[last].end;
                let (first_end, last_start) = if first_len == toks.len() {
                    (end, end)
                } else {
                    (self.toks[id + first_len - 1].end, self.toks[last_seg].start)
                };
                out.push(Hit { cue, start: first.start, end, first_end, last_start, sentence: first.sentence });
            }
        };
        match &toks[0] {
            WordTok::Exact(w) => {
                for &id in self.index.get(w.as_str()).into_iter().flatten() {
                    try_at(id);
                }
            }
            WordTok::Prefix(p) => {
                for (w, ids) in
                    self.index.range::<str, _>((std::ops::Bound::Included(p.as_str()), std::ops::Bound::Unbounded))
                {
                    if !w.starts_with(p.as_str()) {
                        break;
                    }
                    ids.iter().for_each(|&id| try_at(id));
                }
            }
            WordTok::Gap => {}
        }
    }

    fn bounded(&self, at: usize, end: usize) -> bool {
        let before = self.text[..at].chars().next_back();
        let after = self.text[end..].chars().next();
        let first = self.text[at..end].chars().next();
        let last = self.text[at..end].chars().next_back();
        let edge = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        let word = |c: Option<char>| c.is_some_and(is_word_char);
        !(edge(first) && word(before) || edge(last) && word(after))
    }

    fn match_chars(&self, cue: u16, segs: &[String], out: &mut Vec<Hit>) {
        let Some(c0) = segs[0].chars().next() else { return };
        let from = self.chars.partition_point(|&(c, _)| c < c0);
        for &(c, at) in &self.chars[from..] {
            if c != c0 {
                break;
            }
            let at = at as usize;
            if !self.text[at..].starts_with(segs[0].as_str()) {
                continue;
            }
            let mut end = at + segs[0].len();
            let first_end = end;
            let mut last_start = end;
            let sentence = self.sentence_of(at);
            let limit = self.sentences.get(sentence).map_or(self.text.len(), |s| s.1);
            let mut ok = true;
            for seg in &segs[1..] {
                // The next segment must start within CHAR_GAP characters, in the same sentence.
                let hay = &self.text[end.min(limit)..limit];
                let found = hay.char_indices().take(CHAR_GAP + 1).find(|&(p, _)| hay[p..].starts_with(seg.as_str()));
                match found {
                    Some((p, _)) => {
                        last_start = end + p;
                        end = last_start + seg.len();
                    }
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            if !ok || !self.bounded(at, end) {
                continue;
            }
            if segs.len() == 1 {
                last_start = end;
            }
            out.push(Hit {
                cue,
                start: at as u32,
                end: end as u32,
                first_end: first_end as u32,
                last_start: last_start as u32,
                sentence: sentence as u32,
            });
        }
    }
}

/// Cuts normalised text into sentences at `。 ! ? .` and line breaks. A full
/// stop inside a number (`3.5`) or after an abbreviation (`p.m.`, `e.g.`) does
/// not end a sentence.
fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let push = |s: usize, e: usize, out: &mut Vec<(usize, usize)>| {
        if text[s..e].chars().any(|c| !c.is_whitespace() && !matches!(c, '.' | '!' | '?' | '。')) {
            out.push((s, e));
        }
    };
    for (i, c) in text.char_indices() {
        let end = match c {
            '。' | '!' | '?' | '\n' | '？' | '！' => true,
            '.' => {
                let next = text[i + 1..].chars().next();
                let ends = next.is_none_or(|n| n.is_whitespace() || !n.is_ascii() || matches!(n, '"' | ')' | '\''));
                let word_start = text[..i]
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| !(is_word_char(c) || c == '.'))
                    .map_or(0, |(p, c)| p + c.len_utf8());
                let word = &text[word_start..i];
                let letters = word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.');
                let abbreviation = letters && (word.len() == 1 || (word.contains('.') && word.len() <= 4))
                    || ABBREVIATIONS.contains(&word);
                ends && !abbreviation
            }
            _ => false,
        };
        if end {
            let e = i + c.len_utf8();
            push(start, e, &mut out);
            start = e;
        }
    }
    push(start, text.len(), &mut out);
    out
}

/// A list of patterns, each tied to a cue, compiled once.
#[derive(Debug, Clone, Default)]
pub(crate) struct Matcher {
    words: Vec<(u16, Vec<WordTok>)>,
    chars: Vec<(u16, Vec<String>)>,
}

impl Matcher {
    /// Compiles `(cue, pattern)` pairs. Patterns that do not parse are skipped
    /// (the bank validator reports them); duplicates are kept once.
    pub fn new<'a>(entries: impl IntoIterator<Item = (u16, &'a str)>) -> Matcher {
        let mut seen = std::collections::BTreeSet::new();
        let mut m = Matcher::default();
        for (cue, raw) in entries {
            let Ok(p) = Pattern::parse(raw) else { continue };
            if !seen.insert((cue, p.clone())) {
                continue;
            }
            match p {
                Pattern::Words(t) => m.words.push((cue, t)),
                Pattern::Chars(s) => m.chars.push((cue, s)),
            }
        }
        m
    }

    /// Every match in the text, in text order. Where matches of the same family
    /// (`family(cue)`) overlap, the longer one wins; matches of the same length
    /// over the same words are all kept, and different families never compete.
    pub fn scan(&self, scan: &Scan, family: impl Fn(u16) -> u8) -> Vec<Hit> {
        let mut hits = Vec::new();
        if !scan.toks.is_empty() {
            for (cue, toks) in &self.words {
                scan.match_words(*cue, toks, &mut hits);
            }
        }
        if !scan.chars.is_empty() {
            for (cue, segs) in &self.chars {
                scan.match_chars(*cue, segs, &mut hits);
            }
        }
        hits.sort_unstable_by_key(|h| (h.cue, h.start, h.end));
        hits.dedup_by_key(|h| (h.cue, h.start, h.end));
        hits.sort_unstable_by(|a, b| {
            family(a.cue)
                .cmp(&family(b.cue))
                .then(b.len().cmp(&a.len()))
                .then(a.start.cmp(&b.start))
                .then(a.cue.cmp(&b.cue))
        });
        // covered[i] is the length of the longest kept match of the family over
        // byte i; a match is dropped only when a strictly longer one covers part
        // of it, so the same words can count for two cues of equal length.
        let mut covered = vec![0u32; scan.text.len()];
        let mut current = None;
        hits.retain(|h| {
            if current != Some(family(h.cue)) {
                current = Some(family(h.cue));
                covered.iter_mut().for_each(|c| *c = 0);
            }
            let ranges = [(h.start, h.first_end), (h.last_start, h.end)];
            let len = h.len();
            let free = ranges.iter().all(|&(s, e)| covered[s as usize..e as usize].iter().all(|c| *c <= len));
            if free {
                for (s, e) in ranges {
                    covered[s as usize..e as usize].iter_mut().for_each(|c| *c = (*c).max(len));
                }
            }
            free
        });
        hits.sort_unstable_by_key(|h| (h.start, h.cue));
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(patterns: &[&str], text: &str) -> Vec<String> {
        let m = Matcher::new(patterns.iter().enumerate().map(|(i, p)| (i as u16, *p)));
        let scan = Scan::new(text);
        m.scan(&scan, |_| 0).iter().map(|h| format!("{}:{}", h.cue, scan.evidence(h))).collect()
    }

    #[test]
    fn words_match_whole_words_only() {
        assert_eq!(found(&["pay"], "Is the pay good? I paid."), ["0:pay"]);
        assert!(found(&["ci"], "Our specification").is_empty());
    }

    #[test]
    fn a_star_matches_the_start_of_a_word() {
        assert_eq!(found(&["review*"], "We reviewed it"), ["0:reviewed"]);
    }

    #[test]
    fn a_gap_skips_a_few_words_but_not_a_sentence() {
        assert_eq!(found(&["when .. hear"], "When will I hear back?"), ["0:when will i hear"]);
        assert!(found(&["when .. hear"], "When? I hear you.").is_empty());
        assert!(found(&["when .. hear"], "when a b c d e f hear").is_empty());
    }

    #[test]
    fn japanese_matches_inside_text_and_gaps_count_characters() {
        assert_eq!(found(&["担当"], "私はバックエンドを担当しました。"), ["0:担当"]);
        assert_eq!(found(&["年収..いくら"], "年収はだいたいいくらですか"), ["0:年収はだいたいいくら"]);
        assert!(found(&["年収..いくら"], "年収は。いくら").is_empty());
    }

    #[test]
    fn the_longer_of_two_overlapping_matches_wins() {
        assert_eq!(found(&["my fault", "not my fault"], "It was not my fault."), ["1:not my fault"]);
        assert_eq!(found(&["私", "私たち"], "私たちは"), ["1:私たち"]);
        assert_eq!(found(&["fixed", "fixed"], "I fixed it"), ["0:fixed", "1:fixed"]);
    }

    #[test]
    fn full_width_and_half_width_text_matches_plain_patterns() {
        assert_eq!(found(&["sql"], "ＳＱＬを書きました"), ["0:sql"]);
        assert_eq!(found(&["コードレビュー"], "ｺｰﾄﾞﾚﾋﾞｭｰは"), ["0:コードレビュー"]);
    }

    #[test]
    fn latin_words_inside_japanese_text_are_words() {
        assert_eq!(found(&["ci"], "御社のCI/CDは"), ["0:ci"]);
    }

    #[test]
    fn sentences_end_at_full_stops_but_not_inside_numbers_or_abbreviations() {
        let s = Scan::new("At 7 p.m. it failed. Rating went from 3.2 to 4.1. 次です。終わり");
        let texts: Vec<&str> = s.sentences.iter().map(|&(a, b)| s.text[a..b].trim()).collect();
        assert_eq!(texts, ["at 7 p.m. it failed.", "rating went from 3.2 to 4.1.", "次です。", "終わり"]);
    }

    #[test]
    fn bad_patterns_say_what_to_change() {
        assert!(Pattern::parse("  ").unwrap_err().contains("empty"));
        assert!(Pattern::parse(".. hear").unwrap_err().contains("`..`"));
        assert!(Pattern::parse("re*view").unwrap_err().contains("`*`"));
        assert!(Pattern::parse("年収*").unwrap_err().contains("`*`"));
        assert!(Pattern::parse("!!!").unwrap_err().contains("no letters"));
    }
}
