//! The light first module (built without the `full` feature): intro, profile and questions.
//! It has the same two names as `full.rs`; where the candidate needs what only the full module
//! has (the report, the plan, a shared result, the coach under a written answer) it shows a
//! waiting line and asks the loader to hand over. The loader (`naitei.js`) fetches the full module
//! once the candidate presses Start, then mounts it in the same place with the progress this module
//! hands over (`use_full`), so nothing is lost and the candidate lands where they were.

use crate::components::handover::Handover;
use crate::hooks::use_lexicons::Lexicons;
use crate::hooks::use_shared_link::SharedLink;
use crate::screens::{FullInputs, FullScreen};
use crate::state::State;
use gloo::events::EventListener;
use naitei_core::export::storage::Saved;
use naitei_core::history::History;
use std::rc::Rc;
use yew::prelude::*;

/// The light module's part of the widget's state: nothing in it waits for the coaches.
pub struct Full {
    /// Always `Ready`: no screen of this module uses the coaches.
    pub lexicons: Lexicons,
    /// Never a link: a share link in the address is handed over.
    pub shared: SharedLink,
    /// The loader could not fetch the full module it was asked for (`naitei:handover-failed`;
    /// it tries again by itself): the notices say what that means for progress another tab saved.
    /// (A waiting line drawn later listens for the next failure itself: `Handover`.)
    pub handover_failed: bool,
}

/// Hands the widget over to the full module, with the progress on screen (`naitei:handover` on
/// the element it was mounted in, its detail the progress as saved JSON; the event neither
/// bubbles nor leaves the shadow root, so the host never sees it). Asked for by a waiting line
/// (`naitei:need-full`) or by a share link appearing in the address (`naitei.js` starts a page
/// opened on one with the full module). The progress is taken as rendered, not as last saved:
/// the save runs after the waiting line asks, and may have been refused (storage full).
#[hook]
pub fn use_full(inputs: FullInputs<'_>) -> Full {
    // This render's session and history (cheap handles: the progress is built only when it is sent).
    let now = use_mut_ref(|| None::<(UseReducerHandle<State>, UseStateHandle<History>)>);
    *now.borrow_mut() = Some((inputs.state.clone(), inputs.history.clone()));
    let listening = use_mut_ref(|| None::<[EventListener; 4]>);
    let asked_unread = use_mut_ref(|| false);
    let failed = use_state(|| false);
    let section = inputs.root.cast::<web_sys::Element>();
    let slot = inputs.slot.clone();
    {
        let failed = failed.clone();
        use_effect(move || {
            // Progress another tab or widget saved may have turned up since the last render: ask
            // once. Otherwise, once the listeners are in place, a render has nothing to do here.
            let unread_news = slot.borrow().unread() && !*asked_unread.borrow();
            if listening.borrow().is_some() && !unread_news {
                return;
            }
            let (Some(section), Some(window)) = (section, web_sys::window()) else { return };
            let Some(root) = section.parent_element() else { return };
            // The progress goes with the request: as rendered (the save may not have run yet, or
            // been refused), with what the slot last read or wrote, so the full widget can merge.
            let send = {
                let (root, slot) = (root.clone(), slot.clone());
                Rc::new(move || {
                    let init = web_sys::CustomEventInit::new();
                    if let Some((state, history)) = &*now.borrow() {
                        let saved = Saved::new(state.session.clone(), (**history).clone());
                        init.set_detail(&slot.borrow().hand_over(&saved).into());
                    }
                    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("naitei:handover", &init) {
                        let _ = root.dispatch_event(&event);
                    }
                })
            };
            let share_link = || {
                let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
                hash.starts_with(naitei_core::share::PREFIX)
            };
            // What still needs the full module when the loader asks again: a waiting line, a share
            // link, progress this module does not read under the key.
            let needed = {
                let (section, slot) = (section.clone(), slot.clone());
                move || {
                    section.query_selector(".naitei-handover").ok().flatten().is_some()
                        || share_link()
                        || slot.borrow().unread()
                }
            };
            let mut listeners = listening.borrow_mut();
            let first = listeners.is_none();
            if first {
                let (on_need, on_link, on_ready) = (send.clone(), send.clone(), send.clone());
                *listeners = Some([
                    EventListener::new(&section, "naitei:need-full", move |_| on_need()),
                    EventListener::new(&window, "hashchange", move |_| {
                        if share_link() {
                            on_link();
                        }
                    }),
                    EventListener::new(&root, "naitei:handover-ready", {
                        let needed = needed.clone();
                        move |_| {
                            if needed() {
                                on_ready();
                            }
                        }
                    }),
                    EventListener::new(&root, "naitei:handover-failed", move |_| failed.set(true)),
                ]);
            }
            // A waiting line drawn before these listeners were here has asked in vain, and progress
            // from elsewhere is asked for once: the loader waits while the candidate types, then
            // asks again (`naitei:handover-ready`) for the progress as it is then.
            if unread_news {
                *asked_unread.borrow_mut() = true;
            }
            if (first && needed()) || unread_news {
                send();
            }
        });
    }
    Full {
        lexicons: Lexicons::Ready,
        shared: SharedLink { link: Rc::new(None), close: Callback::noop() },
        handover_failed: *failed,
    }
}

/// The report, the plan or a shared result: handed over to the full module.
pub fn full_screen(_: FullScreen<'_>, _: &Full) -> Html {
    html! { <Handover /> }
}
