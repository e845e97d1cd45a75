//! The first text file (`naitei-<lang>-first.json`, `present::split`): the
//! questions a session opens with and the intro show the same words from it
//! alone as from every text, a later question's words all come with the rest,
//! and no key is lost or doubled between the two files.

use naitei_core::present;
use naitei_core::session::{Mode, Scope, Screen, Session};
use naitei_core::text::key;
use naitei_core::{CompanyKind, Format, Industry, JapaneseLevel, Lang, Profile, Region, Stage, Texts};
use proptest::prelude::*;

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
        assert!(extra.iter().all(|k| k.ends_with(".reading")), "{lang:?}: unexpected keys {extra:?}");
        // The first file is what a cold visit waits for: it must stay well under half of the texts.
        let size = |t: &Texts| serde_json::to_string(t).unwrap().len();
        assert!(size(&first) * 2 < size(&all), "{lang:?}: the first file is {} of {} bytes", size(&first), size(&all));
    }
}

/// Profiles that open the questionnaire differently: the hand-picked ones (every stage, format
/// and kind of company) and one per way the item conditions can answer.
fn profiles() -> Vec<Profile> {
    let mut out = Vec::new();
    for next_stage in Stage::ALL {
        for format in Format::ALL {
            for company in CompanyKind::ALL {
                for japanese in [JapaneseLevel::NotGiven, JapaneseLevel::N1, JapaneseLevel::N4] {
                    out.push(Profile { next_stage, format, company, japanese, ..Profile::default() });
                }
            }
        }
    }
    out.extend(present::distinct_profiles(&naitei_content::bank()));
    out
}

#[test]
fn the_questions_a_session_opens_with_show_the_same_words_from_the_first_file() {
    let content = naitei_content::content();
    for lang in Lang::ALL {
        let (all, first, _) = parts(lang);
        for profile in profiles() {
            for scope in [Scope::Quick, Scope::Full] {
                let base = Session {
                    scope,
                    profile: profile.clone(),
                    screen: Screen::Questions,
                    mode: Mode::Test,
                    ..Session::default()
                };
                let total = base.items(&content.bank).len();
                assert!(total > 10);
                for position in 0..present::FIRST_QUESTIONS {
                    let session = Session { position, ..base.clone() };
                    let from_first = present::question(&session, &content.bank, &first).unwrap();
                    let from_all = present::question(&session, &content.bank, &all).unwrap();
                    assert_eq!(from_first, from_all, "{lang:?} {scope:?} {profile:?}: item {}", from_all.item);
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
    }
}

#[test]
fn a_later_question_has_all_its_words_in_the_rest_so_the_widget_waits_instead_of_showing_keys() {
    // The widget shows a question when its prompt is here; the rest of its words must come with it.
    let content = naitei_content::content();
    let opening = present::first_items(&content.bank);
    assert!(
        opening.len() < content.bank.items.len() / 4,
        "the first file keeps a few questions, not {}",
        opening.len()
    );
    for lang in Lang::ALL {
        let (all, first, rest) = parts(lang);
        for item in &content.bank.items {
            let in_first = first.find(&key::item_prompt(&item.id)).is_some();
            assert_eq!(in_first, opening.contains(&item.id.as_str()), "{lang:?}: {}", item.id);
            let words: Vec<String> = all
                .0
                .keys()
                .filter(|k| k.starts_with(&format!("item.{}.", item.id)))
                .filter(|k| {
                    k.ends_with(".prompt")
                        || k.ends_with(".hint")
                        || k.ends_with(".placeholder")
                        || k.ends_with(".label")
                })
                .cloned()
                .collect();
            for k in words {
                let holder = if in_first { &first } else { &rest };
                assert!(holder.find(&k).is_some(), "{lang:?}: {k} is not with its prompt");
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

proptest! {
    // The first file holds exactly the items some profile opens with (`present::first_items`
    // reasons about which profiles differ); any profile at all, every field and any years of
    // experience, opens both scopes on items from it.
    #[test]
    fn any_profile_opens_on_questions_from_the_first_file(
        company in 0..CompanyKind::ALL.len(),
        industry in 0..Industry::ALL.len(),
        region in 0..Region::ALL.len(),
        format in 0..Format::ALL.len(),
        next_stage in 0..Stage::ALL.len(),
        japanese in 0..JapaneseLevel::ALL.len(),
        // Mostly the years a candidate has (where the conditions' bounds lie), sometimes any.
        years_experience in prop_oneof![3 => 0u8..=40, 1 => any::<u8>()],
    ) {
        static OPENING: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
            present::first_items(&naitei_content::content().bank).into_iter().map(str::to_owned).collect()
        });
        let bank = naitei_content::bank();
        let profile = Profile {
            company: CompanyKind::ALL[company],
            industry: Industry::ALL[industry],
            region: Region::ALL[region],
            format: Format::ALL[format],
            next_stage: Stage::ALL[next_stage],
            japanese: JapaneseLevel::ALL[japanese],
            years_experience,
            ..Profile::default()
        };
        for scope in [Scope::Quick, Scope::Full] {
            let session = Session { scope, profile: profile.clone(), ..Session::default() };
            for item in session.items(&bank).iter().take(present::FIRST_QUESTIONS) {
                prop_assert!(OPENING.contains(&item.id), "{scope:?} {profile:?} opens on {}", item.id);
            }
        }
    }
}
