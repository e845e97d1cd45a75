//! The light module's waiting line where the full module is needed (the report, the plan, the
//! coach): it asks the loader to hand over.

use crate::i18n::use_i18n;
use yew::prelude::*;

/// Asks the loader for the full module: a `naitei:handover` event on the element the widget was
/// mounted in (it neither bubbles nor leaves the shadow root, so the host page never sees it).
/// Asking twice is harmless.
pub fn hand_over(inside: &web_sys::Element) {
    // `closest` starts at the element itself (the widget's own section).
    let section = inside.closest("section.naitei").ok().flatten();
    let Some(root) = section.and_then(|s| s.parent_element()) else { return };
    if let Ok(event) = web_sys::CustomEvent::new("naitei:handover") {
        let _ = root.dispatch_event(&event);
    }
}

/// A waiting line that asks for the full module when it appears.
#[function_component(Handover)]
pub fn handover() -> Html {
    let i18n = use_i18n();
    let line = use_node_ref();
    {
        let line = line.clone();
        use_effect_with((), move |_| {
            if let Some(p) = line.cast::<web_sys::Element>() {
                hand_over(&p);
            }
        });
    }
    html! { <p class="naitei-loading" role="status" ref={line}>{ i18n.waiting() }</p> }
}
