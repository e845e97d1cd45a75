//! A checklist item: checkboxes; "none of these" clears the others (in core).

use crate::components::choice::OptionsProps;
use crate::i18n::use_i18n;
use naitei_core::session::Action;
use naitei_core::text::key;
use naitei_core::Answer;
use yew::prelude::*;

/// Checkboxes, one per option.
#[function_component(Checklist)]
pub fn checklist(props: &OptionsProps) -> Html {
    let i18n = use_i18n();
    let Some(item) = props.state.bank.item(&props.item) else { return html! {} };
    let ticked: Vec<&str> = match props.state.session.answers.get(&item.id) {
        Some(Answer::Choices(c)) => c.iter().map(String::as_str).collect(),
        _ => Vec::new(),
    };
    html! {
        <div class="naitei-options" aria-describedby={props.described.clone()}>
            <p class="naitei-help">{ i18n.t("ui.questions.tick_all") }</p>
            { for item.kind.options().iter().map(|o| {
                let id = format!("naitei-{}-{}", item.id, o.id);
                let (state, item_id, opt) = (props.state.clone(), item.id.clone(), o.id.clone());
                let onchange = Callback::from(move |_: Event| state.dispatch(Action::Toggle(item_id.clone(), opt.clone())));
                html! {
                    <div class={classes!("naitei-option", o.exclusive.then_some("naitei-exclusive"))}>
                        <input type="checkbox" id={id.clone()} value={o.id.clone()} checked={ticked.contains(&o.id.as_str())} {onchange} />
                        <label for={id}>{ i18n.t(&key::option_label(&item.id, &o.id)) }</label>
                    </div>
                }
            }) }
        </div>
    }
}
