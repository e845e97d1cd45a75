//! The light module's waiting line where the full module is needed (the report, the plan, the
//! coach). It asks for the full module (`naitei:need-full`, which the light widget turns into a
//! hand-over carrying its progress; the light widget asks again when the loader is ready, while a
//! waiting line is on screen) and says so when the loader could not fetch it.

use crate::i18n::use_i18n;
use gloo::events::EventListener;
use yew::prelude::*;

/// The element the widget was mounted in (the parent of its own section).
pub fn mount_root(inside: &web_sys::Element) -> Option<web_sys::Element> {
    // `closest` starts at the element itself (the widget's own section).
    inside.closest("section.naitei").ok().flatten().and_then(|s| s.parent_element())
}

/// Sends `naitei:need-full` from `from` up to the widget's section (it stays in the shadow root).
fn ask(from: &web_sys::Element) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("naitei:need-full", &init) {
        let _ = from.dispatch_event(&event);
    }
}

/// A waiting line that asks for the full module when it appears. When the loader could not fetch
/// it (`naitei:handover-failed`; it tries again by itself) an alert says so.
#[function_component(Handover)]
pub fn handover() -> Html {
    let i18n = use_i18n();
    let line = use_node_ref();
    let failed = use_state(|| false);
    {
        let (line, failed) = (line.clone(), failed.clone());
        use_effect_with((), move |_| {
            let here = line.cast::<web_sys::Element>();
            let root = here.as_ref().and_then(mount_root);
            let listener =
                root.as_ref().map(|r| EventListener::new(r, "naitei:handover-failed", move |_| failed.set(true)));
            if let Some(here) = &here {
                ask(here);
            }
            move || drop(listener)
        });
    }
    html! {
        <div class="naitei-handover" ref={line}>
            <p class="naitei-loading" role="status">{ i18n.waiting() }</p>
            // Present from the start, so that filling it is announced.
            <p role="alert" class={classes!((*failed).then_some("naitei-notice"))}>
                if *failed { { i18n.t("ui.notice.module_failed") } }
            </p>
        </div>
    }
}
