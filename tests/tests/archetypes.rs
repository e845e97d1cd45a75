//! Candidate archetypes answering the built-in bank: the model's specification.
//!
//! Each row is a candidate a Japanese hiring manager can picture, how they
//! answer, and what that manager would conclude: the band, the areas, the
//! stages and the plan. The reason is written next to each expectation. The
//! table is printed with `cargo test -p naitei-tests --test archetypes -- --nocapture`
//! and copied into `core/README.md`.

use naitei_core::bank::{Bank, Item};
use naitei_core::plan::{PlanKind, Task};
use naitei_core::report::{About, StageResult};
use naitei_core::{evaluate, Answer, Answers, Area, CompanyKind, Config, Evaluation, Format, JapaneseLevel, Profile};
use naitei_core::{Date, Region, Severity, Stage};
use naitei_tests::{answer, answers_by, trigger, Style};

const TODAY: &str = "2026-11-21";

struct Archetype {
    name: &'static str,
    /// Who this is and how they answer.
    who: &'static str,
    profile: fn() -> Profile,
    answers: fn(&Bank, &Profile) -> Answers,
    /// What a Japanese hiring manager would conclude, checked.
    expect: fn(&Case) -> Result<(), String>,
}

struct Case<'a> {
    bank: &'a Bank,
    coaches: &'a naitei_core::coach::Coaches,
    profile: Profile,
    answers: Answers,
    e: Evaluation,
}

impl Case<'_> {
    fn stage(&self, s: Stage) -> &StageResult {
        self.e.report.stages.iter().find(|r| r.stage == s).expect("every stage is reported")
    }
    fn area(&self, a: Area) -> Option<f32> {
        self.e.report.areas.iter().find(|r| r.area == a).and_then(|r| r.score)
    }
    fn band(&self) -> Option<&str> {
        self.e.report.band.as_deref()
    }
    fn first_module(&self) -> Option<&str> {
        self.e.plan.days.iter().flat_map(|d| &d.tasks).find_map(|t| match t {
            Task::Module { module, .. } => Some(module.as_str()),
            _ => None,
        })
    }
    fn scheduled(&self) -> Vec<&str> {
        self.e
            .plan
            .days
            .iter()
            .flat_map(|d| &d.tasks)
            .filter_map(|t| match t {
                Task::Module { module, .. } => Some(module.as_str()),
                _ => None,
            })
            .collect()
    }
}

fn ensure(ok: bool, why: impl Into<String>) -> Result<(), String> {
    if ok {
        Ok(())
    } else {
        Err(why.into())
    }
}

fn default_profile() -> Profile {
    Profile::default()
}

fn all(style: Style) -> impl Fn(&Item) -> Option<Style> {
    move |_| Some(style)
}

fn technical(i: &Item) -> bool {
    *i.weights.get(Area::Technical) > 0.0
}

fn technical_heavy(i: &Item) -> bool {
    let w = |a| *i.weights.get(a);
    w(Area::Technical) + w(Area::ProblemSolving) > w(Area::Teamwork) + w(Area::Communication)
}

/// All best, plus the answers that raise the first `n` checks of `severity`
/// concerning the next stage that one answer can raise.
fn best_plus(bank: &Bank, p: &Profile, severity: Severity, n: usize) -> Answers {
    let mut a = answers_by(bank, p, all(Style::Best));
    let mut used = Vec::new();
    for check in bank.checks.iter().filter(|c| c.severity == severity && c.concerns(p.next_stage)) {
        if used.len() == n {
            break;
        }
        if let Some((item, answer)) = trigger(bank, &check.rule) {
            if bank.item(&item).is_some_and(|i| i.when.matches(p)) && !used.contains(&item) {
                a.0.insert(item.clone(), answer);
                used.push(item);
            }
        }
    }
    a
}

/// Whether a check can only be raised at stages other than `stage`.
fn only_other_stages(bank: &Bank, item: &Item, stage: Stage) -> bool {
    let checks: Vec<_> = bank
        .checks
        .iter()
        .filter(|c| c.severity >= Severity::Risk)
        .filter(|c| {
            let mut refs = Vec::new();
            c.rule.visit_refs(&mut refs);
            refs.iter().any(|r| matches!(r, naitei_core::rule::RuleRef::Options(_, o) if o.item == item.id))
        })
        .collect();
    !checks.is_empty() && checks.iter().all(|c| !c.concerns(stage))
}

fn archetypes() -> Vec<Archetype> {
    vec![
        Archetype {
            name: "all best",
            who: "answers every situation the way a Japanese interviewer hopes (first interview, large company)",
            profile: default_profile,
            answers: |b, p| answers_by(b, p, all(Style::Best)),
            expect: |c| {
                ensure(c.band() == Some("ready"), "nothing holds this candidate back: ready")?;
                ensure(c.e.report.flags.iter().all(|f| f.severity == Severity::Strength), "no flag but strengths")?;
                ensure(c.e.report.risks.is_empty(), "no risks to list")?;
                ensure(c.e.plan.kind == PlanKind::Maintenance, "nothing to fix: a maintenance plan")?;
                // A mock interview every few days with reviews between: practice
                // on at least half the days, and rest days are fine.
                let study = c.e.plan.days.iter().filter(|d| d.offset < 0).count();
                ensure(study >= 7, format!("practice on half the days before the interview, not {study} of 14"))?;
                // The review comes back several times: its steps are printed at the
                // first sitting only, the returns point there.
                let sittings = |again: bool| {
                    c.e.plan
                        .days
                        .iter()
                        .flat_map(|d| &d.tasks)
                        .filter(|t| matches!(t, Task::Module { module, again: a, .. } if module == "final_review" && a.is_some() == again))
                        .count()
                };
                ensure(sittings(false) == 1 && sittings(true) >= 2, "the review is shown in full once, then comes back")
            },
        },
        Archetype {
            name: "all worst",
            who: "picks the answer that worries an interviewer most, every time",
            profile: default_profile,
            answers: |b, p| answers_by(b, p, all(Style::Worst)),
            expect: |c| {
                ensure(c.band() == Some("foundation"), "far from ready: foundations first")?;
                ensure(
                    c.e.report.flags.first().is_some_and(|f| f.severity == Severity::Critical),
                    "a critical flag leads",
                )?;
                ensure(
                    c.e.report.strengths.iter().all(|p| !matches!(p.about, About::Area { .. })),
                    "no area is a strength",
                )?;
                let first = c.first_module().ok_or("the plan has study")?;
                let m = c.bank.module(first).ok_or("a real module")?;
                ensure(m.concerns(Stage::FirstInterview), format!("day one prepares the first interview, not {first}"))
            },
        },
        Archetype {
            name: "blank",
            who: "opens the report without answering anything",
            profile: default_profile,
            answers: |_, _| Answers::default(),
            expect: |c| {
                ensure(c.e.report.overall.is_none() && c.band().is_none(), "no answers, no score")?;
                ensure(
                    c.e.report.areas.iter().all(|a| a.score.is_none() && a.evidence.more.is_some_and(|n| n > 0)),
                    "each area says how many more",
                )?;
                ensure(c.e.plan.kind == PlanKind::Starter, "a beginner's plan")?;
                ensure(matches!(c.e.plan.days[0].tasks[0], Task::Answer { .. }), "day one: answer the first sections")?;
                let applicable = c.bank.items.iter().filter(|i| i.when.matches(&c.profile)).count();
                ensure(
                    matches!(c.e.plan.days[0].tasks[0], Task::Answer { items, .. } if usize::from(items) < applicable),
                    format!("as many answers as the scores need, not all {applicable} questions"),
                )?;
                ensure(c.e.plan.other_stages.is_empty(), "no list of modules for other stages before any answer")?;
                // Doing what day one says (answering the sections it lists) gives
                // every area and the next stage a score.
                let Task::Answer { sections, .. } = &c.e.plan.days[0].tasks[0] else {
                    return Err("an answer task".into());
                };
                let done = naitei_tests::answers_by(c.bank, &c.profile, |i| {
                    sections.contains(&i.section).then_some(Style::Best)
                });
                let after = evaluate(c.bank, &c.profile, &done, &Config::with(TODAY.parse().unwrap(), c.coaches));
                ensure(
                    after.report.areas.iter().all(|a| a.score.is_some())
                        && after.report.stages.iter().any(|s| s.stage == c.profile.next_stage && s.score.is_some()),
                    format!("answering {sections:?} scores every area and the next stage"),
                )?;
                ensure(!c.scheduled().contains(&"business_japanese"), "no Japanese study from a level never given")?;
                let extra: Vec<&str> =
                    c.scheduled().into_iter().filter(|m| !c.bank.starter.iter().any(|s| s == m)).collect();
                ensure(extra.is_empty(), format!("only the starter modules, not {extra:?}"))?;
                ensure(c.e.plan.total_minutes < 250, format!("a starter plan, not {} minutes", c.e.plan.total_minutes))
            },
        },
        Archetype {
            name: "two answers",
            who: "answers two questions well, then looks at the report",
            profile: default_profile,
            answers: |b, p| {
                let mut a = Answers::default();
                for i in b.items.iter().filter(|i| i.when.matches(p)).take(2) {
                    a.0.insert(i.id.clone(), answer(i, Style::Best));
                }
                a
            },
            expect: |c| {
                ensure(c.e.report.overall.is_none(), "two answers are too few for a readiness score")?;
                ensure(c.e.report.stages.iter().all(|s| s.score.is_none()), "and too few for any stage")?;
                ensure(!c.e.report.missing.is_empty(), "the report says what is missing")?;
                ensure(c.e.report.missing.iter().all(|m| m.more.is_some_and(|n| n > 0)), "with a count per area")
            },
        },
        Archetype {
            name: "technical, culture risks",
            who: "strong on technical questions, weak on manners and teamwork; first interview next",
            profile: default_profile,
            answers: |b, p| answers_by(b, p, |i| Some(if technical_heavy(i) { Style::Best } else { Style::Worst })),
            expect: |c| {
                ensure(c.area(Area::Technical).is_some_and(|s| s >= 75.0), "technical is strong")?;
                ensure(c.area(Area::Teamwork).is_some_and(|s| s < 40.0), "teamwork is weak")?;
                let (fi, te) = (c.stage(Stage::FirstInterview).score, c.stage(Stage::Technical).score);
                ensure(fi < te, format!("the HR interview is the harder one: {fi:?} vs {te:?}"))?;
                ensure(c.band() != Some("ready") && c.band() != Some("nearly"), "the first interview is at risk")?;
                let top = c.e.report.risks.first().ok_or("risks are listed")?;
                ensure(matches!(top.about, About::Check { .. }), "the top risk is a cultural flag")
            },
        },
        Archetype {
            name: "polite, weak technically",
            who: "fluent in manners, weak on technical questions; technical interview next",
            profile: || Profile { next_stage: Stage::Technical, ..Profile::default() },
            answers: |b, p| answers_by(b, p, |i| Some(if technical_heavy(i) { Style::Worst } else { Style::Best })),
            expect: |c| {
                ensure(c.area(Area::Teamwork).is_some_and(|s| s >= 80.0), "teamwork is strong")?;
                ensure(c.area(Area::Technical).is_some_and(|s| s < 50.0), "technical is weak")?;
                let tech = c.stage(Stage::Technical).score.ok_or("technical stage scored")?;
                let least = c.e.report.stages.iter().filter_map(|s| s.score).fold(f32::MAX, f32::min);
                ensure(tech <= least, format!("the technical interview is the least ready ({tech} vs {least})"))?;
                let first = c.first_module().ok_or("study is planned")?;
                let m = c.bank.module(first).ok_or("a real module")?;
                ensure(
                    matches!(m.areas.first(), Some(Area::Technical | Area::ProblemSolving)),
                    format!("technical study first, not {first}"),
                )
            },
        },
        Archetype {
            name: "weak only technically",
            who: "best answers everywhere except items that touch technical skills; first interview next",
            profile: default_profile,
            answers: |b, p| answers_by(b, p, |i| Some(if technical(i) { Style::Worst } else { Style::Best })),
            expect: |c| {
                let score = |s| c.stage(s).score;
                let tech = score(Stage::Technical).ok_or("technical stage scored")?;
                for s in [Stage::Screening, Stage::FirstInterview, Stage::Final, Stage::Offer] {
                    ensure(
                        score(s).is_some_and(|v| v > tech),
                        format!("{s:?} is readier than the technical interview"),
                    )?;
                }
                for p in &c.e.report.risks {
                    if let (About::Area { area: Area::Technical, .. }, Some(module)) = (&p.about, &p.module) {
                        let first = c.bank.module(module).and_then(|m| m.areas.first().copied());
                        ensure(
                            first == Some(Area::Technical),
                            format!("weak technical skills lead to technical study, not {module}"),
                        )?;
                    }
                }
                let fix = c.stage(Stage::Technical).fix.as_ref().ok_or("the technical stage names a fix")?;
                let module = fix.module.as_deref().ok_or("with a module")?;
                let m = c.bank.module(module).ok_or("a real module")?;
                ensure(m.concerns(Stage::Technical), format!("the technical stage's fix prepares it, not {module}"))
            },
        },
        Archetype {
            name: "online start-up, Osaka",
            who: "all best answers, online interviews with a start-up in western Japan",
            profile: || Profile {
                company: CompanyKind::Startup,
                format: Format::Online,
                region: Region::West,
                interview_date: Some("2026-12-03".parse().unwrap()),
                ..Profile::default()
            },
            answers: |b, p| answers_by(b, p, all(Style::Best)),
            expect: |c| {
                let onsite_only = |id: &str| {
                    c.bank
                        .item(id)
                        .is_some_and(|i| !i.when.format.is_empty() && !i.when.format.contains(&Format::Online))
                };
                ensure(c.e.report.items.iter().all(|o| !onsite_only(&o.item)), "no on-site question applies")?;
                ensure(c.band() == Some("ready"), "ready")?;
                let learning = *c.e.report.method.weights.get(Area::Learning);
                ensure(learning >= 20, format!("a start-up weighs learning more ({learning}%)"))?;
                let day_before = c.e.plan.days.iter().find(|d| d.offset == -1).ok_or("a day before")?;
                ensure(
                    day_before
                        .tasks
                        .iter()
                        .any(|t| matches!(t, Task::Milestone { milestone, .. } if milestone == "test_online_tools")),
                    "tools tested the day before",
                )
            },
        },
        Archetype {
            name: "2 days, 30 min a day",
            who: "weak everywhere, interview the day after tomorrow, 30 minutes a day",
            profile: || Profile {
                interview_date: Some("2026-11-23".parse().unwrap()),
                daily_minutes: 30,
                ..Profile::default()
            },
            answers: |b, p| answers_by(b, p, all(Style::Worst)),
            expect: |c| {
                ensure(c.e.plan.days.iter().all(|d| d.minutes <= 30), "no day over 30 minutes")?;
                ensure(!c.scheduled().is_empty(), "the top priority gets at least its first steps")?;
                let scheduled = c.scheduled();
                ensure(
                    c.e.plan.left_out.iter().all(|l| !scheduled.contains(&l.module.as_str())),
                    "nothing both scheduled and left out",
                )?;
                ensure(!c.e.plan.left_out.is_empty(), "what did not fit is listed")
            },
        },
        Archetype {
            name: "critical among best",
            who: "best answers everywhere but one that usually ends a process (first interview)",
            profile: default_profile,
            answers: |b, p| best_plus(b, p, Severity::Critical, 1),
            expect: |c| {
                let overall = c.e.report.overall.ok_or("scored")?;
                ensure(overall <= 55.0, format!("a critical flag holds readiness down ({overall})"))?;
                ensure(c.band() == Some("developing"), "developing, not ready")?;
                ensure(
                    c.e.report.limited_by.iter().any(|cap| cap.severity == Severity::Critical),
                    "the report names the flag",
                )?;
                let before = c.stage(Stage::FirstInterview).before_limits.ok_or("scored")?;
                ensure(before >= 80.0, format!("the answers alone would say ready ({before})"))
            },
        },
        Archetype {
            name: "one risk among best",
            who: "best answers everywhere but one that costs points (first interview)",
            profile: default_profile,
            answers: |b, p| best_plus(b, p, Severity::Risk, 1),
            expect: |c| {
                ensure(c.band() == Some("nearly"), "nearly ready, not ready")?;
                ensure(c.e.report.limited_by.len() == 1, "one flag names the cap")
            },
        },
        Archetype {
            name: "critical + six risks",
            who: "best answers except one critical and six risky ones",
            profile: default_profile,
            answers: |b, p| {
                let mut a = best_plus(b, p, Severity::Risk, 6);
                let critical = best_plus(b, p, Severity::Critical, 1);
                for (k, v) in critical.0 {
                    if a.get(&k) != Some(&v) && answer(b.item(&k).unwrap(), Style::Best) != v {
                        a.0.insert(k, v);
                    }
                }
                a
            },
            expect: |c| {
                let overall = c.e.report.overall.ok_or("scored")?;
                ensure(overall <= 55.0, format!("not ready at all ({overall})"))?;
                ensure(matches!(c.band(), Some("developing" | "foundation")), "developing at best")
            },
        },
        Archetype {
            name: "stale answers",
            who: "answered on-site questions badly, then switched to an online interview",
            profile: || Profile { format: Format::Online, ..Profile::default() },
            answers: |b, _| answers_by(b, &Profile { format: Format::Onsite, ..Profile::default() }, all(Style::Worst)),
            expect: |c| {
                let applicable = c.answers.applicable(c.bank, &c.profile);
                let clean = evaluate(c.bank, &c.profile, &applicable, &Config::with(TODAY.parse().unwrap(), c.coaches));
                ensure(clean.report.flags == c.e.report.flags, "on-site answers raise no flag online")?;
                ensure(clean.report.overall == c.e.report.overall, "nor change a score")?;
                ensure(clean.plan == c.e.plan, "nor the plan")
            },
        },
        Archetype {
            name: "offer, three offer answers",
            who: "holds an offer; answered ten interview questions well and three about the offer",
            profile: || Profile { next_stage: Stage::Offer, ..Profile::default() },
            answers: |b, p| {
                let mut a = Answers::default();
                let applies = |i: &&Item| i.when.matches(p);
                for i in b.items.iter().filter(applies).filter(|i| !i.stages.contains(&Stage::Offer)).take(10) {
                    a.0.insert(i.id.clone(), answer(i, Style::Best));
                }
                for i in b.items.iter().filter(applies).filter(|i| i.stages.contains(&Stage::Offer)).take(3) {
                    a.0.insert(i.id.clone(), answer(i, Style::Best));
                }
                a
            },
            expect: |c| {
                ensure(
                    c.stage(Stage::Offer).score.is_none(),
                    "three offer answers are too few for an offer score, however good the interview answers",
                )?;
                let first = c.first_module().ok_or("study is planned")?;
                ensure(first == "reading_an_offer", format!("the plan starts by reading the offer, not {first}"))?;
                ensure(
                    c.scheduled().iter().all(|m| c.bank.module(m).is_some_and(|m| m.concerns(Stage::Offer))),
                    format!("nothing for the interviews is planned: {:?}", c.scheduled()),
                )
            },
        },
        Archetype {
            name: "offer stage",
            who: "holds an offer; weak on offer etiquette, fine elsewhere",
            profile: || Profile { next_stage: Stage::Offer, ..Profile::default() },
            answers: |b, p| {
                answers_by(b, p, |i| Some(if i.stages == [Stage::Offer] { Style::Worst } else { Style::Best }))
            },
            expect: |c| {
                let first = c.first_module().ok_or("study is planned")?;
                let m = c.bank.module(first).ok_or("a real module")?;
                ensure(m.concerns(Stage::Offer), format!("the plan starts with the offer, not {first}"))?;
                ensure(
                    c.e.report.risks.iter().all(|p| match &p.about {
                        About::Check { check, .. } => {
                            c.bank.checks.iter().any(|k| &k.id == check && k.concerns(Stage::Offer))
                        }
                        About::Area { .. } => true,
                    }),
                    "top risks concern the offer",
                )?;
                // Read the pay before negotiating, negotiate before accepting,
                // tell the manager only after accepting.
                let day_of = |module: &str, step: &str| {
                    c.e.plan.days.iter().position(|d| {
                        d.tasks.iter().any(|t| {
                            matches!(t, Task::Module { module: m, steps, .. } if m == module && steps.iter().any(|s| s == step))
                        })
                    })
                };
                let sequence: Vec<(&str, &str)> = vec![
                    ("reading_an_offer", "pay"),
                    ("salary_negotiation", "value"),
                    ("offer_etiquette", "accept"),
                    ("resignation_and_start", "manager_talk"),
                ];
                let days: Vec<Option<usize>> = sequence.iter().map(|(m, s)| day_of(m, s)).collect();
                ensure(days[0].is_some() && days[2].is_some(), format!("reading and accepting are planned: {days:?}"))?;
                let placed: Vec<usize> = days.iter().flatten().copied().collect();
                ensure(
                    placed.windows(2).all(|w| w[0] <= w[1]),
                    format!("read the pay, negotiate, accept, then tell the manager: days {days:?} for {sequence:?}"),
                )
            },
        },
        Archetype {
            name: "later-stage flags",
            who: "first interview next; weak only where the checks concern later stages",
            profile: default_profile,
            answers: |b, p| {
                answers_by(b, p, |i| {
                    Some(if only_other_stages(b, i, Stage::FirstInterview) { Style::Worst } else { Style::Best })
                })
            },
            expect: |c| {
                ensure(
                    c.e.report.risks.iter().all(|p| match &p.about {
                        About::Check { check, .. } => {
                            c.bank.checks.iter().any(|k| &k.id == check && k.concerns(Stage::FirstInterview))
                        }
                        About::Area { .. } => true,
                    }),
                    "top risks are about the first interview",
                )?;
                ensure(!c.e.report.later.is_empty(), "later stages' risks are listed under them")?;
                let first = c.first_module().ok_or("study is planned")?;
                let m = c.bank.module(first).ok_or("a real module")?;
                ensure(
                    m.concerns(Stage::FirstInterview) || m.stages.is_empty(),
                    format!("day one is for the first interview, not {first}"),
                )
            },
        },
        Archetype {
            name: "SES, pads the skill sheet",
            who: "applies to an SES company, client meeting next (counted as the final); best answers, except padding the skill sheet and talking pay with the client",
            profile: || Profile { company: CompanyKind::Ses, next_stage: Stage::Final, ..Profile::default() },
            answers: |b, p| {
                let mut a = answers_by(b, p, all(Style::Best));
                a.0.insert("fmt_ses_client_meeting".into(), Answer::Choice("pad_sheet".into()));
                a
            },
            expect: |c| {
                // Listing skills never used is dishonest: critical, and it holds the client meeting down.
                ensure(
                    c.e.report.flags.iter().any(|f| f.check == "ses_sheet_padded" && f.severity == Severity::Critical),
                    "padding the sheet is a critical flag",
                )?;
                let final_round = c.stage(Stage::Final);
                ensure(final_round.score.is_some_and(|s| s <= 55.0), "the client meeting is at most developing")?;
                ensure(
                    matches!(c.e.report.risks.first().map(|p| &p.about), Some(About::Check { check, .. }) if check == "ses_sheet_padded"),
                    "the padded sheet is the first thing to fix",
                )?;
                ensure(c.first_module() == Some("ses_client_meeting"), format!("day one fixes the sheet, not {:?}", c.first_module()))
            },
        },
        Archetype {
            name: "JLPT N3, weak communication",
            who: "interviewing in Japanese with JLPT N3, weak on communication items",
            profile: || Profile { japanese: JapaneseLevel::N3, ..Profile::default() },
            answers: |b, p| {
                answers_by(b, p, |i| {
                    Some(if *i.weights.get(Area::Communication) >= 2.0 { Style::Worst } else { Style::Best })
                })
            },
            expect: |c| {
                let modules: Vec<&str> =
                    c.e.plan
                        .days
                        .iter()
                        .flat_map(|d| &d.tasks)
                        .filter_map(|t| match t {
                            Task::Module { module, .. } => Some(module.as_str()),
                            _ => None,
                        })
                        .chain(c.e.plan.left_out.iter().map(|l| l.module.as_str()))
                        .collect();
                // N3 interviews in Japanese: keigo for the interview (business Japanese basics are for N4 and below).
                ensure(modules.contains(&"interview_keigo"), "interview keigo is in the plan for N3")?;
                ensure(!modules.contains(&"business_japanese"), "not the basics course at N3")
            },
        },
    ]
}

#[test]
fn every_archetype_gets_the_verdict_a_japanese_hiring_manager_would_sign() {
    let content = naitei_content::content();
    let coaches = naitei_content::coaches();
    let bank = &content.bank;
    let mut failures = Vec::new();
    println!("| archetype | overall (before flags) | band | screening | first | technical | final | offer | top risk | plan | day 1 |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    for a in archetypes() {
        let profile = (a.profile)();
        let answers = (a.answers)(bank, &profile);
        let e = evaluate(bank, &profile, &answers, &Config::with(TODAY.parse().unwrap(), &coaches));
        if let Some(dir) = std::env::var_os("NAITEI_DUMP_ARCHETYPES") {
            // The inputs, for running the same archetypes through `naitei-content evaluate`.
            let input = serde_json::json!({ "profile": profile, "answers": answers });
            let file = std::path::Path::new(&dir).join(format!("{}.json", a.name.replace([' ', ',', '+'], "_")));
            std::fs::write(file, input.to_string()).expect("the dump folder is writable");
        }
        let case = Case { bank, coaches: &coaches, profile, answers, e };
        let fmt = |s: Option<f32>| s.map_or("–".to_string(), |v| format!("{v:.0}"));
        let stage = |s| fmt(case.stage(s).score);
        let next = case.stage(case.profile.next_stage);
        let top = case.e.report.risks.first().map_or("–".to_string(), |p| match &p.about {
            About::Check { check, .. } => check.clone(),
            About::Area { area, .. } => area.id().to_string(),
        });
        let day1: Vec<String> = case.e.plan.days.first().map_or(vec![], |d| {
            d.tasks
                .iter()
                .map(|t| match t {
                    Task::Module { module, minutes, .. } => format!("{module} {minutes}"),
                    Task::Milestone { milestone, minutes, .. } => format!("{milestone} {minutes}"),
                    Task::Answer { items, minutes, .. } => format!("answer {items} items {minutes}"),
                })
                .collect()
        });
        println!(
            "| {} | {} ({}) | {} | {} | {} | {} | {} | {} | {} | {:?} | {} |",
            a.name,
            fmt(case.e.report.overall),
            fmt(next.before_limits),
            case.band().unwrap_or("–"),
            stage(Stage::Screening),
            stage(Stage::FirstInterview),
            stage(Stage::Technical),
            stage(Stage::Final),
            stage(Stage::Offer),
            top,
            case.e.plan.kind,
            day1.join(", ")
        );
        if let Err(why) = (a.expect)(&case) {
            failures.push(format!("{} ({}): {why}", a.name, a.who));
        }
        for d in &case.e.plan.days {
            if d.minutes > case.e.plan.daily_minutes {
                failures.push(format!("{}: {} minutes on {}", a.name, d.minutes, d.date));
            }
        }
        // A module sits in one list only: a reader never sees it both planned
        // and "for other stages" or "left out".
        let plan = &case.e.plan;
        let scheduled = case.scheduled();
        for m in &plan.other_stages {
            let elsewhere = scheduled.contains(&m.as_str())
                || plan.left_out.iter().any(|l| &l.module == m)
                || plan.shortened.iter().any(|s| &s.module == m);
            if elsewhere {
                failures.push(format!("{}: {m} is for other stages and also in the plan or left out", a.name));
            }
        }
        for l in &plan.left_out {
            if scheduled.contains(&l.module.as_str()) {
                failures.push(format!("{}: {} is scheduled and left out", a.name, l.module));
            }
        }
        // The plan starts with what the report says to start with: the next
        // step of each top risk that is a flag is on one of the first days.
        // And every other risk at the next interview gets at least its next
        // step somewhere, before any advice: unless the plan says there was no
        // room for it (left out, or only its first steps fit).
        if plan.kind == PlanKind::Focused {
            let day_of = |module: &str, step: &str| {
                plan.days.iter().position(|d| {
                    d.tasks.iter().any(
                        |t| matches!(t, Task::Module { module: m, steps, .. } if m == module && steps.iter().any(|s| s == step)),
                    )
                })
            };
            let said = |module: &str, step: &str| {
                plan.left_out.iter().any(|l| l.module == module)
                    || plan.shortened.iter().any(|s| s.module == module && s.left.iter().any(|l| l == step))
            };
            for p in &case.e.report.risks {
                let (About::Check { check, .. }, Some(module), Some(step)) = (&p.about, &p.module, &p.step) else {
                    continue;
                };
                let day = day_of(module, step);
                let by = 2.min(plan.days.len().saturating_sub(1));
                if day.map_or(!said(module, step), |d| d > by) {
                    failures
                        .push(format!("{}: top risk {check}'s next step {module}/{step} is on day {day:?}", a.name));
                }
            }
            // The next step of each risk at the next interview, with the risk.
            let risk_steps: Vec<(&str, String, String)> = case
                .e
                .report
                .flags
                .iter()
                .filter(|f| f.severity == Severity::Risk && f.stages.contains(&case.profile.next_stage))
                .filter_map(|f| {
                    let (m, s) = bank.checks.iter().find(|c| c.id == f.check)?.next_step.clone()?;
                    Some((f.check.as_str(), m, s))
                })
                .collect();
            for (check, module, step) in &risk_steps {
                if day_of(module, step).is_none() && !said(module, step) {
                    failures.push(format!(
                        "{}: the next step {module}/{step} of the risk {check} is neither planned nor said to be left out",
                        a.name
                    ));
                }
            }
            // No advice-only module is planned while a risk's next step at the next interview is left out.
            let risk_steps_out: Vec<String> = risk_steps
                .iter()
                .filter(|(_, m, s)| day_of(m, s).is_none())
                .map(|(_, m, s)| format!("{m}/{s}"))
                .collect();
            let mut advice_only: Vec<&str> = scheduled
                .iter()
                .copied()
                .filter(|m| {
                    let flagged = |sev: Severity| {
                        case.e.report.flags.iter().any(|f| f.severity == sev && f.modules.iter().any(|x| x == m))
                    };
                    flagged(Severity::Advice)
                        && !flagged(Severity::Risk)
                        && !flagged(Severity::Critical)
                        && !bank.core.iter().any(|c| c.iter().any(|x| x == m))
                })
                .collect();
            advice_only.dedup();
            if !risk_steps_out.is_empty() && !advice_only.is_empty() {
                failures.push(format!(
                    "{}: advice {advice_only:?} is planned while the risk steps {risk_steps_out:?} are not",
                    a.name
                ));
            }
        }
        // A module's sittings are numbered 1 to n over the whole plan, so its
        // summary (shown at part 1) comes once. A sitting that goes over
        // earlier steps again (a review coming back) is not a part: it points
        // to the module's first sitting, holds no step that was not planned
        // before it, and the returns are numbered among themselves.
        let mut numbering: std::collections::BTreeMap<(&str, bool), Vec<(u16, u16)>> = Default::default();
        for d in &plan.days {
            for t in &d.tasks {
                let Task::Module { module, part, parts, .. } = t else { continue };
                numbering.entry((module.as_str(), again_of(t).is_some())).or_default().push((*part, *parts));
            }
        }
        failures.extend(returns_that_mislead(plan).into_iter().map(|w| format!("{}: {w}", a.name)));
        for ((module, again), sittings) in &numbering {
            let n = sittings.len() as u16;
            if sittings.iter().enumerate().any(|(k, (part, parts))| *part != k as u16 + 1 || *parts != n) {
                failures.push(format!("{}: {module}'s sittings (again: {again}) are numbered {sittings:?}", a.name));
            }
        }
        // A step is planned once (only the maintenance modules come back on purpose).
        let mut seen: Vec<(&str, &str)> = Vec::new();
        for d in &plan.days {
            for t in &d.tasks {
                let Task::Module { module, steps, .. } = t else { continue };
                if bank.maintenance.iter().any(|m| m == module) {
                    continue;
                }
                for step in steps {
                    if seen.contains(&(module.as_str(), step.as_str())) {
                        failures.push(format!("{}: {module}/{step} is planned twice", a.name));
                    }
                    seen.push((module.as_str(), step.as_str()));
                }
            }
        }
        // Mock interviews in a maintenance plan come days apart.
        let mock_days: Vec<Date> = plan
            .days
            .iter()
            .filter(|d| {
                d.tasks.iter().any(|t| {
                    matches!(t, Task::Milestone { milestone, .. } if milestone == "mock_interview")
                        || matches!(t, Task::Module { module, part: 1, .. } if module == "mock_interview")
                })
            })
            .map(|d| d.date)
            .collect();
        if plan.kind == PlanKind::Maintenance && mock_days.windows(2).any(|w| w[0].days_until(w[1]) < 3) {
            failures.push(format!("{}: mock interviews on {mock_days:?}", a.name));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

fn again_of(t: &Task) -> Option<naitei_core::Date> {
    match t {
        Task::Module { again, .. } => *again,
        _ => None,
    }
}

/// A return ("again, same steps as on <day>") must point to an earlier day
/// that holds the whole of the same steps, shown in full; a piece of a long
/// step is never a return.
fn returns_that_mislead(plan: &naitei_core::StudyPlan) -> Vec<String> {
    let mut wrong = Vec::new();
    for (k, d) in plan.days.iter().enumerate() {
        for t in &d.tasks {
            let (Task::Module { module, steps, piece, .. }, Some(day)) = (t, again_of(t)) else { continue };
            let shown_there = plan.days[..k].iter().filter(|e| e.date == day).flat_map(|e| &e.tasks).any(|e| {
                matches!(e, Task::Module { module: m, steps: s, piece: None, again: None, .. } if m == module && s == steps)
            });
            if piece.is_some() || !shown_there {
                wrong.push(format!("{module} on {} says again of {day} for {steps:?}", d.date));
            }
        }
    }
    wrong
}

#[test]
fn a_return_in_the_plan_always_points_to_a_day_that_shows_the_same_steps_in_full() {
    // A strong candidate gets the most returns (maintenance fills the days);
    // short days split steps into pieces and long runs bring mock interviews back.
    let content = naitei_content::content();
    let coaches = naitei_content::coaches();
    let bank = &content.bank;
    let today: Date = TODAY.parse().unwrap();
    let mut wrong = Vec::new();
    let mut returns = 0;
    for daily in [15u16, 30, 45, 90] {
        for days in [7, 14, 21, 28] {
            for format in [Format::Onsite, Format::Online] {
                let profile = Profile {
                    daily_minutes: daily,
                    interview_date: Some(today.add_days(days)),
                    format,
                    ..default_profile()
                };
                let answers = answers_by(bank, &profile, all(Style::Best));
                let e = evaluate(bank, &profile, &answers, &Config::with(today, &coaches));
                returns += e.plan.days.iter().flat_map(|d| &d.tasks).filter(|t| again_of(t).is_some()).count();
                wrong.extend(
                    returns_that_mislead(&e.plan)
                        .into_iter()
                        .map(|w| format!("{daily} min, {days} days, {format:?}: {w}")),
                );
            }
        }
    }
    assert!(returns > 0, "the sweep has returns to check");
    assert!(wrong.is_empty(), "{} misleading returns:\n{}", wrong.len(), wrong.join("\n"));
}
