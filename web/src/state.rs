//! The thin reducer around `naitei_core::session`: it holds the content the
//! session refers to and forwards every action to `Session::apply`.

use naitei_core::session::{Action, Session};
use naitei_core::Content;
use std::rc::Rc;
use yew::prelude::*;

/// The app state: the session and the content it is answered against.
#[derive(Clone)]
pub struct State {
    /// The candidate's session.
    pub session: Session,
    /// The bank and texts in use.
    pub content: Rc<Content>,
}

impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        self.session == other.session && Rc::ptr_eq(&self.content, &other.content)
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let session = self.session.apply(&self.content.bank, action);
        Rc::new(State { session, content: self.content.clone() })
    }
}

/// Turns an action into a callback: `make_callback(&state, |id| Action::Skip(id))`.
pub fn make_callback<T: 'static>(state: &UseReducerHandle<State>, f: impl Fn(T) -> Action + 'static) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |value: T| state.dispatch(f(value)))
}
