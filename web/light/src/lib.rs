//! naitei-light: the widget's first module, what a visitor downloads before the first question.
//! It is `naitei-web` built without its `full` feature (intro, profile and questions); `naitei.js`
//! mounts it first and hands over to the full module (`naitei_web.js`) when the candidate needs the
//! report, the plan, a shared result or the coach. ARCHITECTURE.md ("Two modules") says why.

pub use naitei_web::*;
