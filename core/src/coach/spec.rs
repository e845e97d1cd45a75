//! Specifications of both coaches, with a small lexicon written here so that the
//! rules are pinned down independently of the built-in word lists (those are
//! measured by `tests/tests/coach_quality.rs`).

use super::*;
use crate::analyse::AnalyserId;
use crate::area::Stage;
use crate::profile::Profile;
use std::collections::BTreeMap;

fn entries(list: &[(&str, &[&str])]) -> Vec<LexiconEntry> {
    list.iter()
        .map(|(kind, patterns)| LexiconEntry {
            kind: kind.to_string(),
            patterns: patterns.iter().map(|p| p.to_string()).collect(),
        })
        .collect()
}

fn coaches() -> Coaches {
    let en = Lexicon {
        questions: entries(&[
            ("team_practices", &["code review*", "knowledge sharing"]),
            ("tech_challenges", &["hardest problem", "bottleneck*"]),
            ("growth", &["mentor*", "training"]),
            ("research", &["i read", "my understanding is"]),
            ("public_facts", &["when was .. founded", "main services"]),
            ("pay", &["salary", "overtime", "allowance"]),
            ("conditions", &["work from home"]),
            ("visa_relocation", &["visa*", "relocat*"]),
            ("rushes_result", &["my chances"]),
            ("critical_topic", &["lay offs", "layoff*"]),
            ("private_matter", &["how much do you earn"]),
            ("next_steps", &["next steps"]),
            ("none_prepared", &["no questions"]),
        ]),
        answers: entries(&[
            ("situation", &["at my previous", "last year"]),
            ("task", &["my role", "responsible for"]),
            ("action", &["rewrote", "added", "designed", "migrated"]),
            ("result", &["as a result", "dropped", "cut"]),
            ("conclusion", &["in short"]),
            ("me", &["i", "my"]),
            ("we", &["we", "our", "together"]),
            ("team", &["team", "colleague*"]),
            ("project", &["project", "platform"]),
            ("personal", &["side project"]),
            ("solo", &["by myself"]),
            ("mistake", &["forgot", "mistake"]),
            ("own", &["my mistake", "my fault"]),
            ("blame", &["not my fault", "because of the vendor"]),
            ("fix", &["rolled back", "apologised"]),
            ("lesson", &["i learned"]),
            ("applied", &["since then"]),
            ("number", &["half"]),
        ]),
    };
    let ja = Lexicon {
        questions: entries(&[
            ("team_practices", &["コードレビュー"]),
            ("research", &["拝見", "と理解していますが"]),
            ("public_facts", &["設立"]),
            ("pay", &["年収", "残業"]),
            ("visa_relocation", &["ビザ"]),
            ("none_prepared", &["特にありません"]),
        ]),
        answers: entries(&[
            ("situation", &["前職", "ていました"]),
            ("task", &["担当"]),
            ("action", &["導入"]),
            ("result", &["削減", "短縮", "結果"]),
            ("me", &["私", "自分"]),
            ("we", &["私たち", "一緒に"]),
            ("team", &["チーム", "メンバー"]),
            ("mistake", &["忘れ", "確認せずに"]),
            ("regret", &["てしまい"]),
            ("blame", &["のせいで", "が悪かった"]),
            ("fix", &["報告"]),
            ("lesson", &["学んだ", "学びました"]),
            ("applied", &["以来"]),
            ("counter", &["割", "倍", "件", "分"]),
        ]),
    };
    Coaches::new(&BTreeMap::from([(Lang::En, en), (Lang::Ja, ja)]))
}

fn one(text: &str, stage: Stage) -> QuestionCheck {
    let mut checks = coaches().check_questions(text, stage);
    assert_eq!(checks.len(), 1, "{checks:?}");
    checks.remove(0)
}

fn findings(text: &str, stage: Stage) -> Vec<String> {
    let profile = Profile { next_stage: stage, ..Profile::default() };
    coaches().analyse(AnalyserId::ReverseQuestions, text, &profile).unwrap().findings
}

// ------------------------------------------------------------ reverse questions

#[test]
fn a_question_about_salary_in_a_first_interview_is_flagged_with_a_better_phrasing() {
    let q = one("What is the salary for this role?", Stage::FirstInterview);
    assert_eq!((q.kind, q.rating), (QuestionKind::Pay, Rating::Avoid));
    assert_eq!(q.evidence, ["salary"]);
    assert_eq!(q.reason, "coach.reverse_questions.pay.reason");
    assert_eq!(q.better, "coach.reverse_questions.pay.better");
    assert_eq!(findings("What is the salary for this role?", Stage::FirstInterview), ["asks_pay_early"]);
}

#[test]
fn pay_and_conditions_are_in_time_from_the_final_interview() {
    // In the first and technical rounds the candidate does not raise pay; the
    // final round is where conditions are settled (house position 4, seed 001).
    let q = one("年収の幅を伺えますか。", Stage::Technical);
    assert_eq!((q.kind, q.rating), (QuestionKind::Pay, Rating::Avoid));
    assert_eq!(findings("年収の幅を伺えますか。", Stage::Technical), ["asks_pay_early"]);
    let q = one("年収の幅を伺えますか。", Stage::Final);
    assert_eq!((q.kind, q.rating), (QuestionKind::Pay, Rating::Fine));
    let q = one("年収の幅を伺えますか。", Stage::Offer);
    assert_eq!((q.kind, q.rating), (QuestionKind::Pay, Rating::Fine));
    assert_eq!(q.reason, "coach.reverse_questions.pay.reason_in_time");
    assert!(findings("年収の幅を伺えますか。", Stage::Offer).is_empty());
    assert_eq!(one("Can I work from home?", Stage::Technical).rating, Rating::Avoid);
    assert_eq!(one("Can I work from home?", Stage::Final).rating, Rating::Fine);
    assert_eq!(one("Can I work from home?", Stage::Offer).rating, Rating::Fine);
    assert_eq!(findings("Can I work from home?", Stage::Technical), ["asks_conditions_early"]);
}

#[test]
fn visa_and_relocation_questions_are_good_at_every_stage_and_outweigh_conditions() {
    for stage in Stage::ALL {
        let q = one("Do you sponsor work visas?", stage);
        assert_eq!((q.kind, q.rating), (QuestionKind::VisaRelocation, Rating::Good), "{stage:?}");
        let q = one("就労ビザのサポートはありますか。", stage);
        assert_eq!((q.kind, q.rating), (QuestionKind::VisaRelocation, Rating::Good), "{stage:?}");
    }
    // Working from home until the visa arrives is about relocating, not a condition.
    let q = one("Can I work from home until my visa is issued?", Stage::FirstInterview);
    assert_eq!(q.kind, QuestionKind::VisaRelocation);
    assert_eq!(q.also, [QuestionKind::Conditions]);
    // A relocation package is still pay.
    assert_eq!(
        one("Is there a relocation allowance or other salary support?", Stage::Technical).kind,
        QuestionKind::Pay
    );
}

#[test]
fn the_founding_year_asked_in_japanese_is_a_public_fact() {
    let q = one("御社の設立年はいつですか", Stage::FirstInterview);
    assert_eq!((q.kind, q.rating), (QuestionKind::PublicFacts, Rating::Avoid));
    assert_eq!(q.evidence, ["設立"]);
}

#[test]
fn a_question_built_on_research_is_good_and_says_so() {
    let q = one("御社の技術ブログを拝見しました。コードレビューはどのように進めていますか。", Stage::Technical);
    assert_eq!((q.kind, q.rating), (QuestionKind::Research, Rating::Good));
    assert_eq!(q.also, [QuestionKind::TeamPractices]);
    let f = findings("My understanding is that you mentor new hires; how does that work?", Stage::FirstInterview);
    assert_eq!(f, ["good_question", "builds_on_research"]);
}

#[test]
fn a_research_preface_does_not_save_a_question_the_website_answers() {
    let q = one("I read your blog. When was the company founded?", Stage::FirstInterview);
    assert_eq!(q.kind, QuestionKind::PublicFacts);
    assert_eq!(q.also, [QuestionKind::Research]);
}

#[test]
fn the_most_serious_kind_to_avoid_wins() {
    assert_eq!(one("Were there lay-offs, and did salary go down?", Stage::Final).kind, QuestionKind::CriticalTopic);
    assert_eq!(one("How much do you earn, and what is my salary?", Stage::Offer).kind, QuestionKind::PrivateMatter);
}

#[test]
fn no_questions_or_an_empty_text_is_none_prepared() {
    assert_eq!(findings("", Stage::FirstInterview), ["none_prepared"]);
    assert_eq!(findings("  \n - \n", Stage::FirstInterview), ["none_prepared"]);
    assert_eq!(findings("特にありません。", Stage::FirstInterview), ["none_prepared"]);
    assert_eq!(findings("No questions, thank you.", Stage::Final), ["none_prepared"]);
    assert_eq!(one("特にありません。", Stage::FirstInterview).kind, QuestionKind::NonePrepared);
}

#[test]
fn an_unrecognised_question_is_other_and_fine() {
    let q = one("Could I have your business card?", Stage::FirstInterview);
    assert_eq!((q.kind, q.rating), (QuestionKind::Other, Rating::Fine));
    assert!(q.evidence.is_empty());
}

#[test]
fn full_width_half_width_and_case_do_not_matter() {
    assert_eq!(one("ＷＨＡＴ ＩＳ ＴＨＥ ＳＡＬＡＲＹ？", Stage::FirstInterview).kind, QuestionKind::Pay);
    assert_eq!(one("ｺｰﾄﾞﾚﾋﾞｭｰの流れは?", Stage::Technical).kind, QuestionKind::TeamPractices);
}

#[test]
fn a_mixed_language_question_is_matched_with_both_lexicons() {
    let q = one("Is there much 残業 in the team?", Stage::FirstInterview);
    assert_eq!((q.kind, q.evidence.as_slice()), (QuestionKind::Pay, ["残業".to_string()].as_slice()));
}

#[test]
fn each_question_on_a_line_is_checked_on_its_own() {
    let checks =
        coaches().check_questions("How do code reviews work? What is the salary?\n特にありません", Stage::Technical);
    let kinds: Vec<_> = checks.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [QuestionKind::TeamPractices, QuestionKind::Pay, QuestionKind::NonePrepared]);
}

#[test]
fn credit_rises_with_each_good_question_and_falls_with_each_bad_one() {
    let c = coaches();
    let profile = Profile::default();
    let credit = |t: &str| c.analyse(AnalyserId::ReverseQuestions, t, &profile).unwrap().credit;
    let one_good = credit("How do code reviews work?");
    let two_good = credit("How do code reviews work?\nWhat is the hardest problem now?");
    let with_research = credit("I read your blog: how do code reviews work?\nWhat is the hardest problem now?");
    let with_bad = credit("How do code reviews work?\nWhat is the hardest problem now?\nWhat is the salary?");
    assert!(0.0 < one_good && one_good < two_good && two_good < with_research, "{one_good} {two_good} {with_research}");
    assert!(with_bad < two_good);
    assert_eq!(credit("特にありません"), 0.0);
}

#[test]
fn reverse_question_findings_are_ones_the_content_can_check() {
    let text = "How do code reviews work?\nI read your blog; what about training?\nWhen was it founded?\nsalary?\nwork from home?\nmy chances?\nlayoffs?\nhow much do you earn?\nnext steps?";
    let found = findings(text, Stage::FirstInterview);
    let known = crate::analyse::findings(AnalyserId::ReverseQuestions);
    assert!(found.iter().all(|f| known.contains(&f.as_str())), "{found:?}");
    assert_eq!(found.len(), 8, "{found:?}");
}

// ------------------------------------------------------------ answers

const STAR: &str = "In short, I cut the release time by half. At my previous company releases took a whole day. \
    My role was to automate them. I rewrote the scripts and added checks together with a colleague. \
    As a result, the release time dropped from 8 hours to 4 hours, and the team now releases every week without stress. \
    We also shared the scripts with two other teams, who adopted them within a month.";

fn answer(kind: AnswerKind, text: &str) -> AnswerCheck {
    coaches().analyse_answer(kind, text)
}

fn has(check: &AnswerCheck, finding: &str) -> bool {
    check.findings.iter().any(|f| f == finding)
}

#[test]
fn a_complete_star_answer_ticks_every_line_with_its_evidence() {
    let a = answer(AnswerKind::Star, STAR);
    assert!(a.parts.iter().all(|p| p.ok && p.suggestion.is_none()), "{:#?}", a.parts);
    let result = a.part(Part::Result).unwrap();
    assert_eq!(result.evidence, ["cut", "as a result", "dropped"]);
    assert_eq!(result.label, "coach.star.result.label");
    assert_eq!(a.part(Part::Number).unwrap().evidence, ["half", "8", "4"]);
    assert_eq!(a.langs, [Lang::En]);
    assert!(a.credit > 0.99);
    let known = crate::analyse::findings(AnalyserId::Star);
    assert!(a.findings.iter().all(|f| known.contains(&f.as_str())));
}

#[test]
fn a_missing_part_gets_one_suggestion() {
    let a = answer(AnswerKind::Star, "At my previous company releases took a whole day. My role was to automate them. I rewrote the scripts with the team.");
    let result = a.part(Part::Result).unwrap();
    assert!(!result.found && !result.ok);
    assert_eq!(result.suggestion.as_deref(), Some("coach.star.result.suggest"));
    assert!(has(&a, "no_result") && has(&a, "no_number"));
}

#[test]
fn a_result_without_a_number_is_flagged_and_a_year_does_not_count() {
    let a = answer(AnswerKind::Star, "In 2022 I rewrote the build. As a result the build time dropped a lot.");
    assert!(has(&a, "has_result") && has(&a, "no_number"));
    assert!(has(&a, "has_situation"), "a year sets the scene");
    assert_eq!(a.part(Part::Number).unwrap().suggestion.as_deref(), Some("coach.star.number.suggest"));
}

#[test]
fn kanji_numerals_count_with_a_counter_and_enough_is_not_ten_minutes() {
    let a = answer(AnswerKind::Star, "前職では問い合わせが多く発生していました。私はその対応を担当しました。結果として、問い合わせは三割減りました。");
    assert_eq!(a.part(Part::Number).unwrap().evidence, ["三割"]);
    let b = answer(AnswerKind::Star, "結果として、十分な効果がありました。");
    assert!(has(&b, "no_number"));
    let c = answer(AnswerKind::Star, "結果として、作業時間は十分の一になりました。");
    assert!(has(&c, "has_number"));
}

#[test]
fn the_first_sentence_must_state_the_point() {
    assert!(has(&answer(AnswerKind::Star, STAR), "conclusion_first"));
    let story = "At my previous company releases took a whole day. My role was to automate them. As a result, it dropped to 4 hours.";
    let a = answer(AnswerKind::Star, story);
    assert!(has(&a, "no_conclusion_first"));
    assert_eq!(
        a.part(Part::ConclusionFirst).unwrap().suggestion.as_deref(),
        Some("coach.star.conclusion_first.suggest")
    );
    // The candidate's own action, not the scene, also states the point.
    assert!(has(&answer(AnswerKind::Star, "I migrated the billing platform. It was old."), "conclusion_first"));
}

#[test]
fn only_i_for_the_work_of_a_team_is_flagged_as_team_as_own() {
    // The team appears only as scenery: every action and result is "I".
    let scenery = "Our team of six was behind. I designed the API, I rewrote the client and I added the tests. As a result my work cut the delay.";
    let a = answer(AnswerKind::Star, scenery);
    assert!(has(&a, "team_as_own"));
    let team = a.part(Part::Team).unwrap();
    assert!(team.found && !team.ok);
    assert_eq!(team.suggestion.as_deref(), Some("coach.star.team.suggest"));
    assert!(team.evidence.contains(&"i".to_string()));
    // A project bigger than one person, told with "I" only and no one else at all.
    let nobody = answer(AnswerKind::Star, "I migrated the whole platform. As a result costs dropped by half.");
    assert!(has(&nobody, "team_as_own") && has(&nobody, "no_team"));
    // Saying it was done alone in a team setting.
    assert!(has(&answer(AnswerKind::Star, "The team was busy, so I designed it all by myself."), "team_as_own"));
}

#[test]
fn sharing_credit_or_a_personal_project_is_not_team_as_own() {
    assert!(!has(&answer(AnswerKind::Star, STAR), "team_as_own"));
    let personal =
        answer(AnswerKind::Star, "On a side project I designed a platform for my budget. As a result I cut my costs.");
    assert!(!has(&personal, "team_as_own") && has(&personal, "no_team"));
    let japanese =
        answer(AnswerKind::Star, "チームで導入を進めました。私たちは一緒に設計し、結果としてコストを2割削減しました。");
    assert!(!has(&japanese, "team_as_own"));
    assert_eq!(japanese.balance, Balance { me: 0, we: 2, team: 1 });
}

#[test]
fn speaking_time_follows_120_words_or_250_characters_a_minute() {
    let long = "word ".repeat(310);
    let a = answer(AnswerKind::Star, &long);
    assert_eq!(a.timing.seconds, 155);
    assert!(has(&a, "too_long"));
    assert!(!has(&answer(AnswerKind::Star, &"word ".repeat(290)), "too_long"), "145 seconds is not too long");
    assert_eq!(a.part(Part::Length).unwrap().suggestion.as_deref(), Some("coach.star.length.too_long"));
    assert!(has(&answer(AnswerKind::Star, "I cut it by half."), "too_short"));
    let ja = answer(AnswerKind::FailureStory, &"あ".repeat(200));
    assert_eq!((ja.timing.japanese_chars, ja.timing.seconds), (200, 48));
    assert!(!has(&ja, "too_long") && !has(&ja, "too_short"));
    assert_eq!(
        answer(AnswerKind::FailureStory, "短い。").part(Part::Length).unwrap().suggestion.as_deref(),
        Some("coach.failure_story.length.too_short")
    );
}

#[test]
fn mixed_text_is_detected_as_both_languages() {
    let a = answer(AnswerKind::Star, "CI/CDを導入しました。As a result we cut the time.");
    assert_eq!(a.langs, [Lang::En, Lang::Ja]);
    assert!(has(&a, "has_action") && has(&a, "has_result"));
}

#[test]
fn an_owned_failure_story_with_lesson_and_application_ticks_every_line() {
    let story = "I forgot to check the backup job after changing its schedule, and we lost a day of customer data. \
        It was my mistake: the job had been failing quietly for three nights and nobody was watching it. \
        I rolled back the release and apologised to the client the same morning. \
        I learned to verify backups myself. Since then I test a restore every month, and the team now does the same.";
    let a = answer(AnswerKind::FailureStory, story);
    assert!(a.parts.iter().all(|p| p.ok), "{:#?}", a.parts);
    assert_eq!(a.findings, ["owns_mistake", "has_action", "has_lesson", "applied_next"]);
}

#[test]
fn blaming_the_vendor_or_others_is_flagged() {
    let a = answer(AnswerKind::FailureStory, "We missed the launch because of the vendor. It was not my fault.");
    assert!(has(&a, "blames_others") && !has(&a, "owns_mistake"));
    let blame = a.part(Part::Blame).unwrap();
    assert!(blame.found && !blame.ok);
    assert_eq!(blame.evidence, ["because of the vendor", "not my fault"]);
    let ja = answer(AnswerKind::FailureStory, "営業のせいで納期に遅れました。先方の体制が悪かったと思います。");
    assert!(has(&ja, "blames_others"));
    assert!(has(&ja, "no_action") && has(&ja, "no_lesson") && has(&ja, "not_applied"));
}

#[test]
fn a_japanese_mistake_told_without_a_subject_is_owned() {
    let a = answer(AnswerKind::FailureStory, "設定を確認せずにリリースし、障害を起こしました。すぐに報告しました。");
    assert!(has(&a, "owns_mistake"), "{:?}", a.findings);
    // Naming someone else as the one who slipped is not owning it.
    let b = answer(AnswerKind::FailureStory, "メンバーが確認を忘れていました。");
    assert!(!has(&b, "owns_mistake"));
}

#[test]
fn more_parts_give_more_credit() {
    let c = coaches();
    let credit = |t: &str| c.analyse_answer(AnswerKind::FailureStory, t).credit;
    let base = "I forgot to check the backup job and we lost a day of data, which hurt two clients badly that week.";
    let fixed = format!("{base} I rolled back the release and apologised to both clients.");
    let learned = format!("{fixed} I learned to verify backups myself.");
    let applied = format!("{learned} Since then I test a restore every month.");
    let (a, b, d, e) = (credit(base), credit(&fixed), credit(&learned), credit(&applied));
    assert!(a < b && b < d && d < e, "{a} {b} {d} {e}");
    let blamed = format!("{applied} But it was really because of the vendor.");
    assert!(credit(&blamed) < e);
}

#[test]
fn every_text_key_the_coaches_return_is_listed() {
    let keys = Coaches::text_keys();
    let c = coaches();
    for stage in Stage::ALL {
        for q in c.check_questions("salary?\nwork from home?\ncode review?\nsomething else?\n特にありません", stage)
        {
            assert!(keys.contains(&q.reason) && keys.contains(&q.better), "{q:?}");
            assert!(keys.contains(&q.kind.label_key()));
        }
    }
    for kind in [AnswerKind::Star, AnswerKind::FailureStory] {
        for text in ["", STAR, &"word ".repeat(500)] {
            for p in c.analyse_answer(kind, text).parts {
                assert!(keys.contains(&p.label), "{}", p.label);
                assert!(p.suggestion.is_none_or(|s| keys.contains(&s)));
            }
        }
    }
}

#[test]
fn a_host_lexicon_extends_the_built_in_one() {
    let c = coaches();
    assert_eq!(c.check_question("Are there stock options?", Stage::FirstInterview).kind, QuestionKind::Other);
    let host = Lexicon { questions: entries(&[("pay", &["stock option*"])]), answers: Vec::new() };
    let extended = c.extended(&BTreeMap::from([(Lang::En, host)]));
    assert_eq!(extended.check_question("Are there stock options?", Stage::FirstInterview).kind, QuestionKind::Pay);
    assert_eq!(extended.check_question("What is the salary?", Stage::FirstInterview).kind, QuestionKind::Pay);
}

#[test]
fn unknown_kinds_and_broken_patterns_are_skipped_when_compiling() {
    let lex = Lexicon {
        questions: entries(&[("salaryy", &["salary"]), ("pay", &["", "re*view", "wage"])]),
        answers: Vec::new(),
    };
    let c = Coaches::new(&BTreeMap::from([(Lang::En, lex)]));
    assert_eq!(c.check_question("What is the salary?", Stage::FirstInterview).kind, QuestionKind::Other);
    assert_eq!(c.check_question("What is the wage?", Stage::FirstInterview).kind, QuestionKind::Pay);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    #[test]
    fn any_text_gives_a_verdict_with_known_findings_and_never_panics(
        text in "[a-zA-Z0-9 .?!,'\\-\n私たちはチームで結果を削減しました。？！「」ｱｶﾞﾊﾟ年収三割十分の一〇①・]{0,300}",
    ) {
        let c = coaches();
        for analyser in AnalyserId::ALL {
            let v = c.analyse(analyser, &text, &Profile::default()).unwrap();
            proptest::prop_assert!((0.0..=1.0).contains(&v.credit));
            let known = crate::analyse::findings(analyser);
            proptest::prop_assert!(v.findings.iter().all(|f| known.contains(&f.as_str())), "{:?}", v.findings);
        }
    }
}

#[test]
fn a_long_text_without_punctuation_stays_fast_enough_to_type_with() {
    let lex = Lexicon {
        questions: entries(&[("direction", &["今後..年"])]),
        answers: entries(&[("lesson", &["学..だ"])]),
    };
    let c = Coaches::new(&BTreeMap::from([(Lang::Ja, lex)]));
    let text = "今後学".repeat(20_000);
    let q = c.check_question(&text, Stage::Final);
    assert_eq!(q.kind, QuestionKind::Other);
    assert!(c.analyse_answer(AnswerKind::FailureStory, &text).findings.contains(&"too_long".to_string()));
}
