//! The root component: bank, texts (loaded per language), saved session,
//! language, theme, and the screen.

use crate::api::LazyCoaches;
use crate::components::{
    header::Header, intro::Intro, notices::Notices, plan::PlanView, profile_form::ProfileForm,
    questionnaire::Questionnaire, report::ReportView, shared_view::SharedView,
};
use crate::hooks::use_evaluation::use_evaluation;
use crate::hooks::use_shared_link::use_shared_link;
use crate::hooks::use_texts::{use_texts, TextLoader, TextSet};
use crate::i18n::I18n;
use crate::options::Options;
use crate::state::State;
use crate::storage::{self, NoticeEvent, Notices as StorageNotices};
use naitei_core::export::storage::{answers_elsewhere, Saved, Slot, Store, Synced};
use naitei_core::history::{Attempt, History};
use naitei_core::session::{Action, Screen, Session};
use naitei_core::{Bank, Lang};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Props of the app.
#[derive(Properties, Clone)]
pub struct AppProps {
    /// Embedding options.
    pub options: Options,
    /// The bank in use (built-in or the host's).
    pub bank: Rc<Bank>,
    /// The free-text coaches.
    pub coaches: Rc<LazyCoaches>,
    /// Texts already available, by language.
    pub texts: TextSet,
    /// Fetches the texts of a language that is not available yet (built-in bank only).
    #[prop_or_default]
    pub loader: Option<TextLoader>,
    /// Problems in the host's content pack (the built-in bank is used instead).
    #[prop_or_default]
    pub pack_problems: Rc<Vec<String>>,
    /// Where progress is saved (`localStorage`; memory in tests).
    pub store: Rc<dyn Store>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        self.options == other.options
            && Rc::ptr_eq(&self.bank, &other.bank)
            && self.texts == other.texts
            && self.pack_problems == other.pack_problems
            && Rc::ptr_eq(&self.store, &other.store)
    }
}

/// The language to start in: the host's choice, else the saved one, else the page's.
fn initial_lang(options: &Options, saved: Option<&Session>) -> Lang {
    options.lang.or_else(|| saved.map(|s| s.lang)).unwrap_or_else(|| {
        let page = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.get_attribute("lang"));
        page.as_deref().and_then(Lang::from_tag).unwrap_or(Lang::En)
    })
}

/// The widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let options = &props.options;
    // Saved progress is read once, when the widget starts. Unusable data is set aside
    // by the core's Slot (copied before it is removed, or held in place).
    let opened = {
        let (options, store, bank) = (options.clone(), props.store.clone(), props.bank.clone());
        use_memo((), move |_| {
            let mut fresh = Session { lang: initial_lang(&options, None), ..Session::default() };
            let p = &mut fresh.profile;
            p.next_stage = options.stage.unwrap_or(p.next_stage);
            p.company = options.company.unwrap_or(p.company);
            p.region = options.region.unwrap_or(p.region);
            let fresh = Saved::new(fresh, History::default());
            let (slot, mut saved, unusable) =
                Slot::open(&*store, &storage::key(&options.storage_key), fresh, storage::now());
            if slot.has_data() {
                saved.session.lang = initial_lang(&options, Some(&saved.session));
            }
            // A position saved past the end (another bank, another profile) goes on where it can.
            saved.session = saved.session.resumed(&bank);
            (Rc::new(RefCell::new(slot)), saved, unusable)
        })
    };
    let slot = opened.0.clone();
    let notices = {
        let (opened, bank) = (opened.clone(), props.bank.clone());
        use_reducer(move || StorageNotices {
            unusable: Vec::new(),
            not_saved: None,
            elsewhere: answers_elsewhere(&opened.1.session, &bank),
        })
    };
    {
        let (notices, opened) = (notices.clone(), opened.clone());
        use_effect_with((), move |_| {
            if let Some(u) = opened.2.clone() {
                gloo::console::warn!(format!("naitei: {}", u.error));
                notices.dispatch(NoticeEvent::Unusable(u));
            }
        });
    }
    let history = {
        let opened = opened.clone();
        use_state(move || opened.1.history.clone())
    };
    let state = {
        let (bank, coaches, opened) = (props.bank.clone(), props.coaches.clone(), opened.clone());
        use_reducer(move || State { session: opened.1.session.clone(), bank, coaches })
    };

    // Follow the host when it changes the language attribute after mounting.
    {
        let state = state.clone();
        use_effect_with(options.lang, move |lang| {
            if let Some(l) = *lang {
                if state.session.lang != l {
                    state.dispatch(Action::SetLang(l));
                }
            }
        });
    }

    // What this widget shows now, for merging what another tab or widget saved.
    let latest = {
        let opened = opened.clone();
        use_mut_ref(move || opened.1.clone())
    };
    // Shows what a save or refresh found: the merged state, data set aside, a refusal.
    let apply: Rc<dyn Fn(Synced, bool)> = {
        let (state, history, notices, latest, bank) =
            (state.clone(), history.clone(), notices.clone(), latest.clone(), props.bank.clone());
        Rc::new(move |synced: Synced, saving: bool| {
            if let Some(merged) = synced.merged {
                *latest.borrow_mut() = merged.clone();
                if merged.history != *history {
                    history.set(merged.history.clone());
                }
                notices.dispatch(NoticeEvent::Elsewhere(answers_elsewhere(&merged.session, &bank)));
                state.dispatch(Action::Synced(Box::new(merged.session)));
            }
            if let Some(u) = synced.unusable {
                gloo::console::warn!(format!("naitei: {}", u.error));
                notices.dispatch(NoticeEvent::Unusable(u));
            }
            if saving {
                if let Some(naitei_core::export::storage::NotSaved::Refused(r)) = &synced.not_saved {
                    gloo::console::warn!(format!("naitei: progress could not be saved ({})", r.0));
                }
                notices.dispatch(NoticeEvent::Saved(synced.not_saved));
            }
        })
    };
    // Other widgets on this page with the same key, and other tabs (`storage` event).
    let listening = {
        let (slot, store, latest, apply) = (slot.clone(), props.store.clone(), latest.clone(), apply.clone());
        let key = slot.borrow().key().to_owned();
        use_memo((), move |_| {
            let refresh = Callback::from(move |_: ()| {
                let ours = latest.borrow().clone();
                let synced = slot.borrow_mut().refresh(&*store, &ours, storage::now());
                apply(synced, false);
            });
            let window = web_sys::window().map(|w| {
                let refresh = refresh.clone();
                gloo::events::EventListener::new(&w, "storage", move |_| refresh.emit(()))
            });
            (storage::listen(&key, refresh), window)
        })
    };

    // Save after every change, merging what others saved; tell the others.
    {
        let (slot, store, latest, apply, listening) =
            (slot.clone(), props.store.clone(), latest.clone(), apply.clone(), listening.clone());
        use_effect_with((state.session.clone(), (*history).clone()), move |(session, history)| {
            let ours = Saved::new(session.clone(), history.clone());
            *latest.borrow_mut() = ours.clone();
            let synced = slot.borrow_mut().save(&*store, &ours, storage::now());
            let wrote = synced.not_saved.is_none();
            apply(synced, true);
            if wrote {
                let key = slot.borrow().key().to_owned();
                storage::announce(listening.0.id(), &key);
            }
        });
    }
    let onrelease = {
        let (slot, notices, state, history, store, latest, apply) = (
            slot.clone(),
            notices.clone(),
            state.clone(),
            history.clone(),
            props.store.clone(),
            latest.clone(),
            apply.clone(),
        );
        Callback::from(move |_: ()| {
            // The held data was downloaded: from now on progress is saved over it.
            slot.borrow_mut().release();
            notices.dispatch(NoticeEvent::Released);
            let ours = Saved::new(state.session.clone(), (*history).clone());
            *latest.borrow_mut() = ours.clone();
            let synced = slot.borrow_mut().save(&*store, &ours, storage::now());
            apply(synced, true);
        })
    };
    let ondownloadprogress = {
        let latest = latest.clone();
        Callback::from(move |_: ()| {
            storage::download("naitei-progress.json", "application/json", &latest.borrow().to_json());
        })
    };

    let evaluation = use_evaluation(&state);
    // Each finished run is kept in the history (answers changed afterwards update it).
    {
        let history = history.clone();
        let showing = state.session.finished && state.session.screen == Screen::Report;
        let (run, profile) = (state.session.run, state.session.profile.clone());
        use_effect_with((showing, Rc::as_ptr(&evaluation) as usize), {
            let evaluation = evaluation.clone();
            move |(showing, _)| {
                if *showing {
                    let mut next = (*history).clone();
                    let attempt = Attempt::new(crate::hooks::use_evaluation::today(), &profile, &evaluation);
                    if next.record(run, attempt) {
                        history.set(next);
                    }
                }
            }
        });
    }
    let onclearhistory = {
        let history = history.clone();
        Callback::from(move |_| history.set(History::default()))
    };
    let shared = use_shared_link(&state.bank);
    let root = use_node_ref();
    crate::events::use_progress_events(&state, &evaluation, root.clone(), options.share_text_answers);

    let lang = state.session.lang;
    let texts = use_texts(lang, props.texts.clone(), props.loader.clone());
    let shown = texts.best(lang);
    let i18n = use_memo((shown.clone(), texts.generation()), |(shown, _)| {
        shown.as_ref().map(|(l, t)| I18n::new(*l, t.clone()))
    });
    let Some(i18n) = (*i18n).clone() else {
        // No text in any language yet: the first file is still loading (or failed to).
        let message = if texts.failed() {
            "Naitei could not load its texts. Check your connection and reload the page. / 文言を読み込めませんでした。接続を確認して再読み込みしてください。"
        } else {
            "Loading… / 読み込み中…"
        };
        return html! { <section class="naitei" data-theme={options.theme.id()}><p role="status">{ message }</p></section> };
    };

    let history_rc = Rc::new((*history).clone());
    let screen = match (&*shared.link, state.session.screen) {
        (Some(Ok(link)), _) => html! {
            <SharedView state={state.clone()} link={Rc::new(link.clone())} onclose={shared.close.clone()} />
        },
        (_, Screen::Intro) => html! { <Intro state={state.clone()} /> },
        (_, Screen::Profile) => html! { <ProfileForm state={state.clone()} /> },
        (_, Screen::Questions) => html! { <Questionnaire state={state.clone()} /> },
        (_, Screen::Report) => html! {
            <ReportView state={state.clone()} evaluation={evaluation.clone()} history={history_rc} onclearhistory={onclearhistory} />
        },
        (_, Screen::Plan) => html! { <PlanView state={state.clone()} evaluation={evaluation.clone()} /> },
    };
    let link_error = match &*shared.link {
        Some(Err(e)) => Some(e.text_key()),
        _ => None,
    };
    let dismiss = {
        let notices = notices.clone();
        Callback::from(move |e: NoticeEvent| notices.dispatch(e))
    };
    // A language the texts do not have (a host's pack without it) is shown in another one.
    let texts_missing = props.loader.is_none() && shown.as_ref().is_some_and(|(l, _)| *l != lang);
    let shown_lang = i18n.lang;
    html! {
        <ContextProvider<I18n> context={i18n}>
            <section class="naitei" ref={root} lang={shown_lang.tag()} data-theme={options.theme.id()}
                data-screen={screen_id(state.session.screen)} aria-labelledby="naitei-title" aria-busy={texts.loading().to_string()}>
                <Header state={state.clone()} />
                <Notices storage={(*notices).clone()} pack_problems={props.pack_problems.clone()} ondismiss={dismiss}
                    onrelease={onrelease} ondownloadprogress={ondownloadprogress} text_failed={texts.failed_for(lang)}
                    texts_missing={texts_missing} link_error={link_error} onlinkdismiss={shared.close.clone()} />
                <div class="naitei-body">{ screen }</div>
            </section>
        </ContextProvider<I18n>>
    }
}

fn screen_id(s: Screen) -> &'static str {
    match s {
        Screen::Intro => "intro",
        Screen::Profile => "profile",
        Screen::Questions => "questions",
        Screen::Report => "report",
        Screen::Plan => "plan",
    }
}
