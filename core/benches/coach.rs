//! How long the free-text coaches take with the built-in lexicons (target:
//! under 2 ms natively for a long answer, so the checklist can follow typing):
//! a 600-word English STAR answer, a Japanese failure story of about 1,800
//! characters, the longest text an answer may hold, a list of reverse
//! questions, and compiling the lexicons once.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use naitei_core::coach::{AnswerKind, Coaches};
use naitei_core::Stage;
use std::hint::black_box;

const EN_PARAGRAPH: &str = "In short, I cut the nightly batch time of our billing system from five hours to forty minutes. \
At my previous company, a payments provider, the batch often ran past six in the morning, so support started the day without fresh data. \
As the engineer responsible for the batch jobs, my task was to make them finish before three without new hardware. \
I profiled each step and found that two jobs were reading the same tables row by row. \
I rewrote them to use bulk queries, and together with a colleague from the database team we added two indexes and split the largest job. \
As a result the batch finished in about forty minutes, and support has not reported stale data since. ";

const JA_PARAGRAPH: &str =
    "前職で、本番環境の設定ファイルを誤って上書きしてしまい、サービスが20分ほど止まったことがあります。\
手順書を確認せずに、記憶に頼って作業したことが原因で、私の確認不足でした。\
すぐに上司に報告し、バックアップから設定を戻して復旧させ、影響を受けたお客様へのお詫びの文面も作成しました。\
この経験から、慣れた作業ほど手順を確認することの大切さを学びました。\
それ以来、本番作業の前には必ずチェックリストを読み上げ、もう一人に確認してもらうようにしています。\n";

/// Repeats `paragraph` until the text reaches `size` (words or characters).
fn grow(paragraph: &str, size: usize, count: fn(&str) -> usize) -> String {
    let mut text = String::new();
    while count(&text) < size {
        text.push_str(paragraph);
    }
    text
}

fn bench(c: &mut Criterion) {
    let pack = naitei_content::pack();
    let coaches = Coaches::new(&pack.lexicons);
    let english = grow(EN_PARAGRAPH, 600, |t| t.split_whitespace().count());
    let japanese = grow(JA_PARAGRAPH, 1800, |t| t.chars().count());
    let questions =
        "I read your engineering blog post about moving to event sourcing. What was harder than expected?\n\
        How does a pull request get reviewed on your team?\n\
        What support do engineers get for learning?\n\
        年収はどのくらいになりますか。\n\
        今後3〜5年で、特に力を入れていく技術領域はどこでしょうか。";

    let mut g = c.benchmark_group("coach");
    g.throughput(Throughput::Elements(english.split_whitespace().count() as u64));
    g.bench_function("star_english_600_words", |b| {
        b.iter(|| coaches.analyse_answer(AnswerKind::Star, black_box(&english)))
    });
    g.throughput(Throughput::Elements(japanese.chars().count() as u64));
    g.bench_function("failure_story_japanese_1800_chars", |b| {
        b.iter(|| coaches.analyse_answer(AnswerKind::FailureStory, black_box(&japanese)))
    });
    // The longest text an answer may hold (`MAX_TEXT_CHARS`): the worst case, not the usual one.
    let longest = grow(JA_PARAGRAPH, naitei_core::answers::MAX_TEXT_CHARS, |t| t.chars().count());
    g.throughput(Throughput::Elements(longest.chars().count() as u64));
    g.bench_function("failure_story_japanese_longest_text", |b| {
        b.iter(|| coaches.analyse_answer(AnswerKind::FailureStory, black_box(&longest)))
    });
    g.throughput(Throughput::Elements(5));
    g.bench_function("reverse_questions_5", |b| {
        b.iter(|| coaches.check_questions(black_box(questions), Stage::FirstInterview))
    });
    g.throughput(Throughput::Elements(1));
    g.bench_function("compile_built_in_lexicons", |b| b.iter(|| Coaches::new(black_box(&pack.lexicons))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
