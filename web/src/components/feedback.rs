//! Learning-mode feedback: right after an answer, why the chosen options are
//! strong or weak. The live region exists before any answer so screen readers
//! announce the feedback when it appears.

use crate::i18n::{use_i18n, I18n};
use crate::state::State;
use naitei_core::bank::{Item, ItemKind};
use naitei_core::session::Action;
use naitei_core::text::key;
use naitei_core::{Answer, Neutral, Profile};
use yew::prelude::*;

/// Props: the state and the item id.
#[derive(Properties, PartialEq, Clone)]
pub struct FeedbackProps {
    /// App state.
    pub state: UseReducerHandle<State>,
    /// Item id.
    pub item: AttrValue,
}

/// The verdict for an answer: strong, partly right or weak.
pub fn verdict(item: &Item, answer: &Answer, profile: &Profile) -> Option<&'static str> {
    let (credits, _) = naitei_core::score::credit(item, answer, profile, &Neutral).ok()?;
    let credits = credits?;
    let (mut num, mut den) = (0.0, 0.0);
    for (area, w) in item.weights.iter() {
        num += w * credits.get(area);
        den += w;
    }
    let c = if den > 0.0 { num / den } else { 0.0 };
    Some(if c >= 0.8 {
        "strong"
    } else if c >= 0.4 {
        "partial"
    } else {
        "weak"
    })
}

/// The why of each option picked, with its label.
pub fn whys(i18n: &I18n, item: &Item, answer: &Answer) -> Vec<(String, String)> {
    let option = |o: &str| (i18n.t(&key::option_label(&item.id, o)), i18n.t(&key::option_why(&item.id, o)));
    match answer {
        Answer::Choice(o) => vec![option(o)],
        Answer::Choices(os) => os.iter().map(|o| option(o)).collect(),
        Answer::BestWorst { best, worst } => {
            let (bl, bw) = option(best);
            let (wl, ww) = option(worst);
            vec![
                (format!("{}: {bl}", i18n.t("ui.questions.best")), bw),
                (format!("{}: {wl}", i18n.t("ui.questions.worst")), ww),
            ]
        }
        Answer::Rating(r) => vec![(i18n.t(&format!("ui.likert.{r}")), i18n.t(&key::rating_why(&item.id, *r)))],
        Answer::Text(_) | Answer::Skipped => Vec::new(),
    }
}

/// Feedback under the current item.
#[function_component(Feedback)]
pub fn feedback(props: &FeedbackProps) -> Html {
    let i18n = use_i18n();
    let session = &props.state.session;
    let item = props.state.bank.item(&props.item);
    // A checklist's feedback waits until the candidate has ticked what they mean
    // and asks for it: from then on that answer counts (core's `Action::Reveal`).
    if let Some(item) = item.filter(|i| matches!(i.kind, ItemKind::Multi(_)) && !session.revealed(&i.id)) {
        let (state, id) = (props.state.clone(), item.id.clone());
        let onreveal = Callback::from(move |_: MouseEvent| state.dispatch(Action::Reveal(id.clone())));
        let ticked = session.answers.get(&item.id).is_some();
        return html! {
            <div class="naitei-feedback" aria-live="polite">
                if ticked {
                    <button type="button" class="naitei-button naitei-reveal" onclick={onreveal}>{ i18n.t("ui.questions.check") }</button>
                }
            </div>
        };
    }
    let body = item.zip(session.answers.get(&props.item)).map(|(item, answer)| {
        let verdict = verdict(item, answer, &session.profile);
        html! {
            <>
                if let Some(v) = verdict {
                    <p class={classes!("naitei-verdict", format!("naitei-{v}"))}>{ i18n.t(&format!("ui.feedback.{v}")) }</p>
                }
                <dl class="naitei-whys">
                    { for whys(&i18n, item, answer).into_iter().map(|(label, why)| html! {
                        <><dt>{ label }</dt><dd>{ why }</dd></>
                    }) }
                </dl>
            </>
        }
    });
    html! {
        <div class="naitei-feedback" aria-live="polite">{ for body }</div>
    }
}
