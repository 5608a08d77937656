//! What the busiest answers keep between requests: the agenda, computed
//! once per store generation and second.
//!
//! The agenda is a pure function of the data, the instant and the policy.
//! The store's generation counts every committed write, and the clock
//! reads whole seconds, so two requests with the same generation in the
//! same second would compute the same agenda: the second one reuses it.
//! The generation is read before the agenda, so a write in between can only
//! make the kept copy newer than its key, never older.

use std::sync::{Arc, Mutex};

/// What a kept value was computed from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    /// The store's generation.
    pub generation: i64,
    /// The instant, in whole seconds.
    pub second: i64,
    /// Anything else the value depends on (the query).
    pub variant: String,
}

/// One kept value per kind of answer; a new key replaces the old.
pub struct Kept<T> {
    slot: Mutex<Option<(Key, Arc<T>)>>,
}

impl<T> Default for Kept<T> {
    fn default() -> Self {
        Kept {
            slot: Mutex::new(None),
        }
    }
}

impl<T> Kept<T> {
    /// The value kept for `key`, if it is the one kept.
    pub fn get(&self, key: &Key) -> Option<Arc<T>> {
        let slot = self.slot.lock().unwrap_or_else(|e| e.into_inner());
        slot.as_ref()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    }

    /// Keeps `value` for `key`, and returns it shared.
    pub fn put(&self, key: Key, value: T) -> Arc<T> {
        let value = Arc::new(value);
        *self.slot.lock().unwrap_or_else(|e| e.into_inner()) = Some((key, value.clone()));
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(generation: i64, second: i64) -> Key {
        Key {
            generation,
            second,
            variant: String::new(),
        }
    }

    #[test]
    fn a_value_is_kept_only_for_its_exact_key() {
        let kept = Kept::default();
        assert!(kept.get(&key(1, 10)).is_none());
        kept.put(key(1, 10), "a");
        assert_eq!(kept.get(&key(1, 10)).as_deref(), Some(&"a"));
        assert!(kept.get(&key(2, 10)).is_none(), "a write makes it stale");
        assert!(kept.get(&key(1, 11)).is_none(), "so does the next second");
        kept.put(key(2, 10), "b");
        assert!(kept.get(&key(1, 10)).is_none());
    }
}
