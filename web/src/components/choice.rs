//! A single-choice item: a radio group (arrow keys move between options).

use naitei_core::present::OptionView;
use std::rc::Rc;
use yew::prelude::*;

/// Props: the options, the one chosen, and what to do on a choice.
#[derive(Properties, PartialEq, Clone)]
pub struct ChoiceProps {
    /// Item id (names the radio group).
    pub item: AttrValue,
    /// The options.
    pub options: Rc<Vec<OptionView>>,
    /// The option chosen, if any.
    #[prop_or_default]
    pub chosen: Option<AttrValue>,
    /// Called with the option id.
    pub onchoose: Callback<String>,
    /// Id of the hint that describes the group, if any.
    #[prop_or_default]
    pub described: Option<AttrValue>,
}

/// Radio buttons, one per option.
#[function_component(Choice)]
pub fn choice(props: &ChoiceProps) -> Html {
    let item = &props.item;
    html! {
        <div class="naitei-options" aria-describedby={props.described.clone()}>
            { for props.options.iter().map(|o| {
                let id = format!("naitei-{item}-{}", o.id);
                let opt = o.id.clone();
                let onchange = props.onchoose.reform(move |_: Event| opt.clone());
                html! {
                    <div class="naitei-option">
                        <input type="radio" id={id.clone()} name={format!("naitei-{item}")} value={o.id.clone()}
                            checked={props.chosen.as_deref() == Some(o.id.as_str())} {onchange} />
                        <label for={id}>{ &o.label }</label>
                    </div>
                }
            }) }
        </div>
    }
}
