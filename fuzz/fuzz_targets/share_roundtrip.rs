//! Share links, structured: a profile and answers drawn from the input are
//! encoded for the built-in bank and must decode to exactly what was encoded,
//! however the link is wrapped (fragment, whole address, line breaks). Then
//! the link's bytes are mutated (bits flipped, bytes set, inserted, removed,
//! the end cut), with the length and checksum usually put right again so the
//! mutation reaches the body parser: decoding never panics, and what it
//! accepts is something `encode` could have made.
#![no_main]

use arbitrary::Arbitrary;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use libfuzzer_sys::fuzz_target;
use naitei_core::answers::{Answer, MAX_TEXT_CHARS};
use naitei_core::share::{self, Shared};
use naitei_core::{CompanyKind, Date, Format, Industry, JapaneseLevel, Profile, Region, Stage};
use naitei_fuzz::{answers_for, CONTENT};

#[derive(Debug, Arbitrary)]
struct Input {
    company: u8,
    industry: u8,
    region: u8,
    format: u8,
    stage: u8,
    japanese: u8,
    years_experience: u8,
    daily_minutes: u16,
    /// Days from 1970-01-01 (clamped to years 1-9999).
    date: Option<i32>,
    with_text: bool,
    picks: Vec<u8>,
    texts: Vec<String>,
    mutations: Vec<Mutation>,
    /// Keep the damaged length and checksum instead of putting them right.
    keep_frame: bool,
}

#[derive(Debug, Arbitrary)]
enum Mutation {
    Flip { at: u16, bit: u8 },
    Set { at: u16, value: u8 },
    Insert { at: u16, value: u8 },
    Remove { at: u16 },
    Truncate { len: u16 },
}

fn pick<T: Copy>(all: &[T], i: u8) -> T {
    all[usize::from(i) % all.len()]
}

fuzz_target!(|input: Input| {
    let bank = &CONTENT.bank;
    let profile = Profile {
        company: pick(&CompanyKind::ALL, input.company),
        industry: pick(&Industry::ALL, input.industry),
        region: pick(&Region::ALL, input.region),
        format: pick(&Format::ALL, input.format),
        next_stage: pick(&Stage::ALL, input.stage),
        interview_date: input.date.map(|d| Date::from_ymd(1970, 1, 1).expect("date").add_days(d)),
        japanese: pick(&JapaneseLevel::ALL, input.japanese),
        years_experience: input.years_experience,
        daily_minutes: input.daily_minutes,
    };
    let mut k = 0;
    let mut t = 0;
    let answers = answers_for(
        bank,
        &mut |n| {
            k += 1;
            if n == 0 || input.picks.is_empty() {
                0
            } else {
                usize::from(input.picks[(k - 1) % input.picks.len()]) % n
            }
        },
        &mut || {
            t += 1;
            input.texts.get(t - 1).cloned().unwrap_or_default()
        },
    );

    // What is encoded decodes exactly (texts cut to the longest kept, or left out).
    let link = share::encode(&profile, &answers, bank, input.with_text);
    assert!(link.left_out.is_empty(), "{:?}", link.left_out);
    // Texts are also left out when they would make the link too long.
    let with_text = !link.without_text;
    assert!(with_text || !input.with_text || link.payload.len() <= share::MAX_LINK_CHARS);
    let mut expected = Shared { profile, answers: answers.clone(), text_left_out: vec![], without_text: !with_text };
    for item in &bank.items {
        if let Some(Answer::Text(text)) = answers.get(&item.id) {
            if with_text {
                let cut: String = text.chars().take(MAX_TEXT_CHARS).collect();
                expected.answers.0.insert(item.id.clone(), Answer::Text(cut));
            } else {
                expected.answers.0.remove(&item.id);
                expected.text_left_out.push(item.id.clone());
            }
        }
    }
    let (a, b) = link.payload.split_at(link.payload.len() / 2);
    for text in [
        link.payload.clone(),
        link.fragment(),
        format!("https://example.com/check?lang=ja{}&x=1", link.fragment()),
        format!("  {a}\r\n {b}\n"),
    ] {
        assert_eq!(share::decode(&text, bank).as_ref(), Ok(&expected), "decode(encode(x)) == x for {text:?}");
    }

    // Damage it.
    if input.mutations.is_empty() {
        return;
    }
    let mut bytes = URL_SAFE_NO_PAD.decode(&link.payload).expect("a link is base64url");
    // Magic, version, the length (LEB128), the body, and the CRC-32.
    let header = 2 + bytes[2..].iter().position(|b| b & 0x80 == 0).expect("a length") + 1;
    let mut body = bytes[header..bytes.len() - 4].to_vec();
    let target = if input.keep_frame { &mut bytes } else { &mut body };
    for m in &input.mutations {
        let len = target.len();
        match *m {
            Mutation::Flip { at, bit } if len > 0 => target[usize::from(at) % len] ^= 1 << (bit % 8),
            Mutation::Set { at, value } if len > 0 => target[usize::from(at) % len] = value,
            Mutation::Insert { at, value } => target.insert(usize::from(at) % (len + 1), value),
            Mutation::Remove { at } if len > 0 => {
                target.remove(usize::from(at) % len);
            }
            Mutation::Truncate { len: to } => target.truncate(usize::from(to)),
            _ => {}
        }
    }
    if !input.keep_frame {
        bytes = vec![bytes[0], bytes[1]];
        share::leb128(&mut bytes, body.len() as u64 + 4);
        bytes.extend_from_slice(&body);
        let crc = crc32fast::hash(&bytes);
        bytes.extend_from_slice(&crc.to_le_bytes());
    }
    let damaged = URL_SAFE_NO_PAD.encode(&bytes);
    if let Ok(shared) = share::decode(&damaged, bank) {
        let again = share::encode(&shared.profile, &shared.answers, bank, true);
        assert!(again.left_out.is_empty(), "what a link holds fits the bank: {:?}", again.left_out);
        let back = share::decode(&again.payload, bank).expect("a link just made opens");
        assert_eq!(
            (&back.profile, &back.answers),
            (&shared.profile, &shared.answers),
            "a damaged link that opens gives what encode could make"
        );
    }
});
