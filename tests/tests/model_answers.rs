//! The bank must pass its own coaches: whatever it shows as a good answer is
//! judged good by the coach that judges that kind of text, and every length it
//! asks for fits the coach's length range (house position 10 in content/README).
//!
//! * **Pick items with spoken answers.** The best option of the items in
//!   [`SPOKEN_PICKS`] is a model answer: it must reach [`MODEL_CREDIT`] in the
//!   coach for its kind, with a length inside the range and no warning (team work
//!   told as one's own, blaming others). The coach must also rank it above every
//!   other option of the item, so the item and the coach agree.
//! * **Example questions.** Every question the bank quotes as a way to ask
//!   (the `better` texts of the reverse-question coach, the good options of the
//!   reverse-question items, the reverse-question modules, hints and
//!   placeholders) must not be rated "better not" by the reverse-question coach
//!   at the stage it is meant for.
//! * **Lengths.** Every answer length a text asks for ("four to six
//!   sentences", "about a minute", 「1〜2分」) must lie inside
//!   `MIN_SECONDS..=MAX_SECONDS` at the coach's reading speeds. A sentence counts
//!   as 12 to 20 English words or 40 to 60 Japanese characters, and both ends of
//!   a range must fit.
//!
//! Run with `cargo test -p naitei-tests --test model_answers -- --nocapture` to
//! see what was found.

use naitei_core::bank::Item;
use naitei_core::coach::{AnswerKind, Coaches, Rating, CHARS_PER_MINUTE, MAX_SECONDS, MIN_SECONDS, WORDS_PER_MINUTE};
use naitei_core::text::key;
use naitei_core::{Content, Lang, Stage};

/// Items whose options are spoken answers, and the coach that judges them.
const SPOKEN_PICKS: &[(&str, AnswerKind)] =
    &[("self_star_pick", AnswerKind::Star), ("trust_failure_answer", AnswerKind::FailureStory)];
/// The lowest coach credit of a model answer.
const MODEL_CREDIT: f32 = 0.85;
/// Credit from which a reverse-question option counts as a good way to ask.
const GOOD_OPTION: f32 = 0.8;
/// Words and characters per sentence, for lengths given in sentences.
const WORDS_PER_SENTENCE: (f32, f32) = (12.0, 20.0);
const CHARS_PER_SENTENCE: (f32, f32) = (40.0, 60.0);

fn coaches() -> Coaches {
    Coaches::new(&naitei_content::pack().lexicons)
}

fn text<'a>(content: &'a Content, lang: Lang, k: &str) -> &'a str {
    content.texts[&lang].find(k).unwrap_or_default()
}

/// A label without its surrounding quotation marks.
fn unquote(label: &str) -> &str {
    label.trim().trim_matches(|c| matches!(c, '"' | '「' | '」' | '“' | '”'))
}

fn best(item: &Item) -> &str {
    let total = |c: &naitei_core::bank::Choice| c.credit.iter().map(|(_, v)| *v).sum::<f32>();
    &item.kind.options().iter().max_by(|a, b| total(a).total_cmp(&total(b))).expect("options").id
}

#[test]
fn the_best_spoken_answers_pass_their_coach_and_rank_first() {
    let content = naitei_content::content();
    let coaches = coaches();
    let mut failures = Vec::new();
    for (item_id, kind) in SPOKEN_PICKS {
        let item = content.bank.item(item_id).unwrap_or_else(|| panic!("no item `{item_id}`"));
        let top = best(item);
        for lang in Lang::ALL {
            let mut rows = Vec::new();
            for o in item.kind.options() {
                let label = unquote(text(&content, lang, &key::option_label(item_id, &o.id)));
                let check = coaches.analyse_answer(*kind, label);
                rows.push((o.id.clone(), check.credit, check.findings.clone(), check.timing.seconds));
            }
            println!("\n{item_id} ({}), coach {}:", lang.tag(), kind.id());
            for (id, c, f, s) in &rows {
                println!("  {id:<24} {c:.2} {s:>4}s {f:?}");
            }
            let (_, top_credit, findings, _) = rows.iter().find(|r| r.0 == top).expect("best option").clone();
            if top_credit < MODEL_CREDIT {
                failures.push(format!("{item_id} ({}): best `{top}` gets {top_credit:.2}", lang.tag()));
            }
            for bad in ["too_short", "too_long", "team_as_own", "blames_others", "no_team"] {
                if findings.iter().any(|f| f == bad) {
                    failures.push(format!("{item_id} ({}): best `{top}` is `{bad}`", lang.tag()));
                }
            }
            for (id, c, _, _) in rows.iter().filter(|r| r.0 != top) {
                if *c >= top_credit {
                    failures.push(format!(
                        "{item_id} ({}): `{id}` gets {c:.2} from the coach, not below the best `{top}` ({top_credit:.2})",
                        lang.tag()
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "model answers and their coach disagree:\n{}", failures.join("\n"));
}

/// Quoted questions in a text: "..." or “...” in English, 「...」 in Japanese,
/// that ask something (a question mark, or a Japanese sentence ending in か).
fn quoted_questions(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (open, close) in [('"', '"'), ('“', '”'), ('「', '」')] {
        let mut rest = t;
        while let Some(a) = rest.find(open) {
            let after = &rest[a + open.len_utf8()..];
            let Some(b) = after.find(close) else { break };
            let q = after[..b].trim();
            let asks = q.contains('?') || q.contains('？') || q.ends_with("か。") || q.ends_with('か');
            // A question quoted as the one not to ask: "instead of ...", 「...」ではなく.
            let tail = &after[b + close.len_utf8()..];
            let head = rest[..a].trim_end().to_lowercase();
            let counter_example = ["ではなく", "と聞くのではなく", "とは聞かず"].iter().any(|w| tail.starts_with(w))
                || ["instead of", "rather than", "not"].iter().any(|w| head.ends_with(w));
            if asks && !counter_example && q.chars().count() > 8 {
                out.push(q.trim_start_matches(['.', '…']).trim().to_owned());
            }
            rest = &after[b + close.len_utf8()..];
        }
    }
    out
}

#[test]
fn the_questions_the_bank_suggests_pass_the_reverse_question_coach() {
    let content = naitei_content::content();
    let coaches = coaches();
    // (where, text, stage it is meant for)
    let mut sources: Vec<(String, String, Stage)> = Vec::new();
    for lang in Lang::ALL {
        for (k, v) in &content.texts[&lang].0 {
            let stage = if k.ends_with("_in_time") { Stage::Offer } else { Stage::FirstInterview };
            let wanted = (k.starts_with("coach.reverse_questions.") && k.contains(".better"))
                || k.starts_with("module.reverse_questions_")
                || (k.starts_with("item.rq_") && (k.ends_with(".hint") || k.ends_with(".placeholder")));
            if wanted {
                sources.push((format!("{} {k}", lang.tag()), v.clone(), stage));
            }
            if k == &key::item_placeholder("rq_plan_text") {
                for line in v.lines() {
                    sources.push((format!("{} {k}", lang.tag()), format!("\"{line}\""), stage));
                }
            }
        }
        for item in content.bank.items.iter().filter(|i| i.id.starts_with("rq_")) {
            for o in item.kind.options() {
                let good = o.credit.iter().map(|(_, v)| *v).fold(0.0f32, f32::max) >= GOOD_OPTION;
                let k = key::option_label(&item.id, &o.id);
                if good {
                    let stage = item.stages.first().copied().unwrap_or(Stage::FirstInterview);
                    sources.push((format!("{} {k}", lang.tag()), text(&content, lang, &k).to_owned(), stage));
                }
            }
        }
    }
    let mut failures = Vec::new();
    let mut seen = 0;
    println!();
    for (place, t, stage) in &sources {
        for q in quoted_questions(t) {
            for check in coaches.check_questions(&q, *stage) {
                seen += 1;
                println!(
                    "  {:<6} {:<22} {:<8} {place}: {}",
                    format!("{:?}", check.rating),
                    check.kind.id(),
                    stage.id(),
                    check.text
                );
                if check.rating == Rating::Avoid {
                    failures.push(format!(
                        "{place}: \"{}\" is rated avoid as {} {:?}",
                        check.text,
                        check.kind.id(),
                        check.evidence
                    ));
                }
            }
        }
    }
    assert!(seen >= 20, "only {seen} example questions found; the extraction is broken");
    assert!(failures.is_empty(), "the bank suggests questions its coach warns against:\n{}", failures.join("\n"));
}

/// Number words up to twenty, in English and Japanese (kanji).
fn number(w: &str) -> Option<f32> {
    const EN: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    if let Some(n) = EN.iter().position(|x| *x == w) {
        return Some(n as f32);
    }
    match w {
        "a" | "an" => return Some(1.0),
        "half" => return Some(0.5),
        "thirty" => return Some(30.0),
        "forty" => return Some(40.0),
        "fifty" => return Some(50.0),
        "sixty" => return Some(60.0),
        "ninety" => return Some(90.0),
        _ => {}
    }
    const JA: &str = "〇一二三四五六七八九";
    let full: String = w
        .chars()
        .map(|c| if ('０'..='９').contains(&c) { char::from_u32(c as u32 - 0xFEE0).unwrap_or(c) } else { c })
        .collect();
    if let Ok(n) = full.parse::<f32>() {
        return Some(n);
    }
    if w.chars().count() == 1 {
        if let Some(i) = JA.chars().position(|c| w.starts_with(c)) {
            return Some(i as f32);
        }
        if w == "十" {
            return Some(10.0);
        }
    }
    None
}

/// Seconds a length demand means: (lowest, highest).
fn seconds(lo: f32, hi: f32, unit: &str, lang: Lang) -> (f32, f32) {
    match unit {
        "minute" => (lo * 60.0, hi * 60.0),
        "second" => (lo, hi),
        _ => match lang {
            Lang::En => (
                lo * WORDS_PER_SENTENCE.0 * 60.0 / WORDS_PER_MINUTE,
                hi * WORDS_PER_SENTENCE.1 * 60.0 / WORDS_PER_MINUTE,
            ),
            Lang::Ja => (
                lo * CHARS_PER_SENTENCE.0 * 60.0 / CHARS_PER_MINUTE,
                hi * CHARS_PER_SENTENCE.1 * 60.0 / CHARS_PER_MINUTE,
            ),
        },
    }
}

/// Words that make a sentence about the length of a spoken answer, and words
/// that make it about something else (a pause, arriving early, a study session).
const SPEECH_EN: &[&str] = &[
    "answer",
    "answers",
    "story",
    "stories",
    "say",
    "speak",
    "spoken",
    "tell",
    "aloud",
    "introduction",
    "self-introduction",
    "monologue",
    "reply",
    "talk",
    "minutes:seconds",
];
const OTHER_EN: &[&str] =
    &["pause", "pausing", "silence", "think", "wait", "early", "late", "session", "sitting", "study"];
const SPEECH_JA: &[&str] = &["話", "答え", "回答", "自己紹介", "声に出", "失敗談", "述べ"];
const OTHER_JA: &[&str] = &["沈黙", "考え", "待", "前に", "遅れ", "早め", "学習", "セッション"];

/// Every answer length asked for in `t`: (the words, lowest and highest
/// seconds). An item's hint is always about the answer; other texts only in
/// sentences about speaking.
fn lengths(t: &str, lang: Lang, hint: bool) -> Vec<(String, f32, f32)> {
    let mut out = Vec::new();
    let sentences: Vec<&str> = match lang {
        Lang::En => t.split(['.', ';', ':', '!', '?']).collect(),
        Lang::Ja => t.split(['。', '！', '？']).collect(),
    };
    for s in sentences {
        let lower = s.to_lowercase();
        match lang {
            Lang::En => {
                let ws: Vec<&str> = lower
                    .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                    .flat_map(|w| {
                        if w.chars().any(|c| c.is_ascii_digit()) {
                            w.split('-').collect::<Vec<_>>()
                        } else {
                            vec![w]
                        }
                    })
                    .filter(|w| !w.is_empty())
                    .collect();
                let speech =
                    hint || (ws.iter().any(|w| SPEECH_EN.contains(w)) && !ws.iter().any(|w| OTHER_EN.contains(w)));
                if !speech {
                    continue;
                }
                for (i, w) in ws.iter().enumerate() {
                    let unit = match w.trim_end_matches('s') {
                        "minute" => "minute",
                        "second" => "second",
                        "sentence" => "sentence",
                        _ => continue,
                    };
                    let Some(hi) = i.checked_sub(1).and_then(|j| number(ws[j])) else { continue };
                    // The opening ("within the first 15 seconds", "one sentence that sums it
                    // up") is part of an answer, not its length.
                    let before = &ws[i.saturating_sub(4)..i];
                    if before.iter().any(|w| matches!(*w, "first" | "opening" | "conclusion" | "point"))
                        || (unit == "sentence" && hi < 3.0)
                    {
                        continue;
                    }
                    // "half a minute", "one to two minutes", "two or three sentences", "2-3 minutes".
                    let mut lo = hi;
                    let mut hi = hi;
                    if i >= 2 && ws[i - 2] == "half" && ws[i - 1] == "a" {
                        lo = 0.5;
                        hi = 0.5;
                    } else if i >= 4 && ws[i - 1] == "half" && ws[i - 2] == "a" && ws[i - 3] == "and" {
                        // "two and a half minutes"
                        let whole = number(ws[i - 4]).unwrap_or(0.0);
                        lo = whole + 0.5;
                        hi = lo;
                    } else if i >= 3 && matches!(ws[i - 2], "to" | "or") {
                        if let Some(a) = number(ws[i - 3]) {
                            lo = a;
                        }
                    } else if i >= 2 && ws[i - 2].chars().all(|c| c.is_ascii_digit()) {
                        if let Some(a) = number(ws[i - 2]) {
                            lo = a;
                        }
                    }
                    let (a, b) = seconds(lo, hi, unit, lang);
                    out.push((ws[i.saturating_sub(4)..=i].join(" "), a, b));
                }
            }
            Lang::Ja => {
                let speech =
                    hint || (SPEECH_JA.iter().any(|w| s.contains(w)) && !OTHER_JA.iter().any(|w| s.contains(w)));
                if !speech {
                    continue;
                }
                let cs: Vec<char> = s.chars().collect();
                for (i, c) in cs.iter().enumerate() {
                    // 十分 on its own is "enough", not ten minutes.
                    if *c == '分' && i > 0 && cs[i - 1] == '十' && (i < 2 || number(&cs[i - 2].to_string()).is_none())
                    {
                        continue;
                    }
                    let unit = match c {
                        '分' if cs.get(i + 1) != Some(&'析')
                            && cs.get(i + 1) != Some(&'か')
                            && cs.get(i + 1) != Some(&'野') =>
                        {
                            "minute"
                        }
                        '秒' => "second",
                        '文' if i > 0 && number(&cs[i - 1].to_string()).is_some() => "sentence",
                        _ => continue,
                    };
                    // Read the number before the unit: "2〜3", "1", "30", "一".
                    let mut j = i;
                    while j > 0
                        && (number(&cs[j - 1].to_string()).is_some() || matches!(cs[j - 1], '〜' | '～' | '-' | '、'))
                    {
                        j -= 1;
                    }
                    let span: String = cs[j..i].iter().collect();
                    let parts: Vec<f32> = span
                        .split(['〜', '～', '-', '、'])
                        .filter(|p| !p.is_empty())
                        .filter_map(|p| {
                            let digits = p.chars().all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
                            if digits || p.chars().count() == 1 {
                                number(p)
                            } else {
                                p.parse().ok()
                            }
                        })
                        .collect();
                    let (Some(lo), Some(hi)) = (parts.first(), parts.last()) else { continue };
                    // 2分半: two and a half minutes.
                    let half = if unit == "minute" && cs.get(i + 1) == Some(&'半') { 0.5 } else { 0.0 };
                    let (lo, hi) = (&(lo + half), &(hi + half));
                    let before: String = cs[j.saturating_sub(8)..j].iter().collect();
                    if before.contains("最初") || before.contains("結論") || (unit == "sentence" && *hi < 3.0) {
                        continue;
                    }
                    let (a, b) = seconds(*lo, *hi, unit, lang);
                    out.push((cs[j.saturating_sub(4)..=i].iter().collect(), a, b));
                }
            }
        }
    }
    out
}

#[test]
fn every_answer_length_the_bank_asks_for_fits_the_coach() {
    let content = naitei_content::content();
    let mut failures = Vec::new();
    let mut found = 0;
    println!("\nCoach range: {MIN_SECONDS}-{MAX_SECONDS} seconds");
    // A weak option may describe a length that is wrong on purpose, and a study
    // step's own duration ("30 minutes") is time to practise, not an answer.
    let weak_option = |k: &str| {
        let mut parts = k.split('.');
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some("item"), Some(item), Some("option"), Some(option)) => content
                .bank
                .item(item)
                .and_then(|i| i.option(option))
                .is_some_and(|o| o.credit.iter().all(|(_, c)| *c < 0.8)),
            _ => false,
        }
    };
    for lang in Lang::ALL {
        for (k, v) in &content.texts[&lang].0 {
            // Widget texts (other than the coach's) speak of study and reading times, not answers.
            if weak_option(k) || (k.starts_with("ui.") && !k.starts_with("ui.coach.")) {
                continue;
            }
            for (words, a, b) in lengths(v, lang, k.ends_with(".hint")) {
                if k.starts_with("module.") && a > 300.0 {
                    continue;
                }
                found += 1;
                let ok = a >= MIN_SECONDS && b <= MAX_SECONDS;
                println!("  {} {:>4.0}-{:<4.0}s {:<36} {k}", if ok { "ok " } else { "BAD" }, a, b, words);
                if !ok {
                    failures.push(format!("{} {k}: \"{words}\" means {a:.0}-{b:.0} s", lang.tag()));
                }
            }
        }
    }
    assert!(found >= 5, "only {found} lengths found; the extraction is broken");
    assert!(
        failures.is_empty(),
        "lengths outside the coach's range of {MIN_SECONDS}-{MAX_SECONDS} s:\n{}",
        failures.join("\n")
    );
}

/// How many words or characters the bank tells a candidate to write for a
/// minute of speech (house position 10): the coach's speaking speed, so the
/// bank and the coach time an answer the same way.
const WRITE_WORDS_PER_MINUTE: u32 = WORDS_PER_MINUTE as u32;
const WRITE_CHARS_PER_MINUTE: u32 = CHARS_PER_MINUTE as u32;

/// Every count of words ("120 to 240 words", "about 120 English words") or
/// Japanese characters (「250字」, 「250〜500字」) in a text.
fn written_counts(t: &str, lang: Lang) -> Vec<u32> {
    let mut out = Vec::new();
    match lang {
        Lang::En => {
            let ws: Vec<&str> = t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            for (i, w) in ws.iter().enumerate() {
                if *w != "words" {
                    continue;
                }
                // "120 words", "120 English words", "120 to 240 words".
                let mut j = i;
                while j > 0 && i - j < 4 {
                    j -= 1;
                    if let Ok(n) = ws[j].parse::<u32>() {
                        out.push(n);
                    } else if !matches!(ws[j], "to" | "English" | "Japanese" | "or") {
                        break;
                    }
                }
            }
        }
        Lang::Ja => {
            let cs: Vec<char> = t.chars().collect();
            for (i, c) in cs.iter().enumerate() {
                if *c != '字' || i == 0 || !cs[i - 1].is_ascii_digit() {
                    continue;
                }
                // 「250字」, 「250〜500字」.
                let mut j = i;
                while j > 0 && (cs[j - 1].is_ascii_digit() || cs[j - 1] == '〜') {
                    j -= 1;
                }
                for n in cs[j..i].iter().collect::<String>().split('〜') {
                    if let Ok(n) = n.parse::<u32>() {
                        out.push(n);
                    }
                }
            }
        }
    }
    out
}

#[test]
fn every_word_count_the_bank_asks_for_uses_one_speaking_speed() {
    let content = naitei_content::content();
    let mut failures = Vec::new();
    let mut found = 0;
    for (lang, per_minute) in [(Lang::En, WRITE_WORDS_PER_MINUTE), (Lang::Ja, WRITE_CHARS_PER_MINUTE)] {
        for (k, v) in &content.texts[&lang].0 {
            if k.starts_with("ui.") {
                continue;
            }
            for n in written_counts(v, lang) {
                found += 1;
                // Whole or half minutes at the one speed.
                let ok = (2 * n) % per_minute == 0;
                println!("  {} {n:>4} {k}", if ok { "ok " } else { "BAD" });
                if !ok {
                    failures.push(format!(
                        "{} {k}: {n} is not a whole or half minute at {per_minute} a minute",
                        lang.tag()
                    ));
                }
            }
        }
    }
    assert!(found >= 4, "only {found} counts found; the extraction is broken");
    assert!(failures.is_empty(), "word counts at another speaking speed:\n{}", failures.join("\n"));
}
