//! The light module's waiting line where the full module is needed (the report, the plan, the
//! coach): it asks the loader to hand over, and says so when the loader could not fetch it.

use crate::i18n::use_i18n;
use gloo::events::EventListener;
use yew::prelude::*;

/// The element the widget was mounted in (the parent of its own section).
fn mount_root(inside: &web_sys::Element) -> Option<web_sys::Element> {
    // `closest` starts at the element itself (the widget's own section).
    inside.closest("section.naitei").ok().flatten().and_then(|s| s.parent_element())
}

/// Asks the loader for the full module: a `naitei:handover` event on the element the widget was
/// mounted in (it neither bubbles nor leaves the shadow root, so the host page never sees it).
/// Asking twice is harmless.
pub fn hand_over(inside: &web_sys::Element) {
    let Some(root) = mount_root(inside) else { return };
    if let Ok(event) = web_sys::CustomEvent::new("naitei:handover") {
        let _ = root.dispatch_event(&event);
    }
}

/// A waiting line that asks for the full module when it appears. When the loader could not fetch
/// it (`naitei:handover-failed`; it tries again by itself) the line says so, and that the answers
/// are kept.
#[function_component(Handover)]
pub fn handover() -> Html {
    let i18n = use_i18n();
    let line = use_node_ref();
    let failed = use_state(|| false);
    {
        let (line, failed) = (line.clone(), failed.clone());
        use_effect_with((), move |_| {
            let root = line.cast::<web_sys::Element>().and_then(|p| mount_root(&p));
            let listener =
                root.as_ref().map(|r| EventListener::new(r, "naitei:handover-failed", move |_| failed.set(true)));
            if let Some(p) = line.cast::<web_sys::Element>() {
                hand_over(&p);
            }
            move || drop(listener)
        });
    }
    if *failed {
        return html! { <p class="naitei-notice" role="alert" ref={line}>{ i18n.t("ui.notice.rest_failed") }</p> };
    }
    html! { <p class="naitei-loading" role="status" ref={line}>{ i18n.waiting() }</p> }
}
