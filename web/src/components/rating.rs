//! A Likert item: five radio buttons from "strongly disagree" to "strongly agree".

use crate::components::choice::OptionsProps;
use crate::i18n::use_i18n;
use naitei_core::session::Action;
use naitei_core::Answer;
use yew::prelude::*;

/// The 1-5 scale.
#[function_component(Rating)]
pub fn rating(props: &OptionsProps) -> Html {
    let i18n = use_i18n();
    let item = props.item.to_string();
    let current = match props.state.session.answers.get(&item) {
        Some(Answer::Rating(r)) => Some(*r),
        _ => None,
    };
    html! {
        <div class="naitei-options naitei-scale" aria-describedby={props.described.clone()}>
            { for (1u8..=5).map(|r| {
                let id = format!("naitei-{item}-{r}");
                let (state, item_id) = (props.state.clone(), item.clone());
                let onchange = Callback::from(move |_: Event| state.dispatch(Action::Answer(item_id.clone(), Answer::Rating(r))));
                html! {
                    <div class="naitei-option">
                        <input type="radio" id={id.clone()} name={format!("naitei-{item}")} value={r.to_string()} checked={current == Some(r)} {onchange} />
                        <label for={id}>{ i18n.t(&format!("ui.likert.{r}")) }</label>
                    </div>
                }
            }) }
        </div>
    }
}
