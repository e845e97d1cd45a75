//! A best-and-worst item: two radio groups over the same options. One option
//! cannot be both; core clears the other pick when that happens.

use crate::components::choice::OptionsProps;
use crate::i18n::use_i18n;
use naitei_core::session::Action;
use naitei_core::text::key;
use yew::prelude::*;

/// Best and worst picks.
#[function_component(BestWorst)]
pub fn best_worst(props: &OptionsProps) -> Html {
    let i18n = use_i18n();
    let Some(item) = props.state.bank.item(&props.item) else { return html! {} };
    let (best, worst) = props.state.session.picks(&item.id);
    let group = |which: &'static str, picked: Option<&str>| {
        html! {
            <fieldset class={classes!("naitei-subgroup", format!("naitei-{which}"))}>
                <legend>{ i18n.t(&format!("ui.questions.{which}")) }</legend>
                { for item.kind.options().iter().map(|o| {
                    let id = format!("naitei-{}-{which}-{}", item.id, o.id);
                    let (state, item_id, opt) = (props.state.clone(), item.id.clone(), o.id.clone());
                    let onchange = Callback::from(move |_: Event| {
                        let action = if which == "best" { Action::PickBest(item_id.clone(), opt.clone()) } else { Action::PickWorst(item_id.clone(), opt.clone()) };
                        state.dispatch(action)
                    });
                    html! {
                        <div class="naitei-option">
                            <input type="radio" id={id.clone()} name={format!("naitei-{}-{which}", item.id)} value={o.id.clone()}
                                checked={picked == Some(o.id.as_str())} {onchange} />
                            <label for={id}>{ i18n.t(&key::option_label(&item.id, &o.id)) }</label>
                        </div>
                    }
                }) }
            </fieldset>
        }
    };
    html! {
        <div class="naitei-options naitei-best-worst" aria-describedby={props.described.clone()}>
            { group("best", best) }
            { group("worst", worst) }
        </div>
    }
}
