//! Custom hooks.
pub mod use_evaluation;
pub mod use_lexicons;
pub mod use_shared_link;
pub mod use_texts;
