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
use crate::storage::{self, Notice};
use naitei_core::history::{Attempt, History};
use naitei_core::session::{Action, Screen, Session};
use naitei_core::{Bank, Lang};
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
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        self.options == other.options
            && Rc::ptr_eq(&self.bank, &other.bank)
            && self.texts == other.texts
            && self.pack_problems == other.pack_problems
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
    // Saved progress is read once, when the widget starts.
    let loaded = {
        let key = options.storage_key.clone();
        use_memo((), move |_| storage::load(&key))
    };
    let notice = {
        let loaded = loaded.clone();
        use_state(move || loaded.1.clone())
    };
    let history = {
        let loaded = loaded.clone();
        use_state(move || loaded.0.as_ref().map(|s| s.history.clone()).unwrap_or_default())
    };
    let state = {
        let (options, bank, coaches, loaded) =
            (options.clone(), props.bank.clone(), props.coaches.clone(), loaded.clone());
        use_reducer(move || {
            let saved = loaded.0.as_ref().map(|s| s.session.clone());
            let mut session = saved.clone().unwrap_or_default();
            session.lang = initial_lang(&options, saved.as_ref());
            if saved.is_none() {
                let p = &mut session.profile;
                p.next_stage = options.stage.unwrap_or(p.next_stage);
                p.company = options.company.unwrap_or(p.company);
                p.region = options.region.unwrap_or(p.region);
            }
            State { session, bank, coaches }
        })
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

    // Save after every change; report a refusal once.
    {
        let (key, notice) = (options.storage_key.clone(), notice.clone());
        use_effect_with((state.session.clone(), (*history).clone()), move |(session, history)| {
            let saved = storage::save(&key, session, history);
            if !saved && *notice != Some(Notice::NotSaved) {
                notice.set(Some(Notice::NotSaved));
            } else if saved && *notice == Some(Notice::NotSaved) {
                notice.set(None);
            }
        });
    }

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
        let notice = notice.clone();
        Callback::from(move |_| notice.set(None))
    };
    let shown_lang = i18n.lang;
    html! {
        <ContextProvider<I18n> context={i18n}>
            <section class="naitei" ref={root} lang={shown_lang.tag()} data-theme={options.theme.id()}
                data-screen={screen_id(state.session.screen)} aria-labelledby="naitei-title" aria-busy={texts.loading().to_string()}>
                <Header state={state.clone()} />
                <Notices notice={(*notice).clone()} pack_problems={props.pack_problems.clone()} ondismiss={dismiss}
                    text_failed={texts.failed_for(lang)} link_error={link_error} onlinkdismiss={shared.close.clone()} />
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
