//! A content pack as a host site sends it: any text, read as JSON into a
//! `Pack`, then `Bank::build`. A pack gives a bank or every problem found,
//! never a panic. When it builds, the bank is used as the widget would use it:
//! evaluated (with no answers and with answers drawn from the input), its
//! share links made and read back, and its coaches (the pack's own lexicons)
//! run on sample texts.
#![no_main]

use libfuzzer_sys::fuzz_target;
use naitei_core::coach::{AnswerKind, Coaches};
use naitei_core::share::{self, Shared};
use naitei_core::{Answers, Bank, Lang, Pack, Profile, Stage};
use naitei_fuzz::{answers_for, check_evaluation, evaluate, profile, today, Picks, SAMPLE_TEXTS};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(pack) = serde_json::from_str::<Pack>(text) else { return };

    // Coaches take any lexicon: entries they cannot use are skipped (`Bank::build` reports them).
    let coaches = Coaches::new(&pack.lexicons);
    for t in SAMPLE_TEXTS {
        let _ = coaches.check_questions(t, Stage::Final);
        let c = coaches.analyse_answer(AnswerKind::FailureStory, t);
        assert!((0.0..=1.0).contains(&c.credit));
    }

    let unchecked = Bank::build_unchecked(&pack);
    let content = match Bank::build(&pack) {
        Ok(content) => content,
        Err(problems) => {
            assert!(!problems.is_empty(), "a refused pack says why");
            for p in &problems {
                assert!(!p.message.trim().is_empty(), "every problem has a message: {p:?}");
                let _ = p.to_string();
            }
            return;
        }
    };
    let bank = &content.bank;
    assert_eq!(bank, &unchecked, "build and build_unchecked give the same structure");
    assert!(content.texts.contains_key(&Lang::En), "a built pack has English texts");

    let mut picks = Picks::new(data);
    let mut texts = Picks::new(data);
    let drawn = answers_for(bank, &mut |n| picks.pick(n), &mut || SAMPLE_TEXTS[texts.pick(SAMPLE_TEXTS.len())].into());
    for answers in [Answers::default(), drawn] {
        for profile in [profile(), Profile::default()] {
            let e = evaluate(bank, &profile, &answers, today());
            check_evaluation(bank, &profile, today(), &e);
            assert!(
                e.report.ignored.iter().all(|i| i.reason == naitei_core::answers::Reason::NotApplicable
                    || matches!(i.reason, naitei_core::answers::Reason::SameBestAndWorst)),
                "answers made for the bank fit it: {:?}",
                e.report.ignored
            );
        }
        let link = share::encode(&profile(), &answers, bank, true);
        assert!(link.left_out.is_empty(), "answers made for the bank fit a link: {:?}", link.left_out);
        let shared = Shared { profile: profile(), answers, text_left_out: vec![], without_text: false };
        assert_eq!(share::decode(&link.fragment(), bank), Ok(shared), "decode(encode(x)) == x");
    }
});
