//! Share links: a profile and its answers packed into a short text for a URL
//! fragment, so results travel without any server.
//!
//! # Format
//!
//! A link is the page address followed by `#naitei=<payload>`. The payload is
//! base64url without padding of these bytes:
//!
//! | bytes | content |
//! |-------|---------|
//! | 1 | magic `0x35` (so every payload starts with `N`) |
//! | 1 | format version, [`VERSION`] |
//! | 1-3 | LEB128 length of everything that follows (body and checksum) |
//! | n | body, bit-packed from the least significant bit, zero-padded to a byte |
//! | 4 | CRC-32 (little-endian) of every byte before it |
//!
//! The body holds, in this order: one bit "free text left out"; the 32-bit
//! [`fingerprint`] of the bank; the profile (company 3 bits (2 in version 1,
//! which had four kinds of company), industry 2,
//! region 2, format 2, next stage 3, Japanese level 3, years as a varint,
//! daily minutes as a varint, one bit for the date and, when set, the date as
//! a zigzag varint of days from 2026-01-01); then, for every item of the bank
//! in order, a 2-bit status (0 unanswered, 1 answered, 2 skipped, 3 free text
//! left out) followed, when answered, by the answer: an option index in as few
//! bits as the item's option count needs (single), one bit per option
//! (checklist), two indices (best then worst), the rating minus one in 3 bits
//! (Likert), or a varint byte length and UTF-8 bytes (free text). Varints are
//! groups of 7 bits plus a continuation bit.
//!
//! The first two bytes (magic and version) stay the same in every future
//! version, so an old reader can always say "made with a newer version".
//! Because answers are stored as indices, a link can only be read with the
//! bank it was made with: [`decode`] refuses a link whose fingerprint differs
//! ([`ShareError::OtherBank`]) and recovers only the profile, which does not
//! depend on the bank. Guessing answers for changed questions would show the
//! candidate results they never gave.

use crate::answers::{Answer, Answers, Ignored, Reason, MAX_TEXT_CHARS};
use crate::area::Stage;
use crate::bank::{Bank, Item, ItemKind};
use crate::date::Date;
use crate::profile::{CompanyKind, Format, Industry, JapaneseLevel, Profile, Region};
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;

/// What comes before the payload in a page address.
pub const PREFIX: &str = "#naitei=";
/// The link format this build writes; it reads this one and refuses later ones.
pub const VERSION: u8 = 2;
/// Longest payload read, in characters; anything longer is not a Naitei link.
pub const MAX_LINK_CHARS: usize = 1 << 20;

const MAGIC: u8 = 0x35;
const MAX_BYTES: usize = MAX_LINK_CHARS / 4 * 3;
const FIRST_CHAR: char = 'N';
const EPOCH: (i32, u32, u32) = (2026, 1, 1);

// The order of these tables is the wire format: never reorder, only append
// (appending needs a new version when it needs more bits).
const COMPANIES: [CompanyKind; 5] = CompanyKind::ALL;
/// Bits of the company index, by link version.
fn company_bits(version: u8) -> u32 {
    if version == 1 {
        2
    } else {
        3
    }
}
const INDUSTRIES: [Industry; 4] = Industry::ALL;
const REGIONS: [Region; 3] = Region::ALL;
const FORMATS: [Format; 3] = Format::ALL;
const STAGES: [Stage; 5] = Stage::ALL;
// "Not given" came later: appended, so links made before it still decode.
const LEVELS: [JapaneseLevel; 8] = [
    JapaneseLevel::None,
    JapaneseLevel::N5,
    JapaneseLevel::N4,
    JapaneseLevel::N3,
    JapaneseLevel::N2,
    JapaneseLevel::N1,
    JapaneseLevel::Native,
    JapaneseLevel::NotGiven,
];

const UNANSWERED: u64 = 0;
const ANSWERED: u64 = 1;
const SKIPPED: u64 = 2;
const TEXT_LEFT_OUT: u64 = 3;

/// A link made by [`encode`].
#[derive(Debug, Clone, PartialEq)]
pub struct Encoded {
    /// The base64url payload, without [`PREFIX`].
    pub payload: String,
    /// Whether free-text answers were left out (asked for, or the link would be too long).
    pub without_text: bool,
    /// Answers that do not fit the bank and are not in the link, with the reason.
    pub left_out: Vec<Ignored>,
}

impl Encoded {
    /// `#naitei=<payload>`, to append to the page address.
    pub fn fragment(&self) -> String {
        format!("{PREFIX}{}", self.payload)
    }
}

/// What a link holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    /// The profile.
    pub profile: Profile,
    /// The answers (checklists in the bank's option order).
    pub answers: Answers,
    /// Free-text items that had an answer the sender chose not to share.
    pub text_left_out: Vec<String>,
    /// Whether the sender left free text out.
    pub without_text: bool,
}

/// Why a link could not be opened. `Display` says it in plain words for a
/// candidate; [`ShareError::code`] names it for a translated message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShareError {
    /// Empty, far too long, or not made by Naitei.
    #[error(
        "This is not a Naitei results link. Copy the whole link you were given, including the part that starts with #naitei=, and open it again."
    )]
    NotALink,
    /// Characters that cannot be in a link, or contents that make no sense.
    #[error(
        "This Naitei link is damaged: some of its characters are wrong. Copy the link again from where you got it, without changing anything, and open it again."
    )]
    Corrupt,
    /// The end of the link is missing.
    #[error(
        "This Naitei link is cut off: its end is missing. Long links are sometimes broken by email or chat apps; copy the complete link and open it again."
    )]
    Truncated,
    /// The checksum does not match: something was changed after the link was made.
    #[error(
        "Part of this Naitei link was changed after it was made, so its results cannot be trusted. Copy the link again from where you got it, or ask for a new one."
    )]
    Tampered,
    /// Made with a newer link format.
    #[error(
        "This link was made with a newer version of Naitei (link format {version}). Reload the page to get the latest version, or ask the site to update Naitei, then open the link again."
    )]
    FutureVersion {
        /// The link's format version.
        version: u8,
    },
    /// Made with a different question set: the answers cannot be matched; the profile was recovered.
    #[error(
        "This link was made with a different set of questions, so its answers cannot be matched to the questions here. The situation it describes was recovered: answer the questions again to see results for it."
    )]
    OtherBank {
        /// The profile in the link (it does not depend on the questions).
        profile: Profile,
    },
}

impl ShareError {
    /// A stable id: `not_a_link`, `corrupt`, `truncated`, `tampered`, `future_version` or `other_bank`.
    pub fn code(&self) -> &'static str {
        match self {
            ShareError::NotALink => "not_a_link",
            ShareError::Corrupt => "corrupt",
            ShareError::Truncated => "truncated",
            ShareError::Tampered => "tampered",
            ShareError::FutureVersion { .. } => "future_version",
            ShareError::OtherBank { .. } => "other_bank",
        }
    }

    /// The text key of the translated message: `ui.share.error.<code>`.
    pub fn text_key(&self) -> String {
        format!("ui.share.error.{}", self.code())
    }
}

/// A 32-bit hash of the bank's ordered item ids, kinds and option ids: two
/// banks with the same fingerprint read the same links.
pub fn fingerprint(bank: &Bank) -> u32 {
    let mut h = crc32fast::Hasher::new();
    for item in &bank.items {
        h.update(item.id.as_bytes());
        h.update(&[0]);
        h.update(item.kind.id().as_bytes());
        for o in item.kind.options() {
            h.update(&[1]);
            h.update(o.id.as_bytes());
        }
        h.update(&[2]);
    }
    h.finalize()
}

fn engine() -> GeneralPurpose {
    let config = GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::RequireNone)
        .with_decode_allow_trailing_bits(true);
    GeneralPurpose::new(&base64::alphabet::URL_SAFE, config)
}

/// Packs a profile and answers into a link for `bank`. Free-text answers are
/// left out unless `with_text` (and also when they would make the link longer
/// than [`MAX_LINK_CHARS`]); texts longer than [`MAX_TEXT_CHARS`] are cut.
/// Answers that do not fit the bank are listed in `left_out`.
pub fn encode(profile: &Profile, answers: &Answers, bank: &Bank, with_text: bool) -> Encoded {
    let made = encode_with(profile, answers, bank, with_text);
    if with_text && made.payload.len() > MAX_LINK_CHARS {
        return encode_with(profile, answers, bank, false);
    }
    made
}

fn encode_with(profile: &Profile, answers: &Answers, bank: &Bank, with_text: bool) -> Encoded {
    let mut w = Bits::default();
    w.put(u64::from(!with_text), 1);
    w.put(u64::from(fingerprint(bank)), 32);
    w.put(index_of(&COMPANIES, profile.company), company_bits(VERSION));
    w.put(index_of(&INDUSTRIES, profile.industry), 2);
    w.put(index_of(&REGIONS, profile.region), 2);
    w.put(index_of(&FORMATS, profile.format), 2);
    w.put(index_of(&STAGES, profile.next_stage), 3);
    w.put(index_of(&LEVELS, profile.japanese), 3);
    w.varint(u64::from(profile.years_experience));
    w.varint(u64::from(profile.daily_minutes));
    w.put(u64::from(profile.interview_date.is_some()), 1);
    if let Some(d) = profile.interview_date {
        let days = i64::from(epoch().days_until(d));
        w.varint(((days << 1) ^ (days >> 63)) as u64);
    }

    let mut left_out: Vec<Ignored> =
        answers.0.keys().filter(|id| bank.item(id).is_none()).map(|id| Ignored::new(id, Reason::UnknownItem)).collect();
    for item in &bank.items {
        // An item that does not apply to the profile counts nowhere, links included.
        let Some(answer) = answers.get(&item.id).filter(|_| item.when.matches(profile)) else {
            if answers.get(&item.id).is_some() {
                left_out.push(Ignored::new(&item.id, Reason::NotApplicable));
            }
            w.put(UNANSWERED, 2);
            continue;
        };
        match (answer, &item.kind) {
            (Answer::Skipped, _) => w.put(SKIPPED, 2),
            (Answer::Text(_), ItemKind::Text { .. }) if !with_text => w.put(TEXT_LEFT_OUT, 2),
            _ => match answer_bits(item, answer) {
                Ok(body) => {
                    w.put(ANSWERED, 2);
                    w.append(&body);
                }
                Err(reason) => {
                    w.put(UNANSWERED, 2);
                    left_out.push(Ignored::new(&item.id, reason));
                }
            },
        }
    }

    let mut body = w.bytes;
    let mut out = vec![MAGIC, VERSION];
    leb128(&mut out, body.len() as u64 + 4);
    out.append(&mut body);
    let crc = crc32fast::hash(&out);
    out.extend_from_slice(&crc.to_le_bytes());
    Encoded { payload: engine().encode(&out), without_text: !with_text, left_out }
}

fn index_of<T: PartialEq>(table: &[T], v: T) -> u64 {
    table.iter().position(|x| *x == v).unwrap_or(0) as u64
}

fn epoch() -> Date {
    Date::from_ymd(EPOCH.0, EPOCH.1, EPOCH.2).unwrap_or_else(|| Date::from_ymd(1970, 1, 1).expect("a valid date"))
}

/// Bits needed for an index below `n`.
fn width(n: usize) -> u32 {
    if n <= 1 {
        0
    } else {
        usize::BITS - (n - 1).leading_zeros()
    }
}

fn answer_bits(item: &Item, answer: &Answer) -> Result<Bits, Reason> {
    let options = item.kind.options();
    let index = |id: &str| {
        options
            .iter()
            .position(|o| o.id == id)
            .ok_or_else(|| Reason::UnknownOption { option: id.chars().take(80).collect() })
    };
    let bits = width(options.len());
    let mut w = Bits::default();
    match (&item.kind, answer) {
        (ItemKind::Single(_), Answer::Choice(o)) => w.put(index(o)? as u64, bits),
        (ItemKind::Multi(_), Answer::Choices(picked)) => {
            let mut ticked = vec![false; options.len()];
            for o in picked {
                ticked[index(o)?] = true;
            }
            for t in ticked {
                w.put(u64::from(t), 1);
            }
        }
        (ItemKind::BestWorst(_), Answer::BestWorst { best, worst }) => {
            w.put(index(best)? as u64, bits);
            w.put(index(worst)? as u64, bits);
        }
        (ItemKind::Likert { .. }, Answer::Rating(r @ 1..=5)) => w.put(u64::from(r - 1), 3),
        (ItemKind::Likert { .. }, Answer::Rating(_)) => {
            return Err(Reason::Unreadable(crate::answers::Unreadable::RatingOutOfRange))
        }
        (ItemKind::Text { .. }, Answer::Text(t)) => {
            let cut = match t.char_indices().nth(MAX_TEXT_CHARS) {
                Some((at, _)) => &t[..at],
                None => t,
            };
            w.varint(cut.len() as u64);
            for b in cut.bytes() {
                w.put(u64::from(b), 8);
            }
        }
        _ => return Err(Reason::WrongKind { expected: item.kind.id() }),
    }
    Ok(w)
}

/// Reads a link made with `bank`: a whole address, `#naitei=<payload>`,
/// `naitei=<payload>` or the bare payload; spaces and line breaks are ignored.
/// Never panics, and allocates at most in proportion to the input.
pub fn decode(text: &str, bank: &Bank) -> Result<Shared, ShareError> {
    if text.len() > 2 * MAX_LINK_CHARS {
        return Err(ShareError::NotALink);
    }
    let rest = if let Some(at) = text.rfind(PREFIX) {
        &text[at + PREFIX.len()..]
    } else if let Some(at) = text.find("naitei=") {
        &text[at + "naitei=".len()..]
    } else if let Some(at) = text.rfind('#') {
        &text[at + 1..]
    } else {
        text
    };
    let rest = rest.split('&').next().unwrap_or("");
    let mut payload: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    while payload.ends_with('=') {
        payload.pop();
    }
    if payload.is_empty() || payload.len() > MAX_LINK_CHARS {
        return Err(ShareError::NotALink);
    }
    if !payload.starts_with(FIRST_CHAR) {
        return Err(ShareError::NotALink);
    }
    if !payload.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
        return Err(ShareError::Corrupt);
    }
    // A dangling last character cannot hold a whole byte: the link was cut.
    let usable = if payload.len() % 4 == 1 { &payload[..payload.len() - 1] } else { &payload[..] };
    let bytes = engine().decode(usable).map_err(|_| ShareError::Corrupt)?;
    match bytes.first() {
        None => return Err(ShareError::Truncated),
        Some(&b) if b != MAGIC => return Err(ShareError::NotALink),
        _ => {}
    }
    let version = *bytes.get(1).ok_or(ShareError::Truncated)?;
    if version > VERSION {
        return Err(ShareError::FutureVersion { version });
    }
    if version == 0 {
        return Err(ShareError::Corrupt);
    }
    let (len, used) = read_leb128(&bytes[2..])?;
    let start = 2 + used;
    let end = start.saturating_add(len);
    if bytes.len() < end {
        return Err(ShareError::Truncated);
    }
    if bytes.len() > end || len < 4 || engine().encode(&bytes) != payload {
        return Err(ShareError::Corrupt);
    }
    let (data, crc) = bytes.split_at(end - 4);
    if crc32fast::hash(data).to_le_bytes() != crc {
        return Err(ShareError::Tampered);
    }
    read_body(&data[start..], bank, version)
}

fn read_body(body: &[u8], bank: &Bank, version: u8) -> Result<Shared, ShareError> {
    let mut r = Reader { bytes: body, pos: 0 };
    let without_text = r.get(1)? == 1;
    let print = r.get(32)? as u32;
    fn pick<T: Copy>(table: &[T], i: u64) -> Result<T, ShareError> {
        table.get(i as usize).copied().ok_or(ShareError::Corrupt)
    }
    let mut profile = Profile {
        company: pick(&COMPANIES, r.get(company_bits(version))?)?,
        industry: pick(&INDUSTRIES, r.get(2)?)?,
        region: pick(&REGIONS, r.get(2)?)?,
        format: pick(&FORMATS, r.get(2)?)?,
        next_stage: pick(&STAGES, r.get(3)?)?,
        japanese: pick(&LEVELS, r.get(3)?)?,
        years_experience: u8::try_from(r.varint()?).map_err(|_| ShareError::Corrupt)?,
        daily_minutes: u16::try_from(r.varint()?).map_err(|_| ShareError::Corrupt)?,
        interview_date: None,
    };
    if r.get(1)? == 1 {
        let z = r.varint()?;
        let days = i32::try_from((z >> 1) as i64 ^ -((z & 1) as i64)).map_err(|_| ShareError::Corrupt)?;
        let date = epoch().add_days(days);
        if epoch().days_until(date) != days {
            return Err(ShareError::Corrupt);
        }
        profile.interview_date = Some(date);
    }
    if print != fingerprint(bank) {
        return Err(ShareError::OtherBank { profile });
    }

    let mut answers = Answers::default();
    let mut text_left_out = Vec::new();
    for item in &bank.items {
        let options = item.kind.options();
        let bits = width(options.len());
        let index = |r: &mut Reader| -> Result<String, ShareError> {
            let i = r.get(bits)? as usize;
            options.get(i).map(|o| o.id.clone()).ok_or(ShareError::Corrupt)
        };
        let answer = match r.get(2)? {
            UNANSWERED => continue,
            SKIPPED => Answer::Skipped,
            TEXT_LEFT_OUT if matches!(item.kind, ItemKind::Text { .. }) => {
                text_left_out.push(item.id.clone());
                continue;
            }
            TEXT_LEFT_OUT => return Err(ShareError::Corrupt),
            _ => match &item.kind {
                ItemKind::Single(_) => Answer::Choice(index(&mut r)?),
                ItemKind::Multi(_) => {
                    let mut ticked = Vec::new();
                    for o in options {
                        if r.get(1)? == 1 {
                            ticked.push(o.id.clone());
                        }
                    }
                    Answer::Choices(ticked)
                }
                ItemKind::BestWorst(_) => Answer::BestWorst { best: index(&mut r)?, worst: index(&mut r)? },
                ItemKind::Likert { .. } => match r.get(3)? {
                    v @ 0..=4 => Answer::Rating(v as u8 + 1),
                    _ => return Err(ShareError::Corrupt),
                },
                ItemKind::Text { .. } => {
                    let len = r.varint()? as usize;
                    if len > MAX_TEXT_CHARS * 4 || len > r.left() / 8 {
                        return Err(ShareError::Corrupt);
                    }
                    let mut bytes = Vec::with_capacity(len);
                    for _ in 0..len {
                        bytes.push(r.get(8)? as u8);
                    }
                    Answer::Text(String::from_utf8(bytes).map_err(|_| ShareError::Corrupt)?)
                }
            },
        };
        answers.0.insert(item.id.clone(), answer);
    }
    // Only zero padding may follow, and less than a byte of it.
    if r.left() >= 8 || r.get(r.left() as u32)? != 0 {
        return Err(ShareError::Corrupt);
    }
    Ok(Shared { profile, answers, text_left_out, without_text })
}

/// Appends `v` as unsigned LEB128, the form of a link's length prefix. Public
/// so that tools (the fuzz targets) can build links byte by byte.
pub fn leb128(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// The length and how many bytes it took; lengths are at most [`MAX_BYTES`].
fn read_leb128(bytes: &[u8]) -> Result<(usize, usize), ShareError> {
    let mut v = 0usize;
    for (i, b) in bytes.iter().enumerate().take(4) {
        v |= usize::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return if v > MAX_BYTES { Err(ShareError::Corrupt) } else { Ok((v, i + 1)) };
        }
    }
    if bytes.len() < 4 {
        Err(ShareError::Truncated)
    } else {
        Err(ShareError::Corrupt)
    }
}

/// Writes bits from the least significant end of each byte.
#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    len: usize,
}

impl Bits {
    fn put(&mut self, value: u64, n: u32) {
        for i in 0..n {
            if self.len % 8 == 0 {
                self.bytes.push(0);
            }
            if (value >> i) & 1 == 1 {
                if let Some(last) = self.bytes.last_mut() {
                    *last |= 1 << (self.len % 8);
                }
            }
            self.len += 1;
        }
    }

    fn varint(&mut self, mut v: u64) {
        loop {
            let group = v & 0x7f;
            v >>= 7;
            self.put(group | if v > 0 { 0x80 } else { 0 }, 8);
            if v == 0 {
                return;
            }
        }
    }

    fn append(&mut self, other: &Bits) {
        for i in 0..other.len {
            self.put(u64::from(other.bytes[i / 8] >> (i % 8)), 1);
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn left(&self) -> usize {
        self.bytes.len() * 8 - self.pos
    }

    fn get(&mut self, n: u32) -> Result<u64, ShareError> {
        if n as usize > self.left() {
            return Err(ShareError::Corrupt);
        }
        let mut v = 0;
        for i in 0..n {
            let bit = (self.bytes[self.pos / 8] >> (self.pos % 8)) & 1;
            v |= u64::from(bit) << i;
            self.pos += 1;
        }
        Ok(v)
    }

    /// A varint of at most 35 bits.
    fn varint(&mut self) -> Result<u64, ShareError> {
        let mut v = 0;
        for k in 0..5 {
            let group = self.get(8)?;
            v |= (group & 0x7f) << (7 * k);
            if group & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(ShareError::Corrupt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{answers, tiny_bank, tiny_pack};

    fn profile() -> Profile {
        Profile {
            company: CompanyKind::Startup,
            format: Format::Both,
            interview_date: Some("2026-12-01".parse().unwrap()),
            japanese: JapaneseLevel::N2,
            years_experience: 7,
            daily_minutes: 90,
            ..Profile::default()
        }
    }

    fn full() -> Answers {
        answers(
            r#"arrival=early prep=[matrix,star] confident=4 bluff=- mistake=apologise>blame questions="チームの開発の進め方は?" camera=tested"#,
        )
    }

    fn shared(answers: Answers) -> Shared {
        Shared { profile: profile(), answers, text_left_out: vec![], without_text: false }
    }

    #[test]
    fn a_version_one_link_still_opens_with_its_profile_and_answers() {
        // Version 1 wrote the company in 2 bits; everything else is the same.
        let bank = tiny_bank();
        let mut w = Bits::default();
        w.put(0, 1);
        w.put(u64::from(fingerprint(&bank)), 32);
        w.put(index_of(&COMPANIES, CompanyKind::Startup), 2);
        w.put(0, 2 + 2 + 2);
        w.put(index_of(&STAGES, Stage::Technical), 3);
        w.put(index_of(&LEVELS, JapaneseLevel::N2), 3);
        w.varint(7);
        w.varint(90);
        w.put(0, 1);
        for item in &bank.items {
            match item.id.as_str() {
                "arrival" => {
                    w.put(ANSWERED, 2);
                    w.append(&answer_bits(item, &Answer::Choice("early".into())).unwrap());
                }
                _ => w.put(UNANSWERED, 2),
            }
        }
        let mut out = vec![MAGIC, 1];
        leb128(&mut out, w.bytes.len() as u64 + 4);
        out.extend_from_slice(&w.bytes);
        let crc = crc32fast::hash(&out);
        out.extend_from_slice(&crc.to_le_bytes());
        let link = format!("{PREFIX}{}", engine().encode(&out));
        let back = decode(&link, &bank).expect("a version 1 link opens");
        assert_eq!(back.profile.company, CompanyKind::Startup);
        assert_eq!(back.profile.next_stage, Stage::Technical);
        assert_eq!(back.profile.years_experience, 7);
        assert_eq!(back.answers.get("arrival"), Some(&Answer::Choice("early".into())));
    }

    #[test]
    fn an_ses_company_travels_in_a_link() {
        let bank = tiny_bank();
        let ses = Profile { company: CompanyKind::Ses, ..profile() };
        let link = encode(&ses, &full(), &bank, true);
        assert_eq!(decode(&link.fragment(), &bank).unwrap().profile.company, CompanyKind::Ses);
    }

    #[test]
    fn a_link_gives_back_the_profile_and_every_answer() {
        let bank = tiny_bank();
        let link = encode(&profile(), &full(), &bank, true);
        assert!(link.left_out.is_empty());
        assert!(link.payload.starts_with('N'), "{}", link.payload);
        assert_eq!(decode(&link.payload, &bank), Ok(shared(full())));
    }

    #[test]
    fn the_prefix_a_whole_address_and_line_breaks_are_accepted() {
        let bank = tiny_bank();
        let link = encode(&profile(), &full(), &bank, true);
        let (a, b) = link.payload.split_at(10);
        for text in [
            link.fragment(),
            format!("https://example.com/check?lang=ja{}", link.fragment()),
            format!("naitei={}", link.payload),
            format!("  {a}\n {b}\n"),
            format!("#naitei={}&other=1", link.payload),
            format!("https://example.com/?naitei=old{}", link.fragment()),
        ] {
            assert_eq!(decode(&text, &bank), Ok(shared(full())), "{text}");
        }
    }

    #[test]
    fn free_text_can_be_left_out_and_the_reader_is_told() {
        let bank = tiny_bank();
        let with = encode(&profile(), &full(), &bank, true);
        let without = encode(&profile(), &full(), &bank, false);
        assert!(without.payload.len() < with.payload.len());
        let got = decode(&without.payload, &bank).unwrap();
        assert!(got.without_text);
        assert_eq!(got.text_left_out, ["questions"]);
        assert_eq!(got.answers.get("questions"), None);
        assert_eq!(got.answers.0.len(), full().0.len() - 1);
    }

    #[test]
    fn answers_that_do_not_fit_the_bank_are_left_out_and_listed() {
        let bank = tiny_bank();
        let odd = answers("arrival=nope ghost=x confident=early prep=[star]");
        let link = encode(&profile(), &odd, &bank, true);
        let items: Vec<_> = link.left_out.iter().map(|i| i.item.as_str()).collect();
        assert_eq!(items, ["ghost", "confident", "arrival"], "unknown items first, then in bank order");
        assert_eq!(decode(&link.payload, &bank).unwrap().answers, answers("prep=[star]"));
    }

    #[test]
    fn a_fully_answered_tiny_bank_fits_in_a_few_dozen_characters() {
        let link = encode(&profile(), &full(), &tiny_bank(), false);
        assert!(link.fragment().len() < 40, "{} ({})", link.fragment(), link.fragment().len());
    }

    #[test]
    fn each_kind_of_damage_has_its_own_error_and_code() {
        let bank = tiny_bank();
        let payload = encode(&profile(), &full(), &bank, true).payload;
        let bytes = engine().decode(&payload).unwrap();
        let with = |f: &dyn Fn(&mut Vec<u8>)| {
            let mut b = bytes.clone();
            f(&mut b);
            engine().encode(&b)
        };
        let cases = [
            (String::new(), "not_a_link"),
            ("https://example.com/#top".into(), "not_a_link"),
            (format!("{}!", &payload[..20]), "corrupt"),
            (payload[..payload.len() - 3].to_string(), "truncated"),
            (payload[..1].to_string(), "truncated"),
            (with(&|b| b[12] ^= 0x10), "tampered"),
            (with(&|b| b[1] = 9), "future_version"),
            (with(&|b| b.push(0)), "corrupt"),
        ];
        for (text, code) in cases {
            let e = decode(&text, &bank).unwrap_err();
            assert_eq!(e.code(), code, "{text}: {e}");
            assert!(e.to_string().ends_with('.'), "{e}");
            assert_eq!(e.text_key(), format!("ui.share.error.{code}"));
        }
    }

    #[test]
    fn a_future_version_is_named_in_the_message() {
        let e = ShareError::FutureVersion { version: 3 };
        assert!(e.to_string().contains("newer version"), "{e}");
        assert!(e.to_string().contains('3'));
    }

    #[test]
    fn a_link_for_other_questions_is_refused_but_keeps_the_profile() {
        let bank = tiny_bank();
        let mut pack = tiny_pack();
        pack.sections[0].items[0].id = "arrival_v2".into();
        let other = crate::bank::Bank::build_unchecked(&pack);
        assert_ne!(fingerprint(&bank), fingerprint(&other));
        let link = encode(&profile(), &full(), &bank, true);
        assert_eq!(decode(&link.payload, &other), Err(ShareError::OtherBank { profile: profile() }));
    }

    #[test]
    fn the_fingerprint_ignores_texts_and_scoring_but_not_option_order() {
        let mut pack = tiny_pack();
        let before = fingerprint(&crate::bank::Bank::build_unchecked(&pack));
        pack.texts.clear();
        pack.sections[0].items[0].options[0].credit = 0.5;
        assert_eq!(fingerprint(&crate::bank::Bank::build_unchecked(&pack)), before);
        pack.sections[0].items[0].options.swap(0, 1);
        assert_ne!(fingerprint(&crate::bank::Bank::build_unchecked(&pack)), before);
    }

    #[test]
    fn dates_far_from_2026_and_large_numbers_survive() {
        let bank = tiny_bank();
        for date in ["0001-01-01", "1999-12-31", "9999-12-31"] {
            let p = Profile {
                interview_date: Some(date.parse().unwrap()),
                years_experience: 255,
                daily_minutes: u16::MAX,
                ..Profile::default()
            };
            let link = encode(&p, &Answers::default(), &bank, true);
            assert_eq!(decode(&link.payload, &bank).unwrap().profile, p);
        }
    }

    #[test]
    fn the_wire_tables_match_every_variant() {
        assert_eq!(STAGES, Stage::ALL);
        assert!(COMPANIES.len() <= 1 << company_bits(VERSION));
        assert!(INDUSTRIES.len() <= 4 && REGIONS.len() <= 4 && FORMATS.len() <= 4);
        assert!(LEVELS.len() <= 8);
        assert_eq!(width(1), 0);
        assert_eq!(width(2), 1);
        assert_eq!(width(5), 3);
        assert_eq!(width(8), 3);
        assert_eq!(width(9), 4);
    }
}
