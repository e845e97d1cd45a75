//! The first text file (`naitei-<lang>-first.json`, `present::split`): the
//! question screens and the intro show the same words from it alone as from
//! every text, and no key is lost or doubled between the two files.

use naitei_core::present;
use naitei_core::session::{Mode, Scope, Screen, Session};
use naitei_core::{Lang, Texts};

fn parts(lang: Lang) -> (Texts, Texts, Texts) {
    let content = naitei_content::content();
    let all = content.texts.get(&lang).cloned().unwrap_or_default();
    let (first, rest) = present::split(&content.bank, &all, lang);
    (all, first, rest)
}

#[test]
fn the_two_files_hold_every_text_once() {
    for lang in Lang::ALL {
        let (all, first, rest) = parts(lang);
        for (k, v) in &all.0 {
            let (a, b) = (first.find(k), rest.find(k));
            assert!(a.is_some() != b.is_some(), "{lang:?}: {k} is in both files or in neither");
            assert_eq!(a.or(b), Some(v.as_str()));
        }
        let extra: Vec<_> = first.0.keys().chain(rest.0.keys()).filter(|k| all.find(k).is_none()).collect();
        assert!(extra.iter().all(|k| k.ends_with(".feedback_read")), "{lang:?}: unexpected keys {extra:?}");
        // The first file is what a cold visit waits for: it must stay well under half of the texts.
        let size = |t: &Texts| serde_json::to_string(t).unwrap().len();
        assert!(size(&first) * 2 < size(&all), "{lang:?}: the first file is {} of {} bytes", size(&first), size(&all));
    }
}

#[test]
fn every_question_screen_shows_the_same_words_from_the_first_file() {
    let content = naitei_content::content();
    for lang in Lang::ALL {
        let (all, first, _) = parts(lang);
        let base = Session { scope: Scope::Full, screen: Screen::Questions, mode: Mode::Test, ..Session::default() };
        let total = base.items(&content.bank).len();
        assert!(total > 10);
        for position in 0..total {
            let session = Session { position, ..base.clone() };
            let from_first = present::question(&session, &content.bank, &first).unwrap();
            let from_all = present::question(&session, &content.bank, &all).unwrap();
            assert_eq!(from_first, from_all, "{lang:?}: item {}", from_all.item);
            let mut words = vec![from_first.section.clone(), from_first.prompt.clone()];
            words.extend(from_first.options.iter().map(|o| o.label.clone()));
            for w in words {
                assert!(
                    !w.starts_with("item.") && !w.starts_with("section.") && !w.starts_with("ui."),
                    "{lang:?}: {w}"
                );
            }
        }
    }
}

#[test]
fn the_intro_gives_the_same_times_from_the_first_file() {
    let content = naitei_content::content();
    for lang in Lang::ALL {
        let (all, first, _) = parts(lang);
        for mode in [Mode::Learning, Mode::Test] {
            for stage in naitei_core::Stage::ALL {
                let mut session = Session { mode, ..Session::default() };
                session.profile.next_stage = stage;
                assert_eq!(
                    present::intro(&session, &content.bank, &first, lang),
                    present::intro(&session, &content.bank, &all, lang),
                    "{lang:?} {mode:?} {stage:?}"
                );
            }
        }
    }
}
