//! Integration tests of the proofreader, compiled into one binary: the
//! evaluation on the labelled letters with its targets, the behaviour a
//! person sees (findings, offsets, rendering), and Harper's prebuilt
//! dictionary.

use std::sync::LazyLock;

use afterview_proofread::Proofreader;

mod dictionary;
mod eval;
mod findings;
mod render;

/// One proofreader for the whole test binary: building it is the slow part,
/// and sharing it across test threads is how the application uses it.
static PROOFREADER: LazyLock<Proofreader> = LazyLock::new(Proofreader::new);
