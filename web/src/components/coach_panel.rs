//! The free-text coaches, live under the text box: each reverse question with
//! how it lands at the candidate's next stage and a better phrasing; or the
//! STAR / failure-story checklist with the matched words as evidence, the
//! speaking time and the balance of "I" and the team.

use crate::coaches::LazyCoaches;
use crate::i18n::use_i18n;
use crate::same::Same;
use naitei_core::coach::{AnswerKind, QuestionKind, Rating};
use naitei_core::{AnalyserId, Stage};
use yew::prelude::*;

/// Props: the coaches, which one reads the text, the next stage and the text.
#[derive(Properties, PartialEq, Clone)]
pub struct CoachPanelProps {
    /// The coaches.
    pub coaches: Same<LazyCoaches>,
    /// Which coach reads the text.
    pub analyser: AnalyserId,
    /// The candidate's next stage (reverse questions are judged for it).
    pub stage: Stage,
    /// The candidate's text.
    pub text: AttrValue,
}

fn rating_id(r: Rating) -> &'static str {
    match r {
        Rating::Good => "good",
        Rating::Fine => "fine",
        Rating::Avoid => "avoid",
    }
}

/// The coach's view of the text.
#[function_component(CoachPanel)]
pub fn coach_panel(props: &CoachPanelProps) -> Html {
    let i18n = use_i18n();
    if props.text.trim().is_empty() {
        return html! { <div class="naitei-coach" aria-live="polite"></div> };
    }
    let coaches = props.coaches.get().filter(|_| i18n.complete);
    let Some(coaches) = coaches else {
        // The coaches' words are in the rest of the texts and their lexicons in a file of their
        // own, both fetched right after the first render.
        return html! {
            <div class="naitei-coach" aria-live="polite"><p class="naitei-loading" role="status">{ i18n.waiting() }</p></div>
        };
    };
    let body = if let Some(kind) = AnswerKind::of(props.analyser) {
        answer_checklist(&i18n, coaches, kind, &props.text)
    } else {
        let checks = coaches.check_questions(&props.text, props.stage);
        html! {
            <ol class="naitei-coach-questions">{ for checks.iter().map(|q| {
                let rating = rating_id(q.rating);
                html! {
                    <li class={classes!("naitei-coach-question", format!("naitei-rating-{rating}"))}>
                        <p class="naitei-coach-text">{ &q.text }</p>
                        <p><strong class={format!("naitei-rating naitei-{rating}")}>{ i18n.t(&format!("coach.reverse_questions.rating.{rating}")) }</strong>
                            if q.kind != QuestionKind::Other { { " · " }{ i18n.t(&q.kind.label_key()) } }</p>
                        <p>{ i18n.t(&q.reason) }</p>
                        <p class="naitei-help">{ i18n.t(&q.better) }</p>
                        if !q.evidence.is_empty() {
                            <p class="naitei-evidence">{ i18n.t("ui.coach.evidence") }{ " " }{ naitei_core::present::quoted_words(&i18n.texts(), &q.evidence) }</p>
                        }
                    </li>
                }
            }) }</ol>
        }
    };
    html! {
        <div class="naitei-coach" aria-live="polite">
            <h4 class="naitei-coach-title">{ i18n.t("ui.coach.heading") }</h4>
            { body }
        </div>
    }
}

/// The STAR or failure-story checklist, with the matched words as evidence.
fn answer_checklist(
    i18n: &crate::i18n::I18n,
    coaches: &naitei_core::coach::Coaches,
    kind: AnswerKind,
    text: &str,
) -> Html {
    let check = coaches.analyse_answer(kind, text);
    let minutes = format!("{}:{:02}", check.timing.seconds / 60, check.timing.seconds % 60);
    html! {
        <>
            <ul class="naitei-checklist">{ for check.parts.iter().map(|p| html! {
                <li class={classes!("naitei-check-line", if p.ok { "naitei-ok" } else { "naitei-missing" })}>
                    <span class="naitei-mark" aria-hidden="true">{ if p.ok { "✓" } else { "○" } }</span>
                    <span class="naitei-visually-hidden">{ i18n.t(if p.ok { "ui.coach.done" } else { "ui.coach.todo" }) }</span>
                    <strong>{ i18n.t(&p.label) }</strong>
                    if !p.evidence.is_empty() {
                        <span class="naitei-evidence">{ " — " }{ naitei_core::present::quoted_words(&i18n.texts(), &p.evidence) }</span>
                    }
                    if let (false, Some(s)) = (p.ok, &p.suggestion) {
                        <p class="naitei-help">{ i18n.t(s) }</p>
                    }
                </li>
            }) }</ul>
            <p class="naitei-help">{ i18n.fill("ui.coach.timing", &[
                ("time", minutes),
                ("me", check.balance.me.to_string()),
                ("we", (check.balance.we + check.balance.team).to_string()),
            ]) }</p>
        </>
    }
}
