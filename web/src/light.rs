//! The light first module (built without the `full` feature): intro, profile and questions.
//! It has the same two names as `full.rs`; where the candidate needs what only the full module
//! has (the report, the plan, a shared result, the coach under a written answer) it shows a
//! waiting line and asks the loader to hand over. The loader (`naitei.js`) fetches the full module
//! while the candidate reads, then mounts it in the same place: it opens the progress this module
//! saved after every change, so nothing is lost and the candidate lands where they were.

use crate::components::handover::{hand_over, Handover};
use crate::hooks::use_lexicons::Lexicons;
use crate::hooks::use_shared_link::SharedLink;
use crate::screens::{FullInputs, FullScreen};
use std::rc::Rc;
use yew::prelude::*;

/// The light module's part of the widget's state: nothing in it waits for the coaches.
pub struct Full {
    /// Always `Ready`: no screen of this module uses the coaches.
    pub lexicons: Lexicons,
    /// Never a link: a share link in the address is handed over.
    pub shared: SharedLink,
}

/// Hands over when the address comes to hold a share link (`hashchange`; `naitei.js` starts a
/// page opened on one with the full module).
#[hook]
pub fn use_full(inputs: FullInputs<'_>) -> Full {
    let root = inputs.root.clone();
    use_effect_with((), move |_| {
        let check = move || {
            let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
            if let (true, Some(section)) =
                (hash.starts_with(naitei_core::share::PREFIX), root.cast::<web_sys::Element>())
            {
                hand_over(&section);
            }
        };
        let listener = web_sys::window().map(|w| gloo::events::EventListener::new(&w, "hashchange", move |_| check()));
        move || drop(listener)
    });
    Full { lexicons: Lexicons::Ready, shared: SharedLink { link: Rc::new(None), close: Callback::noop() } }
}

/// The report, the plan or a shared result: handed over to the full module.
pub fn full_screen(_: FullScreen<'_>, _: &Full) -> Html {
    html! { <Handover /> }
}
