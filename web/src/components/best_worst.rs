//! A best-and-worst item: two radio groups over the same options. One option
//! cannot be both; core clears the other pick when that happens.

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
    let group = |which: &'static str, picked: Option<&str>, on: &Callback<String>| {
        html! {
            <fieldset class={classes!("naitei-subgroup", format!("naitei-{which}"))}>
                <legend>{ i18n.t(&format!("ui.questions.{which}")) }</legend>
                { for props.options.iter().map(|o| {
                    let id = format!("naitei-{item}-{which}-{}", o.id);
                    let opt = o.id.clone();
                    let onchange = on.reform(move |_: Event| opt.clone());
                    html! {
                        <div class="naitei-option">
                            <input type="radio" id={id.clone()} name={format!("naitei-{item}-{which}")} value={o.id.clone()}
                                checked={picked == Some(o.id.as_str())} {onchange} />
                            <label for={id}>{ &o.label }</label>
                        </div>
                    }
                }) }
            </fieldset>
        }
    };
    html! {
        <div class="naitei-options naitei-best-worst" aria-describedby={props.described.clone()}>
            { group("best", props.best.as_deref(), &props.onbest) }
            { group("worst", props.worst.as_deref(), &props.onworst) }
        </div>
    }
}
