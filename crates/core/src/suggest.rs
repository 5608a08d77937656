//! Near-miss suggestions for messages: "did you mean 'Acme'?".
//!
//! When a person types a name or a word that afterview does not know, the
//! message should offer the closest thing it does know. The measure is
//! Jaro-Winkler similarity on lowercased text, which favours matching starts
//! the way typos and abbreviations usually do.

/// The candidate closest to `input`, if any is close enough to be a likely typo.
pub fn did_you_mean<'a, I>(input: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let needle = input.trim().to_lowercase();
    let mut best: Option<(f64, &'a str)> = None;
    for candidate in candidates {
        let lower = candidate.to_lowercase();
        let mut score = strsim::jaro_winkler(&needle, &lower);
        // A prefix or a contained word is a strong hint even when short.
        if !needle.is_empty() && lower.contains(&needle) {
            score = score.max(0.9);
        }
        if score >= 0.8 && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, c)| c)
}

/// "; did you mean 'X'?" when there is a close candidate, otherwise "".
pub fn hint<'a, I>(input: &str, candidates: I) -> String
where
    I: IntoIterator<Item = &'a str>,
{
    match did_you_mean(input, candidates) {
        Some(c) => format!("; did you mean '{c}'?"),
        None => String::new(),
    }
}

/// Defines a closed set of words (a status, a kind) with parsing that suggests.
///
/// Each variant has its canonical spelling and optional aliases. Parsing is
/// case-insensitive, accepts spaces or underscores for hyphens, and refuses an
/// unknown word with the list of known ones and the closest match.
#[macro_export]
macro_rules! choice_enum {
    (
        $(#[$doc:meta])*
        $name:ident, $what:literal {
            // `$text` is a `tt`, not a `literal`: a literal fragment reaches a
            // derive macro wrapped in an invisible group, which utoipa's
            // reading of `#[serde(rename = ...)]` does not look into.
            $( $(#[$vdoc:meta])* $variant:ident = $text:tt $(| $alias:literal)* ),+ $(,)?
        }
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        // Expanded in the calling crate, so that crate needs an `openapi`
        // feature that brings utoipa (afterview-core's and afterview-app's do).
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        pub enum $name {
            $( $(#[$vdoc])* #[serde(rename = $text)] $variant ),+
        }

        impl $name {
            /// Every value, in the order people read them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The canonical spelling, as typed on the command line and stored.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::text::Invalid;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                // Stored values are spelled exactly; only typed ones need normalising.
                $(
                    if s == $text {
                        return Ok($name::$variant);
                    }
                )+
                let norm = s.trim().to_lowercase().replace([' ', '_'], "-");
                $(
                    if norm == $text $(|| norm == $alias)* {
                        return Ok($name::$variant);
                    }
                )+
                let known = [$($text),+];
                Err($crate::text::Invalid::new(
                    $what,
                    format!(
                        "unknown {} '{}'{}; use one of: {}",
                        $what,
                        s.trim(),
                        $crate::suggest::hint(&norm, known.iter().copied()),
                        known.join(", ")
                    ),
                ))
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_closest_known_name() {
        let names = ["Acme", "Initech", "Globex"];
        assert_eq!(did_you_mean("Acm", names), Some("Acme"));
        assert_eq!(did_you_mean("initek", names), Some("Initech"));
        assert_eq!(did_you_mean("Zebra Corp", names), None);
        assert_eq!(hint("Acm", names), "; did you mean 'Acme'?");
    }
}
