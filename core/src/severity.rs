//! How serious a raised check is: part of the model's fixed vocabulary, used
//! by the content format, the report, the plan and the texts alike.

use serde::{Deserialize, Serialize};

/// Severity of a cultural-fit flag, from good news to a deal-breaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Something the candidate already does well.
    Strength,
    /// Worth adjusting.
    Advice,
    /// Likely to cost points with a Japanese interviewer.
    Risk,
    /// Likely to end the process on its own.
    Critical,
}

crate::ids::ids!(Severity {
    Strength => "strength",
    Advice => "advice",
    Risk => "risk",
    Critical => "critical",
});

impl Severity {
    /// Every severity, most serious first.
    pub const MOST_SERIOUS_FIRST: [Severity; 4] =
        [Severity::Critical, Severity::Risk, Severity::Advice, Severity::Strength];
}
