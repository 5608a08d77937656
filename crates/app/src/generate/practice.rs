//! The practice a diligent person leaves behind: a card for every question
//! to answer better in the latest debriefs, most of them drilled a few times
//! since, each review scheduled by FSRS exactly as `afterview practice rate`
//! would, so the cards' due times spread as a real history's do.

use super::rng::{Rng, ts};
use crate::practice::schedule;
use afterview_core::ReviewId;
use afterview_core::backup::Backup;
use afterview_core::practice::{Rating, Review, cards_from_debriefs};

const DAY: i64 = 86_400;

/// Adds practice cards and their reviews to a search with its debriefs.
pub(super) fn practice(backup: &mut Backup, rng: &mut Rng, now: i64) {
    let mut cards = cards_from_debriefs(backup);
    let mut reviews = Vec::new();
    for card in &mut cards {
        if !rng.chance(0.7) {
            continue;
        }
        for _ in 0..rng.between(1, 6) {
            // Practised somewhat after it fell due, never in the future.
            let at = card.due.as_second() + rng.between(0, 2 * DAY);
            if at >= now {
                break;
            }
            let rating = Rating::ALL[rng.weighted(&[1, 2, 6, 2])];
            let Ok(step) = schedule::step(card, rating, ts(at)) else {
                break;
            };
            let (next, review) = card.reviewed(rating, ts(at), step);
            reviews.push(Review {
                id: ReviewId(0),
                card_id: review.card_id,
                rating: review.rating,
                at: review.at,
                elapsed_days: review.elapsed_days,
                interval_days: review.interval_days,
                due: review.due,
                memory: review.memory,
            });
            *card = next;
        }
    }
    // Ids in the order the reviews happened, as a store would have numbered them.
    reviews.sort_by_key(|r| (r.at, r.card_id));
    for (r, id) in reviews.iter_mut().zip(1..) {
        r.id = ReviewId(id);
    }
    backup.practice_cards = cards;
    backup.practice_reviews = reviews;
}
