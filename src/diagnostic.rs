//! Findings about the text that are not quotes: broken marks, quotes with no
//! speaker. Extraction never fails; it returns quotes *and* diagnostics.

use serde::{Deserialize, Serialize};

use crate::text::Span;

/// What a diagnostic is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DiagnosticKind {
    /// A quote whose closing mark is missing; it was ended where a careful
    /// reader would end it.
    MissingClosingMark,
    /// A quote whose opening mark is missing; it was started where a careful
    /// reader would start it.
    MissingOpeningMark,
    /// A mark that opens or closes nothing and was left out.
    UnmatchedMark,
    /// A quotation of speech whose speaker could not be found.
    NoSpeaker,
    /// Attribution stopped on an internal error: the quotes of that part
    /// of the article are kept without speakers.
    AttributionFailed,
}

impl DiagnosticKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DiagnosticKind::MissingClosingMark => "missing-closing-mark",
            DiagnosticKind::MissingOpeningMark => "missing-opening-mark",
            DiagnosticKind::UnmatchedMark => "unmatched-mark",
            DiagnosticKind::NoSpeaker => "no-speaker",
            DiagnosticKind::AttributionFailed => "attribution-failed",
        }
    }
}

/// One finding, at a byte span of the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub kind: DiagnosticKind,
    pub span: Span,
    pub message: String,
}

impl Diagnostic {
    pub fn new(kind: DiagnosticKind, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            kind,
            span,
            message: message.into(),
        }
    }
}
