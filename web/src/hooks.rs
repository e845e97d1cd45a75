//! Custom hooks.
pub mod use_evaluation;
