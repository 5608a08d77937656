//! The one call into FSRS: a card's memory, the days since its last review
//! and a rating in; the new memory and interval out.
//!
//! FSRS (the `fsrs` crate, the official implementation) runs with its
//! default parameters, fitted to the average learner, and a desired
//! retention of 90%. Intervals are whole days, rounded from FSRS's and at
//! least one, as FSRS's own scheduling example does: a question practised
//! for interviews needs no minute-by-minute learning steps.

use crate::{AppError, Result};
use afterview_core::practice::{Card, Memory, Rating, Step};
use fsrs::{FSRS, MemoryState};
use std::sync::LazyLock;

/// The chance of recalling a card when it falls due that FSRS aims for.
pub const DESIRED_RETENTION: f32 = 0.9;

/// FSRS with its default parameters, made once per process.
static MODEL: LazyLock<FSRS> =
    LazyLock::new(|| FSRS::new(&[]).expect("FSRS accepts its own default parameters"));

/// What FSRS gives a card reviewed at `at` with `rating`.
pub fn step(card: &Card, rating: Rating, at: jiff::Timestamp) -> Result<Step> {
    let memory = card.memory.map(|m| MemoryState {
        stability: m.stability,
        difficulty: m.difficulty,
    });
    let next = MODEL
        .next_states(memory, DESIRED_RETENTION, card.elapsed_days(at))
        .map_err(|e| {
            AppError::Refused(format!(
                "FSRS could not schedule card {} ({e}); its stored memory state is damaged, so remove the card and add it again",
                card.id
            ))
        })?;
    let state = match rating {
        Rating::Again => next.again,
        Rating::Hard => next.hard,
        Rating::Good => next.good,
        Rating::Easy => next.easy,
    };
    Ok(Step {
        memory: Memory {
            stability: state.memory.stability,
            difficulty: state.memory.difficulty,
        },
        interval_days: interval_days(state.interval),
    })
}

/// FSRS's interval in whole days: rounded, at least one.
pub fn interval_days(interval: f32) -> u32 {
    // `as` saturates: an absurdly long interval becomes u32::MAX days,
    // which the card then caps.
    interval.round().max(1.0) as u32
}
