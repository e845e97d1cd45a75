//! A Likert item: five radio buttons from "strongly disagree" to "strongly agree".

use naitei_core::present::OptionView;
use std::rc::Rc;
use yew::prelude::*;

/// Props: the five labels, the rating given, and what to do on a rating.
#[derive(Properties, PartialEq, Clone)]
pub struct RatingProps {
    /// Item id.
    pub item: AttrValue,
    /// The five points of the scale (ids "1" to "5").
    pub options: Rc<Vec<OptionView>>,
    /// The rating given, if any.
    #[prop_or_default]
    pub rating: Option<u8>,
    /// Called with the rating.
    pub onrate: Callback<u8>,
    /// Id of the hint that describes the group, if any.
    #[prop_or_default]
    pub described: Option<AttrValue>,
}

/// The 1-5 scale.
#[function_component(Rating)]
pub fn rating(props: &RatingProps) -> Html {
    let item = &props.item;
    html! {
        <div class="naitei-options naitei-scale" aria-describedby={props.described.clone()}>
            { for props.options.iter().enumerate().map(|(k, o)| {
                let r = k as u8 + 1;
                let id = format!("naitei-{item}-{r}");
                let onchange = props.onrate.reform(move |_: Event| r);
                html! {
                    <div class="naitei-option">
                        <input type="radio" id={id.clone()} name={format!("naitei-{item}")} value={r.to_string()} checked={props.rating == Some(r)} {onchange} />
                        <label for={id}>{ &o.label }</label>
                    </div>
                }
            }) }
        </div>
    }
}
