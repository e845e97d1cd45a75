//! A checklist item: checkboxes; "none of these" clears the others (in core).

use naitei_core::present::OptionView;
use std::rc::Rc;
use yew::prelude::*;

/// Props: the options, those ticked, and what to do on a tick.
#[derive(Properties, PartialEq, Clone)]
pub struct ChecklistProps {
    /// Item id.
    pub item: AttrValue,
    /// The options.
    pub options: Rc<Vec<OptionView>>,
    /// Ids ticked.
    pub ticked: Rc<Vec<String>>,
    /// Called with the option id ticked or unticked.
    pub ontoggle: Callback<String>,
    /// Id of the hint that describes the group, if any.
    #[prop_or_default]
    pub described: Option<AttrValue>,
}

/// Checkboxes, one per option.
#[function_component(Checklist)]
pub fn checklist(props: &ChecklistProps) -> Html {
    let item = &props.item;
    html! {
        <div class="naitei-options" aria-describedby={props.described.clone()}>
            { for props.options.iter().map(|o| {
                let id = format!("naitei-{item}-{}", o.id);
                let opt = o.id.clone();
                let onchange = props.ontoggle.reform(move |_: Event| opt.clone());
                html! {
                    <div class={classes!("naitei-option", o.exclusive.then_some("naitei-exclusive"))}>
                        <input type="checkbox" id={id.clone()} value={o.id.clone()} checked={props.ticked.contains(&o.id)} {onchange} />
                        <label for={id}>{ &o.label }</label>
                    </div>
                }
            }) }
        </div>
    }
}
