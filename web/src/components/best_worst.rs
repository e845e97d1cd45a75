//! A best-and-worst item, compact: one row per option with a "Best" and a
//! "Worst" choice (two radio groups over the same options, interleaved), so
//! four options take four rows rather than eight cards. One option cannot be
//! both: core keeps the newer pick, and this component says so, rather than
//! letting the other pick vanish without a word.

use crate::i18n::use_i18n;
use naitei_core::present::OptionView;
use std::rc::Rc;
use yew::prelude::*;

/// Props: the options, the picks so far, and what to do on each pick.
#[derive(Properties, PartialEq, Clone)]
pub struct BestWorstProps {
    /// Item id.
    pub item: AttrValue,
    /// The options.
    pub options: Rc<Vec<OptionView>>,
    /// The best pick, if made.
    #[prop_or_default]
    pub best: Option<AttrValue>,
    /// The worst pick, if made.
    #[prop_or_default]
    pub worst: Option<AttrValue>,
    /// Called with the option picked as best.
    pub onbest: Callback<String>,
    /// Called with the option picked as worst.
    pub onworst: Callback<String>,
    /// Id of the hint that describes the group, if any.
    #[prop_or_default]
    pub described: Option<AttrValue>,
}

/// Best and worst picks.
#[function_component(BestWorst)]
pub fn best_worst(props: &BestWorstProps) -> Html {
    let i18n = use_i18n();
    let item = &props.item;
    // Why a pick was cleared, for this item: "best" or "worst" (the pick just made).
    let moved = use_state(|| None::<(AttrValue, &'static str)>);
    let pick = |which: &'static str, o: &OptionView| {
        let (mine, other, on) = match which {
            "best" => (&props.best, &props.worst, &props.onbest),
            _ => (&props.worst, &props.best, &props.onworst),
        };
        let id = format!("naitei-{item}-{which}-{}", o.id);
        let label_id = format!("naitei-{item}-{which}-label");
        let option_id = format!("naitei-{item}-option-{}", o.id);
        let onchange = {
            let (opt, on, moved, item) = (o.id.clone(), on.clone(), moved.clone(), item.clone());
            let clashes = other.as_deref() == Some(o.id.as_str());
            on.reform(move |_: Event| {
                moved.set(clashes.then(|| (item.clone(), which)));
                opt.clone()
            })
        };
        html! {
            <label class={classes!("naitei-pick", format!("naitei-{which}"))}>
                <input type="radio" {id} name={format!("naitei-{item}-{which}")} value={o.id.clone()}
                    checked={mine.as_deref() == Some(o.id.as_str())} aria-labelledby={format!("{label_id} {option_id}")} {onchange} />
                <span>{ i18n.t(&format!("ui.questions.{which}_short")) }</span>
            </label>
        }
    };
    let note = match &*moved {
        Some((for_item, which)) if for_item == item => Some(i18n.t(&format!("ui.questions.both_{which}"))),
        _ => None,
    };
    html! {
        <div class="naitei-options naitei-best-worst" aria-describedby={props.described.clone()}>
            <p class="naitei-visually-hidden">
                <span id={format!("naitei-{item}-best-label")}>{ i18n.t("ui.questions.best") }</span>
                <span id={format!("naitei-{item}-worst-label")}>{ i18n.t("ui.questions.worst") }</span>
            </p>
            <ul class="naitei-bw-rows">{ for props.options.iter().map(|o| html! {
                <li class="naitei-bw-row" data-option={o.id.clone()}>
                    <span class="naitei-bw-label" id={format!("naitei-{item}-option-{}", o.id)}>{ &o.label }</span>
                    <span class="naitei-bw-picks">{ pick("best", o) }{ pick("worst", o) }</span>
                </li>
            }) }</ul>
            <p class="naitei-bw-note" role="status">{ for note }</p>
        </div>
    }
}
