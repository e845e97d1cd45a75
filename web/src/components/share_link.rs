//! Sharing results with a mentor: a link whose fragment holds the profile and
//! answers (the part after `#` never reaches a server). Free text is included,
//! so the mentor sees the same scores; the candidate may leave it out.

use crate::i18n::use_i18n;
use crate::same::Same;
use naitei_core::{share, Answers, Bank, Profile};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props: what the link holds and the bank it is made against.
#[derive(Properties, PartialEq, Clone)]
pub struct ShareLinkProps {
    /// The profile.
    pub profile: Profile,
    /// The answers that count.
    pub answers: Rc<Answers>,
    /// The bank.
    pub bank: Same<Bank>,
}

/// The page address without its fragment.
fn page_address() -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

/// The share panel.
#[function_component(ShareLink)]
pub fn share_link(props: &ShareLinkProps) -> Html {
    let i18n = use_i18n();
    let link = use_state(|| None::<String>);
    let without_text = use_state(|| false);
    let status = use_state(String::new);
    let oncreate = {
        let (link, without_text, p, status) = (link.clone(), without_text.clone(), props.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let encoded = share::encode(&p.profile, &p.answers, &p.bank, !*without_text);
            link.set(Some(format!("{}{}", page_address(), encoded.fragment())));
            status.set(String::new());
        })
    };
    let ontoggle = {
        let (without_text, link) = (without_text.clone(), link.clone());
        Callback::from(move |_: Event| {
            without_text.set(!*without_text);
            link.set(None);
        })
    };
    let oncopy = {
        let (link, status, i18n) = (link.clone(), status.clone(), i18n.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(text) = (*link).clone() else { return };
            let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
            let (status, ok, failed) = (status.clone(), i18n.t("ui.shared.copied"), i18n.t("ui.shared.copy_failed"));
            wasm_bindgen_futures::spawn_local(async move {
                let copied = match clipboard {
                    Some(c) => wasm_bindgen_futures::JsFuture::from(c.write_text(&text)).await.is_ok(),
                    None => false,
                };
                status.set(if copied { ok } else { failed });
            });
        })
    };
    let onfocus = Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            input.select();
        }
    });
    html! {
        <section class="naitei-share naitei-no-print" aria-labelledby="naitei-share-title">
            <h4 id="naitei-share-title">{ i18n.t("ui.shared.heading") }</h4>
            <p class="naitei-help">{ i18n.t("ui.shared.explain") }</p>
            <div class="naitei-option">
                <input type="checkbox" id="naitei-share-text" checked={*without_text} onchange={ontoggle} />
                <label for="naitei-share-text">{ i18n.t("ui.shared.leave_out_text") }</label>
            </div>
            <div class="naitei-actions">
                <button type="button" class="naitei-button" onclick={oncreate}>{ i18n.t("ui.shared.create") }</button>
            </div>
            if let Some(url) = &*link {
                <div class="naitei-field">
                    <label for="naitei-share-url">{ i18n.t("ui.shared.link") }</label>
                    <input id="naitei-share-url" type="text" readonly=true value={url.clone()} {onfocus} />
                    <div class="naitei-actions">
                        <button type="button" class="naitei-button" onclick={oncopy}>{ i18n.t("ui.shared.copy") }</button>
                    </div>
                </div>
            }
            <p class="naitei-help" role="status">{ (*status).clone() }</p>
        </section>
    }
}
