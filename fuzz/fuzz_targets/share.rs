//! Share links as a candidate pastes them: any text through `share::decode`
//! against the built-in bank. A link opens or says what is wrong with it,
//! never a panic. What opens must be something `encode` could have made:
//! written again, it opens to the same profile and answers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use naitei_core::share::{self, ShareError};
use naitei_fuzz::{check_evaluation, evaluate, today, CONTENT};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let bank = &CONTENT.bank;
    match share::decode(text, bank) {
        Ok(shared) => {
            let link = share::encode(&shared.profile, &shared.answers, bank, true);
            assert!(link.left_out.is_empty(), "what a link holds fits the bank: {:?}", link.left_out);
            let back = share::decode(&link.payload, bank).expect("a link just made opens");
            assert_eq!((&back.profile, &back.answers), (&shared.profile, &shared.answers), "decode(encode(x)) == x");
            for id in &shared.text_left_out {
                assert!(shared.answers.get(id).is_none(), "{id}: left out and given");
            }
            let e = evaluate(bank, &shared.profile, &shared.answers, today());
            check_evaluation(bank, &shared.profile, today(), &e);
        }
        Err(e) => {
            assert!(e.to_string().ends_with('.'), "{e}");
            assert_eq!(e.text_key(), format!("ui.share.error.{}", e.code()));
            if let ShareError::OtherBank { profile } = e {
                let _ = profile;
            }
        }
    }
});
