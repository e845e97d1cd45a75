//! A single-choice item: a radio group (arrow keys move between options).

use crate::i18n::use_i18n;
use crate::state::State;
use naitei_core::session::Action;
use naitei_core::text::key;
use naitei_core::Answer;
use yew::prelude::*;

/// Props shared by the option inputs: state, item id, and the hint's id.
#[derive(Properties, PartialEq, Clone)]
pub struct OptionsProps {
    /// App state.
    pub state: UseReducerHandle<State>,
    /// Item id.
    pub item: AttrValue,
    /// Id of the hint that describes the group, if any.
    #[prop_or_default]
    pub described: Option<String>,
}

/// Radio buttons, one per option.
#[function_component(Choice)]
pub fn choice(props: &OptionsProps) -> Html {
    let i18n = use_i18n();
    let Some(item) = props.state.bank.item(&props.item) else { return html! {} };
    let chosen = match props.state.session.answers.get(&item.id) {
        Some(Answer::Choice(c)) => Some(c.as_str()),
        _ => None,
    };
    html! {
        <div class="naitei-options" aria-describedby={props.described.clone()}>
            { for item.kind.options().iter().map(|o| {
                let id = format!("naitei-{}-{}", item.id, o.id);
                let (state, item_id, opt) = (props.state.clone(), item.id.clone(), o.id.clone());
                let onchange = Callback::from(move |_: Event| state.dispatch(Action::Answer(item_id.clone(), Answer::Choice(opt.clone()))));
                html! {
                    <div class="naitei-option">
                        <input type="radio" id={id.clone()} name={format!("naitei-{}", item.id)} value={o.id.clone()}
                            checked={chosen == Some(o.id.as_str())} {onchange} />
                        <label for={id}>{ i18n.t(&key::option_label(&item.id, &o.id)) }</label>
                    </div>
                }
            }) }
        </div>
    }
}
